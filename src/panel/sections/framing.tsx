import type { ActorLabel, FramingActor, FramingFlag, FramingSection as FramingData, FramingVoice } from '../../core/framing/index.js';
import { useContext } from 'preact/hooks';
import { agentsOf, CURRENT, labelCountText, NO_SIDE, NO_VOICES } from '../../core/render.js';
import { EvidenceSentence, OutletsContext, OutletTag } from '../evidence.js';
import { LazyDetails, PanelSection, ShowAllButton, useShowAll } from '../panel-section.js';

/** Loaded and hedged words shown before the reader asks for the rest. */
const FLAGS_SHOWN = 3;

const FLAG_LABEL: Record<FramingFlag['kind'], string> = { 'one-sided': 'One-sided', loaded: 'Loaded', hedged: 'Hedged' };
/** Named sides with a fill of their own (framing.css side-0 to side-7); side-8 is shared by the rest, side-9 is "no side stated". */
const SIDE_FILLS = 8;

/**
 * Outlets in the panel's order: the page's own article first, then related coverage in report order.
 * Key order alone is not enough: extension storage may hand the report back with its keys sorted.
 */
function outletsOf(section: FramingData, outlets: Record<string, { colour: number }>): string[] {
  const keys = Object.keys(section.voices);
  const rank = (id: string) => (id === CURRENT ? -1 : outlets[id] ? Object.keys(outlets).indexOf(id) : keys.length + keys.indexOf(id));
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

/** One label with how often the outlet uses it, and whom else it names. */
function Label({ label: l }: { label: ActorLabel }) {
  const count = labelCountText(l) ? <span class="label-count">{labelCountText(l)}</span> : null;
  const together = l.with ? <span class="label-with"> (with {l.with.join(', ')})</span> : null;
  return l.inQuote ? (
    <li class="label in-quote" title="Only inside a quotation this outlet reports">
      <q>{l.label}</q>
      {count}
      {together}
    </li>
  ) : (
    <li class="label" title={l.with ? `Names ${l.with.join(', ')} too` : undefined}>
      {l.label}
      {count}
      {together}
    </li>
  );
}

const ownLabels = (labels: readonly ActorLabel[]) => labels.filter((l) => !l.actingFor);

/**
 * The people and bodies the outlet shows acting for the actor (a state's leader, ambassador, agency), each with the
 * outlet's labels for them: apart from the actor's own labels, under a heading of their own.
 */
function ActingFor({ actor, labels }: { actor: string; labels: readonly ActorLabel[] }) {
  const agents = agentsOf(labels);
  if (agents.length === 0) return null;
  return (
    <div class="acting-for" data-testid="framing-acting-for">
      <span class="acting-for-title">acting for {actor}:</span>
      <ul>
        {agents.map(({ agent, labels: ls, namedOnly }) => (
          <li key={agent} class="agent">
            {namedOnly ? null : <span class="agent-name">{agent}: </span>}
            <ul class="labels agent-labels">
              {ls.map((l) => (
                <Label key={`${l.inQuote ? 'q:' : ''}${l.label}`} label={l} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Actors shown before the reader asks for the rest: the most-named come first. */
const ACTORS_SHOWN = 6;

function ActorTable({ actors, outlets }: { actors: FramingActor[]; outlets: string[] }) {
  const rows = useShowAll(actors, ACTORS_SHOWN);
  if (actors.length === 0) return <p class="empty">No actor is named differently across these outlets.</p>;
  return (
    <>
    <div class="framing-table-wrap" tabIndex={0} role="region" aria-label="Labels per actor and outlet (scrolls sideways)">
      <table class="framing-actors" id="framing-actors" data-testid="framing-actors">
        <caption>Labels per actor. Quoted labels (in quotation marks, dashed) appear only inside quotations the outlet reports. “Acting for”: the people and bodies the outlet shows acting for the actor (its leader, officials, agencies), with the outlet’s labels for them; they are not the actor.</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            {outlets.map((id) => (
              <th scope="col" key={id}>
                <OutletTag articleId={id} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.shown.map((actor) => (
            <tr key={actor.actor} data-testid="framing-actor">
              <th scope="row">{actor.actor}</th>
              {outlets.map((id) => (
                <td key={id} data-article-id={id}>
                  {/* Shown only when the table is stacked (narrow panels): each cell says whose it is. */}
                  <span class="cell-outlet">
                    <OutletTag articleId={id} />
                  </span>
                  {(actor.labels[id] ?? []).length === 0 ? (
                    <span class="muted">
                      <span aria-hidden="true">—</span>
                      <span class="sr-only">not mentioned</span>
                    </span>
                  ) : (
                    <>
                      {ownLabels(actor.labels[id] ?? []).length > 0 && (
                        <ul class="labels">{ownLabels(actor.labels[id] ?? []).map((l) => <Label key={`${l.inQuote ? 'q:' : ''}${l.label}`} label={l} />)}</ul>
                      )}
                      <ActingFor actor={actor.actor} labels={actor.labels[id] ?? []} />
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <ShowAllButton {...rows} total={actors.length} controls="framing-actors" noun="actors" testid="framing-actors-more" />
    </>
  );
}

function sideShares(voices: FramingVoice[]): { side: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const v of voices) totals.set(v.side ?? NO_SIDE, (totals.get(v.side ?? NO_SIDE) ?? 0) + v.count);
  return [...totals.entries()].map(([side, count]) => ({ side, count })).sort((a, b) => b.count - a.count);
}

function VoiceBalance({ articleId, voices, sideIndex }: { articleId: string; voices: FramingVoice[]; sideIndex: (side: string) => number }) {
  const shares = sideShares(voices);
  const total = shares.reduce((n, s) => n + s.count, 0);
  const summary = shares.map((s) => `${s.side}: ${s.count}`).join(', ');
  return (
    <li class="voice-row" data-testid="framing-voices" data-article-id={articleId}>
      <OutletTag articleId={articleId} />
      {total === 0 ? (
        <span class="muted"> {NO_VOICES}</span>
      ) : (
        <>
          <span class="voice-bar" role="img" aria-label={`Sentences giving each side's words: ${summary}`}>
            {shares.map((s) => (
              <span key={s.side} class={`voice-seg side-${sideIndex(s.side)}`} style={{ width: `${(100 * s.count) / total}%` }} title={`${s.side}: ${s.count}`} />
            ))}
          </span>
          <LazyDetails
            class="voice-list"
            summary={`${voices.length} ${voices.length === 1 ? 'voice' : 'voices'} in ${total} ${total === 1 ? 'sentence' : 'sentences'} · by side: ${summary}`}
          >
            <ul>
              {voices.map((v) => (
                <li key={v.speaker} data-testid="framing-voice">
                  <span class={`side-dot side-${sideIndex(v.side ?? NO_SIDE)}`} aria-hidden="true" />
                  <span class="speaker">{v.speaker}</span>
                  {v.affiliation && <span class="affiliation">, {v.affiliation}</span>}
                  <span class="muted">
                    {' '}
                    · {v.side ?? NO_SIDE} · {v.count} {v.count === 1 ? 'sentence' : 'sentences'}
                    {v.direct > 0 ? `, ${v.direct} quoted` : ', paraphrased'}
                  </span>
                </li>
              ))}
            </ul>
          </LazyDetails>
        </>
      )}
    </li>
  );
}

export function FramingSection({ section }: { section: FramingData }) {
  const outlets = outletsOf(section, useContext(OutletsContext));
  const sides: string[] = [];
  for (const id of outlets) for (const s of sideShares(section.voices[id] ?? [])) if (!sides.includes(s.side)) sides.push(s.side);
  // Each named side its own fill, in order of first appearance; "no side stated" its own; past SIDE_FILLS, one shared fill the legend names once.
  const named = sides.filter((side) => side !== NO_SIDE);
  const sideIndex = (side: string) => (side === NO_SIDE ? 9 : Math.min(named.indexOf(side), SIDE_FILLS));
  const legend = [
    ...named.slice(0, SIDE_FILLS).map((side) => ({ label: side, fill: sideIndex(side) })),
    ...(named.length > SIDE_FILLS ? [{ label: `other sides: ${named.slice(SIDE_FILLS).join(', ')}`, fill: SIDE_FILLS }] : []),
    ...(sides.includes(NO_SIDE) ? [{ label: NO_SIDE, fill: 9 }] : []),
  ];
  const oneSided = section.flags.filter((f) => f.kind === 'one-sided');
  const wordFlags = section.flags.filter((f) => f.kind !== 'one-sided');
  const flags = useShowAll(wordFlags, FLAGS_SHOWN);
  return (
    <PanelSection id="framing" title="Framing" testid="framing-section" class="framing">
      <h3>Labels</h3>
      <ActorTable actors={section.actors} outlets={outlets} />
      <h3>Voices</h3>
      {oneSided.map((f, i) => (
        <p key={`one-sided-${i}`} class="flag one-sided" data-testid="framing-one-sided" data-article-id={f.articleId}>
          <OutletTag articleId={f.articleId} /> <strong>One-sided:</strong> {f.detail}
        </p>
      ))}
      {sides.length > 0 && (
        <ul class="side-legend" aria-label="Sides in the voice bars" data-testid="framing-side-legend">
          <li class="muted">Each bar: the outlet’s sentences giving someone’s words, by that speaker’s side.</li>
          {legend.map(({ label, fill }) => (
            <li key={label} data-fill={fill}>
              <span class={`side-swatch side-${fill}`} aria-hidden="true" /> {label}
            </li>
          ))}
        </ul>
      )}
      <ul class="voices">
        {outlets.map((id) => (
          <VoiceBalance key={id} articleId={id} voices={section.voices[id] ?? []} sideIndex={sideIndex} />
        ))}
      </ul>
      {wordFlags.length > 0 && (
        <>
          <h3>Loaded and hedged words</h3>
          <ul class="flags" id="framing-flags" data-testid="framing-flags">
            {flags.shown.map((f, i) => (
              <li key={i} class={`flag ${f.kind}`} data-kind={f.kind} data-article-id={f.articleId}>
                <OutletTag articleId={f.articleId} /> <span class="flag-kind">{FLAG_LABEL[f.kind]}</span> <span class="flag-detail">{f.detail}</span>
                {f.sentence && <EvidenceSentence evidence={{ articleId: f.articleId, sentence: f.sentence }} />}
              </li>
            ))}
          </ul>
          <ShowAllButton {...flags} total={wordFlags.length} controls="framing-flags" noun="words" testid="framing-more" />
        </>
      )}
      {section.leads && (
        <>
          <h3>Leads with</h3>
          <dl class="leads" data-testid="framing-leads">
            {outlets.map((id) => {
              const lead = section.leads?.[id];
              if (!lead) return null;
              return (
                <div key={id} class="lead">
                  <dt>
                    <OutletTag articleId={id} />
                  </dt>
                  <dd>
                    {lead.actors.join(', ') || '—'}
                    {lead.focus.length > 0 && <span class="muted"> · about {lead.focus.join(', ')}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </PanelSection>
  );
}
