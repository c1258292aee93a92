import { useCallback, useMemo, useState } from 'preact/hooks';
import { PRESENTATIONS, CURRENT, type Evidence, type RelatedArticle, type Report } from '../core/render.js';
import { usePanelPlatform } from './platform-context.js';
import { EvidenceContext, OutletsContext, OutletTag } from './evidence.js';
import { outletStyles } from './outlets.js';
import { ReaderView } from './reader-view.js';
import { RelatedCoverage } from './related-coverage.js';
import { formatDate } from './format.js';
import { SummaryLine } from './summary-line.js';
import { SectionsContext, type SectionsState } from './panel-section.js';
import { ExportBar } from './export.js';
import { NumbersSection } from './sections/numbers.js';
import { QuotesSection } from './sections/quotes.js';
import { FactsSection } from './sections/facts.js';
import { FramingSection } from './sections/framing.js';

/** The panel's view of each analysis's section, by analysis id, shown in registry order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view takes its own analysis's section.
const SECTIONS: Record<string, (props: { section: any; related: readonly RelatedArticle[] }) => preact.JSX.Element | null> = {
  numbers: NumbersSection,
  facts: FactsSection,
  quotes: QuotesSection,
  framing: FramingSection,
};

/** A finished report: the summary first, then every section, sharing one outlet legend and one way of showing evidence. */
export function ReportView({ report, tabId }: { report: Report; tabId: number | undefined }) {
  const outlets = useMemo(() => outletStyles(report), [report]);
  const [reading, setReading] = useState<Evidence | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [closed, setClosed] = useState<Record<string, boolean>>({});
  const platform = usePanelPlatform();
  const sections = useMemo<SectionsState>(
    () => ({
      isOpen: (id) => !closed[id],
      setOpen: (id, open) => setClosed((was) => ({ ...was, [id]: !open })),
    }),
    [closed],
  );

  const showEvidence = useCallback(
    (evidence: Evidence) => {
      if (evidence.articleId !== CURRENT) {
        setReading(evidence);
        return;
      }
      if (tabId === undefined) return;
      setStatus('');
      platform
        .send({ type: 'show-sentence', tabId, sentence: evidence.sentence })
        .then(({ found }) => {
          setStatus(found ? 'Highlighted on the page.' : 'This sentence is no longer on the page; it may have changed since it was read.');
        })
        .catch(() => setStatus('The page cannot be scrolled from here any more: reload it and analyse it again.'));
    },
    [platform, tabId],
  );
  const closeReader = useCallback(() => setReading(undefined), []);

  const { article } = report;
  const date = formatDate(article.publishedAt);
  return (
    <OutletsContext.Provider value={outlets}>
      <EvidenceContext.Provider value={showEvidence}>
        <SectionsContext.Provider value={sections}>
          <div hidden={reading !== undefined} class="report" data-testid="report">
            <section class="article-summary" aria-labelledby="current-title">
              <OutletTag articleId={CURRENT} />
              <h2 class="current-title" id="current-title" data-testid="current-title">
                {article.title}
              </h2>
              <p class="current-meta">
                {[article.source, date, `${article.wordCount.toLocaleString('en')} words`].filter(Boolean).join(' · ')}
              </p>
            </section>
            <SummaryLine report={report} />
            {report.related.length > 0 && <Legend report={report} />}
            <ExportBar report={report} />
            <p class="evidence-status" role="status" data-testid="evidence-status">
              {status}
            </p>
            <RelatedCoverage report={report} />
            {report.related.length > 0 &&
              PRESENTATIONS.map((analysis) => {
                const Section = SECTIONS[analysis.id];
                return Section ? <Section key={analysis.id} section={(report as unknown as Record<string, unknown>)[analysis.id]} related={report.related} /> : null;
              })}
          </div>
          {reading && <ReaderView articleId={reading.articleId} sentence={reading.sentence} onClose={closeReader} />}
        </SectionsContext.Provider>
      </EvidenceContext.Provider>
    </OutletsContext.Provider>
  );
}

/** Each outlet's colour and short name, as every section shows them. */
function Legend({ report }: { report: Report }) {
  return (
    <ul class="legend" aria-label="Outlets: the colour and name every section uses" data-testid="legend">
      <li class="legend-label" aria-hidden="true">
        Outlets
      </li>
      {[CURRENT, ...report.related.map((r) => r.id)].map((id) => (
        <li key={id}>
          <OutletTag articleId={id} />
        </li>
      ))}
    </ul>
  );
}
