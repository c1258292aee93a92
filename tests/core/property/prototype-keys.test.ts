// Words that are also keys of every plain object ("constructor", "toString", "__proto__"):
// lookup tables keyed by words of page text once found Object's own functions under them
// ("{{constructor.constructor(...)}}" in a page made the numbers analysis throw). Each such key,
// in every position a lookup happens, must read as an ordinary word.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report.js';
import type { Article } from '../../../src/core/types.js';
import { seedIndex, seedInputs } from '../../helpers.js';
import { evidenceIn } from './arbitraries.js';

const KEYS = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'Constructor', 'CONSTRUCTOR'];
const index = seedIndex();
const seed = seedInputs()[1]!.article;

function sentencesWith(key: string): string[] {
  const Key = key.charAt(0).toUpperCase() + key.slice(1);
  return [
    `At least 23 ${key} were killed and ${key} 5 were hurt, ${key} said on Monday.`,
    `Several ${key} and a few ${key} hundred ${key} thousand, or 3 ${key}, ${key} ago.`,
    `"We will not stop," said ${Key} ${Key}, the ${key} of ${Key}, according to ${key}.`,
    `${Key} ${key} ${Key}: the ${key} ${key} by ${Key} ${Key} Mr. ${Key} told ${key} that ${key} {{${key}.${key}("x")()}}.`,
    `The ${key} army and ${key} forces clashed on the ${key} border; ${key} $4bn ${key} in ${Key} on ${key} 10 ${key}.`,
  ];
}

describe('words that are keys of Object.prototype', () => {
  it.each(KEYS)('%s: every analysis and the whole report read it as a word', (key) => {
    const article: Article = {
      title: `${seed.title} ${key}`,
      paragraphs: [...seed.paragraphs.slice(0, 6), ...sentencesWith(key), ...seed.paragraphs.slice(6)],
      siteName: key,
      publishedAt: '2025-10-19T00:00:00.000Z',
    };
    const report = buildReport(article, index);
    expect(report.related.length).toBeGreaterThan(0);
    expect(evidenceIn(report).length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
