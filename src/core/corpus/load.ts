import { documentFrequencyOf, PACK_FORMAT, PACK_VERSION, withNeighbours, type CorpusPack, type PackArticle } from './pack.js';
import { termCounts } from '../match/features.js';
import { NEIGHBOURS, type Neighbour } from '../match/neighbours.js';
import { map, PackError, text } from '../analysis/schema.js';
import type { AnyAnalysis } from '../analysis/contract.js';
import { ANALYSES } from '../analyses.js';
import { isIsoDate } from './dates.js';
import { feedStatesSchema } from './feed-state.js';
import { PACK_LIMITS } from './limits.js';
import {
  analysisFeaturesSchema, anchors, articleId, count, describe, fingerprint, isoDate, paragraphs, plainRecord, tense, termCounts as termCountsSchema, title, webUrl, wordCount,
} from './article-schema.js';
import { linesOf, readPackLines } from './pack-file.js';
import { headerOf } from './header.js';

export { isIsoDate, PACK_LIMITS, PackError };

/**
 * A pack in the single-object layout of versions 2 and 3 (and of a pack in memory written out
 * with JSON.stringify), checked field by field with the same schemas as a version 4 file, every
 * map rebuilt without a prototype, so that nothing in an imported file ("__proto__",
 * "constructor", wrong types, absurd sizes) can reach the code that uses it. Versions 2 and 3
 * are upgraded as they load.
 */
export function parsePack(data: unknown, analyses: readonly AnyAnalysis[] = ANALYSES): CorpusPack {
  const root = plainRecord(data, 'the pack');
  if (root.format !== PACK_FORMAT) throw new PackError(`not a Crosscheck corpus pack (format is ${describe(root.format)})`);
  if (!OBJECT_VERSIONS.includes(root.version as number))
    throw new PackError(
      `pack version ${describe(root.version)} is not supported (this build reads version ${PACK_VERSION}); rebuild it with "crosscheck corpus build"`,
    );
  const name = text(PACK_LIMITS.titleChars)(root.name, 'name');
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
  const documentFrequency = termCountsSchema(Infinity)(root.documentFrequency, 'documentFrequency');
  const pack: CorpusPack = { format: PACK_FORMAT, version: PACK_VERSION, name, documentFrequency, articles, neighbours: [] };
  if (root.feeds !== undefined) pack.feeds = feedStatesSchema(root.feeds, 'feeds');
  if (root.version === 2) return upgradedFromVersion2(pack);
  pack.neighbours = neighbourLists(root.neighbours, articles.length);
  return pack;
}

// 2 and 3: the single-object files of earlier builds; 4 to 6: a pack of a later build held as one object.
const OBJECT_VERSIONS = [2, 3, 4, 5, PACK_VERSION];

/** Version 2 differs only in what matching derives from the text, so it is brought up to date as it loads. */
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

function packArticle(data: unknown, index: number, analyses: readonly AnyAnalysis[]): PackArticle {
  const where = `article ${index + 1}`;
  const item = plainRecord(data, where);
  const id = articleId(item.id, where);
  const at = `article "${id}"`;
  const features = plainRecord(item.features, `${at}: features`);
  const article: PackArticle = {
    id,
    title: title(item.title, `${at}: title`),
    paragraphs: paragraphs(item.paragraphs, at),
    features: {
      terms: termCountsSchema(PACK_LIMITS.termsPerArticle)(features.terms, `${at}: features.terms`),
      anchors: anchors(features.anchors, `${at}: features.anchors`),
      mentions: map(tense, PACK_LIMITS.termsPerArticle)(features.mentions, `${at}: features.mentions`),
      wordCount: wordCount(features.wordCount, `${at}: features.wordCount`),
      fingerprint: fingerprint(features.fingerprint, `${at}: features.fingerprint`),
      ...analysisFeaturesSchema(analyses)(features, `${at}: features`),
    },
  };
  if (item.source !== undefined) article.source = text(PACK_LIMITS.titleChars)(item.source, `${at}: source`);
  if (item.url !== undefined) article.url = webUrl(item.url, `${at}: url`);
  if (item.publishedAt !== undefined) article.publishedAt = isoDate(item.publishedAt, `${at}: publishedAt`);
  return article;
}

/** The first line of a text, read without looking further. */
function firstLine(json: string): string {
  const end = json.indexOf('\n');
  return end < 0 ? json : json.slice(0, end);
}

/** Whether a pack's text is a version 4 file (a header line) rather than the single object of versions 2 and 3. */
function isLineLayout(json: string): boolean {
  const head = firstLine(json);
  return head.length < json.trimEnd().length && /^\s*\{.*\}\s*$/.test(head);
}

/**
 * A pack's name and how many articles it holds, read from its header line without reading or
 * checking the rest. A version 3 pack (one JSON object) has no header, so it is parsed.
 */
export function packSummary(json: string): { name: string; articleCount: number } {
  const header = headerOf(json);
  if (header) return { name: header.name, articleCount: header.articleCount };
  const root = plainRecord(jsonOf(json), 'the pack');
  if (root.format !== PACK_FORMAT) throw new PackError(`not a Crosscheck corpus pack (format is ${describe(root.format)})`);
  if (!Array.isArray(root.articles)) throw new PackError('"articles" must be a list');
  return { name: text(PACK_LIMITS.titleChars)(root.name, 'name'), articleCount: root.articles.length };
}

/** A pack from its text, either layout, with JSON syntax errors reported as pack errors. */
export function parsePackJson(json: string, analyses: readonly AnyAnalysis[] = ANALYSES): CorpusPack {
  // Refused before parsing: JSON.parse of a huge text holds the thread and the memory of every value in it.
  if (json.length > PACK_LIMITS.fileBytes)
    throw new PackError(`the pack is ${Math.round(json.length / 1024 / 1024)} MB; at most ${PACK_LIMITS.fileBytes / 1024 / 1024} MB are supported`);
  if (isLineLayout(json)) return readPackLines(linesOf(json), analyses);
  return parsePack(jsonOf(json), analyses);
}

function jsonOf(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new PackError(`the pack is not valid JSON (${(error as Error).message})`);
  }
}


