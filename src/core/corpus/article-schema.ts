// The checks every field of a corpus article goes through, whichever layout of pack it came
// in (a version 4 pack's match index and records, or the single object of versions 2 and 3):
// one set of schemas, written with the combinators of analysis/schema.ts.
import { list, map, PackError, text, type Schema } from '../analysis/schema.js';
import type { AnyAnalysis } from '../analysis/contract.js';
import { CURRENT } from '../analysis/contract.js';
import type { AnalysisFeatures } from '../analyses.js';
import type { MentionTense } from '../match/development.js';
import { hasControlCharacters, isWebUrl, oneLine } from '../text/escape.js';
import { isIsoDate } from './dates.js';
import { PACK_LIMITS } from './limits.js';

export function describe(value: unknown): string {
  return typeof value === 'string' ? `"${oneLine(value.slice(0, 40))}"` : oneLine(String(value).slice(0, 40));
}

export function plainRecord(data: unknown, where: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new PackError(`${where} must be an object`);
  return data as Record<string, unknown>;
}

/**
 * An article id is opaque, but checked: never the id a report gives the page's own article (a
 * pack article called that would be merged with the page and have its claims credited to it),
 * not empty, bounded, and without control characters (line breaks, ANSI escapes, bidi overrides).
 */
export const articleId: Schema<string> = (data, where) => {
  const id = text(PACK_LIMITS.idChars)(data, `${where}: id`);
  if (id === CURRENT) throw new PackError(`${where}: the id "${CURRENT}" is reserved for the page's own article`);
  if (!id.trim()) throw new PackError(`${where}: the id is empty`);
  if (hasControlCharacters(id)) throw new PackError(`${where}: the id holds a control character (a line break, an escape or a bidi override)`);
  return id;
};

/** A URL a pack may carry: an absolute http(s) address, nothing else (no javascript:, data:, file: or relative URL). */
export const webUrl: Schema<string> = (data, where) => {
  const url = text(PACK_LIMITS.urlChars)(data, where);
  if (!isWebUrl(url)) throw new PackError(`${where} must be an http or https address (it is ${describe(url)})`);
  return url;
};

export const isoDate: Schema<string> = (data, where) => {
  const value = text(40)(data, where);
  if (!isIsoDate(value)) throw new PackError(`${where} must be an ISO date such as 2024-01-31 (it is ${describe(value)})`);
  return value;
};

export const title = text(PACK_LIMITS.titleChars);

export const paragraphs: Schema<string[]> = (data, where) => {
  if (!Array.isArray(data) || data.length === 0) throw new PackError(`${where}: "paragraphs" must be a non-empty list`);
  if (data.length > PACK_LIMITS.paragraphsPerArticle) throw new PackError(`${where}: more than ${PACK_LIMITS.paragraphsPerArticle} paragraphs`);
  const paragraph = text(PACK_LIMITS.paragraphChars);
  return data.map((p, i) => paragraph(p, `${where}: paragraph ${i + 1}`));
};

export const wordCount: Schema<number> = (data, where) => {
  if (typeof data !== 'number' || !Number.isInteger(data) || data < 0 || data > PACK_LIMITS.wordsPerArticle)
    throw new PackError(`${where} must be a whole number up to ${PACK_LIMITS.wordsPerArticle}`);
  return data;
};

export const fingerprint: Schema<number[]> = (data, where) => {
  if (
    !Array.isArray(data) ||
    data.length > PACK_LIMITS.fingerprintLength ||
    !data.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff)
  )
    throw new PackError(`${where} must be a list of unsigned 32-bit numbers`);
  return data as number[];
};

export const count: Schema<number> = (data, where) => {
  if (typeof data !== 'number' || !Number.isFinite(data) || data < 0) throw new PackError(`${where}: the count must be a non-negative number`);
  return data;
};

/** A term or a name: a key of a map, or an entry of a pack's vocabulary. */
export const term = text(PACK_LIMITS.idChars);

export const anchors: Schema<string[]> = list((data, where) => text(PACK_LIMITS.idChars)(data, where.replace(/anchors\[\d+\]$/, 'anchor')), PACK_LIMITS.termsPerArticle);

export const tense: Schema<MentionTense> = (data, where) => {
  const counts = map(count, 3)(data, where);
  return { future: counts.future ?? 0, past: counts.past ?? 0, other: counts.other ?? 0 };
};

export const termCounts = (maxKeys: number): Schema<Record<string, number>> => map(count, maxKeys, term);

/** Every analysis's features of one article, each checked by the analysis's own schema. */
export function analysisFeaturesSchema(analyses: readonly AnyAnalysis[]): Schema<AnalysisFeatures> {
  return (data, where) => {
    const item = plainRecord(data, where);
    const analysed: Record<string, unknown> = Object.create(null);
    for (const analysis of analyses) analysed[analysis.id] = analysis.schema(item[analysis.id], `${where}.${analysis.id}`);
    return analysed as AnalysisFeatures;
  };
}
