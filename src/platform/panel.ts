// The panel's platform in the extension: every call goes to browser.*. The panel's views take it
// from a context (panel/platform-context.ts), so that tests render them in jsdom on a fake.
import { browser, sendToBackground, sessionStorage } from './browser.js';
import { tabStateKey, type TabState } from '../messages.js';
import type { PanelPlatform } from './seam.js';

export const browserPanelPlatform: PanelPlatform = {
  send: sendToBackground,
  async activeTabId(windowId) {
    const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId });
    return tab?.id;
  },
  onTabActivated(listener) {
    const onActivated = (): void => listener();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  },
  onTabLoaded(listener) {
    const onUpdated = (tabId: number, change: { status?: string }): void => {
      if (change.status === 'complete') listener(tabId);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  },
  async tabState(tabId) {
    const key = tabStateKey(tabId);
    return (await sessionStorage().get(key))[key] as TabState | undefined;
  },
  onTabStateChanged(tabId, listener) {
    const key = tabStateKey(tabId);
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
      if (area === 'session' && key in changes) listener(changes[key]?.newValue as TabState | undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
};
