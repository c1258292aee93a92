// What the background's logic needs of the browser, as an interface: the real one (platform/browser.ts,
// wired in background/index.ts) calls browser.*; tests lend a fake. Nothing here imports the
// extension APIs, so the background's logic runs in Node.

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
