// The extension in Chromium with a large pack imported through the options page: the first
// press after the worker starts afresh (the browser restarted on the same profile, so the
// worker loads the stored match index at the press) and a steady press after it, with the
// worker's heap. Times are the worker's own, from the toolbar press as the worker hears it
// (press-log.ts) to the report ("ready"); until stop 19 they started at the "extracting" state,
// which the worker hears late when its thread is busy. Run by the pack table (packs.ts) on its 10,000-article
// pack: node scripts/run.mjs scripts/bench/chromium-press.ts PACK [PROFILE_DIR]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, pressAndSettle, type Harness } from '../../tests/e2e/harness.js';
import { launchOnCopy, preparedProfile, pressRoutes, watchStates } from './press-log.js';

const [packPath, template] = process.argv.slice(2);
if (!packPath) throw new Error('usage: chromium-press.ts PACK [PROFILE_DIR]');

const routes = pressRoutes();

async function press(harness: Harness, page: Page): Promise<number> {
  await harness.worker.evaluate(() => void ((globalThis as unknown as { __pressLog: unknown[] }).__pressLog.length = 0));
  const { state } = await pressAndSettle(harness, page);
  if (state.status !== 'ready') throw new Error(`the press gave ${JSON.stringify(state).slice(0, 300)}`);
  const log = (await harness.worker.evaluate(() => (globalThis as unknown as { __pressLog: { status: string; t: number }[] }).__pressLog)) as { status: string; t: number }[];
  // From the press (press-log.ts); "extracting" is heard late when the worker's thread is busy.
  const start = (log.find((e) => e.status === 'press') ?? log.find((e) => e.status === 'extracting'))!.t;
  const end = log.find((e) => e.status === 'ready')!.t;
  // Timers added to the worker while looking for where a press goes (globalThis.__pressMarks, as profile-press.ts
  // prints them; none in the product), on the same clock, to stderr.
  const marks = (await harness.worker.evaluate(() => {
    const g = globalThis as unknown as { __pressMarks?: [string, number][] };
    const taken = g.__pressMarks ?? [];
    g.__pressMarks = [];
    return taken;
  })) as [string, number][];
  if (marks.length > 0) console.error(`marks: ${marks.map(([name, t]) => `${name} ${t - start >= 0 ? '+' : ''}${(t - start).toFixed(0)}`).join(', ')}`);
  console.error(`states: ${log.map((e) => `${e.status} +${(e.t - start).toFixed(0)}`).join(', ')}`);
  return end - start;
}

/** The worker's used JS heap, through the DevTools protocol on its target (undefined where the protocol will not say). */
async function heapMiB(harness: Harness): Promise<number | undefined> {
  const browser = harness.context.browser();
  if (!browser) return undefined;
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets' as never)) as unknown as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(harness.extensionId));
    if (!target) return undefined;
    const { sessionId } = (await session.send('Target.attachToTarget' as never, { targetId: target.targetId, flatten: false } as never)) as unknown as { sessionId: string };
    const sent = new Promise<{ usedSize: number }>((resolve) => {
      (session as unknown as { on(event: string, listener: (event: { sessionId?: string; message?: string }) => void): void }).on('Target.receivedMessageFromTarget', (event) => {
        const reply = JSON.parse(event.message ?? '{}') as { id?: number; result?: { usedSize: number } };
        if (reply.id === 2 && reply.result) resolve(reply.result);
      });
    });
    await session.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }) } as never);
    await session.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }) } as never);
    const { usedSize } = await Promise.race([sent, new Promise<{ usedSize: number }>((resolve) => setTimeout(() => resolve({ usedSize: NaN }), 5_000))]);
    return Number.isNaN(usedSize) ? undefined : usedSize / 1024 / 1024;
  } catch (error) {
    console.error('heap not measured:', (error as Error).message);
    return undefined;
  } finally {
    await session.detach();
  }
}

// PROFILE_DIR (optional): the profile with the pack imported is kept there for later runs of the same build
// (press-log.ts preparedProfile), and each run presses on a copy of it; TIMES=N runs N times, one line each.
const profile = template ?? mkdtempSync(join(tmpdir(), 'crosscheck-bench-profile-'));
const times = Number(process.env.TIMES ?? 1);
try {
  const importS = (await preparedProfile(packPath, profile, routes)) ?? null;
  for (let run = 0; run < times; run++) {
    // The browser restarted on the profile (a copy of it when kept): the worker starts afresh from its cached script.
    const restarted = template ? await launchOnCopy(template, routes) : undefined;
    const harness = restarted?.harness ?? (await launch(routes, { profile }));
    try {
      let page = restarted?.page;
      if (!page) {
        await watchStates(harness);
        page = await harness.context.newPage();
        await page.goto(`${harness.baseUrl}/news/0.html`);
      }
      const firstMs = await press(harness, page);
      const other = await harness.context.newPage();
      await other.goto(`${harness.baseUrl}/news/1.html`);
      const steadyMs = await press(harness, other);
      console.error(JSON.stringify({ importS, firstMs, steadyMs }));
      const heap = await heapMiB(harness);
      console.log(JSON.stringify({ importS, firstMs, steadyMs, heapMiB: heap, packBytes: readFileSync(packPath).length }));
    } finally {
      await (restarted ? restarted.close() : harness.close());
    }
  }
} finally {
  if (!template) rmSync(profile, { recursive: true, force: true });
}
