/**
 * What an article leads with: the actors its headline and first paragraph put
 * first, and the terms there that are rarest in news (what the opening is
 * about, as opposed to words every report of the event uses).
 */
import { termsOf, words } from '../text/tokens.js';
import type { ActorMention } from './actors.js';

export interface LeadFeatures {
  /** Actor keys in the order the headline, then the first paragraph, mention them (at most 6). */
  actors: string[];
  /** Content words of the headline and the first paragraph's first sentence, as written (at most 40; one per word, whatever its case). */
  words: string[];
}

const MAX_LEAD_ACTORS = 6;
const MAX_LEAD_WORDS = 40;
// A word in capitals longer than an acronym usually is ("NATO", "UNHCR") is a headline's shouting.
const SHOUTED_FROM = 5;

export function leadFeatures(title: string, firstSentence: string, titleMentions: readonly ActorMention[], firstMentions: readonly ActorMention[]): LeadFeatures {
  const actors: string[] = [];
  for (const m of [...titleMentions, ...firstMentions]) {
    if (m.key.length > 200) continue;
    // (Nor a state's people read off a possessive, "Iran's leaders": the state itself is named there.)
    // (Nor "the country", whose place only the coverage tells.)
    if (m.kind === 'description' && (m.key.startsWith('gov:') || m.key.startsWith('people:') || m.key.startsWith('place-ref:'))) continue;
    // A capitalised word seen only at the start of sentences ("Following a ...") is not yet a name.
    if (m.atStart) continue;
    if (!actors.includes(m.key)) actors.push(m.key);
  }
  // Each word as the first sentence writes it ("DNC", "Perez", "desperation"), else as the headline does, so that a reader
  // sees words, not stems; a headline's shouted word ("DESPERATION:") in small letters, an acronym as it stands.
  // A dateline's shouted place ("ISTANBUL — ... talks in Istanbul") gives way to the sentence's own spelling of it.
  const shouted = (surface: string) => surface.length > SHOUTED_FROM && surface === surface.toUpperCase();
  const written = new Map<string, string>();
  for (const token of words(firstSentence)) {
    const known = written.get(token.surface.toLowerCase());
    if (known === undefined || (shouted(known) && !shouted(token.surface))) written.set(token.surface.toLowerCase(), token.surface);
  }
  const seen = new Set<string>();
  const leadWords: string[] = [];
  for (const token of words(`${title} ${firstSentence}`)) {
    const lower = token.surface.toLowerCase();
    if (seen.has(lower) || lower.length > 40 || termsOf(lower).length === 0) continue;
    seen.add(lower);
    const surface = written.get(lower) ?? token.surface;
    leadWords.push(shouted(surface) ? lower : surface);
  }
  return { actors: actors.slice(0, MAX_LEAD_ACTORS), words: leadWords.slice(0, MAX_LEAD_WORDS) };
}

/** The lead's most telling words: rarest first, by the corpus-plus-background rarity. */
export function leadFocus(lead: LeadFeatures, idfOf: (term: string) => number, count = 3): string[] {
  const scored = lead.words.map((w) => ({ w, score: Math.max(0, ...termsOf(w).map(idfOf)) }));
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((s) => s.w);
}
