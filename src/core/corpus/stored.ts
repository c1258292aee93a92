// A pack as the extension keeps it after import: split once, when the pack has been checked
// whole, into a match index (every article without its text and analyses: what ranking and
// the relation decision read) and one record per article (its paragraphs and every analysis's
// features). The index is loaded at each worker start as it was stored (a structured clone,
// no JSON text, no validation): the articles' terms as a few typed arrays (term-index.ts
// CompactTerms, each cloned as one block), their metadata and other match features as columns
// (StoredColumns). Records are read by id only for a report's related articles and for the reader view.
import type { AnyAnalysis } from '../analysis/contract.js';
import { ANALYSES } from '../analyses.js';
import { dateText } from './date-text.js';
import { leadActOf } from '../match/matchable.js';
import { StoredTextList, storedTexts, type StoredTexts } from './stored-texts.js';
import { documentFrequencyOf, nameVocabulary } from './pack-file.js';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type PackArticle } from './pack.js';
import { graphOfColumns, neighbourList, type Neighbour } from '../match/neighbours.js';
import { forgetNeighbourColumns, indexColumnsOf, withIndexColumns, type IndexColumns } from '../match/index-columns.js';
import type { MentionTense } from '../match/development.js';
import { articleTermsOf, compactTerms, isCurrentSearch, narrowest, searchColumns, type CompactTerms, type NumberColumn, type SearchColumns, type TextList } from '../match/term-index.js';
import { keepOwn, lazyFeatures, madeOnFirstRead } from '../match/on-first-read.js';
import { isCurrentReading } from './header.js';
import { analysisFeaturesReadAgain } from './reading.js';

/**
 * The stored form's own version. Raise it whenever what is stored changes (the split below, or
 * what any analysis keeps per article): an index of another version is rebuilt from the
 * pack's text, checked whole once more, at the next load.
 */
// 2: terms as compact typed arrays beside the articles, not one map per article.
// 3: every match feature and metadata field as a column (StoredColumns), not one object per article.
// 4: the search index's postings, idfs and vector lengths stored (term-index.ts SearchColumns), not made at each load.
// 5: where each article is listed in the others' neighbour lists, and the neighbourhood size, stored (not made at each load).
// 6: the vocabulary of terms and the names as UTF-8 bytes in typed arrays (stored-texts.ts), not lists of strings.
// 7: the act each article's lead reports (match/matchable.ts `leadActOf`), which the relation decision compares.
export const STORED_INDEX_VERSION = 7;

/** Where an article's record is kept: the stored pack's id and the article's id in that pack. */
export interface StoredArticleKey {
  pack: string;
  id: string;
  /** The reading its record's analysis features are in (the pack's `reading`); none when unknown. */
  reading?: number;
}

/** One article's record: its text and every analysis's features, keyed by analysis id. */
export interface StoredRecord {
  paragraphs: string[];
  analysed: Record<string, unknown>;
}

/**
 * Every article's match features and metadata as columns: one list or typed array per field
 * instead of one object per article, so that reading the index at a worker start clones a few
 * dozen values, not a hundred thousand (10,000 articles: 780 ms as objects in Chromium).
 */
export interface StoredColumns {
  ids: string[];
  titles: string[];
  sources: (string | null)[];
  urls: (string | null)[];
  publishedAt: (string | null)[];
  /** The piece of the opening that states the date (date-text.ts), or null. */
  dateTexts: (string | null)[];
  /** The act its lead reports, as the relation decision reads it (match/matchable.ts `leadActOf`), or null. */
  leadActs: (string | null)[];
  wordCounts: NumberColumn;
  /** Article i's fingerprint: `fingerprints[fingerprintOffsets[i] .. fingerprintOffsets[i + 1])`. */
  fingerprintOffsets: Uint32Array;
  fingerprints: Uint32Array;
  /** Names of anchors and mentions, each once. */
  names: StoredTexts;
  anchorOffsets: Uint32Array;
  anchors: NumberColumn;
  /** Four numbers a mention: name number, future, past, other. */
  mentionOffsets: Uint32Array;
  mentions: NumberColumn;
  /** Article i's neighbours: `neighbourArticles[neighbourOffsets[i] ..]` with their similarities. */
  neighbourOffsets: Uint32Array;
  neighbourArticles: NumberColumn;
  neighbourSimilarities: Float64Array;
  /** The lists turned inside out (neighbours.ts NeighbourGraph's listedBy columns), and the corpus's neighbourhood size. */
  listedByStarts: Uint32Array;
  listedByArticles: NumberColumn;
  listedByRanks: NumberColumn;
  neighbourhoodSize: number;
}

/** The match index as stored, with what tells whether it may be used as it is. */
export interface StoredMatchIndex {
  version: number;
  packVersion: number;
  /** SHA-256 of the pack text it was made from; the pack's listing carries the same. */
  digest: string;
  /** Where the records are: the stored pack's id. */
  packId: string;
  name: string;
  /** The reading of the text its records' analysis features are in (CorpusPack `reading`); none in an index stored before stop 29. */
  reading?: number;
  feeds?: CorpusPack['feeds'];
  columns: StoredColumns;
  /** Every article's terms and the pack's document frequencies. */
  terms: StoredCompactTerms;
  /**
   * The search index made from them at import, under the bundled background frequencies it names
   * (their digest): an index made under other ones is not current, and is made again from the pack.
   */
  search: SearchColumns;
}

/** Compact terms as stored: the vocabulary as UTF-8 bytes (read with StoredTextList). */
export type StoredCompactTerms = Omit<CompactTerms, 'vocabulary'> & { vocabulary: StoredTexts };

/** Stored compact terms as matching reads them: the vocabulary's terms made when first read. */
function revivedTerms(terms: StoredCompactTerms): CompactTerms {
  return { ...terms, vocabulary: new StoredTextList(terms.vocabulary) };
}

/** Lists of numbers as one typed array and where each list starts (an offset past the last). */
function flatten<T>(items: readonly T[], numbersOf: (item: T) => ArrayLike<number>, Type: typeof Uint32Array): { offsets: Uint32Array; values: Uint32Array };
function flatten<T>(items: readonly T[], numbersOf: (item: T) => ArrayLike<number>, Type: typeof Float64Array): { offsets: Uint32Array; values: Float64Array };
function flatten<T>(items: readonly T[], numbersOf: (item: T) => ArrayLike<number>, Type: typeof Uint32Array | typeof Float64Array): { offsets: Uint32Array; values: Uint32Array | Float64Array } {
  const lists = items.map(numbersOf);
  const offsets = new Uint32Array(items.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const values = new Type(offsets[items.length]!);
  lists.forEach((list, i) => values.set(list, offsets[i]!));
  return { offsets, values };
}

/** A checked pack split into its match index and its records. */
export function splitPack(pack: CorpusPack, packId: string, digest: string, analyses: readonly AnyAnalysis[] = ANALYSES): { index: StoredMatchIndex; records: { id: string; record: StoredRecord }[] } {
  const articles = pack.articles;
  const records = articles.map((article) => {
    const analysed: Record<string, unknown> = {};
    for (const analysis of analyses) analysed[analysis.id] = (article.features as unknown as Record<string, unknown>)[analysis.id];
    return { id: article.id, record: { paragraphs: article.paragraphs, analysed } };
  });
  const terms = indexColumnsOf(pack)?.terms ?? compactTerms(articles.map((a) => a.features.terms), pack.documentFrequency);
  const { names, numberOf: nameNumber } = nameVocabulary();
  const fingerprints = flatten(articles, (a) => a.features.fingerprint, Uint32Array);
  const anchors = flatten(articles, (a) => a.features.anchors.map(nameNumber), Uint32Array);
  const mentions = flatten(articles, (a) => Object.entries(a.features.mentions).flatMap(([name, t]) => [nameNumber(name), t.future, t.past, t.other]), Float64Array);
  const neighbourArticles = flatten(pack.neighbours, (list) => list.map(([j]) => j), Uint32Array);
  const neighbourSimilarities = flatten(pack.neighbours, (list) => list.map(([, similarity]) => similarity), Float64Array);
  const graph = graphOfColumns(neighbourArticles.offsets, neighbourArticles.values, neighbourSimilarities.values);
  const columns: StoredColumns = {
    ids: articles.map((a) => a.id),
    titles: articles.map((a) => a.title),
    sources: articles.map((a) => a.source ?? null),
    urls: articles.map((a) => a.url ?? null),
    publishedAt: articles.map((a) => a.publishedAt ?? null),
    // Matching reads one thing of the text: the date its opening states, when the article has no other (date-text.ts).
    dateTexts: articles.map((a) => dateText(a) ?? null),
    leadActs: articles.map((a) => leadActOf(a) || null),
    wordCounts: narrowest(articles.map((a) => a.features.wordCount)),
    fingerprintOffsets: fingerprints.offsets,
    fingerprints: fingerprints.values,
    names: storedTexts(names),
    anchorOffsets: anchors.offsets,
    anchors: narrowest(anchors.values),
    mentionOffsets: mentions.offsets,
    mentions: narrowest(mentions.values),
    neighbourOffsets: neighbourArticles.offsets,
    neighbourArticles: narrowest(neighbourArticles.values),
    neighbourSimilarities: neighbourSimilarities.values,
    listedByStarts: graph.listedByStarts,
    listedByArticles: narrowest(graph.listedByArticles),
    listedByRanks: narrowest(graph.listedByRanks),
    neighbourhoodSize: graph.size,
  };
  const stored: StoredCompactTerms = { ...terms, vocabulary: storedTexts(terms.vocabulary) };
  const index: StoredMatchIndex = { version: STORED_INDEX_VERSION, packVersion: PACK_VERSION, digest, packId, name: pack.name, columns, terms: stored, search: searchColumns(terms) };
  if (pack.reading !== undefined) index.reading = pack.reading;
  if (pack.feeds) index.feeds = pack.feeds;
  return { index, records };
}

/**
 * Whether a stored index may be used as it is: this build's version, made from the pack text
 * listed now, its search index made under this build's background frequencies.
 */
export function isCurrentIndex(index: StoredMatchIndex | undefined, listedDigest: string | undefined): index is StoredMatchIndex {
  return (
    !!index &&
    index.version === STORED_INDEX_VERSION &&
    index.packVersion === PACK_VERSION &&
    !!listedDigest &&
    index.digest === listedDigest &&
    isCurrentSearch(index.search, revivedTerms(index.terms))
  );
}

/**
 * A stored index as loaded: match-only articles, each marked with where its record is. Each
 * article's term map, names, mentions and fingerprint are made from the columns when first read
 * (matching indexes the compact terms and reads the rest for the articles it lists only), as are
 * the document frequencies; every map is made prototype-free, as the validator leaves them.
 */
export function revivedIndex(index: StoredMatchIndex): CorpusPack {
  const { columns: c, search, packId, reading } = index;
  const terms = revivedTerms(index.terms);
  const revived: Revived = { columns: c, terms, names: new StoredTextList(c.names) };
  const articles = c.ids.map((id, i): PackArticle => {
    const stated = c.dateTexts[i];
    const article = new RevivedArticle(revived, i, id, c.titles[i]!, stated ? [stated] : [], reading === undefined ? { pack: packId, id } : { pack: packId, id, reading }) as PackArticle;
    if (c.sources[i] !== null) article.source = c.sources[i]!;
    if (c.urls[i] !== null) article.url = c.urls[i]!;
    if (c.publishedAt[i] !== null) article.publishedAt = c.publishedAt[i]!;
    article.leadAct = c.leadActs[i] ?? '';
    return article;
  });
  const columns: IndexColumns = {
    articles,
    terms,
    search,
    development: {
      names: revived.names,
      anchorStarts: c.anchorOffsets,
      anchors: c.anchors,
      eachMention(i, visit) {
        for (let k = c.mentionOffsets[i]!; k < c.mentionOffsets[i + 1]!; k += 4) visit(c.mentions[k]!, c.mentions[k + 1]!, c.mentions[k + 2]!, c.mentions[k + 3]!);
      },
    },
    neighbours: {
      starts: c.neighbourOffsets,
      articles: c.neighbourArticles,
      similarities: c.neighbourSimilarities,
      listedBy: { starts: c.listedByStarts, articles: c.listedByArticles, ranks: c.listedByRanks, size: c.neighbourhoodSize },
    },
  };
  const pack = { format: PACK_FORMAT, version: PACK_VERSION, name: index.name, articles } as Omit<CorpusPack, 'documentFrequency' | 'neighbours'> as CorpusPack;
  // Matching reads the neighbour lists as the columns they are stored as; lists are made only if something else reads them.
  let neighbours: Neighbour[][] | undefined;
  Object.defineProperty(pack, 'neighbours', {
    configurable: true,
    enumerable: true,
    get: () => (neighbours ??= c.ids.map((_, i) => neighbourList(graph, i))),
    set(value: Neighbour[][]) {
      forgetNeighbourColumns(pack);
      neighbours = value;
    },
  });
  const graph = { listStarts: c.neighbourOffsets, listArticles: c.neighbourArticles, listSimilarities: c.neighbourSimilarities };
  withIndexColumns(pack, columns);
  if (reading !== undefined) pack.reading = reading;
  if (index.feeds) pack.feeds = index.feeds;
  madeOnFirstRead(pack, 'documentFrequency', () => documentFrequencyOf(terms));
  return pack;
}

/**
 * A match-only article of a loaded stored index. Its match features are made from the columns
 * when `features` is first read (then kept as the article's own property, and replaced as one
 * when assigned): a press reads the features of the few articles matching lists, and making
 * 10,000 articles' feature objects with their accessors at every worker start cost about as much
 * as reading the index (about 80 ms in Chromium). Its other fields are plain own properties.
 */
/** What a loaded index's articles read their match features from. */
interface Revived {
  columns: StoredColumns;
  terms: CompactTerms;
  names: TextList;
}

class RevivedArticle {
  /** The act its lead reports (match/matchable.ts `leadActOf`), '' for none: stored with the index, as its date's piece of text is. */
  declare leadAct?: string;
  readonly #index: Revived;
  readonly #at: number;
  declare source?: string;
  declare url?: string;
  declare publishedAt?: string;

  constructor(
    index: Revived,
    at: number,
    public id: string,
    public title: string,
    public paragraphs: string[],
    public stored?: StoredArticleKey,
  ) {
    this.#index = index;
    this.#at = at;
  }

  get features(): PackArticle['features'] {
    const features = revivedFeatures(this.#index, this.#at);
    keepOwn(this, 'features', features);
    return features;
  }

  set features(value: PackArticle['features']) {
    keepOwn(this, 'features', value);
  }
}

/**
 * Article i's match features from the stored columns; each map and list is made when first read
 * (a combined corpus reads every article's terms and fingerprint, never its names), prototype-free
 * as the validator leaves them.
 */
function revivedFeatures(index: Revived, i: number): PackArticle['features'] {
  const { columns: c, terms, names } = index;
  return lazyFeatures(c.wordCounts[i]!, {
    terms: () => articleTermsOf(terms, i),
    anchors: () => Array.from(c.anchors.subarray(c.anchorOffsets[i]!, c.anchorOffsets[i + 1]!), (n) => names.at(n)!),
    mentions: () => {
      const mentions: Record<string, MentionTense> = Object.create(null);
      for (let k = c.mentionOffsets[i]!; k < c.mentionOffsets[i + 1]!; k += 4) mentions[names.at(c.mentions[k]!)!] = { future: c.mentions[k + 1]!, past: c.mentions[k + 2]!, other: c.mentions[k + 3]! };
      return mentions;
    },
    fingerprint: () => Array.from(c.fingerprints.subarray(c.fingerprintOffsets[i]!, c.fingerprintOffsets[i + 1]!)),
  }) as PackArticle['features'];
}

/** Every plain object of a stored record made prototype-free, as the validator left it. */
function prototypeFree(value: unknown): unknown {
  if (Array.isArray(value)) value.forEach(prototypeFree);
  else if (value !== null && typeof value === 'object') {
    Object.setPrototypeOf(value, null);
    for (const key of Object.keys(value)) prototypeFree((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Makes a match-only article whole, in place (the loaded index holds it, so it is done once per
 * article per load), from its record: the record's analysis features when they are in this
 * build's reading, else worked out again from its text (reading.ts).
 */
export function completeArticle(article: PackArticle, record: StoredRecord, analyses: readonly AnyAnalysis[] = ANALYSES): void {
  prototypeFree(record.analysed);
  article.paragraphs = record.paragraphs;
  const analysed = isCurrentReading(article.stored?.reading) ? record.analysed : analysisFeaturesReadAgain(article, analyses);
  article.features = { ...article.features, ...analysed } as PackArticle['features'];
  delete article.stored;
}
