// The only door to the extension APIs. Chrome and Firefox differ in how the panel
// opens (side panel against sidebar); everything else goes through the polyfill.
import browser from 'webextension-polyfill';
import { target } from './target.js';
import type { BackgroundPlatform } from './seam.js';
import type { PanelAnswer, PanelRequest } from '../messages.js';

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

/**
 * Loads a script into a tab (the toolbar click granted access to it), then calls
 * the function it left behind under `globalName` and returns its result.
 */
export async function callInTab<T>(tabId: number, file: string, globalName: string, ...args: string[]): Promise<T> {
  const [injected] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  // A file that answers as it is injected (build.mjs ANSWERING_ENTRIES) needs no call after it; a
  // browser that gives no file's value, or a file that failed as it answered, is called as any other.
  const answer = (injected as { result?: unknown } | undefined)?.result;
  if (args.length === 0 && answer !== undefined && answer !== null) return answer as T;
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    // Serialised into the page's isolated world: it can use nothing but its arguments.
    func: (name: string, ...rest: string[]) => (globalThis as unknown as Record<string, (...a: string[]) => unknown>)[name]!(...rest),
    args: [globalName, ...args],
  });
  const outcome = injection as { error?: unknown; result?: unknown } | undefined;
  if (outcome?.error) throw new Error(String(outcome.error));
  if (outcome?.result === undefined || outcome.result === null) throw new Error('the page did not answer');
  return outcome.result as T;
}

/** Whether the extension may run script in the tab now (its activeTab grant still holds); reads nothing. */
export async function canReadTab(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: () => true });
    return true;
  } catch {
    return false;
  }
}

/** Styles the highlight the page's sentence gets; a user-origin sheet, so the page's own markup is untouched. */
export async function insertHighlightStyle(tabId: number, css: string): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, css });
}

/** The address of a file packed with the extension. */
/** A request to the background, its answer typed by the request (messages.ts `PanelAnswers`). */
export function sendToBackground<R extends PanelRequest>(request: R): Promise<PanelAnswer<R>> {
  return browser.runtime.sendMessage(request) as Promise<PanelAnswer<R>>;
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** The toolbar button's click, with the tab it was clicked on. */
export function onToolbarClick(listener: (tab: { id?: number; url?: string; windowId?: number }) => void): void {
  browser.action.onClicked.addListener(listener);
}

/** Messages from the extension's other contexts; the handler's promise is the answer, undefined leaves the message to others. */
export function onExtensionMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown) => handler(message));
}

/** A tab starts loading a new page (navigation or reload). */
export function onTabNavigating(listener: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') listener(tabId);
  });
}

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

export const sessionStorage = (): browser.Storage.StorageArea =>
  (browser.storage as unknown as { session: browser.Storage.StorageArea }).session;

/** The background's platform in the extension: every call goes to browser.*. */
export const browserPlatform: BackgroundPlatform = {
  callInTab,
  canReadTab,
  insertHighlightStyle,
  getTab: (tabId) => browser.tabs.get(tabId).catch(() => undefined),
  session: {
    get: async (key) => (await sessionStorage().get(key))[key],
    set: (key, value) => sessionStorage().set({ [key]: value }),
    remove: (key) => sessionStorage().remove(key),
  },
};
