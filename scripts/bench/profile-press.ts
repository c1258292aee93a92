// Where the first press after a worker restart spends its time: the extension in Chromium with a
// pack imported (as chromium-press.ts does), restarted, then the worker's CPU profile taken over
// the DevTools protocol from just before the press to the report. Prints the press's time and the
// functions with the most self time (and by script). A development tool, not part of the bench:
//   node scripts/run.mjs scripts/bench/profile-press.ts PACK PROFILE_DIR [OUT.cpuprofile]
// (TIMES=N: N first presses unprofiled instead, each on a fresh browser, their times only.)
// PROFILE_DIR keeps the browser profile with the pack imported, so that later runs of the same
// build skip the import (each run works on a copy; press-log.ts preparedProfile); it belongs to one
// tree's dist/chrome (the extension's id comes from its path), so use one per tree.
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { pressAndSettle, type Harness } from '../../tests/e2e/harness.js';
import { launchOnCopy, preparedProfile, pressLog, pressRoutes } from './press-log.js';

const [packPath, template, out] = process.argv.slice(2);
if (!packPath || !template) throw new Error('usage: profile-press.ts PACK PROFILE_DIR [OUT.cpuprofile]');

const routes = pressRoutes();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A protocol session on the extension's service worker (not flattened: playwright's sessions cannot address workers). */
async function workerSession(harness: Harness): Promise<{ send(method: string, params?: object): Promise<unknown>; close(): Promise<void> }> {
  const session: CDPSession = await harness.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets' as never)) as unknown as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(harness.extensionId));
  if (!target) throw new Error('no service worker target');
  const { sessionId } = (await session.send('Target.attachToTarget' as never, { targetId: target.targetId, flatten: false } as never)) as unknown as { sessionId: string };
  const waiting = new Map<number, (result: unknown) => void>();
  (session as unknown as { on(event: string, listener: (event: { message?: string }) => void): void }).on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message ?? '{}') as { id?: number; result?: unknown; error?: unknown };
    if (reply.id !== undefined && waiting.has(reply.id)) {
      waiting.get(reply.id)!(reply.error ? { error: reply.error } : reply.result);
      waiting.delete(reply.id);
    }
  });
  let next = 1;
  return {
    async send(method, params = {}) {
      const id = next++;
      const replied = new Promise<unknown>((resolve) => waiting.set(id, resolve));
      await session.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never);
      return replied;
    },
    close: () => session.detach(),
  };
}

/** Self time per function (name, script and line) and per script, in ms, largest first. */
function summary(profile: Profile): { functions: [string, number][]; scripts: [string, number][]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const scripts = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const node = byId.get(id)!;
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').slice(-2).join('/');
    const key = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + ms);
    scripts.set(file || functionName, (scripts.get(file || functionName) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { functions: sorted(self), scripts: sorted(scripts), totalMs: (profile.endTime - profile.startTime) / 1000 };
}

await preparedProfile(packPath, template, routes);

/** One first press on a fresh copy of the prepared profile; with `profiled`, under the CPU profiler (which slows it). */
async function firstPress(profiled: boolean): Promise<{ steps: string; profile?: Profile }> {
  const { harness, page, close } = await launchOnCopy(template!, routes);
  try {
    const session = profiled ? await workerSession(harness) : undefined;
    await session?.send('Profiler.enable');
    await session?.send('Profiler.setSamplingInterval', { interval: 100 });
    await session?.send('Profiler.start');
    const { state } = await pressAndSettle(harness, page);
    const profile = session && ((await session.send('Profiler.stop')) as { profile: Profile }).profile;
    await session?.close();
    if (state.status !== 'ready') throw new Error(`the press gave ${JSON.stringify(state).slice(0, 300)}`);
    const { log, start } = await pressLog(harness);
    // Timers added to the worker while looking for where a press goes (pushed to globalThis.__pressMarks
    // as [name, performance.now()]; none in the product) are printed after the states, on the same clock.
    const marks = (await harness.worker.evaluate(() => (globalThis as unknown as { __pressMarks?: [string, number][] }).__pressMarks ?? [])) as [string, number][];
    const marked = marks.length > 0 ? `\n   marks: ${marks.map(([name, t]) => `${name} +${(t - start).toFixed(0)}`).join(', ')}` : '';
    const steps = log.map((e) => `${e.status} +${(e.t - start).toFixed(0)}`).join(', ') + marked;
    return profile ? { steps, profile } : { steps };
  } finally {
    await close();
  }
}

// TIMES=N: N presses without the profiler, each on a fresh browser, for their times alone.
const times = Number(process.env.TIMES ?? 0);
if (times > 0) {
  for (let run = 1; run <= times; run++) console.log(`first press ${run}: ${(await firstPress(false)).steps} ms`);
} else {
  const { steps, profile } = await firstPress(true);
  if (out) writeFileSync(out, JSON.stringify(profile));
  const { functions, scripts, totalMs } = summary(profile!);
  console.log(`first press: ${steps} ms (profiled, 100 µs sampling; profile spans ${totalMs.toFixed(0)} ms)`);
  console.log('self time by script:');
  for (const [file, ms] of scripts.slice(0, 8)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${file}`);
  console.log('self time by function:');
  for (const [name, ms] of functions.slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}
