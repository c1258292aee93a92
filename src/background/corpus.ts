import { browser } from '../platform/browser.js';
import { parsePackJson } from '../core/corpus/load.js';
import { indexPack, type MatchIndex } from '../core/match/related.js';

/** Where build.mjs puts the bundled corpus pack inside the extension. */
export const BUNDLED_PACK_PATH = 'corpus/seeds.pack.json';

let loading: Promise<MatchIndex> | undefined;

/** The corpus, read and indexed once per background lifetime. */
export function loadCorpus(): Promise<MatchIndex> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL(BUNDLED_PACK_PATH));
    if (!response.ok) throw new Error(`the bundled corpus could not be read (${response.status})`);
    return indexPack(parsePackJson(await response.text()));
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
