import type { BackgroundPlatform } from '../platform/seam.js';
import { EXTRACTOR_GLOBAL, tabStateKey, type ExtractorResult, type TabState } from '../messages.js';
import { buildReport, type Article, type Matched, type MatchIndex, articleLanguage } from '../core/index.js';

/** Analyses tabs on a platform (the browser, or a test's fake) against the corpus `loadCorpus` gives. */
export interface TabAnalyser {
  /** Extract the tab's article, compare it with the corpus, and leave the outcome where the panel looks. */
  analyseTab(tabId: number, url?: string): Promise<void>;
  /** Whether an analysis of the tab is under way (its state may not be stored yet). */
  isAnalysing(tabId: number): boolean;
  /** The tab was closed: an analysis still under way for it stores nothing more. */
  tabClosed(tabId: number): void;
}

/**
 * `afterReport` runs once a report is ready (the reading memory's hook); its failure is only
 * logged, since the report is already there for the reader.
 */
export function tabAnalyser(
  platform: BackgroundPlatform,
  loadCorpus: () => Promise<MatchIndex>,
  afterReport?: (article: Article) => Promise<void>,
  /**
   * Reads what the report needs of the related corpus articles beyond their match features (stored
   * packs keep it apart); gives the matching it did to find them, for the report not to match again.
   */
  readRelated?: (article: Article, index: MatchIndex) => Promise<Matched>,
): TabAnalyser {
  const running = new Set<number>();
  // A closed tab's state is removed when it closes; an analysis that finishes later (its extraction failing with
  // "No tab with id") must not store it again, or a report of a tab that is gone would be kept for the session.
  // The panel may also ask to follow a tab in the moment it closes. Browsers do not reuse a tab's id within a
  // session, and the set lasts only as long as the worker: a number per tab closed.
  const closed = new Set<number>();
  const setTabState = async (tabId: number, state: TabState) => {
    if (closed.has(tabId)) return;
    await platform.session.set(tabStateKey(tabId), state);
    // Closed while the state was being written: the removal may have run first.
    if (closed.has(tabId)) await platform.session.remove(tabStateKey(tabId));
  };

  async function analyse(tabId: number, url?: string): Promise<void> {
    const at = url ? { url } : {};
    // Inject first, while the click's grant on the tab is fresh; report progress meanwhile.
    const extracting = platform.callInTab<ExtractorResult>(tabId, 'content/extract.js', EXTRACTOR_GLOBAL);
    extracting.catch(() => undefined); // handled below; this only keeps an early failure from being reported as unhandled
    // The corpus loads (after a worker restart: read, check, index) while the tab extracts the article, not after.
    const corpus = loadCorpus();
    corpus.catch(() => undefined); // awaited below, where a failure is reported
    await setTabState(tabId, { status: 'extracting', ...at });
    let extraction: ExtractorResult;
    try {
      extraction = await extracting;
    } catch (error) {
      await setTabState(tabId, { status: 'unreadable', ...at, reason: unreadableReason(error), detail: String((error as Error)?.message ?? error) });
      return;
    }
    let analysing: Promise<void> | undefined;
    try {
      if (extraction.kind === 'not-article') {
        await setTabState(tabId, { status: 'not-article', ...at, reason: extraction.reason });
        return;
      }
      const language = articleLanguage(extraction.article);
      if (!language.english) {
        const named = language.name ? { language: language.name } : {};
        await setTabState(tabId, { status: 'not-english', ...at, title: extraction.article.title, ...named });
        return;
      }
      // Stored while the analysis runs, not before it; the report is stored after it.
      analysing = setTabState(tabId, { status: 'analysing', ...at, title: extraction.article.title });
      analysing.catch(() => undefined); // awaited below, before any later state
      const index = await corpus;
      const matched = await readRelated?.(extraction.article, index);
      const report = buildReport(extraction.article, index, undefined, undefined, matched);
      await analysing;
      await setTabState(tabId, { status: 'ready', ...at, report });
      await afterReport?.(extraction.article).catch((error: unknown) => console.warn('Crosscheck: not remembered:', error));
    } catch (error) {
      await analysing?.catch(() => undefined);
      await setTabState(tabId, { status: 'error', ...at, message: (error as Error).message || String(error) });
    }
  }

  return {
    isAnalysing: (tabId) => running.has(tabId),
    tabClosed(tabId) {
      closed.add(tabId);
    },
    async analyseTab(tabId, url) {
      running.add(tabId);
      try {
        await analyse(tabId, url);
      } finally {
        running.delete(tabId);
      }
    },
  };
}

function unreadableReason(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/|about:/i.test(message))
    return 'the browser does not let extensions read this page';
  return message;
}
