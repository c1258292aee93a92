import type { FramingActor, FramingFlag, FramingSection as FramingData, FramingVoice } from '../../core/framing/index.js';
import { EvidenceSentence, OutletTag } from '../evidence.js';

const FLAG_LABEL: Record<FramingFlag['kind'], string> = { 'one-sided': 'One-sided', loaded: 'Loaded', hedged: 'Hedged' };
const NO_SIDE = 'no side stated';

/** Outlets in report order: the page's own article first, as the section lists them. */
function outletsOf(section: FramingData): string[] {
  return Object.keys(section.voices);
}

function ActorTable({ actors, outlets }: { actors: FramingActor[]; outlets: string[] }) {
  if (actors.length === 0) return <p class="empty">No actor is named differently across these outlets.</p>;
  return (
    <div class="framing-table-wrap" tabIndex={0} aria-label="Labels per actor and outlet (scrolls sideways)">
      <table class="framing-actors" data-testid="framing-actors">
        <caption>Labels per actor. Quoted labels (in quotation marks, dashed) appear only inside quotations the outlet reports.</caption>
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
          {actors.map((actor) => (
            <tr key={actor.actor} data-testid="framing-actor">
              <th scope="row">{actor.actor}</th>
              {outlets.map((id) => (
                <td key={id} data-article-id={id}>
                  {(actor.labels[id] ?? []).length === 0 ? (
                    <span class="muted" aria-label="not mentioned">—</span>
                  ) : (
                    <ul class="labels">
                      {(actor.labels[id] ?? []).map((l) =>
                        l.inQuote ? (
                          <li key={`q:${l.label}`} class="label in-quote" title="Only inside a quotation this outlet reports">
                            <q>{l.label}</q>
                          </li>
                        ) : (
                          <li key={l.label} class="label">
                            {l.label}
                          </li>
                        ),
                      )}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
        <span class="muted"> quotes or cites nobody</span>
      ) : (
        <>
          <span class="voice-bar" role="img" aria-label={`Sentences giving each side's words: ${summary}`}>
            {shares.map((s) => (
              <span key={s.side} class={`voice-seg side-${sideIndex(s.side)}`} style={{ width: `${(100 * s.count) / total}%` }} title={`${s.side}: ${s.count}`} />
            ))}
          </span>
          <details class="voice-list">
            <summary>
              {voices.length} {voices.length === 1 ? 'voice' : 'voices'} · {summary}
            </summary>
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
          </details>
        </>
      )}
    </li>
  );
}

export function FramingSection({ section }: { section: FramingData }) {
  const outlets = outletsOf(section);
  const sides: string[] = [];
  for (const id of outlets) for (const s of sideShares(section.voices[id] ?? [])) if (!sides.includes(s.side)) sides.push(s.side);
  const sideIndex = (side: string) => (side === NO_SIDE ? 9 : Math.min(sides.indexOf(side), 8));
  const oneSided = section.flags.filter((f) => f.kind === 'one-sided');
  const wordFlags = section.flags.filter((f) => f.kind !== 'one-sided');
  return (
    <section class="section framing" aria-labelledby="framing-heading" data-testid="framing-section">
      <h2 id="framing-heading">Framing</h2>
      <h3>Labels</h3>
      <ActorTable actors={section.actors} outlets={outlets} />
      <h3>Voices</h3>
      {oneSided.map((f, i) => (
        <p key={`one-sided-${i}`} class="flag one-sided" data-testid="framing-one-sided" data-article-id={f.articleId}>
          <OutletTag articleId={f.articleId} /> <strong>One-sided:</strong> {f.detail}
        </p>
      ))}
      <ul class="voices">
        {outlets.map((id) => (
          <VoiceBalance key={id} articleId={id} voices={section.voices[id] ?? []} sideIndex={sideIndex} />
        ))}
      </ul>
      {wordFlags.length > 0 && (
        <>
          <h3>Loaded and hedged words</h3>
          <ul class="flags" data-testid="framing-flags">
            {wordFlags.map((f, i) => (
              <li key={i} class={`flag ${f.kind}`} data-kind={f.kind} data-article-id={f.articleId}>
                <OutletTag articleId={f.articleId} /> <span class="flag-kind">{FLAG_LABEL[f.kind]}</span> <span class="flag-detail">{f.detail}</span>
                {f.sentence && <EvidenceSentence evidence={{ articleId: f.articleId, sentence: f.sentence }} />}
              </li>
            ))}
          </ul>
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
    </section>
  );
}
