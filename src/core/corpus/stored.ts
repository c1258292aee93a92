// A pack as the extension keeps it after import: split once, when the pack has been checked
// whole, into a match index (every article without its text and analyses: what ranking and
// the relation decision read) and one record per article (its paragraphs and every analysis's
// features). The index is loaded at each worker start as it was stored (a structured clone,
// no JSON text, no validation): the articles' terms as a few typed arrays (term-index.ts
// CompactTerms, each cloned as one block), their metadata and other match features as plain
// data. Records are read by id only for a report's related articles and for the reader view.
import type { AnyAnalysis } from '../analysis/contract.js';
import { ANALYSES } from '../analyses.js';
import { dateText } from './date-text.js';
import { PACK_VERSION, type CorpusPack, type PackArticle } from './pack.js';
import { attachCompactTerms, attachedCompactTerms, compactTerms, lazyArticleTerms, type CompactTerms } from '../match/term-index.js';
import { madeOnFirstRead } from '../match/on-first-read.js';

/**
 * The stored form's own version. Raise it whenever what is stored changes (the split below, or
 * what any analysis keeps per article): an index of another version is rebuilt from the
 * pack's text, checked whole once more, at the next load.
 */
// 2: terms as compact typed arrays beside the articles, not one map per article.
export const STORED_INDEX_VERSION = 2;

/** Where an article's record is kept: the stored pack's id and the article's id in that pack. */
export interface StoredArticleKey {
  pack: string;
  id: string;
}

/** One article's record: its text and every analysis's features, keyed by analysis id. */
export interface StoredRecord {
  paragraphs: string[];
  analysed: Record<string, unknown>;
}

/** The match index as stored, with what tells whether it may be used as it is. */
export interface StoredMatchIndex {
  version: number;
  packVersion: number;
  /** SHA-256 of the pack text it was made from; the pack's listing carries the same. */
  digest: string;
  /** The pack with match-only articles, each marked with where its record is; no term map and no document frequencies (they are in `terms`). */
  pack: CorpusPack;
  /** Every article's terms and the pack's document frequencies. */
  terms: CompactTerms;
}

// Terms are kept apart, in the compact terms.
const MATCH_FEATURES = ['anchors', 'mentions', 'wordCount', 'fingerprint'] as const;

/** A checked pack split into its match index and its records. */
export function splitPack(pack: CorpusPack, packId: string, digest: string, analyses: readonly AnyAnalysis[] = ANALYSES): { index: StoredMatchIndex; records: { id: string; record: StoredRecord }[] } {
  const records: { id: string; record: StoredRecord }[] = [];
  const terms = attachedCompactTerms(pack.articles) ?? compactTerms(pack.articles.map((a) => a.features.terms), pack.documentFrequency);
  const articles = pack.articles.map((article): PackArticle => {
    const features: Record<string, unknown> = {};
    for (const key of MATCH_FEATURES) features[key] = article.features[key];
    const analysed: Record<string, unknown> = {};
    for (const analysis of analyses) analysed[analysis.id] = (article.features as unknown as Record<string, unknown>)[analysis.id];
    records.push({ id: article.id, record: { paragraphs: article.paragraphs, analysed } });
    // Matching reads one thing of the text: the date its opening states, when the article has no other (date-text.ts).
    const stated = dateText(article);
    const entry = { id: article.id, title: article.title, paragraphs: stated ? [stated] : [], features, stored: { pack: packId, id: article.id } } as unknown as PackArticle;
    if (article.source !== undefined) entry.source = article.source;
    if (article.url !== undefined) entry.url = article.url;
    if (article.publishedAt !== undefined) entry.publishedAt = article.publishedAt;
    return entry;
  });
  const indexPack: CorpusPack = { ...pack, articles, documentFrequency: {} };
  return { index: { version: STORED_INDEX_VERSION, packVersion: PACK_VERSION, digest, pack: indexPack, terms }, records };
}

/** Whether a stored index may be used as it is: this build's version, made from the pack text listed now. */
export function isCurrentIndex(index: StoredMatchIndex | undefined, listedDigest: string | undefined): index is StoredMatchIndex {
  return !!index && index.version === STORED_INDEX_VERSION && index.packVersion === PACK_VERSION && !!listedDigest && index.digest === listedDigest;
}

/**
 * A stored index as loaded: each article's term map and the document frequencies made from the
 * compact terms when first read (matching reads neither: it indexes the compact terms). The
 * structured clone gave the mention maps a prototype again, so that a name such as
 * "constructor" would find Object's own; they are made prototype-free, as the validator leaves them.
 */
export function revivedIndex(index: StoredMatchIndex): CorpusPack {
  const { pack, terms } = index;
  pack.articles.forEach((article, i) => {
    lazyArticleTerms(article.features, terms, i);
    Object.setPrototypeOf(article.features.mentions, null);
  });
  attachCompactTerms(pack.articles, terms);
  madeOnFirstRead(pack, 'documentFrequency', () => {
    const frequency: Record<string, number> = Object.create(null);
    terms.vocabulary.forEach((term, t) => (frequency[term] = terms.frequency[t]!));
    return frequency;
  });
  return pack;
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

/** Makes a match-only article whole, in place (the loaded index holds it), from its record. */
export function completeArticle(article: PackArticle, record: StoredRecord): void {
  prototypeFree(record.analysed);
  article.paragraphs = record.paragraphs;
  article.features = { ...article.features, ...record.analysed } as PackArticle['features'];
  delete article.stored;
}
