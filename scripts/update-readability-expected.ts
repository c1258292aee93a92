// Writes tests/fixtures/readability/<page>/expected-text.json from the extractor's
// current output, as mozilla/readability keeps expected output beside each page.
// Run it only after reading the differences a change makes: the test compares against it.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromHtml } from '../src/cli/read-article.js';

const dir = 'tests/fixtures/readability';
for (const slug of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const extraction = extractFromHtml(readFileSync(join(dir, slug, 'source.html'), 'utf8'), `http://fixtures.invalid/${slug}/`);
  if (extraction.kind !== 'article') throw new Error(`${slug}: ${extraction.reason}`);
  const { paragraphs } = extraction.article;
  const expected = { paragraphCount: paragraphs.length, firstParagraph: paragraphs[0], lastParagraph: paragraphs.at(-1) };
  writeFileSync(join(dir, slug, 'expected-text.json'), `${JSON.stringify(expected, null, 2)}\n`);
}
console.log('updated');
