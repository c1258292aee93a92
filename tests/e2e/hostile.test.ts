// Hostile pages in Chromium (tests/fixtures/hostile/README.md): for each, the page's DOM is
// unchanged after extraction, the panel shows a sensible state, and nothing throws uncaught.
// The time spent on the page's main thread is printed here and measured in `npm run bench`, never
// asserted: a busy machine would fail a timed test.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanelFor, type Harness } from './harness.js';
import { HOSTILE_CASES, hostileRoutes, outcomeOf, runHostileCase, type HostileRun } from './hostile-cases.js';
import { ROOT } from '../helpers.js';

const ARTEFACTS = join(ROOT, 'test-results', 'hostile');

/** The panel's view of the tab, once it shows the case's outcome. */
async function panelShows(panel: Page, outcome: string): Promise<void> {
  const selector = {
    report: '[data-testid=related-list], [data-testid=no-related]',
    'not-article': '[data-testid=notice-not-article]',
    'not-english': '[data-testid=notice-not-english]',
  }[outcome]!;
  await panel.locator(selector).first().waitFor({ timeout: 10_000 });
}

describe('hostile pages in Chromium', () => {
  let harness: Harness;
  const timings: { name: string; words: number; ms: number; outcome: string }[] = [];

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    harness = await launch(hostileRoutes());
  });

  afterAll(async () => {
    await harness?.close();
    if (timings.length) console.table(timings);
  });

  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.name}: page unchanged, panel shows "${hostile.expected}", no uncaught error`, async () => {
      const run: HostileRun = await runHostileCase(harness, hostile);
      const { page, state } = run;
      timings.push({ name: hostile.name, words: run.words, ms: Math.round(run.pageThreadMs), outcome: outcomeOf(state) });
      expect(run.domUnchanged, 'the page DOM changed').toBe(true);
      expect(outcomeOf(state), JSON.stringify(state).slice(0, 300)).toBe(hostile.expected);

      const panel = await openPanelFor(harness, run.tabId);
      const panelErrors: string[] = [];
      panel.on('pageerror', (error) => panelErrors.push(error.message));
      await panelShows(panel, hostile.expected);
      if (hostile.expected === 'not-article') expect(await panel.locator('h2').first().textContent()).toBe('This page does not look like a news article');
      if (hostile.expected === 'not-english')
        expect(await panel.getByTestId('notice-not-english').textContent()).toMatch(/Crosscheck reads English articles only for now/);

      if (hostile.name === 'markup-in-text') {
        // The strings are shown as text, and none of them became markup in the panel or ran anywhere.
        expect(await panel.getByTestId('current-title').textContent()).toContain('<img src=x onerror="window.top.__crosscheckPwned=1">');
        expect(await panel.locator('main img, main svg:not([aria-hidden]) foreignObject, main iframe, main script, main object, main embed').count()).toBe(0);
        expect(await panel.evaluate(() => document.querySelectorAll('[onerror], [onload]').length)).toBe(0);
        expect(await panel.evaluate(() => (window as unknown as { __crosscheckPwned?: number }).__crosscheckPwned)).toBeUndefined();
        expect(await page.evaluate(() => (window as unknown as { __crosscheckPwned?: number }).__crosscheckPwned)).toBeUndefined();
      }
      if (hostile.name === 'frames') {
        // The article, not the advertisement or the comments in its frames.
        const report = state.report as { article: { wordCount: number } };
        expect(report.article.wordCount).toBeLessThan(300);
      }
      if (hostile.expected === 'report') expect((state.report as { article: { title: string } }).article.title.length).toBeGreaterThan(0);

      await panel.screenshot({ path: join(ARTEFACTS, `${hostile.name}-panel.png`), fullPage: false });
      expect(panelErrors).toEqual([]);
      expect(run.errors).toEqual([]);
      await panel.close();
      await page.close();
    }, 300_000);
  }
});
