import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser, sessionStorage } from '../platform/browser.js';
import { tabStateKey, type PanelRequest, type TabState } from '../messages.js';
import { ReportView } from './report-view.js';

/** The tab this panel reports on: the one given in the address (a panel opened as a page), else the active tab. */
function useReportedTab(): number | undefined {
  const fixed = Number(new URLSearchParams(location.search).get('tab'));
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(fixed) && fixed > 0 ? fixed : undefined);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    const follow = async (): Promise<void> => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id);
    };
    void follow();
    const onActivated = (): void => void follow();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

function useTabState(tabId: number | undefined): TabState | undefined {
  const [state, setState] = useState<TabState | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabStateKey(tabId);
    let current = true;
    void sessionStorage()
      .get(key)
      .then((items) => current && setState(items[key] as TabState | undefined));
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
      if (area === 'session' && key in changes) setState(changes[key]?.newValue as TabState | undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return state;
}

function analyse(tabId: number): void {
  const request: PanelRequest = { type: 'analyse-tab', tabId };
  void browser.runtime.sendMessage(request);
}

function App() {
  const tabId = useReportedTab();
  const state = useTabState(tabId);
  return (
    <>
      <header class="masthead">
        <h1>Crosscheck</h1>
      </header>
      <main id="report" aria-live="polite" data-status={state?.status ?? 'idle'}>
        <Body state={state} tabId={tabId} />
      </main>
      <footer class="panel-footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Choose or import a corpus
        </button>
      </footer>
    </>
  );
}

function Body({ state, tabId }: { state: TabState | undefined; tabId: number | undefined }) {
  const retry = tabId === undefined ? undefined : () => analyse(tabId);
  if (!state)
    return (
      <Notice title="Compare this article with other outlets">
        Click the Crosscheck button in the toolbar while reading a news article. Crosscheck reads the article on your
        machine and lists other outlets’ coverage of the same event from its bundled corpus.
        {retry && <RetryButton onClick={retry} label="Analyse this page" />}
      </Notice>
    );
  switch (state.status) {
    case 'extracting':
      return <Notice title="Reading the article…" busy>Finding the article text on the page.</Notice>;
    case 'analysing':
      return (
        <Notice title="Comparing…" busy>
          Comparing “{state.title}” with the corpus.
        </Notice>
      );
    case 'not-article':
      return (
        <Notice title="This page does not look like a news article">
          Crosscheck found nothing to compare: {state.reason}. Open a news article and click the toolbar button again.
          {retry && <RetryButton onClick={retry} label="Try again" />}
        </Notice>
      );
    case 'unreadable':
      return (
        <Notice title="Crosscheck cannot read this page">
          {capitalise(state.reason)}. Browser pages, extension stores and PDFs cannot be read; open the article in a
          normal tab and click the toolbar button.
        </Notice>
      );
    case 'error':
      return (
        <Notice title="Something went wrong">
          The comparison failed: {state.message}.{retry && <RetryButton onClick={retry} label="Try again" />}
        </Notice>
      );
    case 'ready':
      return <ReportView report={state.report} tabId={tabId} />;
  }
}

function Notice({ title, busy, children }: { title: string; busy?: boolean; children?: preact.ComponentChildren }) {
  return (
    <section class="notice" aria-busy={busy ? 'true' : undefined}>
      <h2>{title}</h2>
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

render(<App />, document.getElementById('app')!);
