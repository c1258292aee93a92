// Pack subscriptions: a pack (or a publisher's index of packs) at an address the reader chose,
// downloaded whole at subscribe time and once a day after. The only requests are to that
// address and to the packs its index lists on the same site; none of them carries anything
// about the pages the reader reads. A download replaces the stored pack only once it has been
// checked in full (digest against the index, then every field of the pack), in one
// IndexedDB transaction; on any failure the previous pack stays in use and the error is kept
// for the options page.
import { readCapped, TOO_LARGE } from '../net/read-capped.js';
import { SubscriptionError } from './subscription-address.js';

export { SubscriptionError, subscriptionAddress } from './subscription-address.js';
import { isPackIndex, newestPack, parsePackIndex, parsePackJson, PACK_LIMITS, PackError } from '../core/index.js';
import { removeStoredPack, storePack } from '../platform/pack-store.js';
import {
  onRefreshAlarm,
  readSubscriptionList,
  releaseOriginAccess,
  scheduleDailyRefresh,
  writeSubscriptionList,
} from '../platform/subscriptions.js';

export interface Subscription {
  /** Also the id of its pack in the pack store. */
  id: string;
  /** A pack or a pack index, as the reader gave it. */
  url: string;
  origin: string;
  addedAt: string;
  /** ISO date-time of the last attempt, successful or not. */
  lastAttempt?: string;
  /** ISO date-time of the last successful refresh. */
  lastRefresh?: string;
  packName?: string;
  articleCount?: number;
  /** SHA-256 of the pack in use, from the index or worked out. */
  sha256?: string;
  /** When the pack in use was built, where the index says. */
  builtAt?: string;
  /** Why the last attempt failed; absent after a success. */
  lastError?: string;
}

const DOWNLOAD_TIMEOUT_MS = 120_000;
export async function listSubscriptions(): Promise<Subscription[]> {
  const data = await readSubscriptionList();
  return Array.isArray(data) ? (data.filter(isSubscription) as Subscription[]) : [];
}

function isSubscription(data: unknown): boolean {
  const s = data as Partial<Subscription> | null;
  return typeof s === 'object' && s !== null && typeof s.id === 'string' && typeof s.url === 'string' && typeof s.origin === 'string';
}

async function saveSubscription(subscription: Subscription): Promise<void> {
  const list = await listSubscriptions();
  const at = list.findIndex((s) => s.id === subscription.id);
  if (at >= 0) list[at] = subscription;
  else list.push(subscription);
  await writeSubscriptionList(list);
}

/** Records a subscription (the site's permission already granted) and downloads its pack. */
export async function subscribe(url: URL): Promise<Subscription> {
  const existing = (await listSubscriptions()).find((s) => s.url === url.href);
  const subscription: Subscription = existing ?? { id: `sub-${crypto.randomUUID()}`, url: url.href, origin: url.origin, addedAt: new Date().toISOString() };
  if (!existing) await saveSubscription(subscription);
  await scheduleDailyRefresh(true);
  // Searched from now on together with the chosen corpus and any other subscription.
  return refreshSubscription(subscription.id);
}

export async function unsubscribe(id: string): Promise<void> {
  const list = await listSubscriptions();
  const gone = list.find((s) => s.id === id);
  const rest = list.filter((s) => s.id !== id);
  await writeSubscriptionList(rest);
  await removeStoredPack(id);
  // The site's permission goes with its last subscription.
  if (gone && !rest.some((s) => s.origin === gone.origin)) await releaseOriginAccess(gone.origin);
  await scheduleDailyRefresh(rest.length > 0);
}

let refreshing: Promise<void> | undefined;

/** Refreshes every subscription, one after another; a second call while one runs waits for it. */
export function refreshAll(): Promise<void> {
  refreshing ??= (async () => {
    try {
      const list = await listSubscriptions();
      for (const subscription of list) await refreshSubscription(subscription.id);
      await scheduleDailyRefresh(list.length > 0);
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

/** Registered once per background start: the daily alarm refreshes every subscription. */
export function listenForDailyRefresh(): void {
  onRefreshAlarm(() => {
    void refreshAll().catch((error: unknown) => console.warn('Crosscheck: refreshing subscriptions failed:', error));
  });
}

/** Downloads and checks the subscription's pack; stores it only if all is well. Never throws for a bad download. */
export async function refreshSubscription(id: string): Promise<Subscription> {
  const subscription = (await listSubscriptions()).find((s) => s.id === id);
  if (!subscription) throw new SubscriptionError('no such subscription');
  const attempt = new Date().toISOString();
  let updated: Subscription;
  try {
    updated = { ...(await fetchAndStore(subscription)), lastAttempt: attempt, lastRefresh: attempt };
    delete updated.lastError;
  } catch (error) {
    const reason = error instanceof PackError || error instanceof SubscriptionError ? error.message : `the download failed (${(error as Error)?.message ?? String(error)})`;
    updated = { ...subscription, lastAttempt: attempt, lastError: reason };
  }
  // Saved against the list as it is now: unsubscribed meanwhile means nothing to save.
  if ((await listSubscriptions()).some((s) => s.id === id)) await saveSubscription(updated);
  else await removeStoredPack(id);
  return updated;
}

async function fetchAndStore(subscription: Subscription): Promise<Subscription> {
  const first = await download(subscription.url, subscription.origin);
  const data = parseJson(first.text, 'the file');
  let packText = first.text;
  let packBytes = first.bytes;
  let builtAt: string | undefined;
  let digest: string;
  if (isPackIndex(data)) {
    const entry = newestPack(parsePackIndex(data));
    const packUrl = new URL(entry.url, subscription.url);
    // The reader granted this one site: an index cannot send the extension anywhere else.
    if (packUrl.origin !== subscription.origin) throw new SubscriptionError(`the index points to another site (${packUrl.origin}); only ${subscription.origin} was allowed`);
    if (entry.sha256 === subscription.sha256 && subscription.lastRefresh) return { ...subscription, builtAt: entry.builtAt };
    const pack = await download(packUrl.href, subscription.origin);
    digest = await sha256Hex(pack.bytes);
    if (digest !== entry.sha256)
      throw new SubscriptionError(`refused: the pack's SHA-256 (${digest.slice(0, 12)}…) does not match the index (${entry.sha256.slice(0, 12)}…); the pack in use is unchanged`);
    packText = pack.text;
    packBytes = pack.bytes;
    builtAt = entry.builtAt;
  } else {
    digest = await sha256Hex(first.bytes);
  }
  const pack = parsePackJson(packText);
  await storePack({ id: subscription.id, name: pack.name, articleCount: pack.articles.length, bytes: packBytes.byteLength, importedAt: new Date().toISOString() }, packText);
  const updated: Subscription = { ...subscription, packName: pack.name, articleCount: pack.articles.length, sha256: digest };
  if (builtAt) updated.builtAt = builtAt;
  else delete updated.builtAt;
  return updated;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PackError(`${what} is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * One GET with nothing of the reader's in it: no cookies, no referrer, no cache, no redirect
 * (which could lead off the permitted site), and a size cap checked as the bytes arrive.
 */
async function download(url: string, origin: string): Promise<{ text: string; bytes: Uint8Array }> {
  if (new URL(url).origin !== origin) throw new SubscriptionError(`only ${origin} was allowed`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DOWNLOAD_TIMEOUT_MS);
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'error', signal: controller.signal });
    if (!response.ok) throw new SubscriptionError(`${url} answered HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length'));
    const limit = PACK_LIMITS.fileBytes;
    if (Number.isFinite(declared) && declared > limit) throw new SubscriptionError(`the file is larger than ${limit / 1024 / 1024} MB`);
    const bytes = await readCapped(response.body, limit);
    if (bytes === TOO_LARGE) throw new SubscriptionError(`the file is larger than ${limit / 1024 / 1024} MB`);
    return { text: new TextDecoder('utf-8').decode(bytes), bytes };
  } catch (error) {
    if (controller.signal.aborted) throw new SubscriptionError(`${url} did not answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
