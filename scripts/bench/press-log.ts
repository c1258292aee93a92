// The worker's log of the tab states it stores, with their times: shared by the bench's press
// (chromium-press.ts) and the CPU profile of a press (profile-press.ts).
import type { Harness } from '../../tests/e2e/harness.js';

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
