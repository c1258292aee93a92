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
import { plural } from '../analysis/markdown.js';
import { DIFFERING, quotesMarkdown } from './markdown.js';
import { bool, list, num, object, optional, text, type Schema } from '../analysis/schema.js';
import { judgeGroup, sameStatement, wordDiff, type DiffPart, type Relation, type Verdict } from './align.js';
import { collectQuotes } from './collect.js';
import { clusterNames, nameTokens, personForRole, roleTerms, type NamedPerson } from './speakers.js';
import type { ExtractedQuote, QuoteFeatures } from './types.js';

export type { ExtractedQuote, QuoteFeatures, SpeakerMention } from './types.js';
/** The plug-in contract's name for the per-article features. */
export type QuotesFeatures = QuoteFeatures;
export type { DiffPart, Relation, Verdict } from './align.js';

export function quotesFeatures(article: Article): QuoteFeatures {
  return collectQuotes(article);
}

export const QUOTE_LIMITS = { quotes: 200, speakers: 100, descriptions: 10, quoteChars: 2000, nameChars: 200, sentences: 5000 };

const sentenceIndex = num({ integer: true, min: 0, max: QUOTE_LIMITS.sentences });

export const quotesFeaturesSchema: Schema<QuoteFeatures> = object({
  quotes: list(
    object({
      sentence: sentenceIndex,
      sentences: optional(list(sentenceIndex, 50)),
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
  /** Word diff from the reference rendering's words to these (absent for the reference itself). */
  diff?: DiffPart[];
  /** Where the words were said, as the outlet puts it ("in a post on X"). */
  channel?: string;
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
  /** Identity key of the speaker. */
  key: string;
}

export function compareQuotes(
  current: Compared<QuoteFeatures>,
  others: readonly Compared<QuoteFeatures>[],
  context: AnalysisContext,
): QuotesSection {
  const articles = [current, ...others];
  const people: NamedPerson[] = [];
  for (const a of articles) for (const m of a.features.speakers) if (!m.org) people.push(m);

  // Every quote with a speaker (or a title that coverage links to a name) gets an identity key.
  const raw: { article: Compared<QuoteFeatures>; order: number; quote: ExtractedQuote; name?: string; role?: string; org: boolean }[] = [];
  articles.forEach((article, order) => {
    const orgs = new Set(article.features.speakers.filter((m) => m.org).map((m) => m.name));
    for (const quote of article.features.quotes) {
      if (quote.speaker) raw.push({ article, order, quote, name: quote.speaker, org: orgs.has(quote.speaker) });
      else if (quote.role) {
        const linked = personForRole(quote.role, people);
        if (linked) raw.push({ article, order, quote, name: linked, org: false });
        else raw.push({ article, order, quote, role: quote.role, org: false });
      }
    }
  });
  const personNames = [...new Set(raw.filter((r) => r.name && !r.org).map((r) => r.name as string))];
  const clusters = clusterNames(personNames);
  const keyOfPerson = new Map(personNames.map((n, i) => [n, `p:${clusters[i] ?? i}`]));
  const items: Item[] = raw.map((r) => {
    let key: string;
    if (r.name && r.org) key = `o:${nameTokens(r.name).join(' ')}`;
    else if (r.name) key = keyOfPerson.get(r.name) ?? `p:${r.name}`;
    else key = `r:${roleTerms(r.role ?? '').sort().join(' ')}`;
    return { article: r.article, order: r.order, quote: r.quote, key };
  });

  const displayName = new Map<string, string>();
  const byKey = new Map<string, Item[]>();
  for (const item of items) {
    const list = byKey.get(item.key) ?? [];
    list.push(item);
    byKey.set(item.key, list);
  }
  for (const [key, list] of byKey) displayName.set(key, speakerLabel(list, raw));

  const groups: { group: QuoteGroup; rank: number; first: number }[] = [];
  for (const [key, list] of byKey) {
    // Same statement, different outlets: linked when they share enough rare words.
    const parent = list.map((_, i) => i);
    const find = (i: number): number => {
      let r = i;
      while (parent[r] !== r) r = parent[r] ?? r;
      return r;
    };
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b || a.article.id === b.article.id) continue;
        if (find(i) === find(j)) continue;
        if (sameStatement(a.quote, b.quote, { idfOf: context.idfOf })) parent[find(j)] = find(i);
      }
    }
    const components = new Map<number, Item[]>();
    list.forEach((item, i) => {
      const root = find(i);
      const c = components.get(root) ?? [];
      c.push(item);
      components.set(root, c);
    });
    for (const members of components.values()) {
      members.sort((a, b) => a.order - b.order || a.quote.sentence - b.quote.sentence);
      const kept = members.slice(0, MAX_RENDERINGS);
      const judged = judgeGroup(kept.map((m) => ({ articleId: m.article.id, text: m.quote.text, indirect: m.quote.indirect })));
      const ref = kept[judged.reference];
      const renderings = kept.map((m, i) => rendering(m, judged.relations[i] ?? 'reference', i === judged.reference || !ref ? undefined : ref.quote.text));
      const hasCurrent = members.some((m) => m.order === 0);
      const outlets = new Set(members.map((m) => m.article.id)).size;
      const rank = (hasCurrent ? 0 : 2) + (outlets > 1 ? 0 : 1);
      groups.push({ group: { speaker: displayName.get(key) ?? key, verdict: judged.verdict, renderings }, rank, first: (members[0]?.order ?? 0) * 10000 + (members[0]?.quote.sentence ?? 0) });
    }
  }
  groups.sort((a, b) => a.rank - b.rank || a.first - b.first);
  return groups.slice(0, MAX_GROUPS).map((g) => g.group);
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
  if (referenceText !== undefined) out.diff = wordDiff(referenceText, quote.text);
  if (quote.channel) out.channel = quote.channel;
  if (article.source) out.source = article.source;
  if (article.publishedAt) out.publishedAt = article.publishedAt;
  return out;
}

/** The page's spelling where it has one, else the spelling most outlets use (the fuller on a tie); a title when nobody is named. */
function speakerLabel(list: readonly Item[], raw: readonly { quote: ExtractedQuote; name?: string; role?: string; order: number }[]): string {
  const counts = new Map<string, { count: number; current: boolean }>();
  for (const item of list) {
    const r = raw.find((x) => x.quote === item.quote);
    const label = r?.name ?? r?.role ?? '';
    const entry = counts.get(label) ?? { count: 0, current: false };
    entry.count++;
    if (item.order === 0 && r?.name) entry.current = true;
    counts.set(label, entry);
  }
  const ranked = [...counts.entries()].sort(
    (a, b) => Number(b[1].current) - Number(a[1].current) || nameTokens(b[0]).length - nameTokens(a[0]).length || b[1].count - a[1].count,
  );
  return ranked[0]?.[0] ?? '';
}

/** Each speaker's statements as every outlet rendered them; the only analysis that attributes speech. */
export const quotesAnalysis: Analysis<QuoteFeatures, QuotesSection, 'quotes'> = {
  id: 'quotes',
  title: 'Quotes',
  features: quotesFeatures,
  schema: quotesFeaturesSchema,
  compare: compareQuotes,
  summary: (groups) => [{ key: 'quotes', text: `${plural(groups.filter((g) => DIFFERING.has(g.verdict)).length, 'quote', 'quotes')} worded differently` }],
  markdown: quotesMarkdown,
  takesFollowUps: true,
  attributions: (features) => features,
};
