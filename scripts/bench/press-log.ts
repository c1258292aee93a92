// The worker's log of the tab states it stores, with their times: shared by the bench's press
// (chromium-press.ts), the CPU profile of a press (profile-press.ts) and its CPU by thread (press-cpu.ts).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { articlePage, EXTENSION_DIR, launch, type Harness } from '../../tests/e2e/harness.js';
import { ecbRecords } from '../../tests/helpers.js';

/**
 * Records in the worker the time of every tab state it stores, and of the toolbar press itself
 * (status "press"): this listener runs after the extension's own, before anything the press
 * started has had a task of its own. A state's time is when the worker hears of its write, which a
 * busy thread delays; the press's is not, so a press is timed from it.
 */
export async function watchStates(harness: Harness): Promise<void> {
  await harness.worker.evaluate(() => {
    const log: { status: string; t: number }[] = [];
    (globalThis as unknown as { __pressLog: typeof log }).__pressLog = log;
    // The e2e globals declare only what the tests use; action.onClicked is there in every MV3 worker with an action,
    // and storage.session.onChanged in every MV3 worker.
    (chrome as unknown as { action: { onClicked: { addListener(listener: () => void): void } } }).action.onClicked.addListener(() => log.push({ status: 'press', t: performance.now() }));
    const session = chrome.storage.session as unknown as { onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void } };
    session.onChanged.addListener((changes) => {
      for (const change of Object.values(changes)) {
        const status = (change.newValue as { status?: string } | undefined)?.status;
        if (status) log.push({ status, t: performance.now() });
      }
    });
  });
}

/** The states logged since watchStates, and the time of the press they are counted from ("extracting" is heard late when the worker's thread is busy). */
export async function pressLog(harness: Harness): Promise<{ log: { status: string; t: number }[]; start: number }> {
  const log = (await harness.worker.evaluate(() => (globalThis as unknown as { __pressLog: { status: string; t: number }[] }).__pressLog)) as { status: string; t: number }[];
  return { log, start: (log.find((e) => e.status === 'press') ?? log.find((e) => e.status === 'extracting'))!.t };
}

/** The pages the press tools show: ECB+ records 0 (pressed first) and 40, as plain article pages. */
export function pressRoutes(): Record<string, string> {
  const records = ecbRecords();
  return Object.fromEntries([records[0]!, records[40]!].map((r, i) => [`/news/${i}.html`, articlePage(r.title, r.text.split('\n'))]));
}

/** How long the browser is left open after an import, before the restart that the first press follows. */
export const AFTER_IMPORT_MS = 5_000;

/** Imports the pack through the options page of a started browser, as a reader does; seconds it took. */
export async function importThroughOptions(harness: Harness, packPath: string): Promise<number> {
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options/options.html`);
  const started = performance.now();
  await options.getByTestId('pack-file').setInputFiles(packPath);
  for (;;) {
    const message = (await options.getByTestId('options-message').textContent({ timeout: 600_000 })) ?? '';
    if (/Imported/.test(message)) break;
    if (/not imported/.test(message)) throw new Error(message);
    if (performance.now() - started > 600_000) throw new Error('import did not finish in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return (performance.now() - started) / 1000;
}

/** What identifies this build of the extension: a digest of every file of dist/chrome. */
function buildDigest(): string {
  const hash = createHash('sha256');
  const add = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) add(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  add(EXTENSION_DIR);
  return hash.digest('hex');
}

/**
 * A profile with `packPath` imported by this build, made in `template` unless it is there already. The file
 * `imported` marks the template done and names the build it was made with (the browser keeps the worker's script,
 * and V8's code for it, in the profile: Service Worker/ScriptCache): a template of another build is made again,
 * so that a copy restarts the worker as the bench's browser restart does, from its cached script and code, and
 * never runs a stale build. Seconds the import took, or undefined when the template was there.
 */
export async function preparedProfile(packPath: string, template: string, routes: Record<string, string>): Promise<number | undefined> {
  const marker = join(template, 'imported');
  const settleMs = Number(process.env.IMPORT_SETTLE_MS ?? AFTER_IMPORT_MS);
  const made = `${buildDigest()} ${packPath} ${settleMs}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === made) return undefined;
  rmSync(template, { recursive: true, force: true });
  const harness = await launch(routes, { profile: template });
  let importS: number;
  try {
    importS = await importThroughOptions(harness, packPath);
    // A reader does not restart the browser the moment an import ends: its database is left a few seconds to finish
    // writing the import (IndexedDB's compactions), which a restart at once leaves for the first press (stop 24).
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  } finally {
    await harness.close();
  }
  writeFileSync(marker, made);
  return importS;
}

/**
 * The browser started on a fresh copy of `template` (a profile with a pack imported by this build: preparedProfile),
 * its states watched and the first page open; `close` removes the copy.
 */
export async function launchOnCopy(template: string, routes: Record<string, string>): Promise<{ harness: Harness; page: Page; profileDir: string; close(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'crosscheck-press-'));
  cpSync(template, profileDir, { recursive: true });
  const close = async (harness?: Harness) => {
    await harness?.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  let harness: Harness | undefined;
  try {
    harness = await launch(routes, { profile: profileDir });
    await watchStates(harness);
    const page = await harness.context.newPage();
    await page.goto(`${harness.baseUrl}/news/0.html`);
    const started = harness;
    return { harness, page, profileDir, close: () => close(started) };
  } catch (error) {
    await close(harness);
    throw error;
  }
}
