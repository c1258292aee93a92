// Matching from a pack's match index alone, on 150 ECB+ articles: a corpus-scale check, so in
// `npm test` but not in the fast `npm run test:unit` loop, which runs the same check on the seed pack
// (moved from tests/core/corpus/pack-file.test.ts unchanged).
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/core/corpus/pack.js';
import { encodePack, matchOnlyPack, readHeader, readIndex, readRecord } from '../../src/core/corpus/pack-file.js';
import { ANALYSES } from '../../src/core/analyses.js';
import { articleFromPlainText } from '../../src/core/article.js';
import { findRelated, indexPack } from '../../src/core/match/related.js';
import { buildReport } from '../../src/core/report.js';
import { ecbRecords } from '../helpers.js';

describe('matching from the match index alone', () => {
  it('relates the same articles, with the same dates, as the whole pack, and a report from the records read then is the same', () => {
    // ECB+ articles without their addresses: their dates come from their text alone.
    const inputs = ecbRecords().slice(0, 150).map((r) => ({ id: r.id, article: articleFromPlainText(`${r.title}\n\n${r.text}`) }));
    const whole = buildPack('ECB+', inputs);
    const file = encodePack(whole).trimEnd().split('\n');
    const header = readHeader(file[0]!);
    const part = readIndex(file[1]!, header);
    expect(part.entries.filter((e) => e.dateText).length).toBeGreaterThan(20);
    const wholeIndex = indexPack(whole);
    for (const { article } of inputs.slice(0, 30)) {
      // A fresh one per page, as the CLI opens one per comparison.
      const light = matchOnlyPack(header, part);
      const index = indexPack(light);
      const related = findRelated(article, index);
      expect(related).toEqual(findRelated(article, wholeIndex));
      for (const { id } of related) {
        const at = light.articles.findIndex((a) => a.id === id);
        light.articles[at] = readRecord(file[2 + at]!, part.entries[at]!, part.shapes, ANALYSES);
      }
      expect(JSON.stringify(buildReport(article, index))).toBe(JSON.stringify(buildReport(article, wholeIndex)));
    }
  }, 120_000);
});
