import { useState } from 'preact/hooks';
import type { Exclusive, FactsSection as Section, Omission } from '../../core/facts/index.js';
import { countedOverText, NO_SAME_EVENT_TEXT, noneMissingText, NOTHING_ONLY_HERE_TEXT, omissionsBySupport, outletCount, supportText, type RelatedArticle } from '../../core/render.js';
import { EvidenceSentence, OutletTag } from '../evidence.js';
import { LazyDetails, PanelSection, ShowAllButton, useShowAll } from '../panel-section.js';

/** Facts of each list shown before the reader asks for the rest: long articles have many. */
const EXCLUSIVES_SHOWN = 3;
const OMISSIONS_SHOWN = 5;

export function FactsSection({ section, related = [] }: { section: Section; related?: readonly RelatedArticle[] }) {
  // Omissions are counted over same-event coverage; the follow-ups left out are said so.
  const followUps = related.filter((r) => r.relation === 'follow-up').length;
  const outlets = section.outlets.length;
  // Two articles of one outlet are counted as articles, not as two outlets (as the summary counts them).
  const fromOutlets = outletCount(related, section.outlets);
  const { several, single } = omissionsBySupport(section);
  const missing = useShowAll(several, OMISSIONS_SHOWN);
  return (
    <PanelSection id="facts" title="Missing here and only here" testid="facts-section" class="facts">

      <h3 id="facts-missing-heading">
        Missing here{several.length > 0 && <span class="count"> · {several.length}</span>}
      </h3>
      {outlets === 0 ? (
        <p class="empty" data-testid="facts-no-outlets">
          {NO_SAME_EVENT_TEXT}
        </p>
      ) : section.omissions.length === 0 ? (
        <p class="empty" data-testid="facts-no-omissions">
          {noneMissingText(outlets)}
        </p>
      ) : (
        <>
          <p class="facts-basis" data-testid="facts-basis">
            {countedOverText(outlets, followUps, fromOutlets)}
          </p>
          {several.length > 0 && (
            <>
              <ol class="fact-list" aria-labelledby="facts-missing-heading" id="facts-omissions" data-testid="facts-omissions">
                {missing.shown.map((o, i) => (
                  <OmissionItem key={i} omission={o} outlets={outlets} fromOutlets={fromOutlets} />
                ))}
              </ol>
              <ShowAllButton {...missing} total={several.length} controls="facts-omissions" noun="missing facts" testid="facts-omissions-more" />
            </>
          )}
          {single.length > 0 && (
            <LazyDetails
              class="fact-single"
              testid="facts-single"
              open={several.length === 0 && single.length <= 5}
              summary={
                <>
                  Reported by one other outlet only <span class="count">· {single.length}</span>
                </>
              }
            >
              <ol class="fact-list" data-testid="facts-omissions-single">
                {single.map((o, i) => (
                  <OmissionItem key={i} omission={o} outlets={outlets} fromOutlets={fromOutlets} />
                ))}
              </ol>
            </LazyDetails>
          )}
        </>
      )}

      <h3 id="facts-only-heading">
        Only here{section.exclusives.length > 0 && <span class="count"> · {section.exclusives.length}</span>}
      </h3>
      {section.exclusives.length === 0 ? (
        <p class="empty" data-testid="facts-no-exclusives">
          {NOTHING_ONLY_HERE_TEXT}
        </p>
      ) : (
        <Exclusives exclusives={section.exclusives} />
      )}
    </PanelSection>
  );
}

function OmissionItem({ omission, outlets, fromOutlets }: { omission: Omission; outlets: number; fromOutlets: number }) {
  const support = supportText(omission.reportedBy.length, outlets, fromOutlets);
  return (
    <li class="fact omission" data-testid="facts-omission" data-support={omission.reportedBy.length}>
      <LazyDetails
        summary={
          <>
            <span class="fact-summary">{omission.summary}</span>
            <span class="fact-support" data-testid="facts-support">
              {support}
              {omission.reportedBy.map((id) => (
                <OutletTag key={id} articleId={id} />
              ))}
            </span>
          </>
        }
      >
        <ul class="fact-evidence" aria-label={`What the outlets say (${support})`}>
          {omission.evidence.map((e, i) => (
            <li key={i} data-testid="facts-evidence">
              <OutletTag articleId={e.articleId} />
              <EvidenceSentence evidence={e} />
            </li>
          ))}
        </ul>
      </LazyDetails>
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
        <button type="button" class="show-all fact-more" aria-expanded={all} aria-controls="facts-exclusives" data-testid="facts-more" onClick={() => setAll(!all)}>
          {all ? 'Show fewer facts only here' : `Show all ${exclusives.length} facts only here`}
        </button>
      )}
    </>
  );
}
