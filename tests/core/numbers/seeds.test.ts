import { describe, expect, it } from 'vitest';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import type { NumberGroup } from '../../../src/core/numbers/index.js';
import { seedId } from '../../helpers.js';
import { seedSection } from './helpers.js';

const SEEDS = ['000', '001', '002', '003', '004'];

/** The group holding all these figures (seed prefix and figure text), seen with `page` as the current article. */
function groupWith(section: NumberGroup[], page: string, figures: [string, string][]): NumberGroup | undefined {
  const idOf = (prefix: string) => (prefix === page ? CURRENT : seedId(prefix));
  return section.find((g) => figures.every(([prefix, text]) => g.figures.some((f) => f.articleId === idOf(prefix) && f.text === text)));
}

describe.each(SEEDS)('seed %s as the current article', (page) => {
  const { section } = seedSection(page);

  it('"at least 23 Pakistani soldiers dead" (001) and "58 Pakistani military casualties" (002) diverge', () => {
    const g = groupWith(section, page, [['001', 'at least 23'], ['002', '58']]);
    expect(g?.verdict).toBe('diverges');
    expect(g?.figures.find((f) => f.text === '58')?.sentence).toContain('58 Pakistani military casualties');
  });

  it('says that 002\'s "58" is the Taliban\'s claim and its "more than 200" Islamabad\'s', () => {
    const g = groupWith(section, page, [['001', 'at least 23'], ['002', '58']]);
    expect(g?.figures.find((f) => f.text === '58')?.claimedBy).toBe('the Taliban');
  });

  it('"For almost two weeks" (001) and "after a week" of clashes (004) diverge', () => {
    const g = groupWith(section, page, [['001', 'almost two weeks'], ['004', 'a week']]);
    expect(g?.verdict).toBe('diverges');
    expect(g?.timeline).toBeUndefined();
  });

  it('"more than 200 Taliban fighters" killed (002) and the later "Dozens of Afghan fighters" (003) disagree on a timeline', () => {
    const g = groupWith(section, page, [['002', 'more than 200'], ['003', 'Dozens']]);
    expect(g).toMatchObject({ verdict: 'diverges', timeline: true });
    expect(g?.figures.find((f) => f.text === 'more than 200')?.claimedBy).toBe('Islamabad');
    // The follow-up's figure is marked as later coverage seen from the Doha articles, and the Doha figure as earlier seen from 003.
    const marked = g?.figures.find((f) => f.articleId !== CURRENT && f.development);
    expect(marked?.development).toBe(page === '003' ? 'earlier' : 'later');
  });

  it('"over 600", "at least 600" and "more than 600" attacks are consistent', () => {
    expect(groupWith(section, page, [['000', 'over 600'], ['002', 'at least 600'], ['004', 'more than 600']])?.verdict).toBe('consistent');
  });

  it('the 2,600km (1,600-mile) border and the 2,600-kilometer frontier are consistent', () => {
    const g = groupWith(section, page, [['004', '2,600km (1,600-mile)'], ['002', '2,600-kilometer']]);
    expect(g?.verdict).toBe('consistent');
    expect(g?.figures.every((f) => f.unit === 'km')).toBe(true);
  });

  it('"erupted on October 10" (002) and "erupted on October 11" (004) diverge', () => {
    expect(groupWith(section, page, [['002', 'October 10'], ['004', 'October 11']])?.verdict).toBe('diverges');
  });

  it('security forces\' fatalities (002) and deaths overall (004) over the same period are a different subject', () => {
    expect(groupWith(section, page, [['002', 'over 2,400'], ['004', 'At least 2,414']])?.verdict).toBe('different-subject');
  });

  it('flags as diverging only groups with two articles whose figures cannot meet', () => {
    for (const g of section.filter((x) => x.verdict === 'diverges')) {
      const byArticle = new Map<string, NumberGroup['figures']>();
      for (const f of g.figures) byArticle.set(f.articleId, [...(byArticle.get(f.articleId) ?? []), f]);
      const lists = [...byArticle.values()];
      const disjoint = lists.some((a, i) => lists.some((b, j) => j > i && a.every((x) => b.every((y) => x.high! < y.low! || y.high! < x.low!))));
      expect(disjoint, g.subject).toBe(true);
    }
  });

  it('lists diverging groups first and cites every figure\'s full sentence', () => {
    const order = section.map((g) => g.verdict);
    expect(order.indexOf('diverges')).toBe(0);
    expect(order.lastIndexOf('diverges')).toBeLessThan(order.indexOf('consistent'));
    for (const g of section) for (const f of g.figures) expect(f.sentence).toContain(f.text);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(section))).toEqual(section);
  });
});
