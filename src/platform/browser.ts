// The only door to the extension APIs. Chrome and Firefox differ in how the panel
// opens (side panel against sidebar); everything else goes through the polyfill.
import browser from 'webextension-polyfill';
import { target } from './target.js';

export { browser };

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function sidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}

/** Once per background start: the toolbar click is ours to handle, not an automatic panel toggle. */
export async function configurePanel(): Promise<void> {
  if (target === 'chrome') await sidePanel()?.setPanelBehavior({ openPanelOnActionClick: false });
}

/**
 * Opens the panel for a tab. Both browsers accept this only while handling the
 * user's click, so it must be called before the click handler awaits anything.
 */
export function openPanel(tab: { id?: number; windowId?: number }): Promise<void> {
  if (target === 'chrome') {
    const api = sidePanel();
    if (!api) return Promise.reject(new Error('this browser has no side panel'));
    return tab.id !== undefined ? api.open({ tabId: tab.id }) : api.open({ windowId: tab.windowId });
  }
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (!sidebar) return Promise.reject(new Error('this browser has no sidebar'));
  return sidebar.open();
}

/** Runs the extractor in a tab (the toolbar click granted access to it) and returns what it found. */
export async function runInTab<T>(tabId: number, file: string, call: () => T): Promise<T> {
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: call });
  if (result === undefined) throw new Error('the page did not answer');
  const withError = result as { error?: unknown; result?: unknown };
  if (withError.error) throw new Error(String(withError.error));
  return withError.result as T;
}

export const sessionStorage = (): browser.Storage.StorageArea =>
  (browser.storage as unknown as { session: browser.Storage.StorageArea }).session;
