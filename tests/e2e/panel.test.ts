// The panel as a reader uses it, in Chromium with the built extension: it follows the tab in
// front, it can be worked by keyboard alone, axe-core finds nothing serious in any state, the
// report exports as Markdown, and each section is photographed light and dark at the narrowest
// side-panel width (into dist/screenshots; `npm run screenshots` retakes docs/panel-*.png).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articlePage,
  fixture,
  launch,
  openFollowingPanel,
  openPanelFor,
  pressAndSettle,
  serve,
  seriousAccessibilityViolations,
  stateOf,
  type Harness,
} from './harness.js';
import { ecbRecords, seedId } from '../helpers.js';
import { expandAll, NARROW, photographNeedsClick, photographReader, photographSections, TEST_SHOTS } from './photograph.js';

const SHOTS = TEST_SHOTS;
const TITLE_001 = 'Afghanistan and Pakistan declare cease-fire after weeks of border clashes';
const TITLE_003 = 'After Days of Deadlock, Pakistan and Taliban Strike Interim Peace Deal';

describe('the panel in Chromium', () => {
  let harness: Harness;
  let elsewhere: { server: Server; baseUrl: string };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const unrelated = ecbRecords().sort((a, b) => b.text.length - a.text.length)[0]!;
    harness = await launch({
      '/news/ceasefire.html': fixture('seed-pages', seedId('001'), 'page.html'),
      '/news/istanbul.html': fixture('seed-pages', seedId('003'), 'page.html'),
      '/news/talks.html': fixture('seed-pages', seedId('004'), 'page.html'),
      '/world/unrelated.html': articlePage(unrelated.title, unrelated.text.split('\n')),
      '/shop.html': '<!doctype html><html lang="en"><head><title>Shop</title></head><body><nav><a href="/">Home</a></nav><p>Buy now.</p></body></html>',
    });
    // Another origin: a navigation there ends the toolbar click's grant on the tab.
    elsewhere = await serve({ '/news/ceasefire.html': fixture('seed-pages', seedId('000'), 'page.html') });
  });

  afterAll(async () => {
    await harness?.close();
    await new Promise((resolve) => elsewhere?.server.close(resolve));
  });

  it('follows the reader: switching tabs shows that tab, a page on the same site is analysed again, another site asks for a click', async () => {
    const first = await harness.context.newPage();
    await first.goto(`${harness.baseUrl}/news/ceasefire.html`);
    const a = await pressAndSettle(harness, first);
    expect(a.state.status).toBe('ready');
    const second = await harness.context.newPage();
    await second.goto(`${harness.baseUrl}/news/istanbul.html`);
    const b = await pressAndSettle(harness, second);
    expect(b.state.status).toBe('ready');
    const never = await harness.context.newPage();
    await never.goto(`${harness.baseUrl}/news/talks.html`);

    const panel = await openFollowingPanel(harness, a.tabId);
    const title = panel.getByTestId('current-title');
    await second.bringToFront();
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe(TITLE_003);
    await first.bringToFront();
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe(TITLE_001);
    // A tab the reader never clicked the button on: the browser gives no access, and the panel says what to do.
    await never.bringToFront();
    await expect.poll(() => panel.getByTestId('notice-needs-click').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await panel.locator('h2').first().textContent()).toBe('Click the Crosscheck button in the toolbar to analyse this page');

    // The reader follows a link on the same site: the grant holds, so the new page is analysed without a click.
    await second.bringToFront();
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe(TITLE_003);
    await second.goto(`${harness.baseUrl}/news/ceasefire.html`);
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toBe(TITLE_001);
    expect((await stateOf(harness, b.tabId))?.url).toBe(`${harness.baseUrl}/news/ceasefire.html`);

    // On to another site: the grant has ended; no stale report, a plain request for a click.
    await second.goto(`${elsewhere.baseUrl}/news/ceasefire.html`);
    await expect.poll(() => panel.getByTestId('notice-needs-click').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await title.count()).toBe(0);
    // And the click analyses it.
    const again = await pressAndSettle(harness, second);
    expect(again.state.status).toBe('ready');
    await expect.poll(() => title.textContent(), { timeout: 10_000 }).toBe('Taliban and Pakistan agree to ceasefire after days of deadly clashes');
    await panel.close();
    await Promise.all([first.close(), second.close(), never.close()]);
  });

  it('can be worked by keyboard alone: every control takes visible focus in reading order and works with Enter or Space', async () => {
    const page = await harness.context.newPage();
    await page.goto(`${harness.baseUrl}/news/ceasefire.html`);
    const { tabId } = await pressAndSettle(harness, page);
    const panel = await openPanelFor(harness, tabId, NARROW);
    await panel.getByTestId('related-list').waitFor();

    // Operating by keyboard: a section folds with Enter, a summary link jumps to its section, a "show all" opens with Space.
    const numbersToggle = panel.locator('#numbers-heading button');
    await numbersToggle.focus();
    await panel.keyboard.press('Enter');
    expect(await numbersToggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.locator('#numbers-body').isHidden()).toBe(true);
    await panel.locator('[data-summary=figures]').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => numbersToggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.closest('h2')?.id)).toBe('numbers-heading');
    const more = panel.getByTestId('facts-omissions-more');
    await more.focus();
    await panel.keyboard.press('Space');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const group = panel.locator('[data-testid=number-group]').first().locator('summary');
    await group.focus();
    await panel.keyboard.press('Enter');
    expect(await panel.locator('[data-testid=number-group]').first().locator('details').getAttribute('open')).not.toBeNull();

    // Tab through everything: each visible control is reached once, in document order, with a visible outline.
    await expandAll(panel);
    const total = await panel.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]')].filter(
        (el) => el.checkVisibility() && !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled,
      );
      controls.forEach((el, i) => el.setAttribute('data-kb', String(i)));
      // Start from the top: focus the title once, so that the first Tab goes to the first control.
      const h1 = document.querySelector('h1')!;
      h1.tabIndex = -1;
      h1.focus();
      h1.removeAttribute('tabindex');
      window.scrollTo(0, 0);
      return controls.length;
    });
    expect(total).toBeGreaterThan(50);
    const reached: number[] = [];
    let unoutlined = 0;
    for (let i = 0; i < total + 2; i++) {
      await panel.keyboard.press('Tab');
      const focused = await panel.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        return { index: Number(el.getAttribute('data-kb') ?? -1), outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 };
      });
      if (!focused) continue;
      if (focused.index >= 0 && !reached.includes(focused.index)) reached.push(focused.index);
      if (!focused.outlined) unoutlined++;
    }
    expect(reached.length).toBe(total);
    expect(reached).toEqual([...reached].sort((x, y) => x - y));
    expect(unoutlined).toBe(0);
    await panel.close();
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core) in any state, light or dark', async () => {
    const violations: Record<string, unknown> = {};
    const check = async (name: string, panel: Page) => {
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        const found = await seriousAccessibilityViolations(panel);
        if (found.length > 0) violations[`${name} (${scheme})`] = found;
      }
    };

    // Idle: a tab the extension was never asked to read.
    const idlePage = await harness.context.newPage();
    await idlePage.goto(`${harness.baseUrl}/news/talks.html`);
    // The newest tab: without the tabs permission the extension cannot see which tab shows which address.
    const idleTab = (await harness.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)))) as number;
    const idle = await openPanelFor(harness, idleTab, NARROW);
    await idle.getByTestId('notice-needs-click').waitFor();
    await check('idle', idle);
    await photographNeedsClick(idle, SHOTS);
    await idle.close();
    await idlePage.close();

    // Ready, every section and list open; then the reader view.
    const page = await harness.context.newPage();
    await page.goto(`${harness.baseUrl}/news/ceasefire.html`);
    const ready = await openPanelFor(harness, (await pressAndSettle(harness, page)).tabId, NARROW);
    await ready.getByTestId('related-list').waitFor();
    await expandAll(ready);
    await check('ready, all sections expanded', ready);
    await photographReader(ready, SHOTS);
    await check('reader view', ready);
    await ready.close();
    await page.close();

    // Not an article; no related coverage.
    for (const [name, path, testid] of [
      ['not an article', '/shop.html', 'notice-not-article'],
      ['no related coverage', '/world/unrelated.html', 'no-related'],
    ] as const) {
      const p = await harness.context.newPage();
      await p.goto(`${harness.baseUrl}${path}`);
      const panel = await openPanelFor(harness, (await pressAndSettle(harness, p)).tabId, NARROW);
      await panel.getByTestId(testid).waitFor();
      await check(name, panel);
      await panel.close();
      await p.close();
    }

    // The options page.
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options/options.html`);
    await options.waitForLoadState();
    await check('options page', options);
    await options.close();

    expect(violations).toEqual({});
  });

  it('exports the whole report as Markdown and as JSON from the panel', async () => {
    const page = await harness.context.newPage();
    await page.goto(`${harness.baseUrl}/news/ceasefire.html`);
    const { tabId, state } = await pressAndSettle(harness, page);
    const panel = await openPanelFor(harness, tabId, NARROW);
    await panel.getByTestId('related-list').waitFor();

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-markdown').click()]);
    expect(download.suggestedFilename()).toBe('crosscheck-afghanistan-and-pakistan-declare-cease-fire-after-weeks-of.md');
    const md = readFileSync(await download.path(), 'utf8');
    expect(md.split('\n')[0]).toBe(`# Crosscheck: ${TITLE_001}`);
    expect([...md.matchAll(/^## (.+?)(?: \(\d+\))?$/gm)].map((m) => m[1])).toEqual(['Related coverage', 'Numbers', 'Missing facts', 'Quotes', 'Framing']);
    expect(md).toMatch(/^- \*\*This article\*\*: at least 23\n  > .*at least 23 Pakistani soldiers dead/m);
    expect(md).toMatch(/^- \*\*Alwaght\*\*: 58, according to the Taliban$/m);
    // The page's article first in every per-outlet list, though storage hands the report back with sorted keys.
    expect(md).toMatch(/^\| Actor \| This article \|/m);

    const [json] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-json').click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    expect(JSON.parse(readFileSync(await json.path(), 'utf8'))).toEqual(state.report);
    await panel.close();
    await page.close();
  });

  it('fits the narrowest side panel and 200% zoom, and is photographed section by section, light and dark', async () => {
    const page = await harness.context.newPage();
    await page.goto(`${harness.baseUrl}/news/ceasefire.html`);
    const { tabId } = await pressAndSettle(harness, page);
    const panel = await openPanelFor(harness, tabId, NARROW);
    await panel.getByTestId('related-list').waitFor();
    // Nothing but the labels table (its own scrolling region) is wider than the panel.
    const overflow = () =>
      panel.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll<HTMLElement>('main *')].filter(
          (el) => !el.closest('.framing-table-wrap') && el.getBoundingClientRect().right > width + 1 && el.checkVisibility(),
        );
        return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5).map((el) => el.outerHTML.slice(0, 80)) };
      });
    expect(await overflow()).toEqual({ scroll: 0, wide: [] });
    // 200% zoom of a 640 px panel lays out at 320 CSS px; of the narrowest, at 160. Both still reflow.
    await panel.setViewportSize({ width: 160, height: 760 });
    expect((await overflow()).scroll).toBe(0);
    await panel.setViewportSize({ width: NARROW, height: 760 });

    const height = await panel.evaluate(() => document.documentElement.scrollHeight);
    await panel.setViewportSize({ width: 400, height: 760 });
    const wider = await panel.evaluate(() => document.documentElement.scrollHeight);
    await panel.setViewportSize({ width: NARROW, height: 760 });
    console.log(`panel height for seed 001: ${height} px at ${NARROW} px wide, ${wider} px at 400 px`);
    expect(await photographSections(panel, SHOTS)).toHaveLength(12);
    await panel.close();
    await page.close();
  });
});
