import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { compareFacts, factFeatures } from '../../../src/core/facts/index.js';
import { canonicalTerms } from '../../../src/core/facts/align.js';
import { clauseStarts, factUnits, numbersIn } from '../../../src/core/facts/units.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';

const idfOf = () => 4;
const NASTY = [
  'a'.repeat(50000),
  '"'.repeat(20000),
  '1,'.repeat(20000),
  ', and the'.repeat(5000),
  '; '.repeat(20000),
  ' — '.repeat(10000),
  '1.'.repeat(20000),
  `${'word '.repeat(3000)}?`,
  'Zz'.repeat(20000),
  '',
];

describe('facts on adversarial text', () => {
  it('never throws', () => {
    for (const text of NASTY) {
      clauseStarts(text);
      numbersIn(text);
      const article = articleFromPlainText(`Title here\n${text}\n${text}`);
      const sentences = articleSentences(article).map((s) => s.text);
      const features = factFeatures(article);
      expect(() => compareFacts({ id: CURRENT, title: 't', sentences, features }, [{ id: 'x', title: 't', sentences, features }], { idfOf })).not.toThrow();
    }
  });

  it('compares long articles in reasonable time', () => {
    const make = (seed: number) =>
      Array.from({ length: 600 }, (_, i) => `Officials in district ${(i * seed) % 97} reported that ${i % 13} bridges and ${i % 7} schools were damaged by the storm on day ${i % 31}.`).join('\n');
    const articles = [1, 3, 5].map((k) => articleFromPlainText(`Storm\n${make(k)}`));
    const compared = articles.map((a, i) => ({ id: i === 0 ? CURRENT : `a${i}`, title: 'Storm', sentences: articleSentences(a).map((s) => s.text), features: factFeatures(a) }));
    const section = compareFacts(compared[0]!, compared.slice(1), { idfOf });
    expect(section.outlets).toEqual(['a1', 'a2']);
  });

  it('merges variants over a large vocabulary without blowing up', () => {
    const terms = Array.from({ length: 20000 }, (_, i) => `term${i.toString(36)}x`);
    expect(canonicalTerms(terms, idfOf).size).toBeGreaterThan(0);
  });
});
