// Words that name Object.prototype's members ("constructor", "toString", "valueOf", "__proto__") are words a page can
// hold. Lookup tables keyed by page words must not find the inherited members: a framing rule called `.test` on
// Object.prototype ("__proto__ Kabul's decision"), and a pack build threw.
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/numbers/figures.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { buildReport } from '../../../src/core/report.js';
import { indexPack } from '../../../src/core/match/related.js';
import { wordTable } from '../../../src/core/text/word-table.js';
import { seedInputs } from '../../helpers.js';

const INHERITED = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf'];

describe('lookup tables keyed by page words', () => {
  it('hold only their own words', () => {
    const table = wordTable({ one: 1 });
    expect(table.one).toBe(1);
    for (const word of INHERITED) expect(table[word], word).toBeUndefined();
  });

  it('read numbers beside words named like Object.prototype members as numbers', () => {
    for (const word of INHERITED) {
      const { figures } = readFigures(`The ${word} said forty workers were hurt and ${word} two hundred fled.`);
      const values = figures.flatMap((f) => [f.low, f.high]);
      expect(values, word).toContain(40);
      expect(values.every((v) => Number.isFinite(v)), word).toBe(true);
    }
  });

  it('let a pack be built and a seed report be made on articles holding those words', () => {
    const seeds = seedInputs();
    const line = INHERITED.map((w) => `A ${w} said ${w} Kabul's decision cost forty ${w} lives and ${w} Islamabad disagreed.`).join(' ');
    const inputs = seeds.map(({ id, article }) => ({ id, article: { ...article, paragraphs: [...article.paragraphs, line] } }));
    const [page, ...others] = inputs;
    const report = buildReport(page!.article, indexPack(buildPack('words', others)));
    expect(report.related.length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toContain('function');
  });
});
