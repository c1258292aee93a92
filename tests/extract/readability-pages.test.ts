import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/cli/read-article.js';
import { collapseWhitespace } from '../../src/core/text/normalize.js';
import { findRelated } from '../../src/core/match/related.js';
import { FIXTURES, seedIndex } from '../helpers.js';

// Real saved pages from mozilla/readability's test suite (Apache-2.0; see LICENSE.md there).
const dir = join(FIXTURES, 'readability');
const pages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const index = seedIndex();

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

  it('gets no related coverage from the seed corpus', () => {
    if (extraction.kind !== 'article') throw new Error('not an article');
    expect(findRelated(extraction.article, index)).toEqual([]);
  });
});
