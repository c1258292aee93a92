// Packs of another reading (core/corpus/reading.ts): the header names the reading its articles'
// analysis features are in, and the articles a report uses from a pack of another reading are read
// again from their text, so that the report is the one a fresh pack gives.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack, type CorpusPack } from '../../../src/core/corpus/pack.js';
import { encodePack, headerLine, readHeader } from '../../../src/core/corpus/pack-file.js';
import { headerOf, isCurrentReading } from '../../../src/core/corpus/header.js';
import { PackError, parsePackJson } from '../../../src/core/corpus/load.js';
import { combinePacks } from '../../../src/core/corpus/combine.js';
import { completeArticle, revivedIndex, splitPack } from '../../../src/core/corpus/stored.js';
import { inCurrentReading, sharedReading } from '../../../src/core/corpus/reading.js';
import { READING_VERSION } from '../../../src/core/reading-version.js';
import { ANALYSES } from '../../../src/core/analyses.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { buildReport, type Report } from '../../../src/core/report.js';
import { openPackForMatching } from '../../../src/cli/read-pack.js';
import { olderReadingNote } from '../../../src/options/read-pack-file.js';
import { FIXTURES, seedId, seedInputs } from '../../helpers.js';

const seeds = seedInputs();
const fresh = buildPack('Seeds', seeds);
const folder = mkdtempSync(join(tmpdir(), 'crosscheck-reading-'));

function packFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** A page's report against a pack file, read as `compare --corpus` reads one: match index first, then the related records. */
async function cliReport(path: string, page: (typeof seeds)[number]['article']): Promise<Report> {
  const opened = await openPackForMatching(path);
  const index = indexPack(opened.pack);
  const positions = new Map(opened.pack.articles.map((a, i) => [a.id, i]));
  await opened.complete(new Set(findRelated(page, index).map((item) => positions.get(item.id)!)));
  return buildReport(page, index);
}

const freshPath = packFile('fresh.jsonl', encodePack(fresh));
const analysesOf = (report: Report) => Object.fromEntries(ANALYSES.map((a) => [a.id, report[a.id]]));

/**
 * The seeds pack with every article's analysis features swapped for the next article's: real
 * features of real text, but not this article's. Written with the given reading (none: an older pack).
 */
function tamperedPack(reading: number | undefined): CorpusPack {
  const articles = fresh.articles.map((article, i) => {
    const other = fresh.articles[(i + 1) % fresh.articles.length]!;
    const features = { ...article.features };
    for (const analysis of ANALYSES) (features as Record<string, unknown>)[analysis.id] = (other.features as unknown as Record<string, unknown>)[analysis.id];
    return { ...article, features };
  });
  const pack: CorpusPack = { ...fresh, articles };
  if (reading === undefined) delete pack.reading;
  else pack.reading = reading;
  return pack;
}

describe('the reading a pack header names', () => {
  it('is written by every pack writer and read back', () => {
    expect(fresh.reading).toBe(READING_VERSION);
    const header = headerOf(encodePack(fresh));
    expect(header?.reading).toBe(READING_VERSION);
    expect(parsePackJson(encodePack(fresh)).reading).toBe(READING_VERSION);
    expect(readHeader(headerLine({ name: 'Seeds', articleCount: 5, reading: 7 })).reading).toBe(7);
  });

  it('is absent from an older header, which reads as another reading', () => {
    const older = readHeader('{"format":"crosscheck-corpus","version":6,"name":"Seeds","articles":5}');
    expect(older.reading).toBeUndefined();
    expect(isCurrentReading(older.reading)).toBe(false);
    expect(readHeader(readFileLine(join(FIXTURES, 'packs/seeds-stop27.jsonl'))).reading).toBeUndefined();
  });

  it('is a key the header reader passes over when it does not know it, as builds before it did', () => {
    // Builds before stop 29 read a header by its known keys only: a new key (as "reading" is to them) is no refusal.
    expect(readHeader('{"format":"crosscheck-corpus","version":6,"name":"Seeds","articles":5,"later":{"x":1}}').name).toBe('Seeds');
  });

  it('is refused when it is not a whole number', () => {
    expect(() => readHeader('{"format":"crosscheck-corpus","version":6,"name":"S","articles":5,"reading":"1"}')).toThrow(PackError);
    expect(() => readHeader('{"format":"crosscheck-corpus","version":6,"name":"S","articles":5,"reading":0}')).toThrow(/"reading" must be a whole number/);
  });

  it('is the parts\' one reading when packs are combined, none when they differ', () => {
    expect(sharedReading([READING_VERSION, READING_VERSION])).toBe(READING_VERSION);
    expect(sharedReading([READING_VERSION, undefined])).toBeUndefined();
    const older = tamperedPack(undefined);
    expect(combinePacks([{ label: 'a', pack: fresh }, { label: 'b', pack: fresh }]).reading).toBe(READING_VERSION);
    expect(combinePacks([{ label: 'a', pack: fresh }, { label: 'b', pack: older }]).reading).toBeUndefined();
  });
});

describe('a report from a pack of another reading', () => {
  const page = seeds.find((s) => s.id === seedId('001'))!.article;

  it('is the report a fresh pack gives, though every stored analysis feature is another article\'s', async () => {
    const expected = await cliReport(freshPath, page);
    expect(expected.related.length).toBeGreaterThan(0);
    const older = await cliReport(packFile('older.jsonl', encodePack(tamperedPack(undefined))), page);
    expect(analysesOf(older)).toEqual(analysesOf(expected));
    expect(older.related).toEqual(expected.related);
  });

  it('shows the stored features when the pack says they are this reading (the case above would fail unread)', async () => {
    const expected = await cliReport(freshPath, page);
    const trusted = await cliReport(packFile('trusted.jsonl', encodePack(tamperedPack(READING_VERSION))), page);
    expect(analysesOf(trusted)).not.toEqual(analysesOf(expected));
  });

  it('is, for every seed page, the fresh pack\'s from a seeds pack the stop-27 build wrote (its framing features read otherwise)', async () => {
    const stop27 = join(FIXTURES, 'packs/seeds-stop27.jsonl');
    let unlikeAsStored = 0;
    for (const { article } of seeds) {
      const expected = await cliReport(freshPath, article);
      const readAgain = await cliReport(stop27, article);
      expect(analysesOf(readAgain)).toEqual(analysesOf(expected));
      expect(readAgain.related).toEqual(expected.related);
      // The same file, its stored features taken as they are: what a report showed before stop 29.
      const opened = await openPackForMatching(stop27);
      opened.pack.reading = READING_VERSION;
      const index = indexPack(opened.pack);
      const positions = new Map(opened.pack.articles.map((a, i) => [a.id, i]));
      await opened.complete(new Set(findRelated(article, index).map((item) => positions.get(item.id)!)));
      if (JSON.stringify(analysesOf(buildReport(article, index))) !== JSON.stringify(analysesOf(expected))) unlikeAsStored++;
    }
    expect(unlikeAsStored).toBeGreaterThan(0);
  });

  it('reads each used article again as the extension completes it from its stored record, and keeps a current record as stored', () => {
    for (const [reading, expectFresh] of [[undefined, true], [READING_VERSION, false]] as const) {
      const tampered = tamperedPack(reading);
      const { index, records } = splitPack(tampered, 'p', 'digest');
      const revived = revivedIndex(index);
      expect(revived.reading).toBe(reading);
      revived.articles.forEach((article, i) => {
        completeArticle(article, records[i]!.record);
        expect(article.stored).toBeUndefined();
        for (const analysis of ANALYSES) {
          const got = JSON.stringify((article.features as unknown as Record<string, unknown>)[analysis.id]);
          const want = JSON.stringify(((expectFresh ? fresh : tampered).articles[i]!.features as unknown as Record<string, unknown>)[analysis.id]);
          expect(got).toBe(want);
        }
      });
    }
  });

  it('leaves an article of the current reading as it is, and keeps the match features of one read again', () => {
    const article = fresh.articles[0]!;
    expect(inCurrentReading(article, READING_VERSION)).toBe(article);
    const tampered = tamperedPack(undefined).articles[0]!;
    const readAgain = inCurrentReading(tampered, undefined);
    expect(readAgain.features.terms).toBe(tampered.features.terms);
    expect(JSON.stringify(readAgain.features.facts)).toBe(JSON.stringify(article.features.facts));
  });
});

describe('what the options page says of a pack', () => {
  it('says a pack of another reading is read again as used, and says nothing of a current one', () => {
    expect(olderReadingNote(READING_VERSION)).toBeUndefined();
    expect(olderReadingNote(undefined)).toMatch(/older version of Crosscheck.*read again/);
  });
});

function readFileLine(path: string): string {
  return readFileSync(path, 'utf8').split('\n')[0]!;
}
