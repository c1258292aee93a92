import type { FramingSection } from '../core/framing/index.js';
import { actingForText, labelText, NO_VOICES } from '../core/framing/index.js';

const MAX_SENTENCE_CHARS = 160;


/** The framing section as plain text for a terminal: actors' labels per outlet, voices per outlet, flags with their sentences. */
export function formatFraming(section: FramingSection, outletName: (articleId: string) => string): string[] {
  const lines: string[] = [];
  const outlets = Object.keys(section.voices);
  lines.push('Framing');
  if (section.actors.length > 0) {
    lines.push('  Labels per actor ("quoted" = only inside a quotation the outlet reports)');
    for (const actor of section.actors) {
      lines.push(`    ${actor.actor}`);
      for (const [id, labels] of Object.entries(actor.labels)) {
        const shown = labels.filter((l) => !l.actingFor).map((l) => labelText(l)).join(', ');
        const acting = actingForText(labels, (l) => labelText(l));
        lines.push(`      ${outletName(id)}: ${[shown, acting ? `acting for ${actor.actor}: ${acting}` : ''].filter(Boolean).join('; ')}`);
      }
    }
  }
  lines.push('  Voices (sentences giving each speaker\'s words; direct quotations in brackets)');
  for (const id of outlets) {
    const voices = section.voices[id] ?? [];
    if (voices.length === 0) {
      lines.push(`    ${outletName(id)}: ${NO_VOICES}`);
      continue;
    }
    lines.push(`    ${outletName(id)}:`);
    for (const v of voices) {
      const who = [v.affiliation, v.side ? `side: ${v.side}` : undefined].filter(Boolean).join('; ');
      lines.push(`      ${String(v.count).padStart(2)} (${v.direct})  ${v.speaker}${who ? `  [${who}]` : ''}`);
    }
  }
  if (section.flags.length > 0) {
    lines.push('  Flags');
    for (const f of section.flags) {
      lines.push(`    ${outletName(f.articleId)} · ${f.kind}: ${f.detail}`);
      // In straight marks: a flag's sentence is often cut inside one of its own curly quotations ("a “victory for ...…").
      if (f.sentence) lines.push(`      "${f.sentence.length > MAX_SENTENCE_CHARS ? `${f.sentence.slice(0, MAX_SENTENCE_CHARS - 1)}…` : f.sentence}"`);
    }
  }
  if (section.leads) {
    lines.push('  Leads with');
    for (const [id, lead] of Object.entries(section.leads)) {
      const parts = [lead.actors.length > 0 ? lead.actors.join(', ') : undefined, lead.focus.length > 0 ? `about ${lead.focus.join(', ')}` : undefined].filter(Boolean);
      lines.push(`    ${outletName(id)}: ${parts.join(' · ') || '—'}`);
    }
  }
  return lines;
}
