import type { RenderContext } from '../analysis/contract.js';
import { CURRENT } from '../analysis/contract.js';
import { inline, plural } from '../analysis/markdown.js';
import type { FramingSection, FramingVoice } from './index.js';
import type { ActorLabel } from './actors.js';

/**
 * The people and bodies shown acting for an actor, each with the outlet's labels for them ("Mike Pompeo: CIA Director ×2,
 * Pompeo"; a body named only by its name once: "FBI ×5"), or '' where there are none.
 */
export function actingForText(labels: readonly ActorLabel[], one: (label: ActorLabel) => string, name: (agent: string) => string = (agent) => agent): string {
  return agentsOf(labels)
    .map(({ agent, labels: ls, namedOnly }) => (namedOnly ? one(ls[0]!) : `${name(agent)} (${ls.map(one).join(', ')})`))
    .join('; ');
}

/**
 * The people and bodies an outlet shows acting for an actor, each with its labels in the outlet's order, as every front end
 * groups them; `namedOnly` where the outlet names the agent once by its name alone (shown as that label, not "FBI (FBI)").
 */
export function agentsOf(labels: readonly ActorLabel[]): { agent: string; labels: ActorLabel[]; namedOnly: boolean }[] {
  const byAgent = new Map<string, ActorLabel[]>();
  for (const l of labels) if (l.actingFor) byAgent.set(l.actingFor, [...(byAgent.get(l.actingFor) ?? []), l]);
  return [...byAgent].map(([agent, ls]) => ({ agent, labels: ls, namedOnly: ls.length === 1 && ls[0]?.label === agent }));
}

/** How often an outlet uses a label, as every front end writes it after the label (" ×2"); '' for once. */
export function labelCountText(label: Pick<ActorLabel, 'count'>): string {
  return (label.count ?? 1) > 1 ? ` ×${label.count}` : '';
}

/**
 * One label as the terminal and Markdown write it: “in quotation marks” (quoted) where the outlet uses it only inside a
 * quotation it reports, then its count and whom else it names ("both countries ×2 (with Afghanistan)"). `escape` is the
 * format's own escaping of a page's words.
 */
export function labelText(l: ActorLabel, escape: (text: string) => string = (text) => text): string {
  const shown = l.inQuote ? `“${escape(l.label)}” (quoted)` : escape(l.label);
  return `${shown}${labelCountText(l)}${l.with ? ` (with ${l.with.map(escape).join(', ')})` : ''}`;
}

/** A voice whose side the coverage does not state, as every front end names it. */
export const NO_SIDE = 'no side stated';
/** An outlet that quotes or cites no one, as every front end says it. */
export const NO_VOICES = 'quotes or cites nobody';

export function framingMarkdown(section: FramingSection, { outletName: name, related }: RenderContext): string[] {
  // The page first, then report order: a report read back from storage may have its keys sorted.
  const order = [CURRENT, ...related.map((r) => r.id)];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const outlets = Object.keys(section.voices).sort((a, b) => rank(a) - rank(b));
  const out = ['## Framing', ''];
  out.push('### Labels', '');
  if (section.actors.length === 0) out.push('No actor is named differently across these outlets.', '');
  else {
    out.push(`| Actor | ${outlets.map(name).join(' | ')} |`, `|${' --- |'.repeat(outlets.length + 1)}`);
    for (const actor of section.actors) {
      const one = (l: ActorLabel) => labelText(l, inline);
      const cells = outlets.map((id) => {
        const labels = actor.labels[id] ?? [];
        const own = labels.filter((l) => !l.actingFor).map(one).join(', ');
        const acting = actingForText(labels, one, inline);
        return [own, acting ? `acting for ${inline(actor.actor)}: ${acting}` : ''].filter(Boolean).join('; ') || '—';
      });
      out.push(`| ${inline(actor.actor)} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  out.push('### Voices', '');
  for (const f of section.flags.filter((f) => f.kind === 'one-sided')) out.push(`**One-sided (${name(f.articleId)}):** ${inline(f.detail)}`, '');
  for (const id of outlets) out.push(`- **${name(id)}**: ${voiceLine(section.voices[id] ?? [])}`);
  out.push('');
  const wordFlags = section.flags.filter((f) => f.kind !== 'one-sided');
  if (wordFlags.length > 0) {
    out.push('### Loaded and hedged words', '');
    for (const f of wordFlags) {
      out.push(`- **${name(f.articleId)}**, ${inline(f.kind)}: ${inline(f.detail)}`);
      if (f.sentence) out.push(`  > ${inline(f.sentence)}`);
    }
    out.push('');
  }
  if (section.leads) {
    out.push('### Leads with', '');
    for (const id of outlets) {
      const lead = section.leads[id];
      if (!lead) continue;
      const about = lead.focus.length > 0 ? ` (about ${lead.focus.map(inline).join(', ')})` : '';
      out.push(`- **${name(id)}**: ${lead.actors.map(inline).join(', ') || '—'}${about}`);
    }
    out.push('');
  }
  return out;
}

function voiceLine(voices: readonly FramingVoice[]): string {
  if (voices.length === 0) return NO_VOICES;
  return voices
    .map((v) => `${inline(v.speaker)}${v.affiliation ? `, ${inline(v.affiliation)}` : ''} (${inline(v.side ?? NO_SIDE)}; ${plural(v.count, 'sentence', 'sentences')}, ${v.direct} quoted)`)
    .join('; ');
}
