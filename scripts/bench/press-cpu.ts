// The CPU a first press after a worker restart costs, process by process and thread by thread: the
// extension's service worker's own thread apart from the side panel (the extension process's main
// thread), the tab's renderer (the extraction), the browser's threads (storage, IndexedDB) and the
// GPU process. Wall time on a shared machine mostly measures the others' load; CPU time does not.
// Linux only (reads /proc). A development tool, not part of the bench:
//   node scripts/run.mjs scripts/bench/press-cpu.ts PACK PROFILE_DIR
// PROFILE_DIR is a browser profile with PACK imported by this build (press-log.ts preparedProfile:
// made on the first run, and again after a build changes); each run works on a copy, on a browser
// restarted as the bench's is. Prints one JSON line:
// ms from the press to "ready" (the worker's clock), CPU ms of the extension process, of the whole
// browser, and of each thread that took 20 ms or more ("process kind/thread name"; ticks of 10 ms).
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { pressAndSettle } from '../../tests/e2e/harness.js';
import { launchOnCopy, preparedProfile, pressLog, pressRoutes } from './press-log.js';

const [packPath, template] = process.argv.slice(2);
if (!packPath || !template) throw new Error('usage: press-cpu.ts PACK PROFILE_DIR');
const TICK_MS = 10; // a clock tick (CLK_TCK 100)

interface Usage {
  extension: number;
  all: number;
  threads: Record<string, number>;
}

/** Field `n` (0-based, after the command name) of a /proc stat line. */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU ms so far of the browser started on `profileDir` and its children, by process and by thread. */
function usage(profileDir: string): Usage {
  const procs = new Map<number, { ppid: number; cmd: string; ms: number }>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const fields = statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      procs.set(Number(pid), { ppid: Number(fields[1]), cmd, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
    } catch {
      // gone meanwhile
    }
  }
  const mine = new Set([...procs].filter(([, p]) => p.cmd.includes(profileDir) && !p.cmd.includes('--type=')).map(([pid]) => pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) if (!mine.has(pid) && mine.has(p.ppid)) (mine.add(pid), (grew = true));
  }
  const result: Usage = { extension: 0, all: 0, threads: {} };
  for (const pid of mine) {
    const p = procs.get(pid)!;
    result.all += p.ms;
    const kind = p.cmd.includes('--extension-process') ? 'extension' : (/--type=([a-z-]+)/.exec(p.cmd)?.[1] ?? 'browser');
    if (kind === 'extension') result.extension += p.ms;
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = statFields(stat);
        result.threads[`${tid} ${kind}/${name}`] = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      }
    } catch {
      // gone meanwhile
    }
  }
  return result;
}

const routes = pressRoutes();
await preparedProfile(packPath, template, routes);
const { harness, page, profileDir, close } = await launchOnCopy(template, routes);
/** CPU of one press on `pressed`, measured from half a second after its page is open, as a JSON line. */
async function measuredPress(pressed: Page, label: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await harness.worker.evaluate(() => void ((globalThis as unknown as { __pressLog: unknown[] }).__pressLog.length = 0));
  const before = usage(profileDir);
  const { state } = await pressAndSettle(harness, pressed);
  const after = usage(profileDir);
  const { log, start } = await pressLog(harness);
  const ready = log.find((e) => e.status === 'ready')?.t;
  const threads: Record<string, number> = {};
  for (const [key, ms] of Object.entries(after.threads)) {
    const spent = ms - (before.threads[key] ?? 0);
    const name = key.slice(key.indexOf(' ') + 1);
    if (spent > 0) threads[name] = (threads[name] ?? 0) + spent;
  }
  const shown = Object.fromEntries(Object.entries(threads).filter(([, ms]) => ms >= 20).sort((a, b) => b[1] - a[1]));
  return JSON.stringify({ press: label, status: state.status, readyMs: ready === undefined ? null : Math.round(ready - start), extensionCpuMs: after.extension - before.extension, chromiumCpuMs: after.all - before.all, threads: shown });
}

try {
  console.log(await measuredPress(page, 'first'));
  // STEADY=1: a press on another page after it, the worker warm, for comparison.
  if (process.env.STEADY) {
    const other = await harness.context.newPage();
    await other.goto(`${harness.baseUrl}/news/1.html`);
    console.log(await measuredPress(other, 'steady'));
  }
} finally {
  await close();
}
