import { browser } from '../platform/browser.js';
import { activePackId, BUNDLED, onActivePackChanged, readStoredPack, setActivePackId } from '../platform/pack-store.js';
import type { CorpusArticleText } from '../messages.js';
import { parsePackJson, indexPack, type MatchIndex } from '../core/index.js';

/** Where build.mjs puts the bundled corpus pack inside the extension. */
export const BUNDLED_PACK_PATH = 'corpus/seeds.pack.json';

let loading: Promise<MatchIndex> | undefined;

// A different pack chosen on the options page takes effect on the next analysis.
onActivePackChanged(() => {
  loading = undefined;
});

async function bundledIndex(): Promise<MatchIndex> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_PACK_PATH));
  if (!response.ok) throw new Error(`the bundled corpus could not be read (${response.status})`);
  return indexPack(parsePackJson(await response.text()));
}

async function activeIndex(): Promise<MatchIndex> {
  const id = await activePackId();
  if (id === BUNDLED) return bundledIndex();
  const json = await readStoredPack(id);
  if (json === undefined) {
    // Removed elsewhere or lost with the browser's site data: fall back rather than fail every page.
    await setActivePackId(BUNDLED);
    return bundledIndex();
  }
  return indexPack(parsePackJson(json));
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
  const text: CorpusArticleText = { id: article.id, title: article.title, paragraphs: article.paragraphs };
  if (article.source) text.source = article.source;
  if (article.publishedAt) text.publishedAt = article.publishedAt;
  if (article.url) text.url = article.url;
  return text;
}
