// Quotes cross-checked on real coverage, judged against hand labels
// (tests/fixtures/quotes/labels/*.json; the rules are in docs/evaluation-quotes.md).
//
// Each labelled event lists the statements that two or more of its outlets quote (the gold
// "shared quotes"): for each outlet that quotes it, snippets of its quoted words and a wording
// letter (renderings with one letter print the same words, cuts allowed; another letter means
// the words differ). The section's groups are matched to the labels through their renderings'
// words, so the labels judge any future grouping.
//
//   grouped:  for each shared quote and each ordered pair of outlets quoting it, whether the
//             first outlet's report (the page) puts the second's rendering in the same group
//             as its own;
//   verdicts: each group that holds renderings from two or more labelled outlets is right when
//             its renderings are one labelled statement and its verdict fits the wordings
//             (verbatim or truncated when they print the same words, variant when they differ,
//             paraphrase when only one outlet quotes it directly).
//
// Two ways to build the sections, as for missing facts (scripts/eval/facts-coverage.ts):
//   gold:     each article as the page against the other articles of its labelled event;
//   pipeline: each article through the product's own report against a pack of the whole corpus.
import { quotesAnalysis, type QuoteFeatures, type QuoteGroup, type QuotesSection } from '../../src/core/quotes/index.js';
import { comparableWords } from '../../src/core/quotes/align.js';
import { buildReport } from '../../src/core/report.js';
import { join } from 'node:path';
import { FIXTURES } from '../../tests/helpers.js';
import { seedCorpus, wclCorpus, type Corpus } from './facts-coverage.js';
import { corpusIndex, goldPages, judgedBySplit, labelKeyOf, percent, readLabelFiles, type LabelMode } from './labelled-pages.js';
import type { Article } from '../../src/core/types.js';
import type { ArticleSentence } from '../../src/core/text/segment.js';

export const QUOTE_LABELS_DIR = join(FIXTURES, 'quotes/labels');

export interface LabelledRendering {
  /** Pieces of the outlet's quoted words (any one suffices). */
  snippets: string[];
  /** Renderings with the same letter print the same words (cuts allowed). */
  wording: string;
}

export interface SharedQuote {
  id: string;
  speaker: string;
  statement: string;
  /** Article key -> its direct rendering. */
  renderings: Record<string, LabelledRendering>;
  /** Article key -> snippets of reported-speech renderings of the same statement (they may join the group; they do not count for recall). */
  reported?: Record<string, string[]>;
  note?: string;
}

export interface QuoteLabels {
  corpus: string;
  event: string;
  /** tune and heldout as for facts; fresh: events labelled after the code was frozen, judged once. */
  split: 'tune' | 'heldout' | 'fresh';
  articles: string[];
  quotes: SharedQuote[];
}

export function loadQuoteLabels(): QuoteLabels[] {
  return readLabelFiles<QuoteLabels>(QUOTE_LABELS_DIR);
}

// ---------- building the sections ----------

export interface PageQuotes {
  key: string;
  section: QuotesSection;
  keyOf: (articleId: string) => string;
}

export function goldQuotes(corpus: Corpus, events: ReadonlySet<string>): PageQuotes[] {
  const features = (article: Article, sentences: ArticleSentence[]): QuoteFeatures => quotesAnalysis.features(article, { sentences });
  return goldPages(corpus, events, features, quotesAnalysis.compare).map(({ page, section }) => ({ key: page.key, section, keyOf: labelKeyOf(page.key) }));
}

export function pipelineQuotes(corpus: Corpus, events: ReadonlySet<string>): PageQuotes[] {
  const index = corpusIndex(corpus);
  return corpus.articles
    .filter((a) => events.has(a.event))
    .map((page) => ({ key: page.key, section: buildReport(page.article, index).quotes, keyOf: labelKeyOf(page.key) }));
}

// ---------- judging ----------

const words = (text: string) => comparableWords(text).join(' ');

/** The labelled statements a rendering's words belong to in an outlet, and whether as a direct quotation. */
function labelsOf(labels: QuoteLabels, key: string, text: string): SharedQuote[] {
  const w = words(text);
  const fits = (snippet: string) => {
    const s = words(snippet);
    return w.includes(s) || (w.split(' ').length >= 3 && s.includes(w));
  };
  return labels.quotes.filter((q) => (q.renderings[key]?.snippets ?? []).some(fits) || (q.reported?.[key] ?? []).some(fits));
}

export type QuoteVerdict = 'right' | 'wrong verdict' | 'two statements' | 'not shared' | 'unjudged';

export interface JudgedGroup {
  page: string;
  speaker: string;
  verdict: QuoteGroup['verdict'];
  judgement: QuoteVerdict;
  why: string;
  renderings: { key: string; text: string; indirect: boolean }[];
}

// A direct rendering this short is a phrase, not a statement: it is neither labelled nor judged.
const MIN_WORDS = 3;

export function judgeGroup(labels: QuoteLabels, page: PageQuotes, group: QuoteGroup): JudgedGroup | undefined {
  const renderings = group.renderings.map((r) => ({ key: page.keyOf(r.articleId), text: r.text, indirect: r.indirect })).filter((r) => labels.articles.includes(r.key));
  if (new Set(renderings.map((r) => r.key)).size < 2) return undefined;
  const out = (judgement: QuoteVerdict, why: string): JudgedGroup => ({ page: page.key, speaker: group.speaker, verdict: group.verdict, judgement, why, renderings });
  const matched = renderings.map((r) => ({ ...r, quotes: labelsOf(labels, r.key, r.text) }));
  const ids = new Set(matched.flatMap((m) => (m.quotes.length === 1 ? [m.quotes[0]!.id] : [])));
  const statement = (m: (typeof matched)[number]) => !m.indirect && comparableWords(m.text).length >= MIN_WORDS;
  if (ids.size > 1) return out('two statements', [...ids].join(' + '));
  const strays = matched.filter((m) => m.quotes.length === 0 && statement(m));
  if (ids.size === 0) return strays.length > 0 ? out('not shared', 'no labelled statement: no two outlets quote it') : out('unjudged', 'only short phrases or reported speech');
  const quote = labels.quotes.find((q) => q.id === [...ids][0])!;
  // A direct quotation from an outlet that does not quote this statement is another statement joined to it.
  const strayOutlets = strays.filter((m) => !matched.some((o) => o.key === m.key && o.quotes.length > 0));
  if (strayOutlets.length > 0) return out('not shared', `${quote.id} with ${strayOutlets.map((s) => s.key).join(', ')}'s unlabelled "${strayOutlets[0]!.text.slice(0, 60)}"`);
  const direct = matched.filter((m) => !m.indirect && m.quotes.length === 1 && quote.renderings[m.key]);
  const directOutlets = new Set(direct.map((m) => m.key));
  const wordings = new Set([...directOutlets].map((k) => quote.renderings[k]!.wording));
  const outlets = new Set(matched.filter((m) => m.quotes.length === 1).map((m) => m.key));
  if (outlets.size < 2) return out('unjudged', `${quote.id}: one labelled outlet`);
  // The letter is the outlet's whole rendering; a group that holds only cuts of the longest of its direct renderings
  // shows no differing words, so "truncated" is true of it too (Breitbart's "It's insane. It's ridiculous" beside the fuller
  // quotations, though its "should never have been made" differs from them).
  const expected = directOutlets.size < 2 ? ['paraphrase'] : wordings.size === 1 ? ['verbatim', 'truncated'] : allCutsOfOne(direct.map((m) => m.text)) ? ['variant', 'truncated'] : ['variant'];
  return expected.includes(group.verdict) ? out('right', `${quote.id} ${group.verdict}`) : out('wrong verdict', `${quote.id}: ${group.verdict}, expected ${expected.join(' or ')}`);
}

/** Whether every text's words run, in order and unbroken, inside the longest's. */
function allCutsOfOne(texts: readonly string[]): boolean {
  const longest = texts.map(words).reduce((a, b) => (b.length > a.length ? b : a), '');
  return texts.every((t) => ` ${longest} `.includes(` ${words(t)} `));
}

export interface QuoteFigures {
  corpus: string;
  split: string;
  mode: string;
  pages: number;
  sharedQuotes: number;
  /** Ordered (page, other outlet) pairs over shared quotes, and how many the page groups. */
  pairs: { expected: number; grouped: number };
  /** Shared quotes whose every pair is grouped. */
  quotesGrouped: number;
  groups: { right: number; judged: number; unjudged: number; byJudgement: Map<QuoteVerdict, number> };
  items: JudgedGroup[];
  missed: string[];
}

export function judgeQuotes(corpus: Corpus, labels: readonly QuoteLabels[], pages: readonly PageQuotes[], mode: string, split: string): QuoteFigures {
  const eventOf = new Map(corpus.articles.map((a) => [a.key, a.event]));
  const figures: QuoteFigures = { corpus: corpus.name, split, mode, pages: 0, sharedQuotes: 0, pairs: { expected: 0, grouped: 0 }, quotesGrouped: 0, groups: { right: 0, judged: 0, unjudged: 0, byJudgement: new Map() }, items: [], missed: [] };
  const byKey = new Map(pages.map((p) => [p.key, p]));
  for (const label of labels) {
    for (const key of label.articles) {
      const page = byKey.get(key);
      if (!page || eventOf.get(key) !== label.event) continue;
      figures.pages++;
      for (const group of page.section) {
        const judged = judgeGroup(label, page, group);
        if (!judged) continue;
        figures.items.push(judged);
        figures.groups.byJudgement.set(judged.judgement, (figures.groups.byJudgement.get(judged.judgement) ?? 0) + 1);
        if (judged.judgement === 'unjudged') figures.groups.unjudged++;
        else {
          figures.groups.judged++;
          if (judged.judgement === 'right') figures.groups.right++;
        }
      }
    }
    for (const quote of label.quotes) {
      const carriers = Object.keys(quote.renderings).filter((k) => label.articles.includes(k));
      if (carriers.length < 2) continue;
      figures.sharedQuotes++;
      let all = true;
      for (const p of carriers) {
        const page = byKey.get(p);
        for (const o of carriers) {
          if (o === p) continue;
          figures.pairs.expected++;
          const together = page?.section.some((g) => {
            const holds = (k: string) => g.renderings.some((r) => page.keyOf(r.articleId) === k && labelsOf(label, k, r.text).some((q) => q.id === quote.id));
            return holds(p) && holds(o);
          });
          if (together) figures.pairs.grouped++;
          else {
            all = false;
            figures.missed.push(`${label.event}/${quote.id}: page ${p} without ${o}`);
          }
        }
      }
      if (all) figures.quotesGrouped++;
    }
  }
  return figures;
}

const SPLITS = ['tune', 'heldout', 'fresh'] as const;

export function evaluateQuotes(modes: readonly LabelMode[] = ['gold', 'pipeline']): QuoteFigures[] {
  const build = (corpus: Corpus, events: ReadonlySet<string>, mode: LabelMode) => (mode === 'gold' ? goldQuotes(corpus, events) : pipelineQuotes(corpus, events));
  return judgedBySplit([seedCorpus(), wclCorpus()], loadQuoteLabels(), modes, SPLITS, build, judgeQuotes);
}

const pct = (a: number, b: number) => percent(a, b);

export function printQuotes(rows: readonly QuoteFigures[]): void {
  console.log(`${'corpus'.padEnd(10)} ${'split'.padEnd(8)} ${'mode'.padEnd(9)} pages shared | ${'pairs grouped'.padEnd(16)} ${'quotes grouped'.padEnd(16)} | verdicts right`);
  for (const r of rows) {
    console.log(
      `${r.corpus.padEnd(10)} ${r.split.padEnd(8)} ${r.mode.padEnd(9)} ${String(r.pages).padStart(5)} ${String(r.sharedQuotes).padStart(6)} | ${`${pct(r.pairs.grouped, r.pairs.expected)} ${r.pairs.grouped}/${r.pairs.expected}`.padEnd(16)} ${`${pct(r.quotesGrouped, r.sharedQuotes)} ${r.quotesGrouped}/${r.sharedQuotes}`.padEnd(16)} | ${pct(r.groups.right, r.groups.judged)} ${r.groups.right}/${r.groups.judged} ?${r.groups.unjudged}`,
    );
  }
  console.log('  pairs grouped: (page, other outlet) pairs over the shared quotes whose renderings the page\'s section puts in one group; quotes grouped: shared quotes with every pair grouped.');
  console.log('  verdicts right: groups with two or more labelled outlets that are one statement with a fitting verdict (? = short phrases or reported speech only).');
  const reasons = rows.map((r) => `  ${r.corpus} ${r.split} ${r.mode}: ${[...r.groups.byJudgement].filter(([j]) => j !== 'right' && j !== 'unjudged').map(([j, n]) => `${j} ${n}`).join(', ') || '-'}`);
  console.log(`Why groups were wrong:\n${reasons.join('\n')}`);
}

if (process.argv[1]?.endsWith('quotes.ts') || process.argv.includes('--quotes')) {
  const args = process.argv.slice(2);
  const modes = args.includes('--gold') ? (['gold'] as const) : args.includes('--pipeline') ? (['pipeline'] as const) : (['gold', 'pipeline'] as const);
  const rows = evaluateQuotes(modes);
  printQuotes(rows);
  if (args.includes('--wrong') || args.includes('--all')) {
    for (const r of rows) {
      for (const i of r.items.filter((x) => args.includes('--all') || (x.judgement !== 'right' && x.judgement !== 'unjudged'))) {
        console.log(`[${r.corpus} ${r.split} ${r.mode}] page ${i.page} ${i.speaker}: ${i.verdict} -> ${i.judgement} (${i.why})`);
        for (const x of i.renderings) console.log(`    <${x.key}${x.indirect ? ' reported' : ''}> ${x.text.slice(0, 150)}`);
      }
    }
  }
  if (args.includes('--missed')) for (const r of rows) for (const m of r.missed) console.log(`[${r.corpus} ${r.split} ${r.mode}] missed ${m}`);
}
