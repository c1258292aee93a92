// Nothing a reader reads leaves the machine: several pages are analysed and every view of the
// panel is opened (every section expanded, evidence shown on the page, the reader view, the
// options page) while Chromium records every request it makes; any request beyond 127.0.0.1
// that a page or the extension made fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePage, fixture, launch, loggedRequests, openPanelFor, pressAndSettle, requestsLeavingLoopback, type Harness } from './harness.js';
import { ecbRecords, seedId } from '../helpers.js';

/** Opens everything the panel can open: disclosure widgets, then buttons that expand. */
async function expandEverything(panel: Page): Promise<number> {
  let opened = 0;
  for (let round = 0; round < 3; round++) {
    const closed = panel.locator('main details:not([open]) > summary, main [aria-expanded=false]');
    const count = await closed.count();
    if (count === 0) break;
    for (let i = count - 1; i >= 0; i--) {
      const target = closed.nth(i);
      if (await target.isVisible()) {
        await target.click();
        opened++;
      }
    }
  }
  return opened;
}

describe('privacy: every view, no request beyond 127.0.0.1', () => {
  let harness: Harness | undefined;
  const visited: string[] = [];

  beforeAll(async () => {
    const unrelated = ecbRecords().sort((a, b) => b.text.length - a.text.length)[1]!;
    harness = await launch({
      '/news/ceasefire.html': fixture('seed-pages', seedId('001'), 'page.html'),
      '/news/doha.html': fixture('seed-pages', seedId('002'), 'page.html'),
      '/news/istanbul.html': fixture('seed-pages', seedId('003'), 'page.html'),
      '/world/unrelated.html': articlePage(unrelated.title, unrelated.text.split('\n')),
      '/hostile/markup.html': fixture('hostile', 'markup-in-text', 'page.html'),
      '/hostile/german.html': fixture('hostile', 'non-english-german', 'page.html'),
      '/shop.html': '<!doctype html><html lang="en"><head><title>Shop</title></head><body><p>Buy now.</p></body></html>',
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('analyses each page and opens every panel view', async () => {
    const h = harness!;
    let readerViews = 0;
    let highlighted = 0;
    let expanded = 0;
    for (const path of ['/news/ceasefire.html', '/news/doha.html', '/news/istanbul.html', '/world/unrelated.html', '/hostile/markup.html', '/hostile/german.html', '/shop.html']) {
      const page = await h.context.newPage();
      await page.goto(`${h.baseUrl}${path}`);
      visited.push(page.url());
      const { tabId } = await pressAndSettle(h, page);
      const panel = await openPanelFor(h, tabId);
      await panel.locator('main[data-status]:not([data-status=idle]):not([data-status=extracting]):not([data-status=analysing])').waitFor({ timeout: 10_000 });
      expanded += await expandEverything(panel);
      // This article's evidence: shown and highlighted on the page.
      const own = panel.locator('[data-article-id=current] button.evidence').first();
      if ((await own.count()) > 0 && (await own.isVisible())) {
        await own.click();
        await expect.poll(() => panel.getByTestId('evidence-status').textContent(), { timeout: 10_000 }).toMatch(/Highlighted/);
        highlighted++;
      }
      // Another outlet's evidence: the reader view.
      const theirs = panel.locator('[data-article-id]:not([data-article-id=current]) button.evidence').first();
      if ((await theirs.count()) > 0 && (await theirs.isVisible())) {
        await theirs.click();
        await panel.getByTestId('reader-view').waitFor({ timeout: 10_000 });
        readerViews++;
        await panel.keyboard.press('Escape');
        await panel.getByTestId('reader-view').waitFor({ state: 'detached', timeout: 10_000 });
      }
      // The panel's footer link opens the options page.
      const options = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options/options.html'), timeout: 10_000 });
      await panel.getByRole('button', { name: /corpus/i }).first().click();
      const optionsPage = await options;
      await optionsPage.locator('.pack').first().waitFor({ timeout: 10_000 });
      await optionsPage.close();
      await panel.close();
      await page.close();
    }
    expect(expanded).toBeGreaterThan(5);
    expect(highlighted).toBeGreaterThanOrEqual(3);
    expect(readerViews).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('sent no request beyond 127.0.0.1', async () => {
    const h = harness!;
    await h.close();
    harness = undefined;
    const requests = loggedRequests(h.netLogPath);
    for (const url of visited) expect(requests.some((r) => r.url.startsWith(url)), url).toBe(true);
    expect(requestsLeavingLoopback(requests)).toEqual([]);
  });
});
