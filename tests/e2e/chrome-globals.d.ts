// The little of the extension API that the browser tests evaluate inside the service worker and the panel.
declare const chrome: {
  storage: {
    session: { get(keys: string | null): Promise<Record<string, unknown>>; remove(keys: string): Promise<void> };
    local: { get(keys: string | null): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  tabs: {
    get(tabId: number): Promise<{ id?: number; windowId: number }>;
    query(query: Record<string, unknown>): Promise<{ id?: number; windowId: number }[]>;
  };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }>; request(...args: unknown[]): unknown };
  alarms: {
    get(name: string): Promise<{ name: string; periodInMinutes?: number; scheduledTime: number } | undefined>;
    create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void>;
  };
  windows: { create(options: { url: string; type: 'popup' | 'normal'; width?: number; height?: number; focused?: boolean }): Promise<unknown> };
};
