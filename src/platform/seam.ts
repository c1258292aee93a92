// What each extension context's logic needs of the browser, as interfaces: the real ones (platform/browser.ts,
// platform/panel.ts, platform/options.ts, wired in each context's entry file) call browser.*; tests lend fakes.
// Nothing here imports the extension APIs, so the background's logic runs in Node and the panel's and the
// options page's views in jsdom.
import type { ImportResult, PanelAnswer, PanelRequest, TabState } from '../messages.js';
import type { StoredPackInfo } from './pack-store.js';
import type { RememberedRecord } from './memory-store.js';
import type { Subscription } from '../background/subscriptions.js';

/** A tab as the background reads it: whether it is still loading, and its address where the grant shows it. */
export interface TabInfo {
  status?: string;
  url?: string;
}

export interface BackgroundPlatform {
  /** Loads a script into the tab, calls the function it left under `globalName` and returns its result. */
  callInTab<T>(tabId: number, file: string, globalName: string, ...args: string[]): Promise<T>;
  /** Whether the extension may run script in the tab now; reads nothing. */
  canReadTab(tabId: number): Promise<boolean>;
  insertHighlightStyle(tabId: number, css: string): Promise<void>;
  /** The tab, or undefined when it is gone. */
  getTab(tabId: number): Promise<TabInfo | undefined>;
  /** The session store the panel reads tab states from. */
  session: {
    get(key: string): Promise<unknown>;
    set(key: string, value: unknown): Promise<void>;
    remove(key: string): Promise<void>;
  };
}

/** What the panel needs of the browser: the tab it reports on, that tab's state, and the background. */
export interface PanelPlatform {
  /** Sends a request to the background; the answer is typed by the request (messages.ts `PanelAnswers`). */
  send<R extends PanelRequest>(request: R): Promise<PanelAnswer<R>>;
  /** The active tab of the given window, or of the panel's own window. */
  activeTabId(windowId: number | undefined): Promise<number | undefined>;
  /** Calls back when the reader switches tabs; returns how to stop listening. */
  onTabActivated(listener: () => void): () => void;
  /** Calls back when a tab has finished loading a page; returns how to stop listening. */
  onTabLoaded(listener: (tabId: number) => void): () => void;
  /** The state the background stored for the tab, if any. */
  tabState(tabId: number): Promise<TabState | undefined>;
  /** Calls back with the tab's new state whenever the background stores one; returns how to stop listening. */
  onTabStateChanged(tabId: number, listener: (state: TabState | undefined) => void): () => void;
  openOptions(): void;
}

/** The reading memory as a store: the switch, and the records kept on this device. */
export interface MemoryStore {
  enabled(): Promise<boolean>;
  setEnabled(enabled: boolean): Promise<void>;
  /** Calls back when the switch or the records change, in any context. */
  onChanged(listener: () => void): void;
  list(): Promise<RememberedRecord[]>;
  /** Adds or replaces one record and deletes the given keys, in one transaction. */
  write(record: RememberedRecord, evict: readonly string[]): Promise<void>;
  clear(): Promise<void>;
}

/** What the options page needs of the browser: the packs stored, the reading memory and the subscriptions. */
export interface OptionsPlatform {
  /** The first line of the pack built into the extension: its header, all the page shows of it. */
  bundledPackHeaderLine(): Promise<string>;
  packs: {
    list(): Promise<StoredPackInfo[]>;
    /** Stores a pack's text under `id` and has the background check it whole: kept and listed if valid, removed if not. */
    import(id: string, json: string, bytes: number): Promise<ImportResult>;
    remove(id: string): Promise<void>;
    activeId(): Promise<string>;
    setActiveId(id: string): Promise<void>;
    onActiveChanged(listener: () => void): void;
  };
  memory: MemoryStore;
  subscriptions: {
    list(): Promise<Subscription[]>;
    subscribe(url: URL): Promise<Subscription>;
    refresh(id: string): Promise<Subscription>;
    unsubscribe(id: string): Promise<void>;
    /** Must be called inside the reader's click, before anything is awaited: browsers prompt only then. */
    requestOriginAccess(origin: string): Promise<boolean>;
    onListChanged(listener: () => void): void;
  };
}
