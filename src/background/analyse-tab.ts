import type { BackgroundPlatform } from '../platform/seam.js';
import { EXTRACTOR_GLOBAL, tabStateKey, type ExtractorResult, type TabState } from '../messages.js';
import { buildReport, matchFeatures, preparingPage, warmingUp, type Article, type Matched, type MatchIndex, type MatchFeatures, type PreparedPage, articleLanguage } from '../core/index.js';

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
  readRelated?: (article: Article, index: MatchIndex, features?: MatchFeatures) => Promise<Matched>,
  /** Steps run while a worker's first press waits (warmUpWhile); a test lends its own. */
  warmUp: () => Generator<unknown> = warmingUp,
): TabAnalyser {
  const running = new Set<number>();
  // Whether this worker has made a report yet: until it has, the analyses' code is cold (see warmUpWhile).
  let warm = false;
  // The warm-up report under way: taken a step further each time a first press waits for its tab.
  let warming: Generator<unknown> | undefined;
  const warmWhile = (pending: Promise<unknown>) => {
    if (warm) return;
    warming ??= warmUp();
    warmUpWhile(warming, pending, () => (warm = true));
  };
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
    let corpusSettled = false;
    corpus.then(
      () => (corpusSettled = true),
      () => (corpusSettled = true), // awaited below, where a failure is reported
    );
    warmWhile(extracting);
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
      const article = extraction.article;
      const features = matchFeatures(article);
      // Matching, and reading the related articles' records, start as soon as the corpus is there;
      // the page's own analysis runs meanwhile, in steps that let the corpus reading and the records' go on between them.
      const matching = corpus.then((index) => readRelated?.(article, index, features));
      matching.catch(() => undefined); // awaited below
      const prepared = await prepareInTurns(article, features, () => corpusSettled);
      // The page is analysed; until the corpus and the related records are read, the thread would only wait: the
      // warm-up goes on meanwhile (its later steps run the comparisons' code, which the report runs next).
      warmWhile(matching);
      const index = await corpus;
      const matched = await matching;
      const report = buildReport(article, index, undefined, undefined, matched, prepared);
      await analysing;
      warm = true;
      warming = undefined;
      await setTabState(tabId, { status: 'ready', ...at, report });
      await afterReport?.(article).catch((error: unknown) => console.warn('Crosscheck: not remembered:', error));
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

/**
 * The page prepared for its report (preparingPage) a step at a time. While the corpus is still
 * loading, the event loop gets a turn after each step: a worker start's corpus load is mostly
 * waits on IndexedDB, each of which needs a moment of this thread to go on to the next read. Once
 * the corpus is there, only the tasks already queued run between steps (matching, which then reads
 * the related records while the steps go on).
 */
async function prepareInTurns(article: Article, features: MatchFeatures, corpusSettled: () => boolean): Promise<PreparedPage> {
  const steps = preparingPage(article, undefined, features);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await (corpusSettled() ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 0)));
  }
}

/**
 * Takes `steps` (the warm-up report) a step per task until `pending` settles; `ended` is called
 * if they run out. A worker's first report after a start runs every analysis's code for the first
 * time (regular expressions compiled, functions compiled and run unoptimised): a few times the
 * cost of a report in a warm worker. Meanwhile the worker waits for the tab to extract the page;
 * the warm-up report on built-in text (core/warm-up.ts) does that first-time work then, and the
 * page's own analysis finds it done. It stops when the extraction is in, after the step under way
 * (whose first-time work the page's analysis would have done itself): what is left cold, the
 * page's analysis runs cold as before. It goes on once the page is analysed, while the corpus and
 * the related records are still being read (the comparisons' steps come last, and the report runs
 * their code next). Each step is a task of the lowest priority where the
 * platform ranks tasks (`scheduler.postTask`), so that the answers queued meanwhile (the
 * extraction's, the corpus's reads, the state's writes) go first. Its outcome is dropped, and a
 * failure in it only logged.
 */
function warmUpWhile(steps: Generator<unknown>, pending: Promise<unknown>, ended: () => void): void {
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  const next = (): void => {
    if (settled) return;
    try {
      if (steps.next().done) return ended();
    } catch (error) {
      console.warn('Crosscheck: warm-up failed:', error);
      return ended();
    }
    later(next);
  };
  later(next);
}

interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/** Runs `task` in a later task of its own: of the lowest priority where the platform ranks tasks, else after a zero timeout. */
function later(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(task, { priority: 'background' }).catch(() => undefined);
  else setTimeout(task, 0);
}

function unreadableReason(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/|about:/i.test(message))
    return 'the browser does not let extensions read this page';
  return message;
}
