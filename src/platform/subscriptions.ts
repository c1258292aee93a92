// The browser side of pack subscriptions: the host permission for a subscribed site,
// asked for at the moment of subscribing and for that one origin only; the list of
// subscriptions in storage.local; and the daily alarm that refreshes them.
import { browser } from './browser.js';

export const SUBSCRIPTIONS_KEY = 'subscriptions.list';
export const REFRESH_ALARM = 'crosscheck-refresh-subscriptions';
const DAY_MINUTES = 24 * 60;

const originPattern = (origin: string): string => `${origin}/*`;

/**
 * Asks the reader to let the extension reach one site. Browsers show the prompt only while
 * handling the reader's click, so this must be called before the click handler awaits anything.
 */
export function requestOriginAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

export function hasOriginAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

export async function releaseOriginAccess(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => undefined);
}

export async function readSubscriptionList(): Promise<unknown> {
  return (await browser.storage.local.get(SUBSCRIPTIONS_KEY))[SUBSCRIPTIONS_KEY];
}

export async function writeSubscriptionList(list: unknown): Promise<void> {
  await browser.storage.local.set({ [SUBSCRIPTIONS_KEY]: list });
}

export function onSubscriptionListChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SUBSCRIPTIONS_KEY in changes) listener();
  });
}

/** A daily refresh while there is something to refresh; none at all otherwise. */
export async function scheduleDailyRefresh(enabled: boolean): Promise<void> {
  if (!enabled) {
    await browser.alarms.clear(REFRESH_ALARM);
    return;
  }
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (!existing?.periodInMinutes) browser.alarms.create(REFRESH_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES });
}

export function onRefreshAlarm(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) listener();
  });
}
