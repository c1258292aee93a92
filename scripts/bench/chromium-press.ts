// The extension in Chromium with a large pack imported through the options page: the first
// press after the worker starts afresh (the browser restarted on the same profile, so the
// worker loads the stored match index at the press) and a steady press after it, with the
// worker's heap. Times are the worker's own, from the toolbar press as the worker hears it
// (press-log.ts) to the report ("ready"); until stop 19 they started at the "extracting" state,
// which the worker hears late when its thread is busy. Run by the pack table (packs.ts) on its 10,000-article
// pack: node scripts/run.mjs scripts/bench/chromium-press.ts PACK
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, pressAndSettle, type Harness } from '../../tests/e2e/harness.js';
import { pressRoutes, watchStates } from './press-log.js';

const [packPath] = process.argv.slice(2);
if (!packPath) throw new Error('usage: chromium-press.ts PACK');

const routes = pressRoutes();

async function press(harness: Harness, page: Page): Promise<number> {
  await harness.worker.evaluate(() => void ((globalThis as unknown as { __pressLog: unknown[] }).__pressLog.length = 0));
  const { state } = await pressAndSettle(harness, page);
  if (state.status !== 'ready') throw new Error(`the press gave ${JSON.stringify(state).slice(0, 300)}`);
  const log = (await harness.worker.evaluate(() => (globalThis as unknown as { __pressLog: { status: string; t: number }[] }).__pressLog)) as { status: string; t: number }[];
  // From the press (press-log.ts); "extracting" is heard late when the worker's thread is busy.
  const start = (log.find((e) => e.status === 'press') ?? log.find((e) => e.status === 'extracting'))!.t;
  const end = log.find((e) => e.status === 'ready')!.t;
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

const profile = mkdtempSync(join(tmpdir(), 'crosscheck-bench-profile-'));
let harness: Harness | undefined;
try {
  harness = await launch(routes, { profile });
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options/options.html`);
  const importStart = performance.now();
  await options.getByTestId('pack-file').setInputFiles(packPath);
  for (;;) {
    const message = (await options.getByTestId('options-message').textContent({ timeout: 600_000 })) ?? '';
    if (/Imported/.test(message)) break;
    if (/not imported/.test(message)) throw new Error(message);
    if (performance.now() - importStart > 600_000) throw new Error('import did not finish in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const importS = (performance.now() - importStart) / 1000;
  await harness.close();

  harness = await launch(routes, { profile });
  await watchStates(harness);
  const page = await harness.context.newPage();
  await page.goto(`${harness.baseUrl}/news/0.html`);
  const firstMs = await press(harness, page);
  const other = await harness.context.newPage();
  await other.goto(`${harness.baseUrl}/news/1.html`);
  const steadyMs = await press(harness, other);
  console.error(JSON.stringify({ importS, firstMs, steadyMs }));
  const heap = await heapMiB(harness);
  console.log(JSON.stringify({ importS, firstMs, steadyMs, heapMiB: heap, packBytes: readFileSync(packPath).length }));
} finally {
  await harness?.close();
  rmSync(profile, { recursive: true, force: true });
}
