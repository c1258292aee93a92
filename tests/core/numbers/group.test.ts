import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import { compareNumbers, numberFeatures, numberFeaturesSchema, type NumbersSection } from '../../../src/core/numbers/index.js';
import { PackError } from '../../../src/core/analysis/schema.js';
import { comparedOf } from './helpers.js';

const context = { idfOf: () => 1 };

function compare(page: string, ...others: string[]): NumbersSection {
  const article = (body: string, publishedAt?: string) => articleFromPlainText(`Headline\n${body}`, publishedAt ? { publishedAt } : {});
  return compareNumbers(
    comparedOf(CURRENT, article(page)),
    others.map((o, i) => comparedOf(`other-${i}`, article(o), 'same-event')),
    context,
  );
}

describe('verdicts', () => {
  it('calls wordings of one figure consistent', () => {
    const section = compare(
      'The group has launched over 600 attacks in the past year.',
      'It was involved in at least 600 attacks in the past year.',
      'It conducted more than 600 attacks in the past year.',
    );
    expect(section).toHaveLength(1);
    expect(section[0]).toMatchObject({ verdict: 'consistent' });
    expect(section[0]!.figures.map((f) => f.articleId)).toEqual([CURRENT, 'other-0', 'other-1']);
  });

  it('does not set one article\'s magnitude against another\'s when an article tells of two quakes (ECB+ 37, West Papua)', () => {
    const single = 'Indonesia\'s West Papua province was hit by a magnitude 6.1 earthquake today, the latest powerful tremor to shake the region.';
    const other = 'Manrosan said that the 7.7 magnitude quake damaged 42 government office buildings.';
    const twoQuakes = 'One of the quakes -- a 7.3-magnitude tremor -- was felt as far away as Australia. Residents near the epicenter in Papua province rushed from their homes shortly after the first 7.6-magnitude quake struck.';
    // Two single magnitudes that cannot meet are a disagreement...
    expect(compare(single, other).map((g) => g.verdict)).toEqual(['diverges']);
    // ...until a third article gives two magnitudes for "the quake": the coverage tells of several quakes.
    expect(compare(single, other, twoQuakes).map((g) => g.verdict)).not.toContain('diverges');
  });

  it('still sets counts against each other when an article gives a part of its count ("four bombs ... two fell on an airstrip")', () => {
    const section = compare(
      'Five bombs were dropped on the Yida camp, of which four exploded, they told our correspondent.',
      'An Antonov bomber dropped four bombs on the Yida camp. According to an aid worker, two bombs fell on an airstrip.',
      'Four bombs were dropped on the Yida camp within just a few moments.',
    );
    expect(section.map((g) => g.verdict)).toContain('diverges');
  });

  it('calls a converted length consistent', () => {
    const section = compare('They share a 2,600km (1,600-mile) border.', 'The 2,600-kilometer frontier is contested.');
    expect(section.map((g) => g.verdict)).toEqual(['consistent']);
    expect(section[0]!.figures[0]).toMatchObject({ text: '2,600km (1,600-mile)', unit: 'km', sentence: 'They share a 2,600km (1,600-mile) border.' });
  });

  it('calls a lower bound and a figure past OPEN_BOUND_FACTOR times it diverging', () => {
    const section = compare('Raids left at least 23 Italian soldiers dead.', 'Rebels reported 58 Italian military casualties.');
    expect(section.map((g) => g.verdict)).toEqual(['diverges']);
    expect(compare('Raids left at least 23 Italian soldiers dead.', 'Rebels reported 40 Italian military casualties.').map((g) => g.verdict)).toEqual(['consistent']);
  });

  it('calls different dates of one event diverging', () => {
    expect(compare('The fighting first erupted on March 3 near the river.', 'The fighting erupted on March 4 in the hills.').map((g) => g.verdict)).toEqual(['diverges']);
    expect(compare('The fighting erupted on March 3.', 'Fighting broke out on March 3, officials said.').map((g) => g.verdict)).toEqual(['consistent']);
  });

  it('shows a narrower group on the same period as a different subject', () => {
    const section = compare(
      'Police suffered over 900 fatalities in the first half of this year, the institute said.',
      'At least 950 deaths were recorded in the first half of this year, according to the institute.',
    );
    expect(section.map((g) => g.verdict)).toEqual(['different-subject']);
  });

  it('never flags a consistent pair as diverging (property over qualifier pairs)', () => {
    const qualifiers = ['', 'at least ', 'more than ', 'over ', 'about ', 'nearly ', 'up to ', 'some '];
    for (const q of qualifiers) {
      for (const r of qualifiers) {
        for (const [a, b] of [[600, 600], [600, 640], [1000, 1100], [23, 40]] as const) {
          const section = compare(`Rebels staged ${q}${a} attacks in the past year.`, `The group carried out ${r}${b} attacks in the past year.`);
          const g = section[0]!;
          const [fa, fb] = g.figures;
          const overlap = fa!.low! <= fb!.high! && fb!.low! <= fa!.high!;
          expect(g.verdict, `${q}${a} / ${r}${b}`).toBe(overlap ? 'consistent' : 'diverges');
        }
      }
    }
  });

  it('does not flag disagreements on generic or unlexicalised counts', () => {
    expect(compare('He hosted the show three times.', 'He hosted it eight times.')).toEqual([]);
    expect(compare('Dozens of people died.', 'A strike killed eight people.').filter((g) => g.verdict === 'diverges')).toEqual([]);
    expect(compare('She has 12 children.', 'The two children were unhurt.', 'He had eight children.').filter((g) => g.verdict === 'diverges')).toEqual([]);
  });

  it('compares follow-ups among themselves, not with the page', () => {
    const page = comparedOf(CURRENT, articleFromPlainText('Headline\nThe fighting erupted on March 3.'));
    const f1 = comparedOf('f1', articleFromPlainText('Headline\nThe fighting erupted on March 9.'), 'follow-up');
    const f2 = comparedOf('f2', articleFromPlainText('Headline\nThe fighting erupted on March 10.'), 'follow-up');
    const section = compareNumbers(page, [f1, f2], context);
    expect(section).toHaveLength(1);
    expect(section[0]!.figures.map((f) => f.articleId)).toEqual(['f1', 'f2']);
  });
});

describe('features', () => {
  const article = articleFromPlainText('Headline\nRaids left at least 23 soldiers dead on Saturday. The 2,600km border closed.', { publishedAt: '2025-10-19' });

  it('cite sentences by index and JSON round-trip through the schema unchanged', () => {
    const features = numberFeatures(article);
    expect(features.figures.map((f) => [f.sentence, f.text])).toEqual([[0, 'at least 23'], [0, 'Saturday'], [1, '2,600km']]);
    const json = JSON.parse(JSON.stringify(features));
    expect(numberFeaturesSchema(json, 'features')).toEqual(features);
  });

  it('rejects malformed features', () => {
    const good = JSON.parse(JSON.stringify(numberFeatures(article)));
    expect(() => numberFeaturesSchema({ figures: 'x' }, 'f')).toThrow(PackError);
    expect(() => numberFeaturesSchema({ figures: [{ ...good.figures[0], low: 'many' }] }, 'f')).toThrow(PackError);
    expect(() => numberFeaturesSchema({ figures: [{ ...good.figures[0], measure: 'volume' }] }, 'f')).toThrow(PackError);
    expect(() => numberFeaturesSchema({ figures: [{ ...good.figures[0], sentence: -1 }] }, 'f')).toThrow(PackError);
    expect(() => numberFeaturesSchema({ figures: new Array(401).fill(good.figures[0]) }, 'f')).toThrow(PackError);
    expect(() => numberFeaturesSchema({ figures: [{ ...good.figures[0], subject: { what: 'x' } }] }, 'f')).toThrow(PackError);
  });
});

describe('robustness of the whole analysis', () => {
  const runs: Record<string, string> = {
    figures: 'x 1 '.repeat(20000),
    tolls: 'killed 5 people '.repeat(5000),
    vague: 'dozens of people were killed and '.repeat(3000),
    periods: 'in the past year 5 attacks '.repeat(3000),
    dates: 'erupted on October 10 and '.repeat(3000),
    commas: '1,'.repeat(20000),
    quotes: '"'.repeat(20000),
    letters: 'a'.repeat(50000),
  };
  it.each(Object.entries(runs))('%s: never throws, caps the figures kept', (_name, text) => {
    const features = numberFeatures({ title: 't', paragraphs: [text] });
    expect(features.figures.length).toBeLessThanOrEqual(400);
    expect(numberFeaturesSchema(JSON.parse(JSON.stringify(features)), 'f')).toEqual(features);
    const page = { id: CURRENT, title: 't', sentences: [text], features };
    expect(() => compareNumbers(page, [{ ...page, id: 'other', relation: 'same-event' }], context)).not.toThrow();
  });
});

describe('dates in different places', () => {
  it('keeps talks in two cities apart', () => {
    expect(compare('The talks began in Doha on March 3.', 'The talks began in Vienna on March 9.')).toEqual([]);
    expect(compare('The talks began in Doha on March 3.', 'Talks began on March 9 in Doha.').map((g) => g.verdict)).toEqual(['diverges']);
  });
});

describe('dates with and without a publication date', () => {
  it('compares a resolved date with a month-day by month and day', () => {
    const dated = comparedOf(CURRENT, articleFromPlainText('Headline\nThe fighting erupted on October 10.', { publishedAt: '2025-10-19' }));
    const undated = comparedOf('o', articleFromPlainText('Headline\nThe fighting erupted on October 11.'), 'same-event');
    const section = compareNumbers(dated, [undated], context);
    expect(section.map((g) => g.verdict)).toEqual(['diverges']);
    expect(section[0]!.figures.map((f) => f.unit)).toEqual(['month-day', 'month-day']);
  });
});
