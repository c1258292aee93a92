import { browser, browserPlatform as platform, configurePanel, openPanel } from '../platform/browser.js';
import { isPanelRequest, tabStateKey } from '../messages.js';
import { tabAnalyser } from './analyse-tab.js';
import { followTab } from './follow-tab.js';
import { forgetTab, showSentence } from './show-sentence.js';
import { corpusArticle, loadCorpus } from './corpus.js';
import { listenForDailyRefresh } from './subscriptions.js';
import { rememberIfEnabled } from './memory.js';
import { importStoredPack } from './import-pack.js';
import { readStoredPack, removeStoredPack, storePackInfo } from '../platform/pack-store.js';

// Only if the reader turned the reading memory on; after the report, so that a page is never its own coverage.
const analyser = tabAnalyser(platform, loadCorpus, rememberIfEnabled);
const { analyseTab } = analyser;

void configurePanel();
listenForDailyRefresh();

browser.action.onClicked.addListener((tab) => {
  // The panel must open inside the click's user gesture, before anything is awaited.
  openPanel(tab).catch((error: unknown) => console.warn('Crosscheck: the panel did not open:', error));
  if (tab.id !== undefined) void analyseTab(tab.id, tab.url);
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isPanelRequest(message)) return undefined;
  switch (message.type) {
    case 'analyse-tab':
      return analyseTab(message.tabId);
    case 'follow-tab':
      return followTab(platform, analyser, message.tabId);
    case 'show-sentence':
      return showSentence(platform, message.tabId, message.sentence);
    case 'corpus-article':
      return corpusArticle(message.id);
    case 'import-pack':
      return importStoredPack({ readText: readStoredPack, putInfo: storePackInfo, remove: removeStoredPack }, message.id, message.bytes);
  }
});

// A report describes the page it was made from: drop it when the tab navigates or closes.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  forgetTab(tabId);
  void platform.session.remove(tabStateKey(tabId));
});
browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  void platform.session.remove(tabStateKey(tabId));
});
