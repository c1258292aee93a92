import { useState } from 'preact/hooks';
import type { QuoteGroup, QuoteRendering, QuotesSection as Section, Verdict } from '../../core/quotes/index.js';
import { EvidenceSentence, OutletTag, useOutlet } from '../evidence.js';
import { formatDate } from '../format.js';

const VERDICTS: Record<Verdict, { label: string; hint: string }> = {
  verbatim: { label: 'Verbatim', hint: 'The outlets print the same words' },
  truncated: { label: 'Truncated', hint: 'One outlet prints part of a longer statement' },
  variant: { label: 'Variant', hint: 'The same statement in different words, as in translations' },
  paraphrase: { label: 'Paraphrase', hint: 'One outlet quotes it, another reports it in its own words' },
  'single-source': { label: 'Only one outlet', hint: 'No other outlet carries this statement' },
};

/** The citation a journalist pastes: speaker, words, outlet and date. */
export function citation(speaker: string, rendering: QuoteRendering, outlet: string): string {
  const date = formatDate(rendering.publishedAt);
  const words = rendering.indirect ? rendering.text : `“${rendering.text}”`;
  return `${speaker}: ${words} — ${outlet}${date ? `, ${date}` : ''}`;
}

/** Speakers in order of first appearance, each with their statements. */
function bySpeaker(section: Section): [string, QuoteGroup[]][] {
  const out = new Map<string, QuoteGroup[]>();
  for (const group of section) {
    const list = out.get(group.speaker) ?? [];
    list.push(group);
    out.set(group.speaker, list);
  }
  return [...out.entries()];
}

export function QuotesSection({ section }: { section: Section }) {
  const speakers = bySpeaker(section);
  return (
    <section aria-labelledby="quotes-heading" class="section quotes" data-testid="quotes-section">
      <h2 id="quotes-heading">
        Quotes{section.length > 0 && <span class="count"> · {section.length}</span>}
      </h2>
      {section.length === 0 ? (
        <p class="empty" data-testid="quotes-empty">
          No attributed quotes in this article or its coverage.
        </p>
      ) : (
        speakers.map(([speaker, groups], s) => (
          <div class="quote-speaker" key={speaker} data-testid="quote-speaker">
            <h3 id={`quote-speaker-${s}`}>{speaker}</h3>
            <ul class="quote-groups" aria-labelledby={`quote-speaker-${s}`}>
              {groups.map((group, g) => (
                <li class={`quote-group verdict-${group.verdict}`} key={g} data-testid="quote-group" data-verdict={group.verdict}>
                  <span class={`quote-verdict ${group.verdict}`} title={VERDICTS[group.verdict].hint}>
                    {VERDICTS[group.verdict].label}
                  </span>
                  <ol class="quote-renderings">
                    {group.renderings.map((rendering, r) => (
                      <Rendering key={r} speaker={speaker} rendering={rendering} />
                    ))}
                  </ol>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function Rendering({ speaker, rendering }: { speaker: string; rendering: QuoteRendering }) {
  const outlet = useOutlet(rendering.articleId);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = () => {
    const text = citation(speaker, rendering, outlet.name);
    navigator.clipboard.writeText(text).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  };
  return (
    <li class="quote-rendering" data-testid="quote-rendering" data-article-id={rendering.articleId} data-relation={rendering.relation}>
      <div class="quote-meta">
        <OutletTag articleId={rendering.articleId} />
        {rendering.relation !== 'reference' && <span class="quote-relation">{rendering.relation}</span>}
        {rendering.indirect && <span class="quote-indirect">reported speech</span>}
        {rendering.channel && <span class="quote-channel">{rendering.channel}</span>}
      </div>
      <EvidenceSentence evidence={{ articleId: rendering.articleId, sentence: rendering.sentence }}>
        <q class="quote-text" data-testid="quote-text">
          {rendering.diff && rendering.relation !== 'paraphrase' ? <DiffText parts={rendering.diff} /> : rendering.text}
        </q>
      </EvidenceSentence>
      <button type="button" class="quote-copy" data-testid="quote-copy" onClick={copy} aria-label={`Copy citation of ${speaker} in ${outlet.name}`}>
        {copied === 'done' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy citation'}
      </button>
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
