import { extensionUrl } from '../platform/browser.js';
import { activePackId, BUNDLED, onActivePackChanged, readMatchIndex, readRecords, readStoredPack, setActivePackId, storeMatchIndex } from '../platform/pack-store.js';
import { onSubscriptionListChanged } from '../platform/subscriptions.js';
import type { CorpusArticleText } from '../messages.js';
import { parsePackJson, indexPack, combinePacks, describedArticle, matchWithCorpus, type Article, type Matched, type MatchFeatures, type CorpusPack, type CorpusPart, type MatchIndex, type PackArticle } from '../core/index.js';
import { completeArticles, loadStoredPack, type CorpusStore } from './stored-corpus.js';
import { listSubscriptions } from './subscriptions.js';
import { memoryPack, MEMORY_LABEL } from './memory.js';
import { memoryStore } from '../platform/memory-store.js';

import bundled from '../corpus/bundled.json';

/** Where build.mjs puts the bundled corpus pack inside the extension. */
export const BUNDLED_PACK_PATH = bundled.pack;

let loading: Promise<MatchIndex> | undefined;

// Which pack is chosen, read when the worker starts rather than at the press: a first press then starts reading the
// pack store at once, where it waited for the browser's answer first (up to 400 ms at a press on a busy machine, the
// worker's thread taken by the warm-up meanwhile). Read again once the choice changes.
let chosenId: Promise<string> | undefined;

/** Starts reading which pack is chosen, for the corpus load to find it known (the worker calls it at its start). */
export function readChosenPackEarly(): Promise<string> {
  if (chosenId) return chosenId;
  const reading = activePackId();
  // A failed read is not kept: the next load asks again.
  reading.catch(() => {
    if (chosenId === reading) chosenId = undefined;
  });
  return (chosenId = reading);
}

/** Imported and subscribed packs in the extension's IndexedDB: match index at load, records by id. */
const store: CorpusStore = { readText: readStoredPack, readMatchIndex, storeMatchIndex, readRecords };

// A different pack chosen on the options page, or a subscription's pack refreshed, takes effect on the next analysis.
onActivePackChanged(() => {
  loading = undefined;
  chosenId = undefined;
});
onSubscriptionListChanged(() => {
  loading = undefined;
});
memoryStore.onChanged(() => {
  loading = undefined;
});

async function bundledPack(): Promise<CorpusPack> {
  const response = await fetch(extensionUrl(BUNDLED_PACK_PATH));
  if (!response.ok) throw new Error(`the bundled corpus could not be read (${response.status})`);
  return parsePackJson(await response.text());
}

/** The pack chosen on the options page: the bundled one or an imported one. */
async function chosenPack(): Promise<CorpusPack> {
  const id = await readChosenPackEarly();
  if (id === BUNDLED) return bundledPack();
  const pack = await loadStoredPack(store, id);
  if (pack === undefined) {
    // Removed elsewhere or lost with the browser's site data: fall back rather than fail every page.
    await setActivePackId(BUNDLED);
    return bundledPack();
  }
  return pack;
}

/** The chosen pack, every subscription's pack and the reading memory (when on), searched as one. */
async function activeIndex(): Promise<MatchIndex> {
  // The list of subscriptions and the reading memory are read while the chosen pack loads, not after it.
  const subscriptions = listSubscriptions();
  const memory = memoryPack(memoryStore);
  subscriptions.catch(() => undefined);
  memory.catch(() => undefined);
  const chosen = await chosenPack();
  const parts: CorpusPart[] = [{ label: chosen.name, pack: chosen }];
  for (const subscription of await subscriptions) {
    try {
      const pack = await loadStoredPack(store, subscription.id);
      if (pack === undefined) continue;
      parts.push({ label: pack.name, pack });
    } catch (error) {
      // Stored only after validation, so this is a pack from an older build: the others still count.
      console.warn('Crosscheck: a subscription pack could not be read:', error);
    }
  }
  const remembered = await memory;
  if (remembered) parts.push({ label: MEMORY_LABEL, pack: remembered });
  return indexPack(combinePacks(parts));
}

/** The corpus in use, read and indexed once per background lifetime or choice of pack. */
export function loadCorpus(): Promise<MatchIndex> {
  loading ??= activeIndex();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** One corpus article's text for the panel's reader view; null when the corpus has no such article. */
export async function corpusArticle(id: string): Promise<CorpusArticleText | null> {
  const { pack } = await loadCorpus();
  const article = pack.articles.find((a) => a.id === id);
  if (!article) return null;
  await completeArticles(store, [article as PackArticle]);
  const text: CorpusArticleText = { id: article.id, title: article.title, paragraphs: article.paragraphs };
  if (article.source) text.source = article.source;
  if (article.publishedAt) text.publishedAt = article.publishedAt;
  if (article.url) text.url = article.url;
  return text;
}

// Each loaded corpus's articles by id, made when first needed rather than at every report (the matching
// names each related item's article itself: describedArticle).
const articlesById = new WeakMap<MatchIndex, Map<string, PackArticle>>();

function byIdIn(index: MatchIndex): Map<string, PackArticle> {
  let byId = articlesById.get(index);
  if (!byId) articlesById.set(index, (byId = new Map((index.pack.articles as unknown as PackArticle[]).map((a) => [a.id, a]))));
  return byId;
}

/**
 * Reads the records of the corpus articles related to a page (the only ones a report reads beyond
 * their match features); gives the matching, which the report reuses. `features` are the page's
 * match features when worked out already.
 */
export async function readRelatedRecords(article: Article, index: MatchIndex, features?: MatchFeatures): Promise<Matched> {
  const matched = matchWithCorpus(article, index, features);
  const pack = index.pack as unknown as { articles: PackArticle[] };
  await completeArticles(store, matched.related.flatMap((item) => describedArticle(item, pack) ?? byIdIn(index).get(item.id) ?? []));
  return matched;
}
