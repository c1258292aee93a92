// From the toolbar press to the panel's first complete render, per seed page, in headless
// Chromium with the built extension (npm run build first). The panel is open beside the page,
// as a reader who keeps it open has it; each run uses a fresh tab, so every press reads and
// analyses the page anew. Stages come from the panel's own clock: when the background's
// states reach it through storage (extracting: the press reached the background; analysing:
// Readability has the article; ready: the whole report is built and stored), and the frame
// after the complete report is in the panel's DOM.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixture, launch, openPanelWindow, type Harness } from '../../tests/e2e/harness.js';
import { ROOT } from '../../tests/helpers.js';
import { median } from './measure.js';

const RUNS = 7;
const GOAL_MS = 150;

interface Marks {
  pressed: number;
  extracting?: number;
  analysing?: number;
  ready?: number;
  rendered?: number;
  status?: string;
}


/** Watches the panel page: each stored state's arrival, then the frame after the full report is in the DOM. */
async function watch(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const marks: Record<string, number | string> = {};
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const change of Object.values(changes)) {
        const status = (change.newValue as { status?: string } | undefined)?.status;
        if (status && marks[status] === undefined) marks[status] = Date.now();
      }
    });
    const done = () => document.querySelector('[data-section=framing]') ?? document.querySelector('[data-testid=no-related]');
    const observer = new MutationObserver(() => {
      if (!done() || marks.seen) return;
      marks.seen = 1;
      observer.disconnect();
      // The frame that paints the report.
      requestAnimationFrame(() => {
        marks.rendered = Date.now();
      });
    });
    observer.observe(document.body, { subtree: true, childList: true });
  });
}

async function pressOnce(harness: Harness, url: string): Promise<Marks | undefined> {
  const page = await harness.context.newPage();
  await page.goto(url);
  const tabId = (await harness.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)))) as number;
  const panel = await openPanelWindow(harness, `tab=${tabId}`);
  await panel.locator('[data-testid=notice-needs-click]').waitFor();
  await watch(panel);
  await page.bringToFront();
  await page.waitForFunction(() => document.visibilityState === 'visible');
  const session = await harness.context.browser()!.newBrowserCDPSession();
  let pressed = 0;
  try {
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as { targetInfos: { targetId: string; url: string }[] };
    const tab = targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab shows ${url}`);
    pressed = Date.now();
    await session.send('Extensions.triggerAction' as never, { id: harness.extensionId, targetId: tab.targetId } as never);
  } finally {
    await session.detach();
  }
  const deadline = Date.now() + 20_000;
  let marks: Record<string, number | string> = {};
  while (Date.now() < deadline) {
    marks = (await panel.evaluate(() => (window as unknown as { __marks: Record<string, number | string> }).__marks)) ?? {};
    if (marks.rendered !== undefined || ['unreadable', 'error', 'not-article'].some((s) => marks[s] !== undefined)) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await panel.close();
  await page.close();
  if (marks.rendered === undefined) return undefined; // the rare press that reaches the extension before its grant; run again
  return { pressed, ...(marks as Omit<Marks, 'pressed'>) };
}

export async function benchClickToRender(): Promise<void> {
  const seedsDir = join(ROOT, 'tests/fixtures/seed-pages');
  const seeds = readdirSync(seedsDir).filter((d) => /^\d{3}_/.test(d)).sort();
  const routes = Object.fromEntries(seeds.map((id) => [`/news/${id}.html`, fixture('seed-pages', id, 'page.html')]));
  const harness = await launch(routes);
  try {
    const rows: string[] = [];
    let cold: number | undefined;
    for (const id of seeds) {
      const url = `${harness.baseUrl}/news/${id}.html`;
      const runs: Marks[] = [];
      let attempts = 0;
      // One warm-up press per seed page outside the timings (the first of all also loads the corpus).
      while (runs.length < RUNS + 1 && attempts++ < RUNS * 3) {
        const marks = await pressOnce(harness, url);
        if (marks) runs.push(marks);
      }
      const [warmup, ...timed] = runs;
      if (cold === undefined && warmup?.rendered) cold = warmup.rendered - warmup.pressed;
      const stage = (from: keyof Marks, to: keyof Marks) => median(timed.map((m) => Number(m[to]) - Number(m[from])));
      const total = stage('pressed', 'rendered');
      rows.push(
        [
          id.padEnd(22),
          String(timed.length).padStart(4),
          stage('pressed', 'extracting').toFixed(0).padStart(13),
          stage('extracting', 'analysing').toFixed(0).padStart(11),
          stage('analysing', 'ready').toFixed(0).padStart(11),
          stage('ready', 'rendered').toFixed(0).padStart(10),
          total.toFixed(0).padStart(9),
          total <= GOAL_MS ? '  yes' : '  NO',
        ].join(''),
      );
    }
    console.log(`\nClick to render: toolbar press to the panel's complete report, headless Chromium, median of ${RUNS} presses per page (goal ${GOAL_MS} ms)`);
    console.log(`first press of the session (loads the corpus): ${cold?.toFixed(0) ?? '?'} ms\n`);
    console.log(`${'page'.padEnd(22)}runs  to extracting  extract ms  analyse ms  render ms  total ms  goal`);
    for (const row of rows) console.log(row);
  } finally {
    await harness.close();
  }
}

if (process.argv[1]?.includes('click-to-render') || process.env.CROSSCHECK_BENCH_MAIN) await benchClickToRender();
