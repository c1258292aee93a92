// @vitest-environment jsdom
// The panel's views in jsdom on a fake platform (src/platform/seam.ts): what it shows for a tab as
// the background's states arrive, what it asks the background, and what it does with the answers.
// The end-to-end tests run the same views in Chromium and Firefox on the real browser.
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import type { PanelPlatform } from '../../src/platform/seam.js';
import type { PanelAnswers, PanelRequest, TabState } from '../../src/messages.js';
import { App } from '../../src/panel/app.js';
import { PanelPlatformContext } from '../../src/panel/platform-context.js';
import { buildReport, CURRENT } from '../../src/core/index.js';
import { seedId, seedIndex, seedInputs } from '../helpers.js';

type Answer = { [T in PanelRequest['type']]?: (request: Extract<PanelRequest, { type: T }>) => PanelAnswers[T] | Promise<PanelAnswers[T]> };

/** A browser with one active tab: it records every request, answers as told, and lets the test store tab states. */
function fakePanelPlatform(activeTab: number, answers: Answer = {}) {
  const sent: PanelRequest[] = [];
  const states = new Map<number, TabState>();
  const stateListeners = new Set<{ tabId: number; listener: (state: TabState | undefined) => void }>();
  let optionsOpened = 0;
  const platform: PanelPlatform = {
    async send(request) {
      sent.push(request);
      const answer = (answers as Record<string, ((r: PanelRequest) => unknown) | undefined>)[request.type];
      return (answer ? await answer(request) : undefined) as never;
    },
    activeTabId: async () => activeTab,
    onTabActivated: () => () => undefined,
    onTabLoaded: () => () => undefined,
    tabState: async (tabId) => states.get(tabId),
    onTabStateChanged(tabId, listener) {
      const entry = { tabId, listener };
      stateListeners.add(entry);
      return () => stateListeners.delete(entry);
    },
    openOptions: () => void optionsOpened++,
  };
  /** What the background does: stores a state, which every listener of that tab hears. */
  const store = (tabId: number, state: TabState) => {
    states.set(tabId, state);
    for (const entry of stateListeners) if (entry.tabId === tabId) entry.listener(state);
  };
  return { platform, sent, store, optionsOpened: () => optionsOpened };
}

/** Renders the panel on the fake and lets its effects and the fake's answers settle. */
async function renderPanel(platform: PanelPlatform): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  await act(async () => {
    render(h(PanelPlatformContext.Provider, { value: platform }, h(App, {})), root);
  });
  await settle();
  return root;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
}

const byTestId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

const seed = seedInputs().find((s) => s.id === seedId('001'))!.article;
const report = buildReport(seed, seedIndex());

describe('the panel on a fake browser', () => {
  it('follows a tab with no report: asks the background, and says to click the toolbar button when the page cannot be read', async () => {
    const fake = fakePanelPlatform(12, { 'follow-tab': () => ({ outcome: 'needs-click' }) });
    const root = await renderPanel(fake.platform);
    expect(fake.sent).toEqual([{ type: 'follow-tab', tabId: 12 }]);
    expect(byTestId(root, 'notice-needs-click')?.textContent).toContain('Click the Crosscheck button');
    expect(byTestId(root, 'panel-announce')?.textContent).toBe('Click the Crosscheck button in the toolbar to analyse this page.');
  });

  it('shows each state the background stores for its tab, ending with the report, and ignores other tabs', async () => {
    const fake = fakePanelPlatform(5, { 'follow-tab': () => ({ outcome: 'started' }) });
    const root = await renderPanel(fake.platform);
    expect(byTestId(root, 'notice-checking')).not.toBeNull();
    await act(async () => fake.store(5, { status: 'analysing', title: seed.title }));
    expect(byTestId(root, 'notice-analysing')?.textContent).toContain(seed.title);
    await act(async () => fake.store(6, { status: 'error', message: 'another tab' }));
    expect(byTestId(root, 'notice-error')).toBeNull();
    await act(async () => fake.store(5, { status: 'ready', report }));
    expect(byTestId(root, 'current-title')?.textContent).toBe(seed.title);
    expect(byTestId(root, 'panel-announce')?.textContent).toBe(`Report ready: ${report.related.length} other outlets.`);
    expect(report.related.length).toBeGreaterThan(0);
  });

  it('asks the background to analyse the tab again from an error, and opens the options page from the footer', async () => {
    const fake = fakePanelPlatform(9);
    fake.store(9, { status: 'error', message: 'the corpus could not be read' });
    const root = await renderPanel(fake.platform);
    expect(byTestId(root, 'notice-error')?.textContent).toContain('the corpus could not be read');
    await act(async () => root.querySelector<HTMLButtonElement>('button.retry')!.click());
    expect(fake.sent).toEqual([{ type: 'analyse-tab', tabId: 9 }]);
    await act(async () => root.querySelector<HTMLButtonElement>('.panel-footer button')!.click());
    expect(fake.optionsOpened()).toBe(1);
  });

  it('highlights a sentence of the page through the background, and says when the page no longer has it', async () => {
    const found = new Set<string>();
    const fake = fakePanelPlatform(3, { 'show-sentence': (request) => ({ found: found.has(request.sentence) }) });
    fake.store(3, { status: 'ready', report });
    const root = await renderPanel(fake.platform);
    const evidence = root.querySelector<HTMLButtonElement>(`button.evidence[data-article-id="${CURRENT}"]`);
    expect(evidence).not.toBeNull();
    await act(async () => evidence!.click());
    await settle();
    const asked = fake.sent.filter((r) => r.type === 'show-sentence');
    expect(asked).toEqual([{ type: 'show-sentence', tabId: 3, sentence: expect.any(String) }]);
    expect(seed.paragraphs.join(' ')).toContain((asked[0] as { sentence: string }).sentence.slice(0, 40));
    expect(byTestId(root, 'evidence-status')?.textContent).toBe('This sentence is no longer on the page; it may have changed since it was read.');
    found.add((asked[0] as { sentence: string }).sentence);
    await act(async () => evidence!.click());
    await settle();
    expect(byTestId(root, 'evidence-status')?.textContent).toBe('Highlighted on the page.');
  });

  it('opens another outlet’s article in the reader view with the text the background sends, the sentence marked', async () => {
    const fake = fakePanelPlatform(4, {
      'corpus-article': (request) => {
        const article = seedInputs().find((s) => s.id === request.id)?.article;
        return article ? { id: request.id, title: article.title, paragraphs: article.paragraphs } : null;
      },
    });
    fake.store(4, { status: 'ready', report });
    const root = await renderPanel(fake.platform);
    const evidence = [...root.querySelectorAll<HTMLButtonElement>('button.evidence')].find((b) => b.dataset.articleId !== CURRENT);
    expect(evidence).toBeDefined();
    await act(async () => evidence!.click());
    await settle();
    expect(fake.sent.filter((r) => r.type === 'corpus-article')).toEqual([{ type: 'corpus-article', id: evidence!.dataset.articleId }]);
    const reader = byTestId(root, 'reader-view');
    expect(reader?.dataset.articleId).toBe(evidence!.dataset.articleId);
    expect(byTestId(root, 'reader-mark')?.textContent?.length).toBeGreaterThan(20);
    // The seeds give no date: the reader says so in the related list's words (it said "date not given" beside "date unknown").
    const undated = root.querySelector(`[data-testid="related-list"] [data-article-id="${evidence!.dataset.articleId}"] [data-testid="date-unknown"]`);
    expect(undated?.textContent).toBe(' · date unknown');
    expect(reader?.querySelector('.reader-meta')?.textContent).toMatch(/ · date unknown$/u);
  });
});
