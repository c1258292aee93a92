import { browserPlatform as platform, configurePanel, onExtensionMessage, onTabClosed, onTabNavigating, onToolbarClick, openPanel } from '../platform/browser.js';
import { memoryStore } from '../platform/memory-store.js';
import { handlePanelRequest, isPanelRequest, tabStateKey, type PanelHandlers } from '../messages.js';
import { tabAnalyser } from './analyse-tab.js';
import { followTab } from './follow-tab.js';
import { forgetTab, showSentence } from './show-sentence.js';
import { corpusArticle, loadCorpus, readChosenPackEarly, readRelatedRecords } from './corpus.js';
import { listenForDailyRefresh, listSubscriptions, refreshSubscription, subscribe, subscriptionAddress, unsubscribe } from './subscriptions.js';
import { rememberIfEnabled } from './memory.js';
import { importStoredPack } from './import-pack.js';
import { openPackStoreEarly, readStoredPack, removeStoredPack, storeMatchIndex, storePackInfo } from '../platform/pack-store.js';

// Only if the reader turned the reading memory on; after the report, so that a page is never its own coverage.
const analyser = tabAnalyser(platform, loadCorpus, (article) => rememberIfEnabled(memoryStore, article), readRelatedRecords);
const { analyseTab } = analyser;

void configurePanel();
listenForDailyRefresh();
// The corpus is read at the first press; the pack store's first open, and which pack is chosen, need not wait for it.
openPackStoreEarly();
void readChosenPackEarly().catch(() => undefined);

onToolbarClick((tab) => {
  // The panel must open inside the click's user gesture, before anything is awaited.
  openPanel(tab).catch((error: unknown) => console.warn('Crosscheck: the panel did not open:', error));
  if (tab.id !== undefined) void analyseTab(tab.id, tab.url);
});

const handlers: PanelHandlers = {
  'analyse-tab': (request) => analyseTab(request.tabId),
  'follow-tab': (request) => followTab(platform, analyser, request.tabId),
  'show-sentence': (request) => showSentence(platform, request.tabId, request.sentence),
  'corpus-article': (request) => corpusArticle(request.id),
  'import-pack': async (request) => {
    const result = await importStoredPack({ readText: readStoredPack, storeMatchIndex, putInfo: storePackInfo, remove: removeStoredPack }, request.id, request.bytes);
    // The database rewrites an import's tens of megabytes in the background (LevelDB's compactions), and stops when
    // its last connection closes: held open now, it does so while the reader is not pressing, not at the next start.
    openPackStoreEarly();
    return result;
  },
  // The options page asked for the site's permission in the click; the address is checked again here, where it is used.
  subscribe: async (request) => subscribe(subscriptionAddress(request.url)),
  'refresh-subscription': (request) => refreshSubscription(request.id),
  unsubscribe: (request) => unsubscribe(request.id),
  'list-subscriptions': () => listSubscriptions(),
};

onExtensionMessage((message) => (isPanelRequest(message) ? handlePanelRequest(handlers, message) : undefined));

// A report describes the page it was made from: drop it when the tab navigates or closes.
onTabNavigating((tabId) => {
  forgetTab(tabId);
  void platform.session.remove(tabStateKey(tabId));
});
onTabClosed((tabId) => {
  analyser.tabClosed(tabId);
  forgetTab(tabId);
  void platform.session.remove(tabStateKey(tabId));
});
