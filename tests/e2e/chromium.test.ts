import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, fixture, pressAndSettle, launch, openPanelFor, openSidePanels, loggedRequests, requestsLeavingLoopback, type Harness } from './harness.js';
import { ecbRecords, ROOT, seedId } from '../helpers.js';

const ARTEFACTS = join(ROOT, 'test-results');
const SEED_001 = seedId('001');

describe('the extension in Chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    // A real news article on another story (the longest in ECB+), served as a page.
    const unrelated = ecbRecords().sort((a, b) => b.text.length - a.text.length)[0]!;
    harness = await launch({
      '/news/ceasefire.html': fixture('seed-pages', SEED_001, 'page.html'),
      '/news/istanbul.html': fixture('seed-pages', seedId('003'), 'page.html'),
      '/world/unrelated.html': articlePage(unrelated.title, unrelated.text.split('\n')),
      '/shop.html': '<!doctype html><html lang="en"><head><title>Shop</title></head><body><nav><a href="/">Home</a></nav><p>Buy now.</p></body></html>',
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('opens the side panel on the toolbar click and lists the related seeds for seed 001', async () => {
    const page = await harness.context.newPage();
    const url = `${harness.baseUrl}/news/ceasefire.html`;
    await page.goto(url);
    const before = await page.content();
    const { tabId, state } = await pressAndSettle(harness, page);
    expect(state.status, JSON.stringify(state)).toBe('ready');
    await expect.poll(() => openSidePanels(harness), { timeout: 10_000 }).toContain(`chrome-extension://${harness.extensionId}/panel/panel.html`);
    expect(await page.content()).toBe(before);

    const panel = await openPanelFor(harness, tabId);
    await panel.getByTestId('related-list').waitFor();
    expect(await panel.getByTestId('current-title').textContent()).toBe('Afghanistan and Pakistan declare cease-fire after weeks of border clashes');
    const items = panel.locator('.related-item');
    const listed = await items.evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-article-id')!.slice(0, 3), n.getAttribute('data-relation')]));
    expect(Object.fromEntries(listed)).toEqual({ '000': 'same-event', '002': 'same-event', '004': 'same-event', '003': 'follow-up' });
    await expect.poll(() => panel.locator('.related-item .outlet').getByText('Alwaght').count(), { timeout: 10_000 }).toBe(1);

    // The summary line counts what the sections below show.
    const summary = panel.getByTestId('summary-line');
    const countOf = async (key: string) => Number(/\d+/.exec((await summary.locator(`[data-summary=${key}]`).textContent()) ?? '')?.[0]);
    expect(await countOf('outlets')).toBe(4);
    // The summary counts the figures that disagree with this article; groups between other outlets are said apart.
    expect(await countOf('figures')).toBe(await panel.locator('[data-testid=number-group][data-verdict=diverges][data-with-page=true]').count());
    expect(await countOf('figures')).toBeGreaterThanOrEqual(2);
    // The section shows the first missing facts; the rest are one "show all" away.
    await panel.getByTestId('facts-omissions-more').click();
    expect(await countOf('missing')).toBe(await panel.locator('[data-testid=facts-omissions] [data-testid=facts-omission]').count());
    expect(await countOf('missing')).toBeGreaterThan(0);
    await panel.screenshot({ path: join(ARTEFACTS, 'panel-seed-001.png'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: join(ARTEFACTS, 'panel-seed-001-dark.png'), fullPage: true });
    await panel.close();
    await page.close();
  });

  it('shows a sentence of this article on the page, and another outlet\'s in the reader view, from the evidence in the panel', async () => {
    const page = await harness.context.newPage();
    await page.goto(`${harness.baseUrl}/news/ceasefire.html`);
    const before = await page.content();
    const { tabId, state } = await pressAndSettle(harness, page);
    expect(state.status, JSON.stringify(state)).toBe('ready');
    const panel = await openPanelFor(harness, tabId);
    // A group's figures are rendered once it is opened; its dot plot names them from the start.
    const diverging = panel.locator('[data-testid=number-group][data-verdict=diverges]').filter({ has: panel.locator('[aria-label*="at least 23"]') });
    await diverging.locator('summary').click();
    const own = diverging.locator('[data-testid=number-figure][data-article-id=current] button.evidence');
    const sentence = (await own.textContent())!;
    expect(sentence).toMatch(/at least 23 Pakistani/);

    await own.click();
    await expect.poll(() => panel.getByTestId('evidence-status').textContent(), { timeout: 10_000 }).toBe('Highlighted on the page.');
    const highlighted = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crosscheck-evidence');
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    });
    expect(highlighted.map((t) => t.replace(/\s+/g, ' '))).toEqual([sentence]);
    // The page scrolls smoothly to the sentence: wait until it is in view.
    const inView = () =>
      page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crosscheck-evidence');
        const rect = highlight && [...highlight][0]!.getBoundingClientRect();
        return !!rect && rect.top >= 0 && rect.bottom <= innerHeight;
      });
    await expect.poll(inView, { timeout: 3_000 }).toBe(true);
    // The highlight paints over the page; it adds nothing to the page's markup, and it fades by itself.
    expect(await page.content()).toBe(before);
    // Last: Playwright's screenshot leaves an empty style attribute on inputs it hides the caret of.
    await page.screenshot({ path: join(ARTEFACTS, 'page-highlight.png') });
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('crosscheck-evidence')), { timeout: 10_000 })
      .toBe(false);

    const theirs = diverging.locator('[data-testid=number-figure]:not([data-article-id=current]) button.evidence').first();
    const theirSentence = (await theirs.textContent())!;
    await theirs.click();
    const reader = panel.getByTestId('reader-view');
    await reader.waitFor();
    await expect.poll(() => panel.getByTestId('reader-mark').textContent(), { timeout: 10_000 }).toBe(theirSentence);
    expect(await panel.getByTestId('reader-mark').isVisible()).toBe(true);
    await panel.screenshot({ path: join(ARTEFACTS, 'panel-reader.png') });
    await panel.keyboard.press('Escape');
    await expect.poll(() => reader.count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('shows "no related coverage" for an unrelated news article', async () => {
    const page = await harness.context.newPage();
    const url = `${harness.baseUrl}/world/unrelated.html`;
    await page.goto(url);
    const { tabId, state } = await pressAndSettle(harness, page);
    expect(state.status, JSON.stringify(state)).toBe('ready');
    const panel = await openPanelFor(harness, tabId);
    await expect.poll(() => panel.getByTestId('no-related').textContent(), { timeout: 10_000 }).toMatch(/No related coverage/);
    await panel.screenshot({ path: join(ARTEFACTS, 'panel-unrelated.png'), fullPage: true });
    await panel.close();
    await page.close();
  });

  it('says plainly when the page is not an article', async () => {
    const page = await harness.context.newPage();
    const url = `${harness.baseUrl}/shop.html`;
    await page.goto(url);
    const { tabId, state } = await pressAndSettle(harness, page);
    expect(state.status, JSON.stringify(state)).toBe('not-article');
    const panel = await openPanelFor(harness, tabId);
    await expect.poll(() => panel.locator('h2').first().textContent(), { timeout: 10_000 }).toBe('This page does not look like a news article');
    await panel.close();
    await page.close();
  });

  it('drops the report when the tab navigates away', async () => {
    const page = await harness.context.newPage();
    const url = `${harness.baseUrl}/news/istanbul.html`;
    await page.goto(url);
    const { tabId, state } = await pressAndSettle(harness, page);
    expect(state.status, JSON.stringify(state)).toBe('ready');
    await page.goto(`${harness.baseUrl}/shop.html`);
    // Dropped; an open panel may already have asked for the new page (same site, so the grant holds), never the old report.
    await expect
      .poll(
        async () => {
          const now = (await harness.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`)) as { url?: string } | undefined;
          return now === undefined || now.url === `${harness.baseUrl}/shop.html`;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.close();
  });

  it('sends no request beyond 127.0.0.1', async () => {
    await harness.close();
    const requests = loggedRequests(harness.netLogPath);
    expect(requests.some((r) => r.url.startsWith(`${harness.baseUrl}/news/ceasefire.html`))).toBe(true);
    expect(requestsLeavingLoopback(requests)).toEqual([]);
    harness = undefined as unknown as Harness;
  });
});
