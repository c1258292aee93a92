// The background's logic on a fake platform: what it stores for the panel as it analyses a tab,
// how it answers when the panel follows a tab, and how it highlights a sentence. The end-to-end
// tests run the same code in Chromium and Firefox; these say what it does, case by case, in Node.
import { describe, expect, it } from 'vitest';
import type { BackgroundPlatform, TabInfo } from '../../src/platform/seam.js';
import { tabAnalyser } from '../../src/background/analyse-tab.js';
import { followTab } from '../../src/background/follow-tab.js';
import { showSentence } from '../../src/background/show-sentence.js';
import { EXTRACTOR_GLOBAL, HIGHLIGHTER_GLOBAL, tabStateKey, type ExtractorResult, type TabState } from '../../src/messages.js';
import { articleFromPlainText, matchWithCorpus } from '../../src/core/index.js';
import { seedId, seedIndex, seedInputs } from '../helpers.js';

interface FakeOptions {
  /** What the extractor hands back, or the error the browser throws when it injects it. */
  extraction?: ExtractorResult | Error;
  tabs?: Record<number, TabInfo>;
  readable?: boolean;
}

/** A browser that keeps what it is asked in memory and records every state the background stores. */
function fakePlatform(options: FakeOptions = {}) {
  const store = new Map<string, unknown>();
  const states: TabState[] = [];
  const calls: { tabId: number; file: string; globalName: string; args: string[] }[] = [];
  const styles: number[] = [];
  const platform: BackgroundPlatform = {
    async callInTab<T>(tabId: number, file: string, globalName: string, ...args: string[]) {
      calls.push({ tabId, file, globalName, args });
      if (file === 'content/extract.js') {
        if (options.extraction instanceof Error) throw options.extraction;
        return options.extraction as T;
      }
      return { found: args[0] === 'present' } as T;
    },
    canReadTab: async () => options.readable ?? true,
    insertHighlightStyle: async (tabId) => void styles.push(tabId),
    getTab: async (tabId) => options.tabs?.[tabId],
    session: {
      get: async (key) => store.get(key),
      set: async (key, value) => {
        store.set(key, value);
        states.push(value as TabState);
      },
      remove: async (key) => void store.delete(key),
    },
  };
  return { platform, store, states, calls, styles };
}

const index = seedIndex();
const loadCorpus = async () => index;
const seed = seedInputs().find((s) => s.id === seedId('001'))!.article;

describe('analysing a tab', () => {
  it('stores extracting, analysing, then the report for an English article', async () => {
    const fake = fakePlatform({ extraction: { kind: 'article', article: seed } });
    await tabAnalyser(fake.platform, loadCorpus).analyseTab(7, 'https://example.org/news');
    expect(fake.calls[0]).toEqual({ tabId: 7, file: 'content/extract.js', globalName: EXTRACTOR_GLOBAL, args: [] });
    expect(fake.states.map((s) => s.status)).toEqual(['extracting', 'analysing', 'ready']);
    const ready = fake.store.get(tabStateKey(7)) as Extract<TabState, { status: 'ready' }>;
    expect(ready.url).toBe('https://example.org/news');
    expect(ready.report.article.title).toBe(seed.title);
    expect(ready.report.related.map((r) => r.id.slice(0, 3)).sort()).toEqual(['000', '002', '003', '004']);
  });

  it('starts loading the corpus at the press, while the tab is still extracting', async () => {
    const order: string[] = [];
    const fake = fakePlatform({ extraction: { kind: 'article', article: seed } });
    const callInTab = fake.platform.callInTab.bind(fake.platform);
    fake.platform.callInTab = async <T,>(...args: Parameters<typeof callInTab>) => {
      order.push('extraction asked');
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('extraction done');
      return callInTab<T>(...args);
    };
    await tabAnalyser(fake.platform, async () => (order.push('corpus asked'), index)).analyseTab(9);
    expect(order).toEqual(['extraction asked', 'corpus asked', 'extraction done']);
    expect(fake.states.at(-1)?.status).toBe('ready');
  });

  it('warms the analyses up while the first press waits for the tab, stops when the page is in, and not at later presses', async () => {
    const fake = fakePlatform({ extraction: { kind: 'article', article: seed } });
    let release: () => void = () => undefined;
    const callInTab = fake.platform.callInTab.bind(fake.platform);
    fake.platform.callInTab = async <T,>(...args: Parameters<typeof callInTab>) => {
      await new Promise<void>((resolve) => (release = resolve));
      return callInTab<T>(...args);
    };
    const steps: string[] = [];
    function* warmUp(): Generator<string> {
      for (let n = 1; n <= 1000; n++) {
        steps.push(`step ${n}`);
        yield `step ${n}`;
      }
    }
    const analyser = tabAnalyser(fake.platform, loadCorpus, undefined, undefined, warmUp);
    const pressed = analyser.analyseTab(21);
    // The extraction is held: the warm-up takes one step per turn of the event loop meanwhile.
    while (steps.length < 3) await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await pressed;
    const taken = steps.length;
    expect(taken).toBeLessThan(1000);
    expect(fake.states.map((s) => s.status)).toEqual(['extracting', 'analysing', 'ready']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps.length).toBe(taken);
    // The worker has made a report: its code is warm, and a later press waits for the tab alone.
    const again = analyser.analyseTab(22);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await again;
    expect(steps.length).toBe(taken);
    expect(fake.states.at(-1)?.status).toBe('ready');
  });

  it('goes on warming up after the page is analysed while the related records are read, and stops when they are in', async () => {
    const fake = fakePlatform({ extraction: { kind: 'article', article: seed } });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const readRelated = async (article: typeof seed, corpus: typeof index) => {
      await held;
      return matchWithCorpus(article, corpus);
    };
    const steps: string[] = [];
    function* warmUp(): Generator<string> {
      for (let n = 1; n <= 1000; n++) {
        steps.push(`step ${n}`);
        yield `step ${n}`;
      }
    }
    const pressed = tabAnalyser(fake.platform, loadCorpus, undefined, readRelated, warmUp).analyseTab(23);
    for (let turn = 0; turn < 200 && !fake.states.some((s) => s.status === 'analysing'); turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    const analysing = steps.length;
    // The records are held: the thread only waits for them, and the warm-up takes a step per turn meanwhile.
    for (let turn = 0; turn < 200 && steps.length < analysing + 3; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(steps.length).toBeGreaterThanOrEqual(analysing + 3);
    release();
    await pressed;
    const taken = steps.length;
    expect(taken).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps.length).toBe(taken);
    expect(fake.states.map((s) => s.status)).toEqual(['extracting', 'analysing', 'ready']);
  });

  it('matches the page once: the report lists what reading the related records found', async () => {
    const fake = fakePlatform({ extraction: { kind: 'article', article: seed } });
    const matchedRelated: string[][] = [];
    const readRelated = async (article: typeof seed, corpus: typeof index) => {
      const matched = matchWithCorpus(article, corpus);
      matchedRelated.push(matched.related.map((r) => r.id));
      // What the report shows is this list, not one worked out again.
      return { ...matched, related: matched.related.slice(0, 1) };
    };
    await tabAnalyser(fake.platform, loadCorpus, undefined, readRelated).analyseTab(13);
    const ready = fake.store.get(tabStateKey(13)) as Extract<TabState, { status: 'ready' }>;
    expect(matchedRelated).toHaveLength(1);
    expect(matchedRelated[0]!.length).toBeGreaterThan(1);
    expect(ready.report.related.map((r) => r.id)).toEqual(matchedRelated[0]!.slice(0, 1));
    expect(fake.states.map((s) => s.status)).toEqual(['extracting', 'analysing', 'ready']);
  });

  it('says why when the browser refuses to let it read the page, keeping the browser’s words', async () => {
    const fake = fakePlatform({ extraction: new Error('Cannot access contents of url "chrome://settings/"') });
    await tabAnalyser(fake.platform, loadCorpus).analyseTab(3);
    expect(fake.states.at(-1)).toEqual({
      status: 'unreadable',
      reason: 'the browser does not let extensions read this page',
      detail: 'Cannot access contents of url "chrome://settings/"',
    });
  });

  it('stores the extractor’s reason for a page that is not an article', async () => {
    const fake = fakePlatform({ extraction: { kind: 'not-article', reason: 'the page does not look like an article' } });
    await tabAnalyser(fake.platform, loadCorpus).analyseTab(4, 'https://example.org/');
    expect(fake.states.at(-1)).toEqual({ status: 'not-article', url: 'https://example.org/', reason: 'the page does not look like an article' });
  });

  it('gives no report for an article in another language, naming the language', async () => {
    const article = { ...articleFromPlainText('Le gouvernement annonce un accord\n\nLe gouvernement a annoncé mardi un accord avec les syndicats.'), lang: 'fr' };
    const fake = fakePlatform({ extraction: { kind: 'article', article } });
    await tabAnalyser(fake.platform, loadCorpus).analyseTab(5);
    expect(fake.states.map((s) => s.status)).toEqual(['extracting', 'not-english']);
    expect(fake.states.at(-1)).toMatchObject({ title: 'Le gouvernement annonce un accord', language: 'French' });
  });

  it('stores the error when the corpus cannot be read, and is no longer analysing afterwards', async () => {
    const fake = fakePlatform({ extraction: { kind: 'article', article: seed } });
    const analyser = tabAnalyser(fake.platform, () => Promise.reject(new Error('the bundled corpus could not be read (404)')));
    const running = analyser.analyseTab(6);
    expect(analyser.isAnalysing(6)).toBe(true);
    await running;
    expect(analyser.isAnalysing(6)).toBe(false);
    expect(fake.states.at(-1)).toEqual({ status: 'error', message: 'the bundled corpus could not be read (404)' });
  });
});

describe('a tab closed during its analysis', () => {
  it('stores nothing for it once closed, though its extraction fails with the tab gone', async () => {
    const fake = fakePlatform({ extraction: new Error('No tab with id: 11.') });
    const analyser = tabAnalyser(fake.platform, loadCorpus);
    const running = analyser.analyseTab(11, 'https://example.org/news');
    // The background's handler for a closed tab: the analyser is told, and the tab's state is removed.
    analyser.tabClosed(11);
    await fake.platform.session.remove(tabStateKey(11));
    await running;
    expect(fake.store.has(tabStateKey(11))).toBe(false);
    expect(fake.states.map((s) => s.status)).not.toContain('unreadable');
  });

  it('still stores the outcome of a tab that stays open', async () => {
    const fake = fakePlatform({ extraction: new Error('No tab with id: 12.') });
    const analyser = tabAnalyser(fake.platform, loadCorpus);
    analyser.tabClosed(13);
    await analyser.analyseTab(12);
    expect(fake.store.get(tabStateKey(12))).toMatchObject({ status: 'unreadable' });
  });
});

describe('following a tab the panel switched to', () => {
  it('does nothing for a tab that already has a report', async () => {
    const fake = fakePlatform({ tabs: { 1: { status: 'complete' } } });
    await fake.platform.session.set(tabStateKey(1), { status: 'extracting' });
    expect(await followTab(fake.platform, tabAnalyser(fake.platform, loadCorpus), 1)).toEqual({ outcome: 'has-report' });
  });

  it('asks for a click on a closed tab or one the browser no longer lets it read, and waits for a loading one', async () => {
    const closed = fakePlatform({ tabs: {} });
    expect(await followTab(closed.platform, tabAnalyser(closed.platform, loadCorpus), 2)).toEqual({ outcome: 'needs-click' });
    const loading = fakePlatform({ tabs: { 2: { status: 'loading' } } });
    expect(await followTab(loading.platform, tabAnalyser(loading.platform, loadCorpus), 2)).toEqual({ outcome: 'loading' });
    const refused = fakePlatform({ tabs: { 2: { status: 'complete' } }, readable: false });
    expect(await followTab(refused.platform, tabAnalyser(refused.platform, loadCorpus), 2)).toEqual({ outcome: 'needs-click' });
    expect(refused.calls).toEqual([]);
  });

  it('starts an analysis of a readable tab, with the tab’s address', async () => {
    const fake = fakePlatform({ tabs: { 8: { status: 'complete', url: 'https://example.org/a' } }, extraction: { kind: 'article', article: seed } });
    const analyser = tabAnalyser(fake.platform, loadCorpus);
    expect(await followTab(fake.platform, analyser, 8)).toEqual({ outcome: 'started' });
    expect(analyser.isAnalysing(8)).toBe(true);
    await expect.poll(() => (fake.store.get(tabStateKey(8)) as TabState | undefined)?.status).toBe('ready');
    expect((fake.store.get(tabStateKey(8)) as TabState).url).toBe('https://example.org/a');
  });
});

describe('showing a sentence on the page', () => {
  it('styles the highlight once per tab and asks the page for the sentence', async () => {
    const fake = fakePlatform();
    expect(await showSentence(fake.platform, 9, 'present')).toEqual({ found: true });
    expect(await showSentence(fake.platform, 9, 'gone')).toEqual({ found: false });
    expect(fake.styles).toEqual([9]);
    expect(fake.calls.map((c) => [c.file, c.globalName, c.args[0]])).toEqual([
      ['content/highlight.js', HIGHLIGHTER_GLOBAL, 'present'],
      ['content/highlight.js', HIGHLIGHTER_GLOBAL, 'gone'],
    ]);
  });
});
