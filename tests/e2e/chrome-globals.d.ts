// The little of the extension API that the browser tests evaluate inside the service worker.
declare const chrome: {
  storage: { session: { get(keys: string | null): Promise<Record<string, unknown>>; remove(keys: string): Promise<void> } };
};
