// The match index line of a version 5 pack: columns, not one row per article.
//
// One JSON object. The vocabularies and the record shapes are lists of text as in version 4;
// each article field is one column: its text fields as lists (null where absent), its numbers
// as one number text each (number-text.ts), lists of numbers per article as a column of lengths
// and a column of all their numbers one article after the other. A 100,000-article index is so
// a few dozen JSON values, read into typed arrays in one pass each, where version 4's rows made
// some twenty million; README.md ("Corpus pack format") describes every column.
import { list, PackError, text } from '../analysis/schema.js';
import { NEIGHBOURS, type Neighbour } from '../match/neighbours.js';
import type { DevelopmentColumns, MentionTense } from '../match/development.js';
import { articleTermsOf, BACKGROUND_DIGEST, SearchColumnsReader, type CompactTerms, type SearchColumns, type TextList } from '../match/term-index.js';
import { LazyFeaturesArticle, type FeatureMakers } from '../match/on-first-read.js';
import { articleDate, DATE_SOURCES, type DateColumns, type KnownDate } from '../match/dates.js';
import { PACK_LIMITS } from './limits.js';
import { ROLE_SENTENCE_CHARS } from '../english/roles.js';
import { LazyTexts } from './index-bytes.js';
import { articleId, isoDate, term, title, webUrl } from './article-schema.js';
import { MAX_SHAPES } from './compact.js';
import { base64At24, base64Of24, checkUint32Base64, float64Base64, float64sOfBase64, NumberText, numberText, readAllNumbers, readNumbers, Uint16Base64, uint16sOfBase64, Uint32Base64, uint32sAt, WORD_ESCAPE, wordsOfNumbers, type Base64Decoder } from './number-text.js';
import type { PackArticle } from './pack.js';

/** What an index entry is written from: an article's metadata and match features (pack-file.ts IndexRowSource). */
export interface IndexColumnSource {
  id: string;
  title: string;
  source?: string | undefined;
  url?: string | undefined;
  publishedAt?: string | undefined;
  wordCount: number;
  anchors: readonly string[];
  mentions: Record<string, MentionTense>;
  fingerprint: readonly number[];
  dateText?: string | undefined;
  /** The act its lead reports, as the relation decision reads it (english/roles.ts `leadActText`), if any. */
  leadAct?: string | undefined;
}

/** Article neighbours as flat arrays: article i's are `articles[starts[i] .. starts[i + 1])`, similarities alongside. */
export interface NeighbourColumns {
  starts: Uint32Array;
  articles: Uint32Array;
  similarities: Float64Array;
}

/**
 * Zigzag: a neighbour is written as its distance from the article in pack order, made whole
 * (0, -1, 1, -2... as 0, 1, 2, 3...): coverage of one event is usually built together, so the
 * distances are small where article numbers are not.
 */
const zigzag = (step: number): number => (step >= 0 ? 2 * step : -2 * step - 1);
/**
 * A stored date as one number below 2^24 (four base64 characters, read by place when first asked
 * for: nothing is decoded at load): 0 when no date is known; 1 when the date is not stored (a first
 * day before DATE_ORIGIN or 478 years after it, or a span of more than 31 days: read from the article
 * then); else 2 + ((first day - DATE_ORIGIN) × 32 + days of span) × 3 + where it was read (DATE_SOURCES).
 */
function dateCode(date: KnownDate | undefined): number {
  if (!date) return 0;
  const day = date.first - DATE_ORIGIN;
  const span = date.last - date.first;
  const code = 2 + ((day * 32 + span) * 3 + DATE_SOURCES.indexOf(date.from));
  return day >= 0 && span >= 0 && span < 32 && code < 2 ** 24 ? code : 1;
}

function dateOfCode(code: number): KnownDate | null | undefined {
  if (code === 0) return null;
  if (code === 1) return undefined;
  const rest = code - 2;
  const from = DATE_SOURCES[rest % 3]!;
  const daySpan = Math.floor(rest / 3);
  const first = DATE_ORIGIN + Math.floor(daySpan / 32);
  return { first, last: first + (daySpan % 32), from };
}

/** The day (1900-01-01, in days since 1970) from which a stored date's first day is counted. */
const DATE_ORIGIN = -25_567;

/** An article as the match index describes it, for its date: what matching reads it from without the index's dates. */
function matchOnlyDated(article: IndexColumnSource): { publishedAt?: string; url?: string; paragraphs: readonly string[] } {
  const dated: { publishedAt?: string; url?: string; paragraphs: readonly string[] } = { paragraphs: article.dateText ? [article.dateText] : [] };
  if (article.publishedAt) dated.publishedAt = article.publishedAt;
  if (article.url) dated.url = article.url;
  return dated;
}

/** A version 5 match index being written, an article at a time, in pack order. */
export class IndexColumnsWriter {
  private readonly ids: string[] = [];
  private readonly titles: string[] = [];
  private readonly sources: (string | null)[] = [];
  private readonly urls: (string | null)[] = [];
  private readonly publishedAt: (string | null)[] = [];
  private readonly dateTexts: (string | null)[] = [];
  private readonly leadActs: (string | null)[] = [];
  private readonly dates: string[] = [];
  private readonly wordCounts = new NumberText();
  private readonly termLengths = new NumberText();
  private readonly termSteps = new Uint16Base64();
  private readonly termCounts = new NumberText();
  private readonly fingerprintLengths = new NumberText();
  private readonly fingerprints = new Uint32Base64();
  private readonly anchorLengths = new NumberText();
  private readonly anchors = new NumberText();
  private readonly mentionLengths = new NumberText();
  private readonly mentions = new NumberText();
  private readonly mentionCounts = new NumberText();
  private readonly neighbourLengths = new NumberText();
  private readonly neighbours = new NumberText();
  private readonly similarities = new NumberText();

  /** One article's entry: its terms as ascending vocabulary numbers with their counts, its names numbered by `nameNumber`. */
  add(article: IndexColumnSource, termNumbers: ArrayLike<number>, counts: ArrayLike<number>, nameNumber: (name: string) => number, neighbours: readonly Neighbour[]): void {
    const i = this.ids.length;
    this.addEntry(article, nameNumber);
    this.addTerms(termNumbers, counts);
    this.addNeighbours(i, neighbours);
  }

  /**
   * An article's metadata, fingerprint and names (numbered by `nameNumber`, its anchors first):
   * everything but its terms and its neighbours, which a builder knows only once every article is
   * in. Each column is written in pack order on its own, so the builder writes these at once and
   * keeps no object per article.
   */
  addEntry(article: IndexColumnSource, nameNumber: (name: string) => number): void {
    this.ids.push(article.id);
    this.titles.push(article.title);
    this.sources.push(article.source ?? null);
    this.urls.push(article.url ?? null);
    this.publishedAt.push(article.publishedAt ?? null);
    this.dateTexts.push(article.dateText ?? null);
    this.leadActs.push(article.leadAct || null);
    this.addDate(articleDate(matchOnlyDated(article)));
    this.wordCounts.push(article.wordCount);
    this.fingerprintLengths.push(article.fingerprint.length);
    for (const hash of article.fingerprint) this.fingerprints.push(hash);
    this.anchorLengths.push(article.anchors.length);
    for (const anchor of article.anchors) this.anchors.push(nameNumber(anchor));
    let mentionCount = 0;
    for (const name in article.mentions) {
      const t = article.mentions[name]!;
      // A name mentioned once in no tense (most are) is its number doubled; any other, doubled plus one, with its three counts in mentionCounts.
      const plain = t.future === 0 && t.past === 0 && t.other === 1;
      this.mentions.push(2 * nameNumber(name) + (plain ? 0 : 1));
      if (!plain) for (const n of [t.future, t.past, t.other]) this.mentionCounts.push(n);
      mentionCount++;
    }
    this.mentionLengths.push(mentionCount);
  }

  /** The next article's date (`dates`): four characters of base64 (dateCode). */
  private addDate(date: KnownDate | undefined): void {
    this.dates.push(base64Of24(dateCode(date)));
  }

  /** The next article's terms (articles in pack order): ascending vocabulary numbers, `counts[k]` the count of term `termNumbers[k]`. */
  addTerms(termNumbers: ArrayLike<number>, counts: ArrayLike<number>, from = 0, to = termNumbers.length): void {
    this.termLengths.push(to - from);
    for (let k = from; k < to; k++) {
      // A term's step from the one before (from 0 for the first), doubled, plus one when its count follows in termCounts: a term counted once (most are) costs no count.
      const step = k === from ? termNumbers[k]! : termNumbers[k]! - termNumbers[k - 1]!;
      const once = counts[k] === 1;
      this.termSteps.push(2 * step + (once ? 0 : 1));
      if (!once) this.termCounts.push(counts[k]!);
    }
  }

  /** Article i's neighbours (articles in pack order), best first. */
  addNeighbours(i: number, neighbours: readonly Neighbour[]): void {
    this.neighbourLengths.push(neighbours.length);
    for (const [j, similarity] of neighbours) {
      this.neighbours.push(zigzag(j - i));
      this.similarities.push(Math.round(similarity * 1000));
    }
  }

  /**
   * The match index line: the vocabularies, the record shapes and every column. Joined as text:
   * never one JSON.stringify of one huge value. With `lengths` (each article's vector length under
   * the weighting `BACKGROUND_DIGEST` names, as the loader would sum it), the loader places no
   * posting before a query meets its term (term-index.ts SearchColumnsReader).
   */
  line(terms: readonly string[], frequencies: ArrayLike<number>, names: readonly string[], shapes: readonly (readonly string[])[], lengths?: ArrayLike<number>): string {
    const json = asciiJson;
    const stored = lengths ? `"weighting":${json(BACKGROUND_DIGEST)},"vectorLengths":"${float64Base64(lengths)}",` : '';
    return (
      `{"terms":${json(terms)},"documentFrequency":"${numberText(frequencies)}","names":${json(names)},"shapes":${json(shapes)},` +
      `"ids":${json(this.ids)},"titles":${json(this.titles)},"sources":${json(this.sources)},"urls":${json(this.urls)},` +
      `"publishedAt":${json(this.publishedAt)},"dateTexts":${json(this.dateTexts)},"leadActs":${json(this.leadActs)},${stored}` +
      `"dates":"${this.dates.join('')}","wordCounts":"${this.wordCounts.text()}",` +
      `"termLengths":"${this.termLengths.text()}","termSteps16":"${this.termSteps.text()}","termCounts":"${this.termCounts.text()}",` +
      `"fingerprintLengths":"${this.fingerprintLengths.text()}","fingerprints":"${this.fingerprints.text()}",` +
      `"anchorLengths":"${this.anchorLengths.text()}","anchors":"${this.anchors.text()}",` +
      `"mentionLengths":"${this.mentionLengths.text()}","mentions":"${this.mentions.text()}","mentionCounts":"${this.mentionCounts.text()}",` +
      `"neighbourLengths":"${this.neighbourLengths.text()}","neighbours":"${this.neighbours.text()}","similarities":"${this.similarities.text()}"}`
    );
  }
}

/**
 * JSON with every character past ASCII escaped (\\u00e9): the same values once parsed, and an
 * index line all ASCII is decoded from a file's bytes and parsed about three times faster
 * (100,000 articles: 180 -> 60 ms to decode, 140 -> 100 ms to parse).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---------------------------------------------------------------- reading

/**
 * A version 5 match index, read and checked, column by column as stored (pack-file.ts makes the match layer's
 * `IndexColumns` from it: a name of its own, so the two are not taken for one another).
 */
export interface StoredIndexColumns {
  /** Every article as matching reads it: without its text and analyses, the piece of text that states its date standing for its paragraphs. */
  articles: PackArticle[];
  terms: CompactTerms;
  /** The terms' search columns, made as they were read (when the document frequencies count the postings exactly). */
  search?: SearchColumns;
  neighbours: NeighbourColumns;
  /** The articles' anchors and mentions by name number, as the relation decision compares them (development.ts corpusDevelopment). */
  development: DevelopmentColumns;
  /** The articles' dates, where the index stores them. */
  dates?: DateColumns;
  shapes: string[][];
}

/**
 * A vocabulary (terms or names), checked as `list(term, PACK_LIMITS.vocabulary)` checks it, in one
 * loop that names an entry only to refuse it: a million terms each given its own "terms[i]" cost
 * more than the checks. The list is kept as JSON.parse made it.
 */
function vocabulary(data: unknown, where: string): string[] {
  if (!Array.isArray(data)) throw new PackError(`${where} must be a list`);
  if (data.length > PACK_LIMITS.vocabulary) throw new PackError(`${where} has more than ${PACK_LIMITS.vocabulary} entries`);
  for (let i = 0; i < data.length; i++) {
    const entry: unknown = data[i];
    if (typeof entry !== 'string' || entry.length > PACK_LIMITS.idChars) term(entry, `${where}[${i}]`);
  }
  return data as string[];
}

/**
 * The vocabulary of terms, checked: a vocabulary (`vocabulary`) in code-unit order, each term once.
 * Read from the line's bytes (index-bytes.ts), it is LazyTexts, checked and ordered as it was read.
 */
function termVocabulary(data: unknown): TextList {
  if (data instanceof LazyTexts) {
    if (!data.ascending) throw new PackError(TERMS_OUT_OF_ORDER);
    return data;
  }
  const terms = vocabulary(data, 'terms');
  for (let t = 1; t < terms.length; t++) if (!(terms[t - 1]! < terms[t]!)) throw new PackError(TERMS_OUT_OF_ORDER);
  return terms;
}

const TERMS_OUT_OF_ORDER = '"terms" must be in order, each once';

const shapeList = list(list(text(300), 1_000), MAX_SHAPES);

/**
 * An address of the plainest form: http(s), a host of letters, digits, hyphens and dots whose
 * last label starts with a letter (never an IPv4 address), no port or user, then printable ASCII
 * alone. Every such address passes webUrl, except a host with a punycode label ("xn--"), which
 * the URL parser may refuse. Told apart by one expression, without the URL parser (2 to 3 µs
 * an address, a quarter of a second for 100,000 articles).
 */
const PLAIN_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#][\x21-\x7e]*)?$/i;

/** webUrl, with plain addresses (PLAIN_URL) accepted at once. */
function plainOrWebUrl(data: unknown, where: string): string {
  if (typeof data === 'string' && data.length <= PACK_LIMITS.urlChars && PLAIN_URL.test(data) && !/xn--/i.test(data)) return data;
  return webUrl(data, where);
}

/**
 * A list of one text (or null, where `nullable`) per article, each checked by `schema`. What a
 * refusal says (which article, which field) is put together for a refused value only: a string
 * per article would cost more than the checks.
 */
function textColumn<T>(data: unknown, name: string, articleCount: number, schema: (value: unknown, where: string) => T, nullable: boolean): (T | null)[] {
  if (!Array.isArray(data) || data.length !== articleCount) throw new PackError(`"${name}" of the match index must list the header's ${articleCount} articles`);
  const out: (T | null)[] = new Array(articleCount);
  for (let i = 0; i < articleCount; i++) {
    const value: unknown = data[i];
    if (nullable && value === null) out[i] = null;
    else {
      try {
        out[i] = schema(value, name);
      } catch (error) {
        if (!(error instanceof PackError)) throw error;
        // The same check again, to be refused with the article's place in the message.
        out[i] = schema(value, name === 'ids' ? `article ${i + 1}` : `article ${i + 1}: ${name}`);
      }
    }
  }
  return out;
}

/**
 * A check that passes each value it accepted once without checking it again: many articles share
 * a publication date (a year of news has 365 of them), and checking a date cost about 0.5 µs.
 */
function onceEach<T>(schema: (value: unknown, where: string) => T): (value: unknown, where: string) => T {
  const accepted = new Map<unknown, T>();
  return (value, where) => {
    let checked = accepted.get(value);
    if (checked === undefined) accepted.set(value, (checked = schema(value, where)));
    return checked;
  };
}

/** Where each article's run of a column starts, from the column of lengths; checks each length against `most`. */
function startsOf(lengths: Uint32Array, most: number, name: string): Uint32Array {
  const starts = new Uint32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) {
    if (lengths[i]! > most) throw new PackError(`article ${i + 1}: more than ${most} ${name}`);
    starts[i + 1] = starts[i]! + lengths[i]!;
  }
  return starts;
}

/**
 * The term steps as 16-bit words (number-text.ts Uint16Base64): the `termSteps16` column decoded
 * by a native base64 decoder (`base64`, or the runtime's), or a pack's `termSteps` number text
 * (written before stop 27), its numbers turned into the same words. A pack with both is refused:
 * no build writes both, and which to read would be a guess.
 */
function stepWords(root: Record<string, unknown>, total: number, base64?: Base64Decoder): { words: Uint16Array; where: string } {
  if (root.termSteps16 !== undefined) {
    if (root.termSteps !== undefined) throw new PackError('the match index holds both "termSteps" and "termSteps16": one of them only');
    return { words: uint16sOfBase64(root.termSteps16, '"termSteps16"', base64), where: '"termSteps16"' };
  }
  return { words: wordsOfNumbers(readAllNumbers(root.termSteps, total, '"termSteps"')), where: '"termSteps"' };
}

/**
 * Every article's terms, checked (ascending, within the vocabulary), as compact terms, with their
 * search columns made in the same pass (SearchColumnsReader) when the document frequencies count
 * the postings exactly (a built pack's do): no second pass over them to index them. The steps
 * are read as 16-bit words (`stepWords`), one word a term but for a step of 65,535 or more.
 */
function termsOf(root: Record<string, unknown>, articleCount: number, vocabularySize: number, frequency: Uint32Array, terms: TextList, lengths?: Float64Array, base64?: Base64Decoder): { compact: CompactTerms; search?: SearchColumns } {
  const offsets = startsOf(readNumbers(root.termLengths, articleCount, '"termLengths"'), PACK_LIMITS.termsPerArticle, 'terms');
  const total = offsets[articleCount]!;
  // Counts other than one, in the order of the terms they belong to.
  const written = readAllNumbers(root.termCounts, total, '"termCounts"');
  let largest = 1;
  for (let c = 0; c < written.length; c++) if (written[c]! > largest) largest = written[c]!;
  // Each column in the narrowest array that holds it, chosen before it is filled.
  const ids = vocabularySize <= 2 ** 8 ? new Uint8Array(total) : vocabularySize <= 2 ** 16 ? new Uint16Array(total) : new Uint32Array(total);
  const counts = largest < 2 ** 8 ? new Uint8Array(total) : largest < 2 ** 16 ? new Uint16Array(total) : new Uint32Array(total);
  const { words, where } = stepWords(root, total, base64);
  const length = words.length;
  const search = SearchColumnsReader.of(terms, frequency, articleCount, total, counts);
  // The next word of the steps.
  let at = 0;
  let c = 0;
  for (let i = 0; i < articleCount; i++) {
    let id = -1;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      if (at === length) throw new PackError(`${where} holds fewer numbers than expected (only ${k})`);
      let step = words[at++]!;
      if (step === WORD_ESCAPE) {
        if (at + 2 > length) throw new PackError(`${where} ends in the middle of a number`);
        step = (words[at]! | (words[at + 1]! << 16)) >>> 0;
        at += 2;
      }
      // Halved by an unsigned shift, exact for any number a column holds (below 2^32).
      const next = id < 0 ? step >>> 1 : id + (step >>> 1);
      if (next <= id || next >= vocabularySize) throw new PackError(`article ${i + 1}: terms: term number ${next} is not a term of the pack, in order`);
      ids[k] = id = next;
      let count = 1;
      if (step & 1) {
        if (c === written.length) throw new PackError(`"termCounts" holds fewer than the counts ${where} asks for`);
        count = written[c++]!;
      }
      counts[k] = count;
      if (search) search.add(i, next, count);
    }
  }
  if (at < length) throw new PackError(`${where} holds more than the ${total} numbers expected`);
  if (c !== written.length) throw new PackError(`"termCounts" holds ${written.length} counts, not the ${c} ${where} asks for`);
  const compact: CompactTerms = { vocabulary: terms, frequency, offsets, ids, counts };
  const columns = search?.columns(lengths);
  return columns ? { compact, search: columns } : { compact };
}

/** A list of texts read by place: a list in memory, or LazyTexts. */
interface Texts {
  readonly length: number;
  at(i: number): string;
}

function textsAt(list: readonly string[]): Texts {
  return { length: list.length, at: (i) => list[i]! };
}

/** Mentions as read: article i's are `names[starts[i] .. starts[i + 1])` (name number doubled, plus one when its three counts are in `counts` from `countStarts[i]`). */
interface MentionColumns {
  starts: Uint32Array;
  names: Uint32Array;
  countStarts: Uint32Array;
  counts: Uint32Array;
}

/** Every article's mentions, checked: names of the pack, three counts for each name that is not mentioned once in no tense. */
function mentionsOf(root: Record<string, unknown>, articleCount: number, nameCount: number): MentionColumns {
  const starts = startsOf(readNumbers(root.mentionLengths, articleCount, '"mentionLengths"'), PACK_LIMITS.termsPerArticle, 'mentions');
  const names = readNumbers(root.mentions, starts[articleCount]!, '"mentions"', 2 * nameCount - 1);
  const countStarts = new Uint32Array(articleCount + 1);
  for (let i = 0; i < articleCount; i++) {
    let counted = 0;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) counted += names[k]! & 1;
    countStarts[i + 1] = countStarts[i]! + 3 * counted;
  }
  const counts = readNumbers(root.mentionCounts, countStarts[articleCount]!, '"mentionCounts"');
  return { starts, names, countStarts, counts };
}

/** Article i's mentions, as a map without a prototype. */
function mentionMap(m: MentionColumns, i: number, names: Texts): Record<string, MentionTense> {
  const made: Record<string, MentionTense> = Object.create(null);
  let c = m.countStarts[i]!;
  for (let k = m.starts[i]!; k < m.starts[i + 1]!; k++) {
    const name = names.at(m.names[k]! >>> 1);
    if (m.names[k]! & 1) {
      made[name] = { future: m.counts[c]!, past: m.counts[c + 1]!, other: m.counts[c + 2]! };
      c += 3;
    } else made[name] = { future: 0, past: 0, other: 1 };
  }
  return made;
}

/** The anchors and mentions as development.ts reads them, without making their names. */
function developmentColumns(names: Texts, anchorStarts: Uint32Array, anchors: ArrayLike<number>, m: MentionColumns): DevelopmentColumns {
  return {
    names,
    anchorStarts,
    anchors,
    eachMention(i, visit) {
      let c = m.countStarts[i]!;
      for (let k = m.starts[i]!; k < m.starts[i + 1]!; k++) {
        const code = m.names[k]!;
        if (code & 1) {
          visit(code >>> 1, m.counts[c]!, m.counts[c + 1]!, m.counts[c + 2]!);
          c += 3;
        } else visit(code >>> 1, 0, 0, 1);
      }
    },
  };
}

/** Every article's neighbours, checked: other articles of the pack, each listed once, similarities in thousandths up to 1000. */
function neighboursOf(root: Record<string, unknown>, articleCount: number): NeighbourColumns {
  const starts = startsOf(readNumbers(root.neighbourLengths, articleCount, '"neighbourLengths"'), NEIGHBOURS, 'neighbours');
  const total = starts[articleCount]!;
  const steps = readNumbers(root.neighbours, total, '"neighbours"');
  const thousandths = readNumbers(root.similarities, total, '"similarities"');
  const articles = new Uint32Array(total);
  const similarities = new Float64Array(total);
  // Which article last listed each article, plus one: a neighbour listed twice in one list is found without a look back.
  const listedBy = new Uint32Array(articleCount);
  for (let i = 0; i < articleCount; i++) {
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      const step = steps[k]!;
      const j = i + (step & 1 ? -((step + 1) / 2) : step / 2);
      if (j < 0 || j >= articleCount || j === i || listedBy[j] === i + 1) throw new PackError(`neighbours of article ${i + 1}: ${j} is not another article of the pack, listed once`);
      listedBy[j] = i + 1;
      if (thousandths[k]! > 1000) throw new PackError(`neighbours of article ${i + 1}: the similarity ${thousandths[k]} must be a whole number of thousandths from 0 to 1000`);
      articles[k] = j;
      similarities[k] = thousandths[k]! / 1000;
    }
  }
  return { starts, articles, similarities };
}

/**
 * The articles' vector lengths a built pack stores (`vectorLengths`), when they were worked out
 * under this build's weighting (`weighting`, BACKGROUND_DIGEST); checked when present (finite, one
 * per article). Without them, or under another weighting, they are summed as the terms are placed.
 */
function storedLengths(root: Record<string, unknown>, articleCount: number): Float64Array | undefined {
  if (root.vectorLengths === undefined) return undefined;
  const lengths = float64sOfBase64(root.vectorLengths, articleCount, '"vectorLengths"');
  if (typeof root.weighting !== 'string') throw new PackError('"weighting" must name the weighting the vector lengths were worked out under');
  return root.weighting === BACKGROUND_DIGEST ? lengths : undefined;
}

/**
 * The articles' dates a pack stores (`dates`, written since stop 22), checked when present: four
 * base64 characters per article, each read when matching first asks for it. Without them matching
 * reads each listed article's date from its address, publication date or stated date.
 */
function storedDates(root: Record<string, unknown>, articleCount: number): DateColumns | undefined {
  if (root.dates === undefined) return undefined;
  const text = root.dates;
  if (typeof text !== 'string' || text.length !== 4 * articleCount || !/^[A-Za-z0-9+/]*$/.test(text))
    throw new PackError(`"dates" must be four base64 characters for each of the header's ${articleCount} articles`);
  // Decoded when matching first asks for an article's date, once: matching asks again for the dates of the articles it lists.
  const made: (KnownDate | null | undefined)[] = [];
  return { length: articleCount, at: (i) => (i in made ? made[i] : (made[i] = dateOfCode(base64At24(text, 4 * i)))) };
}

/**
 * A version 5 match index, parsed from its line's JSON, checked column by column against the header's article count;
 * `base64` is the runtime's own base64 decoder, where the caller has one (the CLI: Node's).
 */
export function readIndexColumns(root: Record<string, unknown>, articleCount: number, base64?: Base64Decoder): StoredIndexColumns {
  const terms = termVocabulary(root.terms);
  const frequency = readNumbers(root.documentFrequency, terms.length, '"documentFrequency"');
  // Names made when first read where the index was read from its bytes (index-bytes.ts).
  const names = root.names instanceof LazyTexts ? root.names : textsAt(vocabulary(root.names, 'names'));
  const shapes = shapeList(root.shapes, 'shapes');
  const ids = textColumn(root.ids, 'ids', articleCount, articleId, false) as string[];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new PackError(`article id "${id}" appears twice`);
    seen.add(id);
  }
  const titles = textColumn(root.titles, 'titles', articleCount, title, false) as string[];
  const sources = textColumn(root.sources, 'sources', articleCount, text(PACK_LIMITS.titleChars), true);
  const urls = textColumn(root.urls, 'urls', articleCount, plainOrWebUrl, true);
  const publishedAt = textColumn(root.publishedAt, 'publishedAt', articleCount, onceEach(isoDate), true);
  const dateTexts = textColumn(root.dateTexts, 'dateTexts', articleCount, text(200), true);
  // An index written before stop 28 keeps no lead acts: its articles' events are not read as roles.
  const leadActs = root.leadActs === undefined ? undefined : textColumn(root.leadActs, 'leadActs', articleCount, text(ROLE_SENTENCE_CHARS), true);
  const dates = storedDates(root, articleCount);
  const wordCounts = readNumbers(root.wordCounts, articleCount, '"wordCounts"', PACK_LIMITS.wordsPerArticle);
  const { compact, search } = termsOf(root, articleCount, terms.length, frequency, terms, storedLengths(root, articleCount), base64);
  const fingerprintStarts = startsOf(readNumbers(root.fingerprintLengths, articleCount, '"fingerprintLengths"'), PACK_LIMITS.fingerprintLength, 'fingerprint hashes');
  const fingerprints = checkUint32Base64(root.fingerprints, fingerprintStarts[articleCount]!, '"fingerprints"');
  const anchorStarts = startsOf(readNumbers(root.anchorLengths, articleCount, '"anchorLengths"'), PACK_LIMITS.termsPerArticle, 'anchors');
  const anchors = readNumbers(root.anchors, anchorStarts[articleCount]!, '"anchors"', names.length - 1);
  const mentions = mentionsOf(root, articleCount, names.length);
  const neighbours = neighboursOf(root, articleCount);
  const articles = new Array<PackArticle>(articleCount);
  // Maps and lists made when first read: matching reads those of the articles it lists only.
  const makers: FeatureMakers = {
    terms: (i) => articleTermsOf(compact, i),
    anchors: (i) => Array.from(anchors.subarray(anchorStarts[i]!, anchorStarts[i + 1]!), (n) => names.at(n)),
    mentions: (i) => mentionMap(mentions, i, names),
    fingerprint: (i) => uint32sAt(fingerprints, fingerprintStarts[i]!, fingerprintStarts[i + 1]! - fingerprintStarts[i]!),
  };
  for (let i = 0; i < articleCount; i++) {
    const stated = dateTexts[i];
    const article = new LazyFeaturesArticle(ids[i]!, titles[i]!, stated ? [stated] : [], wordCounts[i]!, makers, i);
    if (sources[i] !== null) article.source = sources[i]!;
    if (urls[i] !== null) article.url = urls[i]!;
    if (publishedAt[i] !== null) article.publishedAt = publishedAt[i]!;
    article.leadAct = leadActs?.[i] ?? '';
    articles[i] = article as unknown as PackArticle;
  }
  const development = developmentColumns(names, anchorStarts, anchors, mentions);
  const read: StoredIndexColumns = { articles, terms: compact, neighbours, development, shapes };
  if (search) read.search = search;
  if (dates) read.dates = dates;
  return read;
}
