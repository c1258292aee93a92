import { useState } from 'preact/hooks';
import type { QuoteGroup, QuoteRendering, QuotesSection as Section } from '../../core/quotes/index.js';
import { creditedToText, oneLine, QUOTE_VERDICTS, quotesBySpeaker, renderingRelationText, REPORTED_SPEECH } from '../../core/render.js';
import { EvidenceSentence, OutletTag, useOutlet } from '../evidence.js';
import { formatDate } from '../format.js';
import { LazyDetails, PanelSection, ShowAllButton, useShowAll } from '../panel-section.js';

/**
 * The citation a journalist pastes: speaker, words, outlet and date, on one line. Every part is the page's or the
 * pack's text, so it leaves as oneLine does any text bound for an export: breaks folded, bidi overrides dropped.
 */
export function citation(speaker: string, rendering: QuoteRendering, outlet: string): string {
  const date = formatDate(rendering.publishedAt);
  const words = rendering.indirect ? rendering.text : `“${rendering.text}”`;
  return oneLine(`${speaker}: ${words} — ${outlet}${date ? `, ${date}` : ''}`);
}

/** Speakers shown before the reader asks for the rest. */
const SPEAKERS_SHOWN = 3;

export function QuotesSection({ section }: { section: Section }) {
  const { compared, single } = quotesBySpeaker(section);
  const speakers = [...compared, ...single];
  const list = useShowAll(compared, SPEAKERS_SHOWN);
  const singleCount = single.reduce((n, { groups }) => n + groups.length, 0);
  return (
    <PanelSection id="quotes" title="Quotes" count={section.length} testid="quotes-section" class="quotes">
      {section.length === 0 ? (
        <p class="empty" data-testid="quotes-empty">
          No attributed quotes in this article or its coverage.
        </p>
      ) : (
        <>
          {compared.length > 0 && (
            <>
              <p class="diff-key" data-testid="quote-diff-key">
                Each statement is compared word by word with its <strong>baseline</strong> rendering (marked so):{' '}
                <ins>words an outlet adds</ins> and <del>words it leaves out</del>.
              </p>
              <div id="quote-speakers">
                {list.shown.map(({ speaker, groups }) => (
                  <Speaker key={speaker} speaker={speaker} groups={groups} index={speakers.findIndex((s) => s.speaker === speaker)} />
                ))}
              </div>
              <ShowAllButton {...list} total={compared.length} controls="quote-speakers" noun="speakers" testid="quotes-more" />
            </>
          )}
          {single.length > 0 && (
            <LazyDetails
              class="quote-single"
              testid="quotes-single"
              open={compared.length === 0 && singleCount <= 5}
              summary={
                <>
                  Statements only one outlet carries <span class="count">· {singleCount}</span>
                </>
              }
            >
              {single.map(({ speaker, groups }) => (
                <Speaker key={speaker} speaker={speaker} groups={groups} index={speakers.findIndex((s) => s.speaker === speaker)} />
              ))}
            </LazyDetails>
          )}
        </>
      )}
    </PanelSection>
  );
}

function Speaker({ speaker, groups, index }: { speaker: string; groups: QuoteGroup[]; index: number }) {
  const shared = groups.filter((g) => g.verdict !== 'single-source');
  const alone = groups.filter((g) => g.verdict === 'single-source');
  const head = `quote-speaker-${index}`;
  return (
    <div class="quote-speaker" data-testid="quote-speaker">
      <h3 id={head}>{speaker}</h3>
      <ul class="quote-groups" aria-labelledby={head}>
        {(shared.length > 0 ? shared : alone).map((group, g) => (
          <QuoteGroupItem key={g} speaker={speaker} group={group} />
        ))}
      </ul>
      {shared.length > 0 && alone.length > 0 && (
        <LazyDetails class="quote-more" summary={`${alone.length} more only one outlet carries`}>
          <ul class="quote-groups">
            {alone.map((group, g) => (
              <QuoteGroupItem key={g} speaker={speaker} group={group} />
            ))}
          </ul>
        </LazyDetails>
      )}
    </div>
  );
}

function QuoteGroupItem({ speaker, group }: { speaker: string; group: QuoteGroup }) {
  return (
    <li class={`quote-group verdict-${group.verdict}`} data-testid="quote-group" data-verdict={group.verdict}>
      {/* A statement only one outlet carries is listed under a fold that says so. */}
      {group.verdict !== 'single-source' && (
        <p class="quote-verdict-line">
          <span class={`quote-verdict ${group.verdict}`}>{QUOTE_VERDICTS[group.verdict].label}</span>
          <span class="quote-verdict-meaning" data-testid="quote-verdict-meaning">
            : {QUOTE_VERDICTS[group.verdict].meaning}
          </span>
        </p>
      )}
      <ol class="quote-renderings">
        {group.renderings.map((rendering, r) => (
          <Rendering key={r} speaker={speaker} rendering={rendering} />
        ))}
      </ol>
    </li>
  );
}

function Rendering({ speaker, rendering }: { speaker: string; rendering: QuoteRendering }) {
  const outlet = useOutlet(rendering.articleId);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () => {
    // The citation names whom this outlet credits.
    const text = citation(rendering.creditedTo ?? speaker, rendering, outlet.name);
    navigator.clipboard.writeText(text).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  const words = rendering.diff && rendering.relation !== 'paraphrase' ? <DiffText parts={rendering.diff} /> : rendering.text;
  return (
    <li class="quote-rendering" data-testid="quote-rendering" data-article-id={rendering.articleId} data-relation={rendering.relation}>
      <div class="quote-meta">
        <OutletTag articleId={rendering.articleId} />
        {rendering.relation === 'reference' ? (
          <span class="quote-relation baseline" title="The rendering the others are compared with, word by word">
            baseline
          </span>
        ) : (
          <span class="quote-relation">{renderingRelationText(rendering.relation)}</span>
        )}
        {rendering.indirect && <span class="quote-indirect">{REPORTED_SPEECH}</span>}
        {rendering.creditedTo && <span class="quote-credit" data-testid="quote-credit">{creditedToText(rendering.creditedTo)}</span>}
        {rendering.channel && <span class="quote-channel">{rendering.channel}</span>}
        <button type="button" class="quote-copy" data-testid="quote-copy" onClick={copy} aria-label={`Copy citation of ${speaker} in ${outlet.name}`}>
          {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy citation'}
        </button>
      </div>
      <EvidenceSentence evidence={{ articleId: rendering.articleId, sentence: rendering.sentence }}>
        {/* Reported speech is the outlet's own words about what was said: never in quotation marks, as the terminal, the
            Markdown and the copied citation write it. */}
        {rendering.indirect ? (
          <span class="quote-text reported" data-testid="quote-text">
            {words}
          </span>
        ) : (
          <q class="quote-text" data-testid="quote-text">
            {words}
          </q>
        )}
      </EvidenceSentence>
    </li>
  );
}

/** The rendering's words with what it adds to the reference marked inserted, and what it leaves out marked deleted. */
function DiffText({ parts }: { parts: readonly { value: string; added?: boolean; removed?: boolean }[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i} data-testid="quote-ins">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} data-testid="quote-del">
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </>
  );
}
