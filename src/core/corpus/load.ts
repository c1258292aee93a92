import { documentFrequencyOf, PACK_FORMAT, PACK_VERSION, withNeighbours, type ArticleFeatures, type CorpusPack, type PackArticle } from './pack.js';
import { termCounts } from '../match/features.js';
import { NEIGHBOURS, type Neighbour } from '../match/neighbours.js';
import type { MentionTense } from '../match/development.js';
import { PackError } from '../analysis/schema.js';
import type { AnyAnalysis } from '../analysis/contract.js';
import { ANALYSES, type AnalysisFeatures } from '../analyses.js';
import { CURRENT } from '../analysis/contract.js';
import { hasControlCharacters, isWebUrl, oneLine } from '../text/escape.js';
import { isIsoDate } from './dates.js';
import { feedStatesSchema } from './feed-state.js';

export { isIsoDate };

/** Limits a pack must keep to: a browser extension holds the whole pack in memory. */
export const PACK_LIMITS = {
  /** Size of a pack file; a larger one is refused before it is read into memory. */
  fileBytes: 200 * 1024 * 1024,
  articles: 20_000,
  idChars: 300,
  urlChars: 2_000,
  titleChars: 1_000,
  paragraphsPerArticle: 2_000,
  paragraphChars: 50_000,
  wordsPerArticle: 100_000,
  termsPerArticle: 2_000,
  fingerprintLength: 64,
} as const;

export { PackError };

/**
 * A corpus pack checked field by field, with every map rebuilt without a
 * prototype, so that nothing in an imported file ("__proto__", "constructor",
 * wrong types, absurd sizes) can reach the code that uses it.
 */
export function parsePack(data: unknown, analyses: readonly AnyAnalysis[] = ANALYSES): CorpusPack {
  const root = record(data, 'the pack');
  if (root.format !== PACK_FORMAT) throw new PackError(`not a Crosscheck corpus pack (format is ${describe(root.format)})`);
  // Version 2 differs only in what matching derives from the text, so it is brought up to date as it loads.
  const upgrade = root.version === PREVIOUS_VERSION;
  if (root.version !== PACK_VERSION && !upgrade)
    throw new PackError(
      `pack version ${describe(root.version)} is not supported (this build reads version ${PACK_VERSION}); rebuild it with "crosscheck corpus build"`,
    );
  const name = text(root.name, 'name', PACK_LIMITS.titleChars);
  if (!Array.isArray(root.articles)) throw new PackError('"articles" must be a list');
  if (root.articles.length === 0) throw new PackError('the pack holds no articles');
  if (root.articles.length > PACK_LIMITS.articles)
    throw new PackError(`the pack holds ${root.articles.length} articles; at most ${PACK_LIMITS.articles} are supported`);
  const ids = new Set<string>();
  const articles = root.articles.map((item, i) => {
    const article = packArticle(item, i, analyses);
    if (ids.has(article.id)) throw new PackError(`article id "${article.id}" appears twice`);
    ids.add(article.id);
    return article;
  });
  const documentFrequency = counts(root.documentFrequency, 'documentFrequency', Infinity);
  const pack: CorpusPack = { format: PACK_FORMAT, version: PACK_VERSION, name, documentFrequency, articles, neighbours: [] };
  if (root.feeds !== undefined) pack.feeds = feedStatesSchema(root.feeds, 'feeds');
  if (upgrade) return upgradedFromVersion2(pack);
  pack.neighbours = neighbourLists(root.neighbours, articles.length);
  return pack;
}

const PREVIOUS_VERSION = 2;

function upgradedFromVersion2(pack: CorpusPack): CorpusPack {
  for (const article of pack.articles) article.features.terms = termCounts(article);
  return withNeighbours({ ...pack, documentFrequency: documentFrequencyOf(pack.articles) });
}

function neighbourLists(data: unknown, articleCount: number): Neighbour[][] {
  if (!Array.isArray(data) || data.length !== articleCount)
    throw new PackError(`"neighbours" must be a list with one entry per article (${articleCount})`);
  return data.map((list: unknown, i) => {
    const where = `neighbours of article ${i + 1}`;
    if (!Array.isArray(list) || list.length > NEIGHBOURS) throw new PackError(`${where} must be a list of at most ${NEIGHBOURS} neighbours`);
    const seen = new Set<number>();
    return list.map((entry: unknown): Neighbour => {
      if (!Array.isArray(entry) || entry.length !== 2) throw new PackError(`${where}: each neighbour must be [article number, similarity]`);
      const [x, similarity] = entry as unknown[];
      if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x >= articleCount || x === i || seen.has(x))
        throw new PackError(`${where}: ${describe(x)} is not another article of the pack, listed once`);
      if (typeof similarity !== 'number' || !(similarity >= 0 && similarity <= 1))
        throw new PackError(`${where}: the similarity ${describe(similarity)} must be a number from 0 to 1`);
      seen.add(x);
      return [x, similarity];
    });
  });
}

/**
 * A pack's name and how many articles it holds, read without checking the rest: for showing a pack
 * the extension already trusts (the bundled one). A pack from a file is checked whole with parsePackJson.
 */
export function packSummary(json: string): { name: string; articleCount: number } {
  const root = record(jsonOf(json), 'the pack');
  if (root.format !== PACK_FORMAT) throw new PackError(`not a Crosscheck corpus pack (format is ${describe(root.format)})`);
  if (!Array.isArray(root.articles)) throw new PackError('"articles" must be a list');
  return { name: text(root.name, 'name', PACK_LIMITS.titleChars), articleCount: root.articles.length };
}

/** A pack from JSON text, with JSON syntax errors reported as pack errors. */
export function parsePackJson(json: string, analyses: readonly AnyAnalysis[] = ANALYSES): CorpusPack {
  // Refused before parsing: JSON.parse of a huge text holds the thread and the memory of every value in it.
  if (json.length > PACK_LIMITS.fileBytes)
    throw new PackError(`the pack is ${Math.round(json.length / 1024 / 1024)} MB; at most ${PACK_LIMITS.fileBytes / 1024 / 1024} MB are supported`);
  return parsePack(jsonOf(json), analyses);
}

function jsonOf(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new PackError(`the pack is not valid JSON (${(error as Error).message})`);
  }
}

function packArticle(data: unknown, index: number, analyses: readonly AnyAnalysis[]): PackArticle {
  const where = `article ${index + 1}`;
  const item = record(data, where);
  const id = articleId(item.id, where);
  const at = `article "${id}"`;
  if (!Array.isArray(item.paragraphs) || item.paragraphs.length === 0)
    throw new PackError(`${at}: "paragraphs" must be a non-empty list`);
  if (item.paragraphs.length > PACK_LIMITS.paragraphsPerArticle)
    throw new PackError(`${at}: more than ${PACK_LIMITS.paragraphsPerArticle} paragraphs`);
  const article: PackArticle = {
    id,
    title: text(item.title, `${at}: title`, PACK_LIMITS.titleChars),
    paragraphs: item.paragraphs.map((p, i) => text(p, `${at}: paragraph ${i + 1}`, PACK_LIMITS.paragraphChars)),
    features: features(item.features, at, analyses),
  };
  if (item.source !== undefined) article.source = text(item.source, `${at}: source`, PACK_LIMITS.titleChars);
  if (item.url !== undefined) article.url = webUrl(item.url, `${at}: url`);
  if (item.publishedAt !== undefined) article.publishedAt = isoDate(item.publishedAt, `${at}: publishedAt`);
  return article;
}

/**
 * An article id is opaque, but checked: never the id a report gives the page's own article (a
 * pack article called that would be merged with the page and have its claims credited to it),
 * not empty, bounded, and without control characters (line breaks, ANSI escapes, bidi overrides).
 */
function articleId(data: unknown, where: string): string {
  const id = text(data, `${where}: id`, PACK_LIMITS.idChars);
  if (id === CURRENT) throw new PackError(`${where}: the id "${CURRENT}" is reserved for the page's own article`);
  if (!id.trim()) throw new PackError(`${where}: the id is empty`);
  if (hasControlCharacters(id)) throw new PackError(`${where}: the id holds a control character (a line break, an escape or a bidi override)`);
  return id;
}

/** A URL a pack may carry: an absolute http(s) address, nothing else (no javascript:, data:, file: or relative URL). */
function webUrl(data: unknown, what: string): string {
  const url = text(data, what, PACK_LIMITS.urlChars);
  if (!isWebUrl(url)) throw new PackError(`${what} must be an http or https address (it is ${describe(url)})`);
  return url;
}

function isoDate(data: unknown, what: string): string {
  const value = text(data, what, 40);
  if (!isIsoDate(value)) throw new PackError(`${what} must be an ISO date such as 2024-01-31 (it is ${describe(value)})`);
  return value;
}

function features(data: unknown, at: string, analyses: readonly AnyAnalysis[]): ArticleFeatures {
  const item = record(data, `${at}: features`);
  const wordCount = item.wordCount;
  if (typeof wordCount !== 'number' || !Number.isInteger(wordCount) || wordCount < 0 || wordCount > PACK_LIMITS.wordsPerArticle)
    throw new PackError(`${at}: features.wordCount must be a whole number up to ${PACK_LIMITS.wordsPerArticle}`);
  const fingerprint = item.fingerprint;
  if (
    !Array.isArray(fingerprint) ||
    fingerprint.length > PACK_LIMITS.fingerprintLength ||
    !fingerprint.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff)
  )
    throw new PackError(`${at}: features.fingerprint must be a list of unsigned 32-bit numbers`);
  if (!Array.isArray(item.anchors) || item.anchors.length > PACK_LIMITS.termsPerArticle)
    throw new PackError(`${at}: features.anchors must be a list`);
  const anchors = item.anchors.map((a) => text(a, `${at}: anchor`, PACK_LIMITS.idChars));
  const mentionsData = record(item.mentions, `${at}: features.mentions`);
  const mentionKeys = Object.keys(mentionsData);
  if (mentionKeys.length > PACK_LIMITS.termsPerArticle) throw new PackError(`${at}: too many features.mentions`);
  const mentions: Record<string, MentionTense> = Object.create(null);
  for (const key of mentionKeys) {
    if (key.length > PACK_LIMITS.idChars) throw new PackError(`${at}: a features.mentions key is longer than ${PACK_LIMITS.idChars} characters`);
    const tense = counts(mentionsData[key], `${at}: features.mentions`, 3);
    mentions[key] = { future: tense.future ?? 0, past: tense.past ?? 0, other: tense.other ?? 0 };
  }
  const analysed: Record<string, unknown> = Object.create(null);
  for (const analysis of analyses) analysed[analysis.id] = analysis.schema(item[analysis.id], `${at}: features.${analysis.id}`);
  return {
    terms: counts(item.terms, `${at}: features.terms`, PACK_LIMITS.termsPerArticle),
    anchors,
    mentions,
    wordCount,
    fingerprint: fingerprint as number[],
    ...(analysed as AnalysisFeatures),
  };
}

function record(data: unknown, what: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new PackError(`${what} must be an object`);
  return data as Record<string, unknown>;
}

function text(data: unknown, what: string, maxChars: number): string {
  if (typeof data !== 'string') throw new PackError(`${what} must be text`);
  if (data.length > maxChars) throw new PackError(`${what} is longer than ${maxChars} characters`);
  return data;
}

function counts(data: unknown, what: string, maxKeys: number): Record<string, number> {
  const source = record(data, what);
  const keys = Object.keys(source);
  if (keys.length > maxKeys) throw new PackError(`${what} has more than ${maxKeys} entries`);
  const out: Record<string, number> = Object.create(null);
  for (const key of keys) {
    if (key.length > PACK_LIMITS.idChars) throw new PackError(`${what}: a key is longer than ${PACK_LIMITS.idChars} characters`);
    const value = source[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new PackError(`${what}: the count for "${key.slice(0, 40)}" must be a non-negative number`);
    out[key] = value;
  }
  return out;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${oneLine(value.slice(0, 40))}"` : oneLine(String(value).slice(0, 40));
}
