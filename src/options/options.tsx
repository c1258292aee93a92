import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { extensionUrl, sendToBackground } from '../platform/browser.js';
import * as packStore from '../platform/pack-store.js';
import { BUNDLED, type StoredPackInfo } from '../platform/pack-store.js';
import { memoryStore } from '../platform/memory-store.js';
import { onSubscriptionListChanged, requestOriginAccess } from '../platform/subscriptions.js';
import type { OptionsPlatform } from '../platform/seam.js';
import { OptionsPlatformContext, useOptionsPlatform } from './platform-context.js';
import { formatDate, headerOf, PackError, plural } from '../core/pack-header.js';
import { olderReadingNote, readPackFile, sizeLabel as size } from './read-pack-file.js';
import { Subscriptions } from './subscriptions.js';
import { ReadingMemory } from './memory.js';
import bundledPack from '../corpus/bundled.json';

interface BundledInfo {
  name: string;
  articleCount: number;
}

type Message = { kind: 'ok' | 'error'; text: string } | undefined;

/**
 * The options page's platform in the extension: the stores in this browser; the subscriptions' work (download,
 * check, store) is the background's, asked for by message, so this page's bundle holds no pack checker or analysis.
 */
const browserOptionsPlatform: OptionsPlatform = {
  async bundledPackHeaderLine() {
    return firstLine(await fetch(extensionUrl(bundledPack.pack)));
  },
  packs: {
    list: packStore.listStoredPacks,
    async import(id, json, bytes) {
      await packStore.storePackText(id, json);
      return sendToBackground({ type: 'import-pack', id, bytes });
    },
    remove: packStore.removeStoredPack,
    activeId: packStore.activePackId,
    setActiveId: packStore.setActivePackId,
    onActiveChanged: packStore.onActivePackChanged,
  },
  memory: memoryStore,
  subscriptions: {
    list: () => sendToBackground({ type: 'list-subscriptions' }),
    subscribe: (url) => sendToBackground({ type: 'subscribe', url: url.href }),
    refresh: (id) => sendToBackground({ type: 'refresh-subscription', id }),
    unsubscribe: (id) => sendToBackground({ type: 'unsubscribe', id }),
    // In this page, not the background: browsers show the permission prompt only inside the reader's click.
    requestOriginAccess,
    onListChanged: onSubscriptionListChanged,
  },
};

async function bundledInfo(platform: OptionsPlatform): Promise<BundledInfo> {
  // The bundled pack ships with the extension: its name and size, from its header line, are all this page reads of it.
  const header = headerOf(await platform.bundledPackHeaderLine());
  if (!header) throw new PackError('the bundled pack has no header');
  return header;
}

/** The text of a response up to its first line break, without reading the rest. */
async function firstLine(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('\n') && text.length < 64 * 1024) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  void reader.cancel();
  return text;
}

/**
 * Stores a pack file and has the background check it whole; nothing is listed, and the pack in
 * use stays, unless the whole file is valid (the background removes it otherwise).
 */
async function importPack(platform: OptionsPlatform, file: File): Promise<StoredPackInfo> {
  const { json, header } = await readPackFile(file);
  const id = `pack-${crypto.randomUUID()}`;
  const result = await platform.packs.import(id, json, file.size);
  if (!result.ok) throw new PackError(result.reason);
  const info: StoredPackInfo = { id, name: result.name, articleCount: result.articleCount, bytes: file.size, importedAt: new Date().toISOString() };
  if (header?.reading !== undefined) info.reading = header.reading;
  return info;
}

/** A subscription's pack: always searched, refreshed and removed through its subscription, not chosen here. */
const isSubscribed = (info: StoredPackInfo): boolean => info.id.startsWith('sub-');

function Options() {
  const [bundled, setBundled] = useState<BundledInfo | undefined>(undefined);
  const [packs, setPacks] = useState<StoredPackInfo[]>([]);
  const [active, setActive] = useState<string>(BUNDLED);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(undefined);
  const platform = useOptionsPlatform();
  const { packs: store } = platform;

  const refresh = useCallback(async () => {
    const [list, id] = await Promise.all([store.list(), store.activeId()]);
    setPacks(list.filter((info) => !isSubscribed(info)));
    setActive(id);
  }, [store]);

  useEffect(() => {
    void bundledInfo(platform).then(setBundled, () => setBundled(undefined));
    void refresh();
    store.onActiveChanged(() => void refresh());
  }, [refresh]);

  const onImport = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage(undefined);
    try {
      const info = await importPack(platform, file);
      await store.setActiveId(info.id);
      await refresh();
      const older = olderReadingNote(info.reading);
      setMessage({ kind: 'ok', text: `Imported “${info.name}” (${plural(info.articleCount, 'article', 'articles')}). It is now the corpus in use.${older ? ` ${older}` : ''}` });
    } catch (error) {
      const reason = error instanceof PackError ? error.message : `it could not be stored (${String((error as Error)?.message ?? error)})`;
      setMessage({ kind: 'error', text: `“${file.name}” was not imported: ${reason}. The corpus in use has not changed.` });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  const onRemove = async (info: StoredPackInfo): Promise<void> => {
    await store.remove(info.id);
    await refresh();
    setMessage({ kind: 'ok', text: `Removed “${info.name}”.` });
  };

  const choose = async (id: string): Promise<void> => {
    await store.setActiveId(id);
    setActive(id);
  };

  return (
    <main aria-labelledby="options-heading">
      <h1 id="options-heading">Crosscheck corpora</h1>
      <p>
        Crosscheck compares the article you read with the articles of one corpus. The corpus stays on this computer; nothing
        is uploaded. Build a pack from saved pages with <code>crosscheck corpus build DIR -o PACK.json</code> and import it
        here.
      </p>
      <fieldset class="packs-fieldset" aria-busy={busy ? 'true' : undefined}>
        <legend>Corpus in use</legend>
        <ul class="packs" data-testid="pack-list">
          <li class="pack" data-pack-id={BUNDLED}>
            <label>
              <input type="radio" name="pack" checked={active === BUNDLED} onChange={() => void choose(BUNDLED)} />
              <span>
                <span class="pack-name">{bundled?.name ?? 'Bundled corpus'}</span>
                <br />
                <span class="pack-meta">Built in{bundled ? ` · ${plural(bundled.articleCount, 'article', 'articles')}` : ''}</span>
              </span>
            </label>
          </li>
          {packs.map((info) => (
            <li class="pack" key={info.id} data-pack-id={info.id}>
              <label>
                <input type="radio" name="pack" checked={active === info.id} onChange={() => void choose(info.id)} />
                <span>
                  <span class="pack-name">{info.name}</span>
                  <br />
                  <span class="pack-meta">
                    Imported {formatDate(info.importedAt)} · {plural(info.articleCount, 'article', 'articles')} · {size(info.bytes)}
                  </span>
                  {olderReadingNote(info.reading) && (
                    <>
                      <br />
                      <span class="pack-meta pack-older" data-testid="pack-older">{olderReadingNote(info.reading)}</span>
                    </>
                  )}
                </span>
              </label>
              <button type="button" onClick={() => void onRemove(info)} aria-label={`Remove ${info.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="import">
        <label for="pack-file">Import a corpus pack (.json)</label>
        <input id="pack-file" type="file" accept=".json,.jsonl,application/json,application/x-ndjson" disabled={busy} onChange={(e) => void onImport(e)} data-testid="pack-file" />
      </div>
      {message && (
        <p class={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="options-message">
          {message.text}
        </p>
      )}
      <Subscriptions onChanged={() => void refresh()} />
      <ReadingMemory />
    </main>
  );
}

render(
  <OptionsPlatformContext.Provider value={browserOptionsPlatform}>
    <Options />
  </OptionsPlatformContext.Provider>,
  document.getElementById('app')!,
);
