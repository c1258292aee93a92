// A corpus pack as a file, version 5: JSON Lines in two parts.
//
//   line 1      the header: format, version, name, article count (and a feed-built pack's feed state)
//   line 2      the match index: everything ranking and the relation decision read, as columns (index-columns.ts)
//   line 3...   one record per article, in the index's order: its text and every analysis's features
//
// The header alone tells a pack's name and size (packSummary reads nothing else). The index is
// compact: terms and names are numbers into two vocabularies written once, a term list is
// written as ascending vocabulary numbers by difference, similarities as thousandths,
// fingerprints as base64. Records write the analyses' objects by shape (compact.ts). README.md
// ("Corpus pack format") describes every field. Version 4, whose match index is one JSON row
// per article, is read too (readRowIndex).
import { list, PackError, text, type Schema } from '../analysis/schema.js';
import type { AnyAnalysis } from '../analysis/contract.js';
import { ANALYSES } from '../analyses.js';
import { NEIGHBOURS, type Neighbour } from '../match/neighbours.js';
import type { DevelopmentColumns, MentionTense } from '../match/development.js';
import type { DateColumns } from '../match/dates.js';
import type { FeedState } from './feed-state.js';
import { PACK_LIMITS } from './limits.js';
import { analysisFeaturesSchema, articleId, count, describe, isoDate, paragraphs, plainRecord, term, title, webUrl, wordCount } from './article-schema.js';
import { base64ToUint32s, decodeValue, encodeValue, MAX_SHAPES, Shapes, uint32sToBase64 } from './compact.js';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type PackArticle } from './pack.js';
import { articleTermsOf, countWeight, narrowest, searchIdfs, type CompactTerms, type SearchColumns } from '../match/term-index.js';
import { lazyFeatures, madeOnFirstRead } from '../match/on-first-read.js';
import { neighbourList } from '../match/neighbours.js';
import { leadActOf } from '../match/matchable.js';
import { forgetNeighbourColumns, withIndexColumns, type IndexColumns } from '../match/index-columns.js';
import { headerLine, readHeader, type PackHeader } from './header.js';
import { dateText } from './date-text.js';
import { indexRootOfBytes } from './index-bytes.js';
import { IndexColumnsWriter, readIndexColumns, type IndexColumnSource, type NeighbourColumns, type StoredIndexColumns } from './index-columns.js';
import type { Base64Decoder } from './number-text.js';

export { headerLine, readHeader, type PackHeader };

/** What the match index holds of one article: all of it but its text and its analyses' features. */
export type IndexEntry = Omit<PackArticle, 'paragraphs' | 'features' | 'corpus'> & {
  features: PackArticle['features'];
  /** The piece of text that states its date, when it has no other (date-text.ts). */
  dateText?: string;
};

// ---------------------------------------------------------------- writing

/** One article's record line: its paragraphs and its analyses' features, objects written by shape. */
export function recordLine(article: Pick<PackArticle, 'paragraphs' | 'features'>, shapes: Shapes, analyses: readonly AnyAnalysis[] = ANALYSES): string {
  const analysed: Record<string, unknown> = {};
  for (const analysis of analyses) analysed[analysis.id] = (article.features as unknown as Record<string, unknown>)[analysis.id];
  return JSON.stringify([article.paragraphs, encodeValue(analysed, shapes)]);
}

/** What an index entry is written from: an article's metadata and match features. */
export type IndexRowSource = IndexColumnSource;

/** The names of a match index in the order first met, and each name's number in that list. */
export interface NameVocabulary {
  names: string[];
  numberOf: (name: string) => number;
}

/** An empty vocabulary that numbers each new name as it is asked for it. */
export function nameVocabulary(): NameVocabulary {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (name: string): number => {
    let n = numbers.get(name);
    if (n === undefined) numbers.set(name, (n = names.push(name) - 1));
    return n;
  };
  return { names, numberOf };
}

/** The match index line of a pack in memory: every article's metadata and match features, the document frequencies, the neighbour lists and the record shapes. */
export function indexLine(entries: readonly IndexEntry[], documentFrequency: Record<string, number>, neighbours: readonly (readonly Neighbour[])[], shapes: Shapes): string {
  const terms = Object.keys(documentFrequency).sort();
  const termIds = new Map(terms.map((t, i) => [t, i]));
  const { names, numberOf: nameId } = nameVocabulary();
  const columns = new IndexColumnsWriter();
  const frequencies = terms.map((t) => documentFrequency[t]!);
  // Each article's vector length, summed in ascending term order as the loader sums it (PackBuilder's own).
  const idfs = searchIdfs(terms, frequencies, entries.length);
  const lengths = new Float64Array(entries.length);
  entries.forEach((entry, i) => {
    const f = entry.features;
    const order = Object.entries(f.terms)
      .map(([t, n]) => {
        const id = termIds.get(t);
        if (id === undefined) throw new Error(`term "${t}" of article ${i + 1} has no document frequency`);
        return [id, n] as const;
      })
      .sort((a, b) => a[0] - b[0]);
    let sum = 0;
    for (const [id, n] of order) {
      const weight = countWeight(n) * idfs[id]!;
      sum += weight * weight;
    }
    lengths[i] = Math.sqrt(sum);
    const row: IndexRowSource = { ...entry, ...f, dateText: dateText(entry as PackArticle), leadAct: leadActOf(entry as PackArticle) };
    columns.add(row, order.map((p) => p[0]), order.map((p) => p[1]), nameId, neighbours[i] ?? []);
  });
  return columns.line(terms, frequencies, names, shapes.list, lengths);
}

/** A whole pack as version 5 text (for a pack already in memory; `corpus build` writes the parts as it goes). */
export function encodePack(pack: CorpusPack, analyses: readonly AnyAnalysis[] = ANALYSES): string {
  const shapes = new Shapes();
  const records = pack.articles.map((a) => recordLine(a, shapes, analyses));
  const header: PackHeader = { name: pack.name, articleCount: pack.articles.length };
  if (pack.reading !== undefined) header.reading = pack.reading;
  if (pack.feeds) header.feeds = pack.feeds;
  return [headerLine(header), indexLine(pack.articles, pack.documentFrequency, pack.neighbours, shapes), ...records].join('\n') + '\n';
}

// ---------------------------------------------------------------- reading

function jsonLine(line: string, what: string): unknown {
  if (line.length > PACK_LIMITS.lineChars) throw new PackError(`${what} is longer than ${PACK_LIMITS.lineChars / 1024 / 1024} MB`);
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new PackError(`${what} is not valid JSON (${(error as Error).message})`);
  }
}

export interface MatchIndexPart {
  /** Each entry's `features.terms` is made from `terms` when first read (term-index.ts). Made when first read from a version 5 index. */
  readonly entries: IndexEntry[];
  /** The articles as matching reads them, made with a version 5 index (matchOnlyPack makes them from the entries otherwise). */
  matchOnly?: readonly PackArticle[];
  /** Every article's terms as flat arrays, what matching indexes. */
  terms: CompactTerms;
  /** Their search columns, made as a version 5 index was read (matching then places no posting). */
  search?: SearchColumns;
  /** Made when first read from a version 5 index: matching reads `terms`. */
  readonly documentFrequency: Record<string, number>;
  /** Made when first read from a version 5 index: matching reads `neighbourColumns`. */
  readonly neighbours: Neighbour[][];
  /** The neighbour lists as flat arrays, as a version 5 index holds them. */
  neighbourColumns?: NeighbourColumns;
  /** The anchors and mentions by name number, as a version 5 index holds them (development.ts corpusDevelopment). */
  development?: DevelopmentColumns;
  /** The articles' dates, where a version 5 index stores them. */
  dates?: DateColumns;
  shapes: string[][];
}

const vocabulary = list(term, PACK_LIMITS.vocabulary);
const shapeList = list(list(text(300), 1_000), MAX_SHAPES);
const nullable = <T>(schema: Schema<T>): Schema<T | undefined> => (data, where) => (data === null ? undefined : schema(data, where));
const whole = (max: number): Schema<number> => (data, where) => {
  if (typeof data !== 'number' || !Number.isInteger(data) || data < 0 || data > max) throw new PackError(`${where} must be a whole number from 0 to ${max}`);
  return data;
};

/**
 * The match index line, checked against the header's article count, in the version the header
 * gives (this build's when it gives none). Given as bytes (with `decode`, UTF-8 bytes to text), a
 * version 5 line's number columns are read from its bytes, without a string of the whole line
 * (index-bytes.ts). `base64` is the runtime's own base64 decoder where the caller has one (the
 * CLI: Node's), for the term steps (`termSteps16`); without it the standard one or a loop of ours.
 */
export function readIndex(line: string | Uint8Array, header: Pick<PackHeader, 'articleCount' | 'version'>, decode?: (bytes: Uint8Array) => string, base64?: Base64Decoder): MatchIndexPart {
  if (typeof line !== 'string') {
    if (!decode) throw new Error('a match index given as bytes needs a decoder');
    if (line.length > PACK_LIMITS.lineChars) throw new PackError(`the match index is longer than ${PACK_LIMITS.lineChars / 1024 / 1024} MB`);
    const fromBytes = header.version !== 4 ? indexRootOfBytes(line, decode) : undefined;
    if (fromBytes) {
      try {
        return columnsPart(readIndexColumns(fromBytes, header.articleCount, base64));
      } catch (error) {
        // Refused as read from its bytes: read from its text, to be refused (or read) as JSON.parse reads it, in the same words.
        // The bytes' reader may refuse more (a column holding a JSON escape, which JSON.parse would have read), never less.
        if (!(error instanceof PackError)) throw error;
      }
    }
    line = decode(line);
  }
  const root = plainRecord(jsonLine(line, 'the match index'), 'the match index');
  if (header.version === 4) return readRowIndex(root, header.articleCount);
  return columnsPart(readIndexColumns(root, header.articleCount, base64));
}

/** A version 5 match index as read, with what is made only when something reads it. */
function columnsPart({ articles, terms, search, neighbours: columns, development, dates, shapes }: StoredIndexColumns): MatchIndexPart {
  let entries: IndexEntry[] | undefined;
  let lists: Neighbour[][] | undefined;
  let frequency: Record<string, number> | undefined;
  return {
    matchOnly: articles,
    terms,
    ...(search ? { search } : {}),
    shapes,
    neighbourColumns: columns,
    development,
    ...(dates ? { dates } : {}),
    // Made if a reader of every record asks for them (matchOnlyPack reads the articles).
    get entries() {
      return (entries ??= articles.map(entryOf));
    },
    get neighbours() {
      const graph = { listStarts: columns.starts, listArticles: columns.articles, listSimilarities: columns.similarities };
      return (lists ??= articles.map((_, i) => neighbourList(graph, i)));
    },
    get documentFrequency() {
      return (frequency ??= documentFrequencyOf(terms));
    },
  };
}

/**
 * A match-only article's index entry: its paragraphs, the piece of text that states its date if
 * any, as its dateText. Its features named: they are made on first read, and a spread copies own
 * properties only (on-first-read.ts LazyFeaturesArticle).
 */
function entryOf(article: PackArticle): IndexEntry {
  const { paragraphs, ...rest } = article;
  const entry: IndexEntry = { ...rest, features: article.features };
  if (paragraphs.length > 0) entry.dateText = paragraphs[0]!;
  return entry;
}

/** The document frequencies as a map without a prototype, from compact terms. */
export function documentFrequencyOf(terms: CompactTerms): Record<string, number> {
  const frequency: Record<string, number> = Object.create(null);
  for (let t = 0; t < terms.vocabulary.length; t++) frequency[terms.vocabulary.at(t)!] = terms.frequency[t]!;
  return frequency;
}

/** A version 4 match index (one JSON row per article), checked row by row against the header's article count. */
function readRowIndex(root: Record<string, unknown>, articleCount: number): MatchIndexPart {
  const terms = vocabulary(root.terms, 'terms');
  const frequencies = list(count, PACK_LIMITS.vocabulary)(root.documentFrequency, 'documentFrequency');
  if (frequencies.length !== terms.length) throw new PackError('"documentFrequency" must hold one count per term');
  const documentFrequency: Record<string, number> = Object.create(null);
  terms.forEach((t, i) => {
    if (i > 0 && !(terms[i - 1]! < t)) throw new PackError('"terms" must be in order, each once');
    documentFrequency[t] = frequencies[i]!;
  });
  const names = vocabulary(root.names, 'names');
  const shapes = shapeList(root.shapes, 'shapes');
  if (!Array.isArray(root.articles) || root.articles.length !== articleCount)
    throw new PackError(`"articles" of the match index must list the header's ${articleCount} articles`);
  const termLists: unknown[] = [];
  // Made from every row's term list once all are checked; read by the rows' features later.
  let compact: CompactTerms = { vocabulary: [], frequency: new Uint32Array(0), offsets: new Uint32Array(1), ids: new Uint32Array(0), counts: new Uint32Array(0) };
  const ids = new Set<string>();
  const entries: IndexEntry[] = [];
  const neighbours: Neighbour[][] = [];
  root.articles.forEach((data: unknown, i) => {
    const where = `article ${i + 1}`;
    if (!Array.isArray(data) || data.length !== 12) throw new PackError(`${where} must be a row of 12 fields`);
    const [idData, titleData, source, url, publishedAt, words, termList, anchorList, mentionList, print, near, stated] = data as unknown[];
    const id = articleId(idData, where);
    if (ids.has(id)) throw new PackError(`article id "${id}" appears twice`);
    ids.add(id);
    const at = `article "${id}"`;
    const anchorNumbers = list(whole(names.length - 1), PACK_LIMITS.termsPerArticle)(anchorList, `${at}: anchors`);
    checkTerms(termList, terms.length, `${at}: terms`);
    termLists.push(termList);
    const mentionNumbers = checkMentions(mentionList, names, `${at}: mentions`);
    const print64 = checkFingerprint(print, `${at}: fingerprint`);
    // Maps and lists made when first read: matching reads those of the articles it lists only.
    const features = lazyFeatures(wordCount(words, `${at}: features.wordCount`), {
      terms: () => articleTermsOf(compact, i),
      anchors: () => anchorNumbers.map((n) => names[n]!),
      mentions: () => mentionsOf(mentionNumbers, names),
      fingerprint: () => base64ToUint32s(print64)!,
    });
    const entry: IndexEntry = { id, title: title(titleData, `${at}: title`), features: features as PackArticle['features'] };
    const sourceText = nullable(text(PACK_LIMITS.titleChars))(source, `${at}: source`);
    if (sourceText !== undefined) entry.source = sourceText;
    const address = nullable(webUrl)(url, `${at}: url`);
    if (address !== undefined) entry.url = address;
    const date = nullable(isoDate)(publishedAt, `${at}: publishedAt`);
    if (date !== undefined) entry.publishedAt = date;
    const statedDate = nullable(text(200))(stated, `${at}: dateText`);
    if (statedDate !== undefined) entry.dateText = statedDate;
    entries.push(entry);
    neighbours.push(neighboursOf(near, i, articleCount, `neighbours of article ${i + 1}`));
  });
  compact = compactTermsOf(termLists as number[][], terms, frequencies);
  return { entries, terms: compact, documentFrequency, neighbours, shapes };
}

function flatNumbers(data: unknown, where: string, width: number, maxRows: number): number[] {
  if (!Array.isArray(data) || data.length % width !== 0 || data.length > width * maxRows)
    throw new PackError(`${where} must be a list of ${width}-number entries, at most ${maxRows}`);
  for (const n of data) if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new PackError(`${where} must hold whole numbers`);
  return data as number[];
}

/**
 * Every article's term list read into flat arrays. A list holds, for each term in ascending order,
 * its step from the term before (from 0 for the first) and its count, or, for a term counted
 * once, its step alone, negated; the lists were checked by `checkTerms`.
 */
function compactTermsOf(lists: readonly (readonly number[])[], vocabulary: readonly string[], frequencies: readonly number[]): CompactTerms {
  const offsets = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    for (let m = 0; m < list.length; m += list[m]! < 0 ? 1 : 2) total++;
    offsets[i + 1] = total;
  });
  const ids = new Uint32Array(total);
  const counts = new Float64Array(total);
  let k = 0;
  for (const list of lists) {
    let id = 0;
    for (let m = 0; m < list.length; k++) {
      const step = list[m]!;
      id += Math.abs(step);
      ids[k] = id;
      counts[k] = step < 0 ? 1 : list[m + 1]!;
      m += step < 0 ? 1 : 2;
    }
  }
  return { vocabulary, frequency: Uint32Array.from(frequencies), offsets, ids: narrowest(ids), counts: narrowest(counts) };
}

/** An article's term list, checked: whole numbers, a count after each step that is not negated, term numbers ascending within the vocabulary. */
function checkTerms(data: unknown, vocabularySize: number, where: string): void {
  if (!Array.isArray(data) || data.length > 2 * PACK_LIMITS.termsPerArticle) throw new PackError(`${where} must be a list of at most ${PACK_LIMITS.termsPerArticle} terms`);
  let id = -1;
  let entries = 0;
  for (let m = 0; m < data.length; entries++) {
    const step: unknown = data[m];
    if (typeof step !== 'number' || !Number.isInteger(step)) throw new PackError(`${where} must hold whole numbers`);
    if (step >= 0) {
      const count: unknown = data[m + 1];
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new PackError(`${where}: each term number must be followed by a whole count`);
    }
    const next = m === 0 ? Math.abs(step) : id + Math.abs(step);
    if (next <= id || next >= vocabularySize) throw new PackError(`${where}: term number ${next} is not a term of the pack, in order`);
    id = next;
    m += step < 0 ? 1 : 2;
  }
  if (entries > PACK_LIMITS.termsPerArticle) throw new PackError(`${where} must be a list of at most ${PACK_LIMITS.termsPerArticle} terms`);
}

/**
 * An article's mentions, checked, as four numbers each (name number, future, past, other). A
 * mention is written so, or, for a name mentioned once in no tense, as its name number negated,
 * less one.
 */
function checkMentions(data: unknown, names: readonly string[], where: string): readonly number[] {
  if (!Array.isArray(data) || data.length > 4 * PACK_LIMITS.termsPerArticle) throw new PackError(`${where} must be a list of at most ${PACK_LIMITS.termsPerArticle} mentions`);
  const flat: number[] = [];
  for (let m = 0; m < data.length; ) {
    const head: unknown = data[m];
    if (typeof head !== 'number' || !Number.isInteger(head)) throw new PackError(`${where} must hold whole numbers`);
    const name = head < 0 ? -head - 1 : head;
    if (names[name] === undefined) throw new PackError(`${where}: name number ${name} is not a name of the pack`);
    if (head < 0) {
      flat.push(name, 0, 0, 1);
      m++;
      continue;
    }
    const counts = data.slice(m + 1, m + 4) as unknown[];
    if (counts.length !== 3 || !counts.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) throw new PackError(`${where}: a name number must be followed by three whole counts`);
    flat.push(name, ...(counts as number[]));
    m += 4;
  }
  if (flat.length > 4 * PACK_LIMITS.termsPerArticle) throw new PackError(`${where} must be a list of at most ${PACK_LIMITS.termsPerArticle} mentions`);
  return flat;
}

function mentionsOf(flat: readonly number[], names: readonly string[]): Record<string, MentionTense> {
  const mentions: Record<string, MentionTense> = Object.create(null);
  for (let k = 0; k < flat.length; k += 4) mentions[names[flat[k]!]!] = { future: flat[k + 1]!, past: flat[k + 2]!, other: flat[k + 3]! };
  return mentions;
}

// Base64 of whole 4-byte numbers: groups of four characters, the last one padded.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A fingerprint's text, checked to decode to at most the fingerprint length of unsigned 32-bit numbers (decoded when first read). */
function checkFingerprint(data: unknown, where: string): string {
  const bytes = typeof data === 'string' && BASE64.test(data) ? (data.length / 4) * 3 - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0) : -1;
  if (bytes < 0 || bytes % 4 !== 0 || bytes / 4 > PACK_LIMITS.fingerprintLength) throw new PackError(`${where} must be base64 of unsigned 32-bit numbers`);
  return data as string;
}

function neighboursOf(data: unknown, i: number, articleCount: number, where: string): Neighbour[] {
  if (!Array.isArray(data) || data.length % 2 !== 0 || data.length > 2 * NEIGHBOURS)
    throw new PackError(`${where} must be a list of at most ${NEIGHBOURS} neighbours`);
  const out: Neighbour[] = [];
  for (let k = 0; k < data.length; k += 2) {
    const x = data[k];
    const thousandths = data[k + 1];
    // At most NEIGHBOURS entries: a look back is cheaper than a set per article.
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x >= articleCount || x === i || out.some(([seen]) => seen === x))
      throw new PackError(`${where}: ${describe(x)} is not another article of the pack, listed once`);
    if (typeof thousandths !== 'number' || !Number.isInteger(thousandths) || thousandths < 0 || thousandths > 1000)
      throw new PackError(`${where}: the similarity ${describe(thousandths)} must be a whole number of thousandths from 0 to 1000`);
    out.push([x, thousandths / 1000]);
  }
  return out;
}

/** One record line, checked: the article's paragraphs and every analysis's features. */
export function readRecord(line: string, entry: IndexEntry, shapes: readonly (readonly string[])[], analyses: readonly AnyAnalysis[]): PackArticle {
  const at = `article "${entry.id}"`;
  const data = jsonLine(line, `the record of ${at}`);
  if (!Array.isArray(data) || data.length !== 2) throw new PackError(`the record of ${at} must be [paragraphs, features]`);
  const analysed = analysisFeaturesSchema(analyses)(decodeValue(data[1], shapes, `${at}: features`), `${at}: features`);
  const { dateText: _stated, leadAct: _act, ...metadata } = entry;
  // Copied by property descriptors: the match features' term map stays made on first read.
  const features = Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(entry.features)), analysed) as PackArticle['features'];
  return { ...metadata, paragraphs: paragraphs(data[0], at), features };
}

/** Lines of a text one at a time, without splitting it all at once. */
export function* linesOf(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim()) yield line;
    start = end + 1;
  }
}

/** A pack of version 4 or 5 from its lines: the header, the match index, then every record. */
export function readPackLines(lines: Iterable<string>, analyses: readonly AnyAnalysis[] = ANALYSES): CorpusPack {
  const reader = new PackLineReader(analyses);
  for (const line of lines) reader.push(line);
  return reader.finish();
}

/** Reads a pack of version 4 or 5 a line at a time, for a caller that streams a file (the CLI). */
export class PackLineReader {
  private header: PackHeader | undefined;
  private index: MatchIndexPart | undefined;
  private readonly articles: PackArticle[] = [];

  constructor(private readonly analyses: readonly AnyAnalysis[] = ANALYSES) {}

  push(line: string): void {
    if (!this.header) this.header = readHeader(line);
    else if (!this.index) this.index = readIndex(line, this.header);
    else {
      const entry = this.index.entries[this.articles.length];
      if (!entry) throw new PackError(`the pack holds more records than its ${this.header.articleCount} articles`);
      this.articles.push(readRecord(line, entry, this.index.shapes, this.analyses));
    }
  }

  finish(): CorpusPack {
    if (!this.header) throw new PackError('the pack is empty');
    if (!this.index) throw new PackError('the pack has no match index');
    if (this.articles.length !== this.header.articleCount)
      throw new PackError(`the pack holds ${this.articles.length} records for its ${this.header.articleCount} articles (cut short?)`);
    return packOf(this.header, this.index, this.articles);
  }
}

/**
 * The pack as matching needs it, from the header and match index alone: each article without
 * its text and analyses (the piece of text that states its date stands for the paragraphs).
 * `record` turns one article into the whole one, from its record line.
 */
export function matchOnlyPack(header: PackHeader, index: MatchIndexPart): CorpusPack {
  // Packs made from one version 5 index share its article objects: a report replaces an article whole (readRecord), never changes one.
  if (index.matchOnly) return packOf(header, index, [...index.matchOnly]);
  // Written out field by field: copying the entry with a rest pattern costs several times more, a hundred thousand times.
  const articles = index.entries.map((entry) => {
    // A version 4 index keeps no lead acts: its articles' events are not read as roles.
    const article: PackArticle = { id: entry.id, title: entry.title, paragraphs: entry.dateText ? [entry.dateText] : [], features: entry.features, leadAct: entry.leadAct ?? '' };
    if (entry.source !== undefined) article.source = entry.source;
    if (entry.url !== undefined) article.url = entry.url;
    if (entry.publishedAt !== undefined) article.publishedAt = entry.publishedAt;
    return article;
  });
  return packOf(header, index, articles);
}

/**
 * The pack of a header and match index with these articles (entry i's). The compact terms, the
 * neighbour columns and what else the index read as columns go with it as its index columns
 * (match/index-columns.ts), for matching to index as they are; the document frequencies and the
 * neighbour lists of a version 5 index are made only if something reads them.
 */
function packOf(header: PackHeader, index: MatchIndexPart, articles: PackArticle[]): CorpusPack {
  const pack = { format: PACK_FORMAT, version: PACK_VERSION, name: header.name, articles } as Omit<CorpusPack, 'documentFrequency' | 'neighbours'> as CorpusPack;
  const columns: IndexColumns = {
    articles,
    terms: index.terms,
    ...(index.search ? { search: index.search } : {}),
    ...(index.development ? { development: index.development } : {}),
    ...(index.dates ? { dates: index.dates } : {}),
  };
  madeOnFirstRead(pack, 'documentFrequency', () => index.documentFrequency);
  const neighbourColumns = index.neighbourColumns;
  if (neighbourColumns) {
    let lists: Neighbour[][] | undefined;
    Object.defineProperty(pack, 'neighbours', {
      configurable: true,
      enumerable: true,
      get: () => (lists ??= index.neighbours),
      // Lists put in their place (withNeighbours and the like) are read as they are, the columns forgotten.
      set(value: Neighbour[][]) {
        forgetNeighbourColumns(pack);
        lists = value;
      },
    });
    columns.neighbours = { starts: neighbourColumns.starts, articles: neighbourColumns.articles, similarities: neighbourColumns.similarities };
  } else pack.neighbours = index.neighbours;
  if (header.reading !== undefined) pack.reading = header.reading;
  if (header.feeds) pack.feeds = header.feeds;
  return withIndexColumns(pack, columns);
}
