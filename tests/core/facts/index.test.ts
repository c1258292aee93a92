import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { compareFacts, factFeatures, factFeaturesSchema, summarise, type FactFeatures } from '../../../src/core/facts/index.js';
import { PackError } from '../../../src/core/analysis/schema.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { CURRENT, type Compared } from '../../../src/core/analysis/contract.js';
import type { Relation } from '../../../src/core/types.js';
import { seedInputs } from '../../helpers.js';

const idfOf = (term: string) => (['said', 'officials', 'city'].includes(term) ? 1 : 4);

function compared(id: string, text: string, relation?: Relation): Compared<FactFeatures> {
  const article = articleFromPlainText(text);
  const base = { id, title: article.title, sentences: articleSentences(article).map((s) => s.text), features: factFeatures(article) };
  return relation ? { ...base, relation } : base;
}

const HEAD = 'Flood hits river town\n';
const A = compared(CURRENT, `${HEAD}Heavy rain flooded the old river town of Marlow overnight, forcing hundreds of residents from their homes.\nThe mayor said the town's historic bridge had been closed to all traffic until engineers inspect it.\nA local bakery has offered free bread to every family staying in the emergency shelters this week.`);
const B = compared('b', `${HEAD}Hundreds of residents were forced from their homes after heavy rain flooded the river town of Marlow overnight.\nThe army sent two hundred soldiers to build sandbag walls along the swollen river banks.\nThe mayor closed the historic bridge to traffic until engineers have inspected it.`);
const C = compared('c', `${HEAD}Soldiers were sent to build sandbag walls along the river banks, officials said on Thursday.\nForecasters warned that more heavy rain is expected across the region on Friday and Saturday.`);
const LATER = compared('later', `${HEAD}A week after the flood, the town council voted to rebuild the river walls with national funds.\nForecasters warned that more heavy rain is expected across the region on Friday and Saturday.`, 'follow-up');

describe('compareFacts', () => {
  const section = compareFacts(A, [B, C, LATER], { idfOf });

  it('reports what other same-event outlets state and the article does not, most-supported first', () => {
    expect(section.outlets).toEqual(['b', 'c']);
    const first = section.omissions[0]!;
    expect(first.reportedBy.sort()).toEqual(['b', 'c']);
    expect(first.summary).toMatch(/sandbag walls/);
    expect(first.evidence.map((e) => e.articleId).sort()).toEqual(['b', 'c']);
    expect(first.evidence.every((e) => /sandbag/.test(e.sentence))).toBe(true);
  });

  it('does not list facts the article reports in other words', () => {
    expect(section.omissions.some((o) => o.evidence.some((e) => /bridge|forced from their homes/.test(e.sentence)))).toBe(false);
  });

  it('counts a follow-up against exclusivity but not as support for an omission', () => {
    // The forecast is in C (same event) and LATER (follow-up): supported by C alone.
    const forecast = section.omissions.find((o) => /Forecasters/.test(o.summary));
    expect(forecast?.reportedBy).toEqual(['c']);
    expect(section.omissions.some((o) => o.reportedBy.includes('later'))).toBe(false);
  });

  it('lists only-here facts with the article’s own sentence as evidence', () => {
    expect(section.exclusives.map((e) => e.evidence[0]!.sentence)).toEqual([A.sentences[2]]);
    expect(section.exclusives[0]!.evidence[0]!.articleId).toBe(CURRENT);
  });

  it('with nothing to compare with, everything is exclusive and nothing is missing', () => {
    const alone = compareFacts(A, [], { idfOf });
    expect(alone.omissions).toEqual([]);
    expect(alone.outlets).toEqual([]);
    expect(alone.exclusives).toHaveLength(3);
  });

  it('ignores units whose sentence index or clause range does not fit the article', () => {
    const broken: Compared<FactFeatures> = { ...B, features: { units: [{ sentence: 99, terms: ['flood', 'rain'], names: [], numbers: [] }, { sentence: 0, clause: [50, 10], terms: ['flood', 'rain', 'town'], names: [], numbers: [] }] } };
    const result = compareFacts(A, [broken], { idfOf });
    expect(result.omissions).toEqual([]);
  });

  it('is plain serialisable data', () => {
    expect(JSON.parse(JSON.stringify(section))).toEqual(section);
  });
});

describe('summaries', () => {
  it('take the shortest statement that reads as one, without its joining word', () => {
    expect(summarise(['and both sides agreed to free every prisoner held since the war began.', 'The two sides agreed to free all their prisoners, the statement said.'])).toBe('Both sides agreed to free every prisoner held since the war began.');
    expect(summarise(['while the minister hailed the accord as a first step, '])).toBe('The minister hailed the accord as a first step');
    expect(summarise([])).toBe('');
  });

  it('cut long statements at a word boundary with an ellipsis', () => {
    const long = `The committee ${'reviewed the long list of proposals '.repeat(12)}before lunch.`;
    const s = summarise([long]);
    expect(s.length).toBeLessThanOrEqual(221);
    expect(s.endsWith('…')).toBe(true);
    expect(long.startsWith(s.slice(0, -1))).toBe(true);
  });
});

describe('factFeaturesSchema', () => {
  it('round-trips seed features unchanged', () => {
    for (const { article } of seedInputs()) {
      const features = factFeatures(article);
      const json = JSON.parse(JSON.stringify(features));
      expect(factFeaturesSchema(json, 'features')).toEqual(features);
    }
  });

  it('rejects malformed features', () => {
    const bad: unknown[] = [
      null,
      {},
      { units: 'x' },
      { units: [{ sentence: -1, terms: [], names: [], numbers: [] }] },
      { units: [{ sentence: 1.5, terms: [], names: [], numbers: [] }] },
      { units: [{ sentence: 0, terms: [1], names: [], numbers: [] }] },
      { units: [{ sentence: 0, terms: [], names: [], numbers: [], clause: [1, 2, 3] }] },
      { units: [{ sentence: 0, terms: ['x'.repeat(81)], names: [], numbers: [] }] },
      { units: Array.from({ length: 5001 }, () => ({ sentence: 0, terms: [], names: [], numbers: [] })) },
    ];
    for (const b of bad) expect(() => factFeaturesSchema(b, 'features')).toThrow(PackError);
  });

  it('keeps prototype keys as plain data', () => {
    const parsed = factFeaturesSchema(JSON.parse('{"units":[],"__proto__":{"polluted":true}}'), 'f');
    expect(parsed).toEqual({ units: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
