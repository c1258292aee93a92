import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/cli/read-article.js';
import { FIXTURES } from '../helpers.js';

interface Expected {
  title: string;
  siteName: string;
  byline: string;
  publishedTime: string;
  firstParagraph: string;
  lastParagraph: string;
  paragraphCount: number;
  mustNotContain: string[];
}

const dir = join(FIXTURES, 'seed-pages');
const cases = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('extraction from article pages built around the seed texts', () => {
  it('has a page for every seed', () => expect(cases).toHaveLength(5));

  it.each(cases)('%s: headline, outlet, byline, date and every body paragraph, none of the site chrome', (name) => {
    const html = readFileSync(join(dir, name, 'page.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
    const extraction = extractFromHtml(html, `http://127.0.0.1/${name}.html`);
    if (extraction.kind !== 'article') throw new Error(`not read as an article: ${extraction.reason}`);
    const { article } = extraction;
    expect(article.title).toBe(expected.title);
    expect(article.siteName).toBe(expected.siteName);
    expect(article.byline).toContain(expected.byline);
    expect(Date.parse(article.publishedAt!)).toBe(Date.parse(expected.publishedTime));
    expect(article.lang).toBe('en');
    expect(article.paragraphs[0]).toBe(expected.firstParagraph);
    expect(article.paragraphs.at(-1)).toBe(expected.lastParagraph);
    expect(article.paragraphs).toHaveLength(expected.paragraphCount);
    const text = article.paragraphs.join('\n');
    for (const chrome of expected.mustNotContain) expect(text).not.toContain(chrome);
  });

  it('leaves the document it reads unchanged', async () => {
    const { JSDOM } = await import('jsdom');
    const { extractArticle } = await import('../../src/extract/article-from-document.js');
    const html = readFileSync(join(dir, cases[0]!, 'page.html'), 'utf8');
    const dom = new JSDOM(html, { url: 'http://127.0.0.1/page.html' });
    const before = dom.serialize();
    expect(extractArticle(dom.window.document, 'http://127.0.0.1/page.html').kind).toBe('article');
    expect(dom.serialize()).toBe(before);
  });
});

describe('withoutFurniture', async () => {
  const { withoutFurniture } = await import('../../src/extract/article-from-document.js');
  it('drops byline, date lines and promotions but keeps sentences that start the same way', () => {
    expect(
      withoutFurniture(
        ['By Jane Doe, Kabul bureau', 'Published 19 Oct 2025 · 8:40', 'By Monday, troops had left.', 'Read more: Markets slide', 'Talks went on.'],
        'Headline',
        'Jane Doe',
      ),
    ).toEqual(['By Monday, troops had left.', 'Talks went on.']);
  });
});
