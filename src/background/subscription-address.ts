// What a subscription's address may be, checked where the reader types it (the options page) and
// again where it is used: plain code with no browser API, so the options page's views load it in jsdom.

/** The manifest's optional host permissions and connect-src allow these, and https everywhere. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

export class SubscriptionError extends Error {
  override name = 'SubscriptionError';
}

/** The web address a reader typed, if it is one a subscription can use. */
export function subscriptionAddress(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SubscriptionError('that is not a web address');
  }
  // Plain http only on this machine (a publisher trying a pack out): elsewhere anyone on the way could swap the pack.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)))
    throw new SubscriptionError('the address must start with https:// (plain http:// is accepted only for 127.0.0.1 and localhost)');
  if (url.username || url.password) throw new SubscriptionError('the address must not carry a user name or password');
  url.hash = '';
  return url;
}
