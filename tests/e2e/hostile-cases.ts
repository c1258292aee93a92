// Pages that break naive code (tests/fixtures/hostile/README.md), and one run of the extension
// on each in Chromium: the toolbar press, the state the background settles on, the page's DOM
// before and after, the time the page's main thread spent, and every uncaught error on the way.
// Used by tests/e2e/hostile.test.ts and by `npm run bench` (scripts/bench/hostile.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pressUntilSettled, triggerToolbarAction, type Harness } from './harness.js';
import { ecbRecords, FIXTURES } from '../helpers.js';

export type Outcome = 'report' | 'not-article' | 'not-english';

export interface HostileCase {
  name: string;
  /** What the panel should show for it. */
  expected: Outcome;
  html(): string;
}

/** The number of words in the generated long page. */
export const HUGE_WORDS = 300_000;

const fromFixture = (name: string) => (): string => readFileSync(join(FIXTURES, 'hostile', name, 'page.html'), 'utf8');

/**
 * An endless "live blog" of real news text (ECB+ articles, one after another) of `words`
 * words: generated here rather than committed, at about 2 MB.
 */
export function hugePage(words = HUGE_WORDS): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const records = ecbRecords().filter((r) => r.text.length > 0);
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const record = records[i % records.length]!;
    parts.push(`<h2>${escape(record.title)}</h2>`);
    count += record.title.split(/\s+/).length;
    for (const paragraph of record.text.split('\n')) {
      if (count >= words) break;
      const kept = paragraph.split(/\s+/).filter(Boolean).slice(0, words - count);
      count += kept.length;
      parts.push(`<p>${escape(kept.join(' '))}</p>`);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: every story, all day</title></head><body>
<article><h1>Live: every story, all day</h1>
${parts.join('\n')}
</article></body></html>`;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'empty-body', expected: 'not-article', html: fromFixture('empty-body') },
  { name: 'huge-300k-words', expected: 'not-article', html: () => hugePage() },
  // The longest pages the extractor reads: Readability runs on all of it (the worst case for the page's thread).
  { name: 'long-160k-words', expected: 'not-article', html: () => hugePage(160_000) },
  { name: 'long-90k-words', expected: 'report', html: () => hugePage(90_000) },
  { name: 'deep-nesting', expected: 'report', html: fromFixture('deep-nesting') },
  { name: 'prototype-poisoned', expected: 'report', html: fromFixture('prototype-poisoned') },
  { name: 'frames', expected: 'report', html: fromFixture('frames') },
  { name: 'frameset', expected: 'not-article', html: fromFixture('frameset') },
  { name: 'rtl-arabic', expected: 'not-english', html: fromFixture('rtl-arabic') },
  { name: 'non-english-german', expected: 'not-english', html: fromFixture('non-english-german') },
  { name: 'mislabelled-french', expected: 'not-english', html: fromFixture('mislabelled-french') },
  { name: 'no-paragraphs', expected: 'report', html: fromFixture('no-paragraphs') },
  { name: 'link-list', expected: 'not-article', html: fromFixture('link-list') },
  { name: 'script-only', expected: 'not-article', html: fromFixture('script-only') },
  { name: 'markup-in-text', expected: 'report', html: fromFixture('markup-in-text') },
  { name: 'unclosed-quotes', expected: 'report', html: fromFixture('unclosed-quotes') },
];

export const routeOf = (c: HostileCase): string => `/hostile/${c.name}.html`;

export function hostileRoutes(cases: readonly HostileCase[] = HOSTILE_CASES): Record<string, string> {
  return Object.fromEntries(cases.map((c) => [routeOf(c), c.html()]));
}

export interface HostileRun {
  name: string;
  tabId: number;
  state: Record<string, unknown>;
  /** Words in the page's body text, as the browser lays it out. */
  words: number;
  /** Main-thread time of the page's renderer (Chromium's TaskDuration) from the press to the settled state. */
  pageThreadMs: number;
  domUnchanged: boolean;
  /** Uncaught errors of the page and error messages of the extension's service worker during the run. */
  errors: string[];
  page: Page;
}

/** Loads the case's page, presses the toolbar button, and measures what it cost the page. */
export async function runHostileCase(harness: Harness, c: HostileCase): Promise<HostileRun> {
  const errors: string[] = [];
  const onWorkerConsole = (message: { type(): string; text(): string }): void => {
    if (message.type() === 'error') errors.push(`service worker: ${message.text()}`);
  };
  harness.worker.on('console', onWorkerConsole);
  const page = await harness.context.newPage();
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  try {
    await page.goto(`${harness.baseUrl}${routeOf(c)}`, { timeout: 60_000 });
    const before = await page.content();
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    };
    const busyBefore = await taskSeconds();
    const { tabId, state } = await pressAndSettleQuietly(harness, page);
    const pageThreadMs = (await taskSeconds()) - busyBefore;
    await cdp.detach();
    const domUnchanged = (await page.content()) === before;
    const words = await isolatedEvaluate<number>(
      page,
      `(() => { const text = document.body ? document.body.innerText : ''; let count = 0, inWord = false;
        for (let i = 0; i < text.length; i++) { const space = text.charCodeAt(i) <= 32; if (!space && !inWord) count++; inWord = !space; }
        return count; })()`,
    );
    return { name: c.name, tabId, state, words, pageThreadMs: pageThreadMs * 1000, domUnchanged, errors, page };
  } finally {
    harness.worker.off('console', onWorkerConsole);
  }
}

/** The outcome a settled tab state stands for. */
export function outcomeOf(state: Record<string, unknown>): string {
  return state.status === 'ready' ? 'report' : String(state.status);
}

/**
 * Evaluates `expression` in a fresh isolated world of the page's main frame, out of reach of
 * the page's own scripts: Playwright's page.evaluate and waitForFunction run in the page's
 * world and fail on a page that has replaced JSON and Array.prototype.
 */
export async function isolatedEvaluate<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'crosscheck-test' });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
    if (exceptionDetails) throw new Error(`evaluation failed: ${exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * The harness's pressAndSettle, with every probe of the page made from an isolated world
 * (see isolatedEvaluate), so that it works on pages that break Playwright's own scripts.
 */
export async function pressAndSettleQuietly(harness: Harness, page: Page): Promise<{ tabId: number; state: Record<string, unknown> }> {
  return pressUntilSettled(harness, page.url(), () => pressQuietly(harness, page));
}

async function pressQuietly(harness: Harness, page: Page): Promise<void> {
  await page.bringToFront();
  const deadline = Date.now() + 10_000;
  while ((await isolatedEvaluate<string>(page, 'document.visibilityState')) !== 'visible') {
    if (Date.now() > deadline) throw new Error(`${page.url()} never became visible`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await triggerToolbarAction(harness, page);
}
