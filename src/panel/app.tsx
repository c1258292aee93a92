import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../messages.js';
import type { PanelPlatform } from '../platform/seam.js';
import { ReportView } from './report-view.js';
import { hostOf, outletCountText } from '../core/render.js';
import { usePanelPlatform } from './platform-context.js';

/**
 * The tab this panel reports on: the one given in the address (a panel opened as a page), else the
 * active tab of the panel's window, or of the window the address names, followed as the reader
 * switches tabs.
 */
function useReportedTab(platform: PanelPlatform): number | undefined {
  const params = new URLSearchParams(location.search);
  const fixed = Number(params.get('tab'));
  const windowParam = Number(params.get('window'));
  const windowId = Number.isInteger(windowParam) && windowParam > 0 ? windowParam : undefined;
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(fixed) && fixed > 0 ? fixed : undefined);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    const follow = async (): Promise<void> => setTabId(await platform.activeTabId(windowId));
    void follow();
    return platform.onTabActivated(() => void follow());
  }, []);
  return tabId;
}

/** The stored state of the tab; `loaded` turns true once storage has answered for this tab. */
function useTabState(platform: PanelPlatform, tabId: number | undefined): { state: TabState | undefined; loaded: boolean } {
  const [state, setState] = useState<TabState | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    setState(undefined);
    setLoaded(false);
    if (tabId === undefined) return;
    let current = true;
    void platform.tabState(tabId).then((stored) => {
      if (!current) return;
      setState(stored);
      setLoaded(true);
    });
    const stop = platform.onTabStateChanged(tabId, setState);
    return () => {
      current = false;
      stop();
    };
  }, [tabId]);
  return { state, loaded };
}

type Follow = 'checking' | 'needs-click' | 'idle';

/**
 * Keeps the panel on the page the reader is on: when the tab shown has no report (the reader
 * switched tabs, or the page navigated and its report was dropped), ask the background to analyse
 * it, which it can only while the toolbar click's grant on the tab lasts; otherwise the panel says
 * to click the button. A page still loading is asked about again once it has loaded.
 */
function useFollow(platform: PanelPlatform, tabId: number | undefined, state: TabState | undefined, loaded: boolean): Follow {
  const [follow, setFollow] = useState<Follow>('idle');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (tabId === undefined) return;
    return platform.onTabLoaded((loadedTab) => {
      if (loadedTab === tabId) setAttempt((n) => n + 1);
    });
  }, [tabId]);
  useEffect(() => {
    if (tabId === undefined || !loaded || state !== undefined) {
      setFollow('idle');
      return;
    }
    let current = true;
    setFollow('checking');
    platform
      .send({ type: 'follow-tab', tabId })
      .then(({ outcome }) => {
        if (!current) return;
        // 'started' and 'has-report': the state arrives through storage; 'loading': asked again on load.
        setFollow(outcome === 'needs-click' ? 'needs-click' : 'checking');
      })
      .catch(() => current && setFollow('needs-click'));
    return () => {
      current = false;
    };
  }, [tabId, loaded, state === undefined, attempt]);
  return follow;
}

/** The panel: the report on the tab it follows, or what stands in its place. */
export function App() {
  const platform = usePanelPlatform();
  const tabId = useReportedTab(platform);
  const { state, loaded } = useTabState(platform, tabId);
  const follow = useFollow(platform, tabId, state, loaded);
  return (
    <>
      <header class="masthead">
        <h1>Crosscheck</h1>
      </header>
      <p class="sr-only" role="status" data-testid="panel-announce">
        {announcement(state, follow)}
      </p>
      <main id="report" data-status={state?.status ?? (follow === 'needs-click' ? 'needs-click' : 'idle')}>
        <Body state={state} tabId={tabId} follow={follow} />
      </main>
      <footer class="panel-footer">
        <button type="button" class="link-button" onClick={() => platform.openOptions()}>
          Choose or import a corpus
        </button>
      </footer>
    </>
  );
}

function Body({ state, tabId, follow }: { state: TabState | undefined; tabId: number | undefined; follow: Follow }) {
  const platform = usePanelPlatform();
  const retry = tabId === undefined ? undefined : () => void platform.send({ type: 'analyse-tab', tabId });
  if (!state) {
    if (follow === 'checking')
      return (
        <Notice title="Looking at this tab…" busy testid="notice-checking">
          Checking whether Crosscheck may read the page in this tab.
        </Notice>
      );
    if (follow === 'needs-click')
      return (
        <Notice title="Click the Crosscheck button in the toolbar to analyse this page" testid="notice-needs-click">
          Crosscheck reads a page only when you click its button while the page is open, and the browser’s permission
          ends when you leave the site. It has not read this page. Click the Crosscheck button in the toolbar to compare
          it with other outlets’ coverage.
        </Notice>
      );
    return (
      <Notice title="Compare this article with other outlets" testid="notice-idle">
        Click the Crosscheck button in the toolbar while reading a news article. Crosscheck reads the article on your
        machine and lists other outlets’ coverage of the same event from its bundled corpus.
      </Notice>
    );
  }
  switch (state.status) {
    case 'extracting':
      return (
        <Notice title="Reading the article…" busy testid="notice-extracting">
          Finding the article text on the page{hostOf(state.url) ? ` (${hostOf(state.url)})` : ''}, on your machine.
        </Notice>
      );
    case 'analysing':
      return (
        <Notice title="Comparing with other outlets…" busy testid="notice-analysing">
          Comparing “{state.title}” with the corpus: related coverage, figures, missing facts, quotes and framing.
        </Notice>
      );
    case 'not-article':
      return (
        <Notice title="This page does not look like a news article" testid="notice-not-article">
          Crosscheck found nothing to compare: {state.reason}. Open a news article and click the toolbar button again.
          {retry && <RetryButton onClick={retry} label="Try again" />}
        </Notice>
      );
    case 'not-english':
      return (
        <Notice title="Crosscheck reads English articles only for now" testid="notice-not-english">
          {state.language ? `“${state.title}” seems to be in ${state.language}.` : `“${state.title}” does not seem to be in English.`}{' '}
          Its analyses read English, and the corpus is in English, so a comparison would mislead rather than help.
        </Notice>
      );
    case 'unreadable':
      return (
        <Notice title="Crosscheck cannot read this page" testid="notice-unreadable">
          {capitalise(state.reason)}. Browser pages, extension stores and PDFs cannot be read; open the article in a
          normal tab and click the toolbar button.
        </Notice>
      );
    case 'error':
      return (
        <Notice title="Something went wrong" testid="notice-error">
          The comparison failed: {state.message}. Try again; if it fails again, reload the page and click the Crosscheck
          button in the toolbar.
          {retry && <RetryButton onClick={retry} label="Try again" />}
        </Notice>
      );
    case 'ready':
      return <ReportView report={state.report} tabId={tabId} />;
  }
}

function Notice({ title, busy, testid, children }: { title: string; busy?: boolean; testid?: string; children?: preact.ComponentChildren }) {
  return (
    <section class="notice" aria-labelledby="notice-title" aria-busy={busy ? 'true' : undefined} data-testid={testid}>
      <h2 id="notice-title">{title}</h2>
      <p>{children}</p>
    </section>
  );
}

function RetryButton({ onClick, label }: { onClick: () => void; label: string }) {
  return (
    <button type="button" class="retry" onClick={onClick}>
      {label}
    </button>
  );
}

/** One short sentence for screen readers when the panel's state changes; the report itself is not read out. */
function announcement(state: TabState | undefined, follow: Follow): string {
  if (!state) return follow === 'needs-click' ? 'Click the Crosscheck button in the toolbar to analyse this page.' : '';
  switch (state.status) {
    case 'extracting':
      return 'Reading the article.';
    case 'analysing':
      return 'Comparing with other outlets.';
    case 'ready':
      return state.report.related.length === 0 ? 'Report ready: no related coverage.' : `Report ready: ${outletCountText(state.report)}.`;
    case 'not-article':
      return 'This page does not look like a news article.';
    case 'not-english':
      return 'Crosscheck reads English articles only for now.';
    case 'unreadable':
      return 'Crosscheck cannot read this page.';
    case 'error':
      return 'Something went wrong.';
    default:
      return '';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
