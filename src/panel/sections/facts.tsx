import { useState } from 'preact/hooks';
import type { Exclusive, FactsSection as Section, Omission } from '../../core/facts/index.js';
import { EvidenceSentence, OutletTag } from '../evidence.js';

/** Exclusives shown before the reader asks for the rest: long articles have many. */
const EXCLUSIVES_SHOWN = 8;

export function supportLabel(reportedBy: number, outlets: number): string {
  return `reported by ${reportedBy} of ${outlets}`;
}

export function FactsSection({ section }: { section: Section }) {
  const outlets = section.outlets.length;
  const several = section.omissions.filter((o) => o.reportedBy.length > 1);
  const single = section.omissions.filter((o) => o.reportedBy.length <= 1);
  return (
    <section aria-labelledby="facts-heading" class="section facts" data-testid="facts-section">
      <h2 id="facts-heading">Missing here and only here</h2>

      <h3 id="facts-missing-heading">
        Missing here{several.length > 0 && <span class="count"> · {several.length}</span>}
      </h3>
      {outlets === 0 ? (
        <p class="empty" data-testid="facts-no-outlets">
          No other outlet in the corpus reports this same event, so nothing can be missing.
        </p>
      ) : section.omissions.length === 0 ? (
        <p class="empty" data-testid="facts-no-omissions">
          This article reports every fact the other {outlets === 1 ? 'outlet reports' : `${outlets} outlets report`}.
        </p>
      ) : (
        <>
          {several.length > 0 && (
            <ol class="fact-list" aria-labelledby="facts-missing-heading" data-testid="facts-omissions">
              {several.map((o, i) => (
                <OmissionItem key={i} omission={o} outlets={outlets} />
              ))}
            </ol>
          )}
          {single.length > 0 && (
            <details class="fact-single" data-testid="facts-single" open={several.length === 0 && single.length <= 5}>
              <summary>
                Reported by one other outlet only <span class="count">· {single.length}</span>
              </summary>
              <ol class="fact-list" data-testid="facts-omissions-single">
                {single.map((o, i) => (
                  <OmissionItem key={i} omission={o} outlets={outlets} />
                ))}
              </ol>
            </details>
          )}
        </>
      )}

      <h3 id="facts-only-heading">
        Only here{section.exclusives.length > 0 && <span class="count"> · {section.exclusives.length}</span>}
      </h3>
      {section.exclusives.length === 0 ? (
        <p class="empty" data-testid="facts-no-exclusives">
          Every fact in this article is also reported elsewhere.
        </p>
      ) : (
        <Exclusives exclusives={section.exclusives} />
      )}
    </section>
  );
}

function OmissionItem({ omission, outlets }: { omission: Omission; outlets: number }) {
  const support = supportLabel(omission.reportedBy.length, outlets);
  return (
    <li class="fact omission" data-testid="facts-omission" data-support={omission.reportedBy.length}>
      <details>
        <summary>
          <span class="fact-summary">{omission.summary}</span>
          <span class="fact-support" data-testid="facts-support">
            {support}
            {omission.reportedBy.map((id) => (
              <OutletTag key={id} articleId={id} />
            ))}
          </span>
        </summary>
        <ul class="fact-evidence" aria-label={`What the outlets say (${support})`}>
          {omission.evidence.map((e, i) => (
            <li key={i} data-testid="facts-evidence">
              <OutletTag articleId={e.articleId} />
              <EvidenceSentence evidence={e} />
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function Exclusives({ exclusives }: { exclusives: readonly Exclusive[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? exclusives : exclusives.slice(0, EXCLUSIVES_SHOWN);
  return (
    <>
      <ol class="fact-list" aria-labelledby="facts-only-heading" id="facts-exclusives" data-testid="facts-exclusives">
        {shown.map((x, i) => (
          <li key={i} class="fact exclusive" data-testid="facts-exclusive">
            {x.evidence.map((e, j) => (
              <EvidenceSentence key={j} evidence={e} />
            ))}
          </li>
        ))}
      </ol>
      {exclusives.length > EXCLUSIVES_SHOWN && (
        <button type="button" class="fact-more" aria-expanded={all} aria-controls="facts-exclusives" data-testid="facts-more" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${exclusives.length}`}
        </button>
      )}
    </>
  );
}
