// How the quotes section is worded and ordered in every front end (panel, terminal, Markdown): one vocabulary
// for the verdicts, each with the sentence that explains it, and one grouping by speaker. Presentation only: no
// comparison code, so that the panel's bundle (core/render.ts) does not carry the analysis.
import type { QuoteGroup, QuoteRendering, QuotesSection, Verdict } from './index.js';

/** Each verdict's name and what it means, in the words a reader sees next to it. */
export const QUOTE_VERDICTS: Record<Verdict, { label: string; meaning: string }> = {
  variant: { label: 'Worded differently', meaning: 'the same statement in different words, as in translations' },
  truncated: { label: 'Shortened', meaning: 'an outlet prints part of a longer statement' },
  paraphrase: { label: 'Paraphrased', meaning: 'one outlet quotes it, another reports it in its own words' },
  verbatim: { label: 'Verbatim', meaning: 'the outlets print the same words' },
  'single-source': { label: 'Only one outlet', meaning: 'no other outlet carries this statement' },
};

/** One rendering's relation to the baseline, as a short lower-case note ("baseline", "shortened", ...). */
export function renderingRelationText(relation: QuoteRendering['relation']): string {
  return relation === 'reference' ? 'baseline' : QUOTE_VERDICTS[relation].label.toLowerCase();
}

/** The note on a rendering that reports the words ("X said that ...") rather than quoting them, in every front end. */
export const REPORTED_SPEECH = 'reported speech';

/** The note on a rendering whose outlet names another speaker than the group's ("credited to Pete Flores"). */
export function creditedToText(creditedTo: string): string {
  return `credited to ${creditedTo}`;
}

/** Worded differently first, then the same words, then statements only one outlet carries. */
const RANK: Record<Verdict, number> = { variant: 0, truncated: 0, paraphrase: 0, verbatim: 1, 'single-source': 2 };

/** A speaker and their statements, most telling first. */
export interface SpeakerQuotes {
  speaker: string;
  groups: QuoteGroup[];
}

/**
 * The section by speaker, each speaker once: speakers in order of their most telling statement (then of first
 * appearance), each with their statements in that order. `compared` are the speakers with a statement two or
 * more outlets carry; `single` those whose every statement only one outlet carries.
 */
export function quotesBySpeaker(section: QuotesSection): { compared: SpeakerQuotes[]; single: SpeakerQuotes[] } {
  const bySpeaker = new Map<string, QuoteGroup[]>();
  for (const group of section) bySpeaker.set(group.speaker, [...(bySpeaker.get(group.speaker) ?? []), group]);
  const best = (groups: readonly QuoteGroup[]) => Math.min(...groups.map((g) => RANK[g.verdict]));
  const speakers = [...bySpeaker.entries()]
    .map(([speaker, groups]) => ({ speaker, groups: [...groups].sort((a, b) => RANK[a.verdict] - RANK[b.verdict]) }))
    .sort((a, b) => best(a.groups) - best(b.groups));
  return {
    compared: speakers.filter((s) => s.groups.some((g) => g.verdict !== 'single-source')),
    single: speakers.filter((s) => s.groups.every((g) => g.verdict === 'single-source')),
  };
}
