// Distinct synthetic articles made from real ones, for the pack table (packs.ts, pack-child.ts).
// A plain copy of a real article shares every term with every other copy, so in a 100,000-article
// pack of copies even an article's rarest terms sit in a hundred articles, which no real year of
// news looks like: there each event brings its own rare names and figures. Here copy c of a real
// article has the text of the real one with its rare names and rare figures replaced by invented
// ones, chosen per copy: the copies of one real event's articles (one synthetic event of a few
// articles) share their invented names and figures, as the real articles of that event share
// the real ones, and no other copy has them. Words common in the real corpus (names held by many
// of its articles, "Monday", "U.S.", years, round numbers) stay, as they recur all year in real news.
// Each synthetic event gets a date of its own within one year. The matcher then reads the
// synthetic text itself (matchFeatures), so its terms are exactly those of that text.
import { stem } from '../../src/core/text/tokens.js';
import { namesIn } from '../../src/core/english/names.js';
import { sentenceSpans } from '../../src/core/text/sentences.js';
import { figureTerms } from '../../src/core/match/features.js';
import type { Article } from '../../src/core/types.js';
import { articleFromPlainText, articleFromRecord } from '../../src/core/article.js';
import { ecbRecords, wclRecords } from '../../tests/helpers.js';

export interface RealArticle {
  id: string;
  /** The real event it reports (ECB+ and NewsWCL50 give one): its copies form one synthetic event. */
  event: string;
  article: Article;
}

/** A name or figure held by at least this share of the real articles is common: it is left as it is. */
const COMMON_SHARE = 0.02;
const FIRST_DAY = Date.UTC(2025, 0, 1);
const DAY_MS = 86_400_000;

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const NAME_SYLLABLES = 4;

/** The n-th invented name, a word of four syllables ("Bakedofu"): different numbers give different words. */
export function inventedName(n: number): string {
  let word = '';
  for (let s = 0, rest = n; s < NAME_SYLLABLES; s++, rest = Math.floor(rest / SYLLABLES.length)) word += SYLLABLES[rest % SYLLABLES.length]!;
  return word[0]!.toUpperCase() + word.slice(1);
}

const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}]+/gu;
const DIGITS = /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}])/gu;

function namesOf(article: Article): Set<string> {
  const names = new Set<string>();
  for (const paragraph of [article.title, ...article.paragraphs])
    for (const { text } of sentenceSpans(paragraph)) for (const { name } of namesIn(text)) names.add(name);
  return names;
}

function figuresOf(article: Article): Set<string> {
  const figures = new Set<string>();
  for (const text of [article.title, ...article.paragraphs]) for (const term of figureTerms(text)) if (term.startsWith('num:')) figures.add(term);
  return figures;
}

/** A small deterministic hash (FNV-1a), for digits and dates that look arbitrary but repeat from run to run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Another figure of the same shape (digits, separators, first digit never 0), the same for the same copy and figure. */
function inventedFigure(figure: string, copy: number): string {
  const h = hash(`${copy}|${figure}`);
  let k = 0;
  return figure.replace(/\d/g, (d, at: number) => {
    const shifted = (Number(d) + ((h >>> (k++ % 29)) % 9) + 1) % 10;
    return at === 0 && shifted === 0 ? '1' : String(shifted);
  });
}

export class SyntheticArticles {
  /** Each rare name's number, so that copy c's invented name for it is a fixed function of both (no table grows with the copies). */
  private readonly rareNames: Map<string, number>;
  private readonly rareFigures: Set<string>;

  constructor(private readonly reals: readonly RealArticle[]) {
    const nameCount = new Map<string, number>();
    const figureCount = new Map<string, number>();
    for (const { article } of reals) {
      for (const name of namesOf(article)) nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
      for (const figure of figuresOf(article)) figureCount.set(figure, (figureCount.get(figure) ?? 0) + 1);
    }
    const common = Math.max(2, COMMON_SHARE * reals.length);
    this.rareNames = new Map([...nameCount].filter(([, n]) => n < common).map(([name], i) => [name, i]));
    this.rareFigures = new Set([...figureCount].filter(([, n]) => n < common).map(([figure]) => figure));
  }

  /** Copy `copy` of real article `k`: copy 0 is the real article itself. */
  article(k: number, copy: number): { id: string; article: Article } {
    const { id, event, article } = this.reals[k]!;
    if (copy === 0) return { id, article };
    const rewrite = (text: string) => this.rewrite(text, copy);
    const synthetic: Article = { ...article, title: rewrite(article.title), paragraphs: article.paragraphs.map(rewrite) };
    // One date per synthetic event, spread over a year.
    synthetic.publishedAt = new Date(FIRST_DAY + (hash(`${copy}|${event}`) % 365) * DAY_MS).toISOString();
    delete synthetic.url;
    return { id: `${id}#${copy}`, article: synthetic };
  }

  /** A text as copy `copy` has it: its rare names and rare figures replaced by that copy's invented ones. */
  rewrite(text: string, copy: number): string {
    return text
      .replace(CAPITALISED, (word) => {
        const number = this.rareNames.get(stem(word.toLowerCase()));
        return number === undefined ? word : inventedName((copy - 1) * this.rareNames.size + number);
      })
      .replace(DIGITS, (figure) => (this.rareFigures.has(`num:${Number(figure.replace(/,/g, ''))}`) ? inventedFigure(figure, copy) : figure));
  }
}

/** The real articles the bench packs start from: every ECB+ and NewsWCL50 record, as plain-text articles with their event. */
export function realArticles(): RealArticle[] {
  const ecb = ecbRecords().map((r) => {
    const article = articleFromPlainText(`${r.title}\n\n${r.text}`);
    if (r.url) article.url = r.url;
    return { id: r.id, event: `ecb-${r.event}`, article };
  });
  const wcl = wclRecords().map((r) => ({ id: `wcl-${r.id}`, event: `wcl-${r.event}`, article: articleFromRecord(r) }));
  return [...ecb, ...wcl];
}

/** The 100 real articles every matching figure of the benches is the median over (pack-child.ts, match-passes.ts). */
export function benchQueries(): Article[] {
  const all = realArticles().map((r) => r.article);
  return Array.from({ length: 100 }, (_, q) => all[(q * 37) % all.length]!);
}
