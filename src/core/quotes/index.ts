/**
 * Quotes cross-checked: each speaker's statements as every outlet rendered
 * them, grouped by speaker and statement, with a verdict and a word diff.
 *
 * Follow-ups count like same-event coverage: a later article that repeats a
 * statement is one more rendering of it, and its own new statements are listed
 * as single-source.
 */
import type { Article } from '../types.js';
import type { Analysis, AnalysisContext, Compared } from '../analysis/contract.js';
import { bool, list, num, object, optional, text, type Schema } from '../analysis/schema.js';
import { comparableWords, judgeGroup, MIN_QUOTED_WORDS, sameStatement, SHARED_RUN_WORDS, SPEAKER_FREE_RUN_WORDS, wordDiff, wordsAlign, type DiffPart, type Relation, type Verdict } from './align.js';
import { termsOf } from '../text/tokens.js';
import { collectQuotes } from './collect.js';
import { QUOTE_LIMITS } from './limits.js';
import { isDocumentRole } from '../english/attribution.js';
import { clusterNames, personForRole, roleTerms, type NamedPerson } from './speakers.js';
import { nameTokens } from '../english/names.js';
import type { ExtractedQuote, QuoteFeatures } from './types.js';
import { quotesPresentation } from './presentation.js';

export type { ExtractedQuote, QuoteFeatures, SpeakerMention } from './types.js';
/** The plug-in contract's name for the per-article features. */
export type QuotesFeatures = QuoteFeatures;
export type { DiffPart, Relation, Verdict } from './align.js';

export function quotesFeatures(article: Article): QuoteFeatures {
  return collectQuotes(article);
}

const sentenceIndex = num({ integer: true, min: 0, max: QUOTE_LIMITS.sentences });

export const quotesFeaturesSchema: Schema<QuoteFeatures> = object({
  quotes: list(
    object({
      sentence: sentenceIndex,
      sentences: optional(list(sentenceIndex, QUOTE_LIMITS.spanned)),
      text: text(QUOTE_LIMITS.quoteChars),
      speaker: optional(text(QUOTE_LIMITS.nameChars)),
      indirect: bool,
      channel: optional(text(QUOTE_LIMITS.nameChars)),
      role: optional(text(QUOTE_LIMITS.nameChars)),
    }),
    QUOTE_LIMITS.quotes,
  ),
  speakers: list(
    object({
      name: text(QUOTE_LIMITS.nameChars),
      descriptions: list(text(QUOTE_LIMITS.nameChars), QUOTE_LIMITS.descriptions),
      org: optional(bool),
    }),
    QUOTE_LIMITS.speakers,
  ),
  voices: optional(
    list(
      object({
        speaker: text(QUOTE_LIMITS.voiceChars),
        affiliation: optional(text(QUOTE_LIMITS.voiceChars)),
        direct: list(sentenceIndex, QUOTE_LIMITS.voiceSentences),
        indirect: list(sentenceIndex, QUOTE_LIMITS.voiceSentences),
      }),
      QUOTE_LIMITS.voices,
    ),
  ),
});

/** One outlet's version of a statement. */
export interface QuoteRendering {
  articleId: string;
  /** The words as this outlet printed them (for reported speech, the reported clause). */
  text: string;
  /** The full sentence the rendering starts in, as it stands in the article. */
  sentence: string;
  /** True when the outlet reports the statement in indirect speech. */
  indirect: boolean;
  /** How it compares with the group's reference rendering (the page's own where it has one). */
  relation: Relation;
  /** Word diff from the reference rendering's words to these (absent for the reference itself and for a verbatim rendering). */
  diff?: DiffPart[];
  /** Where the words were said, as the outlet puts it ("in a post on X"). */
  channel?: string;
  /** The person this outlet credits the words to, when it names another than the group's speaker. */
  creditedTo?: string;
  /** For citations. */
  source?: string;
  publishedAt?: string;
}

export interface QuoteGroup {
  /** The speaker's name as the page gives it (or the most common spelling among the outlets), or a title when no outlet names them. */
  speaker: string;
  verdict: Verdict;
  /** The page's own rendering first, then the other outlets' in report order. */
  renderings: QuoteRendering[];
}

/** The report section: the page's statements first, then those only other outlets carry. */
export type QuotesSection = QuoteGroup[];

const MAX_GROUPS = 80;
const MAX_RENDERINGS = 12;

interface Item {
  article: Compared<QuoteFeatures>;
  order: number;
  quote: ExtractedQuote;
  /** Identity key of the speaker; absent when the article names nobody for these words. */
  key?: string;
  /** The speaker as this article names them (a name, else a title). */
  label?: string;
  named: boolean;
  /** The quotation's comparable words (direct quotations only). */
  words: string[];
}

/** Shown for a statement no outlet credits to anyone. */
export const UNNAMED_SPEAKER = 'Speaker not named';

export function compareQuotes(
  current: Compared<QuoteFeatures>,
  others: readonly Compared<QuoteFeatures>[],
  context: AnalysisContext,
): QuotesSection {
  const items = quoteItems([current, ...others]);
  // Grouped by their words first: the same words in two outlets are one statement, however
  // each names the speaker (by name, by title, by "he", or not at all); then, for the same
  // speaker, the same statement in different words (most content words shared).
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const join = (i: number, j: number) => {
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  // The speakers a component's renderings are credited to, by component root.
  const keys = items.map((item) => new Set(item.key === undefined ? [] : [item.key]));
  const joinKeys = (i: number, j: number) => {
    const merged = new Set([...(keys[find(i)] ?? []), ...(keys[find(j)] ?? [])]);
    join(i, j);
    keys[find(i)] = merged;
  };
  const aligned: { i: number; j: number; run: number }[] = [];
  for (const [i, j] of candidatePairs(items)) {
    const a = items[i];
    const b = items[j];
    if (!a || !b || a.article.id === b.article.id || a.quote.indirect || b.quote.indirect) continue;
    const run = wordsAlign(a.words, b.words);
    if (run > 0) aligned.push({ i, j, run });
  }
  // A long run is one statement unless the outlets credit different speakers (then a longer one still is).
  for (const { i, j, run } of aligned) {
    if (run < SHARED_RUN_WORDS) continue;
    const a = items[i];
    const b = items[j];
    const speakersAgree = a?.key === undefined || b?.key === undefined || a.key === b.key;
    if (speakersAgree || run >= SPEAKER_FREE_RUN_WORDS) joinKeys(i, j);
  }
  // The same speaker's statement in other words: most content words shared.
  const storyTerm = storyVocabulary([current, ...others]);
  const bySpeaker = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.key === undefined) return;
    const list = bySpeaker.get(item.key) ?? [];
    list.push(i);
    bySpeaker.set(item.key, list);
  });
  for (const list of bySpeaker.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] ?? 0;
        const j = list[y] ?? 0;
        const a = items[i];
        const b = items[j];
        if (!a || !b || a.article.id === b.article.id || find(i) === find(j)) continue;
        if (sameStatement(a.quote, b.quote, { idfOf: context.idfOf, storyTerm })) joinKeys(i, j);
      }
    }
  }
  // A short cut ("very good news") joins the statement it is cut from only when both are credited to
  // the same speaker, or the whole to nobody: a cut nobody is credited with, inside someone's
  // quotation, is a common phrase ("denuclearization of the Korean peninsula").
  const labelsByKey = new Map<string, Set<string>>();
  for (const item of items) if (item.key !== undefined && item.label) labelsByKey.set(item.key, (labelsByKey.get(item.key) ?? new Set()).add(item.label));
  for (const { i, j, run } of aligned) {
    if (run >= SHARED_RUN_WORDS || find(i) === find(j)) continue;
    const ka = keys[find(i)] ?? new Set<string>();
    const kb = keys[find(j)] ?? new Set<string>();
    // The cut is the shorter; a whole quotation nobody is credited with takes the cut's speaker.
    const iIsCut = (items[i]?.words.length ?? 0) <= (items[j]?.words.length ?? 0);
    const [cut, whole] = iIsCut ? [ka, kb] : [kb, ka];
    if (whole.size === 0 || [...cut].some((k) => whole.has(k))) joinKeys(i, j);
    // A cut nobody is credited with, in a sentence that names the whole's speaker ("David Lammy, a Labour MP, reacted on
    // Twitter by asking whether anyone he knew was “good at making placards”"): the article gives it to them, though
    // not through a verb the attributor reads. A common phrase inside someone's quotation is rarely said beside their name.
    else if (cut.size === 0) {
      const cutItem = items[iIsCut ? i : j];
      const sentence = cutItem ? (cutItem.article.sentences[cutItem.quote.sentence] ?? '') : '';
      if ([...whole].some((key) => [...(labelsByKey.get(key) ?? [])].some((label) => sentenceNames(sentence, key, label)))) joinKeys(i, j);
    }
  }
  const components = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const c = components.get(root) ?? [];
    c.push(item);
    components.set(root, c);
  });

  // One speaker, one name across the section: each identity's label is chosen over all its renderings, so that a
  // reader meets one heading per person ("Donald Trump" in one group and "Trump" in the next read as two people).
  const itemsByKey = new Map<string, Item[]>();
  for (const item of items) if (item.key !== undefined) itemsByKey.set(item.key, [...(itemsByKey.get(item.key) ?? []), item]);
  const groups: { group: QuoteGroup; rank: number; first: number }[] = [];
  for (const members of components.values()) {
    const outlets = new Set(members.map((m) => m.article.id)).size;
    // Words nobody is credited with are listed only where another outlet prints them too.
    if (outlets < 2 && members.every((m) => m.key === undefined)) continue;
    members.sort((a, b) => a.order - b.order || a.quote.sentence - b.quote.sentence);
    const kept = members.slice(0, MAX_RENDERINGS);
    const judged = judgeGroup(kept.map((m) => ({ articleId: m.article.id, text: m.quote.text, indirect: m.quote.indirect })));
    const ref = kept[judged.reference];
    const credited = creditedKey(members);
    const renderings = kept.map((m, i) => {
      const out = rendering(m, judged.relations[i] ?? 'reference', i === judged.reference || !ref ? undefined : ref.quote.text);
      // Two outlets naming two people for the same words: the group says so rather than pick one silently.
      if (credited?.named && m.named && m.key !== undefined && m.key !== credited.key) out.creditedTo = speakerLabel(itemsByKey.get(m.key) ?? [m]);
      return out;
    });
    const hasCurrent = members.some((m) => m.order === 0);
    const rank = (hasCurrent ? 0 : 2) + (outlets > 1 ? 0 : 1);
    const speaker = credited ? speakerLabel(itemsByKey.get(credited.key) ?? members.filter((m) => m.key === credited.key)) : UNNAMED_SPEAKER;
    groups.push({ group: { speaker, verdict: judged.verdict, renderings }, rank, first: (members[0]?.order ?? 0) * 10000 + (members[0]?.quote.sentence ?? 0) });
  }
  groups.sort((a, b) => a.rank - b.rank || a.first - b.first);
  return groups.slice(0, MAX_GROUPS).map((g) => g.group);
}

/** Whether a sentence names a speaker, credited by `key` under `label`: a person's surname as a capitalised word, or every word of a title or an organisation's name. */
function sentenceNames(sentence: string, key: string, label: string): boolean {
  if (key.startsWith('r:')) {
    const have = new Set(roleTerms(sentence));
    const wanted = roleTerms(label);
    return wanted.length > 0 && wanted.every((t) => have.has(t));
  }
  const wanted = nameTokens(label);
  const surname = wanted[wanted.length - 1];
  if (!surname) return false;
  const words = sentence.split(/\s+/u);
  if (key.startsWith('o:')) {
    const all = new Set(nameTokens(words.join(' ')));
    return wanted.every((t) => all.has(t));
  }
  return new Set(nameTokens(words.filter((w) => /^\p{Lu}/u.test(w)).join(' '))).has(surname);
}

// A term in the own words of this share of the outlets (or more) is the story's vocabulary: all but one of five.
const STORY_SHARE = 0.8;

/** The terms nearly every article uses outside quote marks: the story's own words, no evidence that two statements are one. */
function storyVocabulary(articles: readonly Compared<QuoteFeatures>[]): (term: string) => boolean {
  let vocabulary: Set<string> | undefined;
  return (term) => {
    if (!vocabulary) {
      const counts = new Map<string, number>();
      for (const article of articles) for (const t of narrationTerms(article)) counts.set(t, (counts.get(t) ?? 0) + 1);
      const least = Math.max(2, Math.ceil(STORY_SHARE * articles.length));
      vocabulary = new Set([...counts].filter(([, n]) => n >= least).map(([t]) => t));
    }
    return vocabulary.has(term);
  };
}

/** An article's terms outside its direct quotations. */
function narrationTerms(article: Compared<QuoteFeatures>): Set<string> {
  const terms = new Set<string>();
  for (const sentence of article.sentences) for (const t of termsOf(unquoted(sentence))) terms.add(t);
  return terms;
}

/** A sentence without the words inside quote marks (an unclosed quotation runs to the sentence's end, an unopened one from its start). */
function unquoted(sentence: string): string {
  return sentence
    .replace(/[“"«„][^“”"«»„]*[”"»]/gu, ' ')
    .replace(/[“"«„][^“”"«»„]*$/u, ' ')
    .replace(/^[^“”"«»„]*[”»]/u, ' ');
}

/** Every quotation with who its article says spoke it: a name, a title the coverage ties to a name, a title alone, or nobody. */
function quoteItems(articles: readonly Compared<QuoteFeatures>[]): Item[] {
  const people: NamedPerson[] = [];
  for (const a of articles) for (const m of a.features.speakers) if (!m.org) people.push(m);
  const raw: { article: Compared<QuoteFeatures>; order: number; quote: ExtractedQuote; name?: string; role?: string; org: boolean }[] = [];
  articles.forEach((article, order) => {
    const orgs = new Set(article.features.speakers.filter((m) => m.org).map((m) => m.name));
    for (const quote of article.features.quotes) {
      if (quote.speaker) raw.push({ article, order, quote, name: quote.speaker, org: orgs.has(quote.speaker) });
      else if (quote.role) {
        const linked = isDocumentRole(quote.role) ? undefined : personForRole(quote.role, people);
        if (linked) raw.push({ article, order, quote, name: linked, org: false });
        else raw.push({ article, order, quote, role: quote.role, org: false });
      } else if (!quote.indirect && comparableWords(quote.text).length >= MIN_QUOTED_WORDS && !isNamedTerm(article.sentences[quote.sentence] ?? '', quote.text)) raw.push({ article, order, quote, org: false });
    }
  });
  const personNames = [...new Set(raw.filter((r) => r.name && !r.org).map((r) => r.name as string))];
  const clusters = clusterNames(personNames);
  const keyOfPerson = new Map(personNames.map((n, i) => [n, `p:${clusters[i] ?? i}`]));
  return raw.map((r) => {
    const item: Item = { article: r.article, order: r.order, quote: r.quote, named: r.name !== undefined, words: r.quote.indirect ? [] : comparableWords(r.quote.text).slice(0, MAX_ALIGNED_WORDS) };
    if (r.name && r.org) item.key = `o:${nameTokens(r.name).join(' ')}`;
    else if (r.name) item.key = keyOfPerson.get(r.name) ?? `p:${r.name}`;
    else if (r.role) item.key = `r:${roleTerms(r.role).sort().join(' ')}`;
    const label = r.name ?? r.role;
    if (label) item.label = label;
    return item;
  });
}

// A short quotation the sentence gives as what something is called is a term, not a statement.
const MAX_TERM_WORDS = 4;
const NAMING_BEFORE = /(?:\b(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|label|labels|labell?ed|so-called)|\bas)\s*[“"‘']\s*$/iu;

/**
 * Whether uncredited words in quote marks are a name for something ("a practice he calls
 * “catch and release”", "dismissed it as “fake news”"): a phrase, not anyone's statement.
 */
function isNamedTerm(sentence: string, quoteText: string): boolean {
  if (comparableWords(quoteText).length > MAX_TERM_WORDS) return false;
  const at = sentence.indexOf(quoteText.slice(0, 40));
  if (at < 0) return false;
  return NAMING_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}

// Quotations are compared over their first words only, so that a pathological page stays linear.
const MAX_ALIGNED_WORDS = 300;

/** Pairs of direct quotations that share a run of three words (the least a cut can share), found through those runs. */
function candidatePairs(items: readonly Item[]): [number, number][] {
  const byRun = new Map<string, number[]>();
  items.forEach((item, i) => {
    const seen = new Set<string>();
    for (let k = 0; k + MIN_QUOTED_WORDS <= item.words.length; k++) {
      const run = item.words.slice(k, k + MIN_QUOTED_WORDS).join(' ');
      if (seen.has(run)) continue;
      seen.add(run);
      const list = byRun.get(run) ?? [];
      list.push(i);
      byRun.set(run, list);
    }
  });
  const pairs = new Set<number>();
  const out: [number, number][] = [];
  for (const list of byRun.values()) {
    // A run most quotations share ("of the United") is no evidence on its own; the longer runs around it still are.
    if (list.length > 60) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] ?? 0;
        const j = list[y] ?? 0;
        const id = i * items.length + j;
        if (pairs.has(id)) continue;
        pairs.add(id);
        out.push([i, j]);
      }
    }
  }
  return out;
}

/**
 * Who a group's statement is credited to: the person most of its renderings name (the page's
 * naming on a tie), else a title; undefined when no outlet says. The group shows them as the
 * section names them (`speakerLabel` over every rendering credited to them: one heading per person).
 */
function creditedKey(members: readonly Item[]): { key: string; named: boolean } | undefined {
  const keys = new Map<string, { count: number; named: boolean; current: boolean }>();
  for (const m of members) {
    if (m.key === undefined) continue;
    const entry = keys.get(m.key) ?? { count: 0, named: false, current: false };
    entry.count++;
    if (m.named) entry.named = true;
    if (m.order === 0) entry.current = true;
    keys.set(m.key, entry);
  }
  const best = [...keys.entries()].sort((a, b) => Number(b[1].named) - Number(a[1].named) || b[1].count - a[1].count || Number(b[1].current) - Number(a[1].current))[0];
  return best ? { key: best[0], named: best[1].named } : undefined;
}

function rendering(item: Item, relation: Relation, referenceText: string | undefined): QuoteRendering {
  const { article, quote } = item;
  const out: QuoteRendering = {
    articleId: article.id,
    text: quote.text,
    sentence: article.sentences[quote.sentence] ?? '',
    indirect: quote.indirect,
    relation,
  };
  // Verbatim renderings print the reference's words (spelling of initials and punctuation aside): nothing to mark.
  if (referenceText !== undefined && relation !== 'verbatim') out.diff = wordDiff(referenceText, quote.text);
  if (quote.channel) out.channel = quote.channel;
  if (article.source) out.source = article.source;
  if (article.publishedAt) out.publishedAt = article.publishedAt;
  return out;
}

/** The page's spelling where it has one, else the spelling most outlets use (the fuller on a tie); a title when nobody is named. */
function speakerLabel(list: readonly Item[]): string {
  const counts = new Map<string, { count: number; current: boolean }>();
  for (const item of list) {
    const label = item.label ?? '';
    const entry = counts.get(label) ?? { count: 0, current: false };
    entry.count++;
    if (item.order === 0 && item.named) entry.current = true;
    counts.set(label, entry);
  }
  const ranked = [...counts.entries()].sort(
    (a, b) => Number(b[1].current) - Number(a[1].current) || nameTokens(b[0]).length - nameTokens(a[0]).length || b[1].count - a[1].count,
  );
  return ranked[0]?.[0] || UNNAMED_SPEAKER;
}

/** Each speaker's statements as every outlet rendered them; the only analysis that attributes speech. */
export const quotesAnalysis: Analysis<QuoteFeatures, QuotesSection, 'quotes'> = {
  ...quotesPresentation,
  features: quotesFeatures,
  schema: quotesFeaturesSchema,
  compare: compareQuotes,
  takesFollowUps: true,
  attributions: (features) => features,
};
