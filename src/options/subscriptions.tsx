import { useCallback, useEffect, useState } from 'preact/hooks';
import { subscriptionAddress, SubscriptionError } from '../background/subscription-address.js';
import type { Subscription } from '../background/subscriptions.js';
import { useOptionsPlatform } from './platform-context.js';
import { plural } from '../core/pack-header.js';

/** Day and time, in UTC: a daily refresh is told apart from the day before's by its time. */
function formatDate(iso: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return `${new Date(time).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}

type Message = { kind: 'ok' | 'error'; text: string } | undefined;

/** Subscriptions to packs published on the web: add by address, see each one's state, refresh or remove. */
export function Subscriptions(props: { onChanged: () => void }) {
  const [list, setList] = useState<Subscription[]>([]);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(undefined);
  const { subscriptions } = useOptionsPlatform();

  const reload = useCallback(async () => setList(await subscriptions.list()), [subscriptions]);
  useEffect(() => {
    void reload();
    subscriptions.onListChanged(() => void reload());
  }, [reload]);

  const onSubscribe = (): void => {
    let url: URL;
    try {
      url = subscriptionAddress(address);
    } catch (error) {
      setMessage({ kind: 'error', text: `Not subscribed: ${(error as Error).message}.` });
      return;
    }
    // Asked before anything is awaited: the browser shows the prompt only inside the click.
    const asking = subscriptions.requestOriginAccess(url.origin);
    setBusy(true);
    setMessage(undefined);
    void (async () => {
      try {
        if (!(await asking)) {
          setMessage({ kind: 'error', text: `Not subscribed: Crosscheck was not allowed to reach ${url.origin}.` });
          return;
        }
        const subscription = await subscriptions.subscribe(url);
        setAddress('');
        setMessage(
          subscription.lastError
            ? { kind: 'error', text: `Subscribed to ${url.href}, but its pack could not be used: ${subscription.lastError}.` }
            : { kind: 'ok', text: `Subscribed: “${subscription.packName ?? ''}” (${plural(subscription.articleCount ?? 0, 'article', 'articles')}) is now searched along with the corpus in use. It is refreshed daily.` },
        );
      } catch (error) {
        setMessage({ kind: 'error', text: `Not subscribed: ${error instanceof SubscriptionError ? error.message : String((error as Error)?.message ?? error)}.` });
      } finally {
        setBusy(false);
        await reload();
        props.onChanged();
      }
    })();
  };

  const onRefresh = async (subscription: Subscription): Promise<void> => {
    setBusy(true);
    const updated = await subscriptions.refresh(subscription.id).finally(() => setBusy(false));
    setMessage(
      updated.lastError
        ? { kind: 'error', text: `Not refreshed: ${updated.lastError}.` }
        : { kind: 'ok', text: `Refreshed “${updated.packName ?? ''}”: ${plural(updated.articleCount ?? 0, 'article', 'articles')}.` },
    );
    await reload();
    props.onChanged();
  };

  const onUnsubscribe = async (subscription: Subscription): Promise<void> => {
    await subscriptions.unsubscribe(subscription.id);
    setMessage({ kind: 'ok', text: `Unsubscribed from ${subscription.url}.` });
    await reload();
    props.onChanged();
  };

  return (
    <section class="subscriptions" aria-labelledby="subscriptions-heading" aria-busy={busy ? 'true' : undefined}>
      <h2 id="subscriptions-heading">Subscriptions</h2>
      <p>
        Subscribe to a pack a newsroom or a friend publishes (a pack file, or an index of packs). Crosscheck asks your browser
        for access to that one site, downloads the whole pack now and once a day, and sends nothing about what you read.
      </p>
      <div class="subscribe">
        <label for="subscription-url">Pack or index address</label>
        <input
          id="subscription-url"
          type="url"
          placeholder="https://example.org/crosscheck/index.json"
          value={address}
          onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
          data-testid="subscription-url"
        />
        <button type="button" onClick={onSubscribe} disabled={busy} data-testid="subscribe">
          Subscribe
        </button>
      </div>
      {list.length > 0 && (
        <ul class="packs" data-testid="subscription-list">
          {list.map((s) => (
            <li class="pack subscription" key={s.id} data-subscription-id={s.id}>
              <span class="subscription-text">
                <span class="pack-name">{s.packName ?? s.url}</span>
                <br />
                <span class="pack-meta">{s.url}</span>
                <br />
                <span class="pack-meta" data-testid="subscription-state">
                  {s.lastRefresh ? `Last refreshed ${formatDate(s.lastRefresh)}` : 'Never refreshed'}
                  {s.articleCount !== undefined ? ` · ${plural(s.articleCount, 'article', 'articles')}` : ''}
                  {s.builtAt ? ` · built ${formatDate(s.builtAt)}` : ''}
                </span>
                {s.lastError && (
                  <>
                    <br />
                    <span class="pack-error" data-testid="subscription-error">
                      Last error ({formatDate(s.lastAttempt ?? '')}): {s.lastError}
                    </span>
                  </>
                )}
              </span>
              <button type="button" onClick={() => void onRefresh(s)} disabled={busy} aria-label={`Refresh ${s.url}`}>
                Refresh
              </button>
              <button type="button" onClick={() => void onUnsubscribe(s)} disabled={busy} aria-label={`Unsubscribe from ${s.url}`}>
                Unsubscribe
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p class={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="subscription-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
