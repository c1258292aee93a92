// resolveActors looks for the place a demonym names only among the words that begin as it does (their first four
// letters, lower-cased), not among every word of the coverage's names: that is sound only while isDemonymOf, for a
// word or its singular, never admits a place with another opening. Checked here on the name words of the corpora.
import { describe, expect, it } from 'vitest';
import { isDemonymOf } from '../../../src/core/english/titles.js';
import { ecbRecords, wclRecords } from '../../helpers.js';

const opening = (word: string) => word.toLowerCase().slice(0, 4);
const singular = (w: string) => (/[^s]s$/u.test(w) ? w.slice(0, -1) : undefined);

describe('demonyms and the places they name', () => {
  it('share their first four letters, for every pair of capitalised words of the corpora that isDemonymOf relates', () => {
    const words = new Set<string>();
    for (const record of [...ecbRecords().filter((_, i) => i % 20 === 0), ...wclRecords().filter((_, i) => i % 2 === 0)]) {
      for (const m of `${record.title} ${record.text}`.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) words.add(m[0].toLowerCase());
    }
    const list = [...words].sort();
    expect(list.length).toBeGreaterThan(1_000);
    let related = 0;
    const strays: string[] = [];
    for (const w of list) {
      for (const p of list) {
        const one = w !== p && isDemonymOf(w, p);
        const bySingular = singular(w) !== undefined && singular(w) !== p && isDemonymOf(singular(w) ?? '', p);
        if (!one && !bySingular) continue;
        related++;
        if (opening(w) !== opening(p)) strays.push(`${w} ${p}`);
      }
    }
    expect(related).toBeGreaterThan(20); // "pakistani pakistan", "russians russia", ...
    expect(strays).toEqual([]);
  });

});
