import { browser, configurePanel, openPanel, sessionStorage } from '../platform/browser.js';
import { isPanelRequest, tabStateKey } from '../messages.js';
import { analyseTab } from './analyse-tab.js';

void configurePanel();

browser.action.onClicked.addListener((tab) => {
  // The panel must open inside the click's user gesture, before anything is awaited.
  openPanel(tab).catch((error: unknown) => console.warn('Crosscheck: the panel did not open:', error));
  if (tab.id !== undefined) void analyseTab(tab.id, tab.url);
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (isPanelRequest(message)) return analyseTab(message.tabId);
  return undefined;
});

// A report describes the page it was made from: drop it when the tab navigates or closes.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void sessionStorage().remove(tabStateKey(tabId));
});
browser.tabs.onRemoved.addListener((tabId) => void sessionStorage().remove(tabStateKey(tabId)));
