import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromPlainText, articleFromRecord } from '../src/core/article.js';
import { buildPack, type CorpusInput } from '../src/core/corpus/pack.js';
import { parsePack } from '../src/core/corpus/load.js';
import { indexPack, type MatchIndex } from '../src/core/match/related.js';
import { buildReport } from '../src/core/report.js';
import type { Report } from '../src/core/report.js';
import type { Article } from '../src/core/types.js';

// Tests and scripts run from the repository root (npm sets the working folder there).
export const ROOT = process.cwd();
export const SEED_DIR = join(ROOT, 'src/corpus/seeds');
export const FIXTURES = join(ROOT, 'tests/fixtures');

export function seedInputs(): CorpusInput[] {
  return readdirSync(SEED_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ id: file.replace(/\.txt$/, ''), article: articleFromPlainText(readFileSync(join(SEED_DIR, file), 'utf8')) }));
}

/** The seed corpus as the extension gets it: built, serialised, parsed back and indexed. */
export function seedIndex(): MatchIndex {
  const pack = buildPack('Seed corpus', seedInputs());
  return indexPack(parsePack(JSON.parse(JSON.stringify(pack))));
}

/**
 * The seed on the later Istanbul round of talks, a follow-up of the Doha ceasefire the other four report: its own event
 * wherever the seeds are grouped by event (by its id, "003_...", or its three-digit key, "003").
 */
export function isSeedFollowUp(idOrKey: string): boolean {
  return idOrKey.startsWith('003');
}

/** Seed ids by their three-digit prefix: "001" -> "001_e8695a1c047b220a". */
export function seedId(prefix: string): string {
  const input = seedInputs().find((s) => s.id.startsWith(`${prefix}_`));
  if (!input) throw new Error(`no seed ${prefix}`);
  return input.id;
}

/**
 * A small deterministic generator (the C library's classic linear congruential one), so that a sample drawn by a script
 * or a random-text test repeats exactly: each call gives the next value in [0, 1), a multiple of 2^-31.
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export interface EcbRecord {
  id: string;
  topic: number;
  event: string;
  url: string | null;
  title: string;
  text: string;
}

/** The objects of a JSON Lines fixture, one per non-empty line. */
export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

export function ecbRecords(): EcbRecord[] {
  return readJsonLines<EcbRecord>(join(FIXTURES, 'ecbplus/ecbplus.jsonl'));
}

/**
 * A NewsWCL50 article as `tests/fixtures/newswcl50/newswcl50.jsonl` holds it (one copy for every test and eval). Its
 * title is the page's headline and its text the body: read it with `articleFromRecord`, as `corpus build` does, never
 * as a plain-text file (where a headline ending in a full stop would be read as the first paragraph).
 */
export interface WclRecord {
  id: string;
  event: string;
  source: string;
  orientation: string;
  url: string | null;
  publishedAt: string | null;
  title: string;
  text: string;
}

export function wclRecords(): WclRecord[] {
  return readJsonLines<WclRecord>(join(FIXTURES, 'newswcl50/newswcl50.jsonl'));
}

/**
 * A dev-corpus article by its id, read as the evaluation reads it: a NewsWCL50 record (`wcl:` ids) through
 * `articleFromRecord`, its headline apart from its body; an ECB+ document as its lines, the first (its `title` field,
 * the document's first line) included, as a plain-text file gives them.
 */
export function corpusArticle(id: string): Pick<Article, 'paragraphs'> & Partial<Article> {
  if (id.startsWith('wcl:')) {
    const record = wclRecords().find((r) => r.id === id);
    if (!record) throw new Error(`no NewsWCL50 article ${id}`);
    return articleFromRecord(record);
  }
  const record = ecbRecords().find((r) => r.id === id);
  if (!record) throw new Error(`no ECB+ article ${id}`);
  return { paragraphs: [record.title, ...record.text.split(/\n/u)].map((p) => p.trim()).filter(Boolean) };
}

let reports: Map<string, Report> | undefined;

/**
 * Each seed as the page's article, reported exactly as the extension does it: matched
 * against the seed pack (built, serialised and validated), analysed with the pack's features.
 */
export function seedReports(): Map<string, Report> {
  if (!reports) {
    const index = seedIndex();
    reports = new Map(seedInputs().map(({ id, article }) => [id, buildReport(article, index)]));
  }
  return reports;
}

/**
 * One NewsWCL50 event as a reader meets it: the article of `pageSource` as the page, the event's other
 * outlets as the pack (built, serialised and read back as the extension does), with outlet names and dates.
 */
export function wclEventReport(event: string, pageSource: string): Report {
  const records = wclRecords().filter((r) => r.event === event);
  const page = records.find((r) => r.source === pageSource);
  if (!page) throw new Error(`no ${pageSource} article in ${event}`);
  const others = records.filter((r) => r !== page).map((r) => ({ id: r.id, article: articleFromRecord(r) }));
  return buildReport(articleFromRecord(page), indexPack(parsePack(JSON.parse(JSON.stringify(buildPack(event, others))))));
}
