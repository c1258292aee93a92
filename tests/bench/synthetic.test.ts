// The pack table's synthetic articles (scripts/bench/synthetic.ts): distinct from their real
// original and from each other, with invented names and figures used consistently.
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../src/core/article.js';
import { termCounts } from '../../src/core/match/features.js';
import { inventedName, SyntheticArticles, type RealArticle } from '../../scripts/bench/synthetic.js';
import { ecbRecords } from '../helpers.js';

const reals: RealArticle[] = ecbRecords().map((r) => ({ id: r.id, event: r.event, article: articleFromPlainText(`${r.title}\n\n${r.text}`) }));
const synthetic = new SyntheticArticles(reals);
const names = (terms: Record<string, number>) => Object.keys(terms).filter((t) => t.startsWith('name:'));
const rareNameTerms = (k: number) => {
  const held = new Map<string, number>();
  for (const { article } of reals) for (const name of names(termCounts(article))) held.set(name, (held.get(name) ?? 0) + 1);
  return names(termCounts(reals[k]!.article)).filter((name) => held.get(name)! < 15);
};

describe('synthetic articles for the pack table', () => {
  it('leaves copy 0 as the real article', () => {
    expect(synthetic.article(3, 0)).toEqual({ id: reals[3]!.id, article: reals[3]!.article });
  });

  it('gives every copy of an article its own text, ids and names', () => {
    const k = reals.findIndex((r) => r.id === '1_10ecb');
    const copies = [1, 2, 3].map((copy) => synthetic.article(k, copy));
    expect(new Set(copies.map((c) => c.id)).size).toBe(3);
    expect(new Set(copies.map((c) => c.article.paragraphs.join('\n'))).size).toBe(3);
    // "Tara Reid checked herself into Promises Treatment Center": the names are invented, the words around them stay.
    expect(reals[k]!.article.title).toContain('Tara Reid');
    for (const { article } of copies) {
      expect(article.title).not.toContain('Reid');
      expect(article.title).toContain('checked herself into');
    }
    // A name few real articles hold is gone from every copy, and no two copies share an invented name.
    const only = rareNameTerms(k);
    expect(only.length).toBeGreaterThan(0);
    const copyNames = copies.map(({ article }) => names(termCounts(article)));
    for (const held of copyNames) for (const name of only) expect(held).not.toContain(name);
    const invented = copyNames.map((held) => held.filter((name) => !names(termCounts(reals[k]!.article)).includes(name)));
    expect(invented[0]!.length).toBeGreaterThan(0);
    expect(invented[0]!.filter((name) => invented[1]!.includes(name) || invented[2]!.includes(name))).toEqual([]);
  });

  it('substitutes a name the same way wherever it occurs in one copy, across the articles of one event', () => {
    const event = reals.filter((r) => r.id.startsWith('1_') && /Reid/.test(r.article.paragraphs.join(' ')));
    expect(event.length).toBeGreaterThan(2);
    const count = (text: string, word: string) => text.split(new RegExp(`\\b${word}\\b`)).length - 1;
    for (const copy of [1, 7]) {
      const invented = synthetic.rewrite('Reid', copy);
      expect(invented).toMatch(/^[A-Z][a-z]{7}$/);
      // Every "Reid" of every article of the event, and nothing else, becomes that one word in this copy.
      for (const r of event) {
        const original = r.article.paragraphs.join(' ');
        const made = synthetic.article(reals.indexOf(r), copy).article.paragraphs.join(' ');
        expect(count(made, invented)).toBe(count(original, 'Reid'));
        expect(count(made, 'Reid')).toBe(0);
      }
      // No other copy has it.
      expect(count(synthetic.article(reals.indexOf(event[0]!), copy + 1).article.paragraphs.join(' '), invented)).toBe(0);
    }
  });

  it('keeps names common in the real corpus, and changes rare figures consistently', () => {
    const k = reals.findIndex((r) => / Tuesday/.test(r.article.paragraphs.join(' ')));
    expect(synthetic.article(k, 4).article.paragraphs.join(' ')).toContain(' Tuesday');
    const withFigure = reals.findIndex((r) => /\b\d{1,3},\d{3}\b/.test(r.article.paragraphs.join(' ')));
    const figure = /\b\d{1,3},\d{3}\b/.exec(reals[withFigure]!.article.paragraphs.join(' '))![0];
    const once = synthetic.article(withFigure, 5).article.paragraphs.join(' ');
    const again = synthetic.article(withFigure, 5).article.paragraphs.join(' ');
    expect(once).toBe(again);
    expect(once).not.toContain(figure);
    expect(synthetic.article(withFigure, 6).article.paragraphs.join(' ')).not.toBe(once);
  });

  it('dates each synthetic event once, within one year, and events apart', () => {
    const sameEvent = reals.map((r, k) => [r, k] as const).filter(([r]) => r.event === reals[0]!.event);
    const dates = new Set(sameEvent.map(([, k]) => synthetic.article(k, 2).article.publishedAt));
    expect(dates.size).toBe(1);
    const all = new Set(reals.map((_, k) => synthetic.article(k, 2).article.publishedAt!.slice(0, 10)));
    expect(all.size).toBeGreaterThan(30);
    for (const date of all) expect(date.startsWith('2025-')).toBe(true);
  });

  it('invents a different word for every number', () => {
    const words = new Set(Array.from({ length: 20_000 }, (_, n) => inventedName(n * 97)));
    expect(words.size).toBe(20_000);
  });
});
