import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/cli/read-article.js';
import { collapseWhitespace } from '../../src/core/text/normalize.js';
import { findRelated } from '../../src/core/match/related.js';
import { articleLanguage } from '../../src/core/text/language.js';
import { FIXTURES, seedIndex } from '../helpers.js';

// Real saved pages from mozilla/readability's test suite (Apache-2.0; see LICENSE.md there).
const dir = join(FIXTURES, 'readability');
const pages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const index = seedIndex();
/** The pages not in English: the French, the Japanese and the lorem-ipsum ones; every other page is English. */
const NOT_ENGLISH: Record<string, ReturnType<typeof articleLanguage>> = {
  'lemonde-1': { english: false, name: 'French' },
  'rtl-1': { english: false },
  'yahoo-4': { english: false, name: 'Japanese' },
};

it('has the pages not in English among its pages', () => {
  expect(pages).toEqual(expect.arrayContaining(Object.keys(NOT_ENGLISH)));
  expect(pages.length).toBeGreaterThan(20);
});

describe.each(pages)('real page %s', (slug) => {
  const read = (file: string) => readFileSync(join(dir, slug, file), 'utf8');
  const metadata = JSON.parse(read('expected-metadata.json')) as { title: string; lang: string | null; byline: string | null };
  const expected = JSON.parse(read('expected-text.json')) as { paragraphCount: number; firstParagraph: string; lastParagraph: string };
  const extraction = extractFromHtml(read('source.html'), `http://fixtures.invalid/${slug}/`);

  it('reads the expected title, language and text', () => {
    if (extraction.kind !== 'article') throw new Error(`not read as an article: ${extraction.reason}`);
    const { article } = extraction;
    expect(article.title).toBe(collapseWhitespace(metadata.title));
    if (metadata.lang) expect(article.lang).toBe(metadata.lang);
    expect(article.paragraphs).toHaveLength(expected.paragraphCount);
    expect(article.paragraphs[0]).toBe(expected.firstParagraph);
    expect(article.paragraphs.at(-1)).toBe(expected.lastParagraph);
  });

  // Moved here from tests/core/text/language.test.ts, so that each page is extracted once and the fast target stays fast.
  it('is read as English unless its text is in another language', () => {
    if (extraction.kind !== 'article') throw new Error('not an article');
    expect(articleLanguage(extraction.article)).toEqual(NOT_ENGLISH[slug] ?? { english: true });
  });

  it('gets no related coverage from the seed corpus', () => {
    if (extraction.kind !== 'article') throw new Error('not an article');
    expect(findRelated(extraction.article, index)).toEqual([]);
  });
});
