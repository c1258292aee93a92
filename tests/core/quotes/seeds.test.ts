import { describe, expect, it } from 'vitest';
import { seedId, seedInputs } from '../../helpers.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import { quotesFeatures, quotesFeaturesSchema, type QuoteGroup, type QuotesSection } from '../../../src/core/quotes/index.js';
import { seedSections } from './seed-setup.js';

const sections = seedSections();
const ids = seedInputs().map((s) => s.id);
const label = (id: string) => (id === CURRENT ? 'current' : id.slice(0, 3));

function groupWith(section: QuotesSection, words: string): QuoteGroup {
  const group = section.find((g) => g.renderings.some((r) => r.text.includes(words)));
  if (!group) throw new Error(`no group with "${words}"`);
  return group;
}

/** The seeds that carry each statement, whichever seed is the page. */
function outlets(group: QuoteGroup, current: string): string[] {
  return [...new Set(group.renderings.map((r) => (r.articleId === CURRENT ? current.slice(0, 3) : label(r.articleId))))].sort();
}

describe('seed quotes from every seed’s point of view', () => {
  for (const id of ids) {
    const section = sections.get(id) ?? [];
    describe(`seed ${id.slice(0, 3)} as the page`, () => {
      it('001’s “Neither country will undertake any hostile actions” is a truncation of 004’s fuller statement', () => {
        const group = groupWith(section, 'hostile actions against the other.');
        expect(group.verdict).toBe('truncated');
        expect(group.speaker).toMatch(/^Zabi(?:h)?ullah Muja(?:hid|hed)$/u);
        expect(outlets(group, id)).toEqual(expect.arrayContaining(['001', '004']));
        const full = group.renderings.find((r) => r.text.includes('nor will they support groups'));
        expect(full?.relation).toBe('reference');
        const part = group.renderings.find((r) => r.text.startsWith('Neither country'));
        expect(part?.relation).toBe('truncated');
        expect(part?.diff?.some((d) => d.removed && d.value.includes('nor will they support groups'))).toBe(true);
      });

      it('Khawaja Asif’s statement is a variant between 001 and 004', () => {
        const group = groupWith(section, 'will be stopped immediately');
        expect(group.speaker).toBe('Khawaja Asif');
        expect(group.verdict).toBe('variant');
        expect(group.renderings.some((r) => r.text.startsWith('Cross-border terrorism from Afghan territory will cease immediately'))).toBe(true);
        expect(outlets(group, id)).toEqual(['000', '001', '004']);
      });

      it('Ishaq Dar’s “first step in the right direction”, with 000’s title-only “Pakistan’s Foreign Minister” linked to him', () => {
        const group = groupWith(section, 'step in the right direction');
        expect(group.speaker).toMatch(/Ishaq Dar$/u);
        expect(outlets(group, id)).toEqual(['000', '002', '004']);
        expect(group.verdict).toBe('truncated');
      });

      it('Ishaq Dar’s “verifiable monitoring mechanism” statement is a variant between 002 and 004', () => {
        const group = groupWith(section, 'verifiable monitoring mechanism');
        expect(group.speaker).toMatch(/Ishaq Dar$/u);
        expect(outlets(group, id)).toEqual(['002', '004']);
        expect(group.verdict).toBe('variant');
      });

      it('puts the page’s own statements first and lists single-source ones', () => {
        if (id.startsWith('003')) return; // 003 quotes nobody by name
        expect(section[0]?.renderings.some((r) => r.articleId === CURRENT)).toBe(true);
        expect(section.some((g) => g.verdict === 'single-source')).toBe(true);
        for (const g of section) for (const r of g.renderings) expect(r.sentence.length).toBeGreaterThan(0);
      });
    });
  }

  it('001’s reported “pledge not to support groups” is a paraphrase rendering of the same statement', () => {
    const group = groupWith(sections.get(seedId('004')) ?? [], 'hostile actions against the other, nor will they');
    const indirect = group.renderings.find((r) => r.indirect);
    expect(indirect?.relation).toBe('paraphrase');
    expect(indirect?.text).toContain('pledge not to support groups');
  });

  it('attributes nothing in 003, which names no speaker next to its quotes', () => {
    const f = quotesFeatures(seedInputs().find((s) => s.id === seedId('003'))?.article ?? { title: '', paragraphs: [] });
    expect(f.quotes.length).toBeGreaterThan(5);
    expect(f.quotes.filter((q) => q.speaker)).toEqual([]);
  });

  it('keeps the scare quote ‘immediate ceasefire’ unattributed and gives 000’s Foreign Minister as a role', () => {
    const f = quotesFeatures(seedInputs().find((s) => s.id === seedId('000'))?.article ?? { title: '', paragraphs: [] });
    expect(f.quotes.find((q) => q.text === 'immediate ceasefire')?.speaker).toBeUndefined();
    expect(f.quotes.find((q) => q.text.startsWith('first step'))?.role).toBe('Pakistan’s Foreign Minister');
    expect(f.quotes.find((q) => q.text === 'hostile actions')?.speaker).toBe('Zabihullah Mujahid');
    expect(f.quotes.find((q) => q.text.startsWith('terrorism from Afghanistan on Pakistan’s soil'))?.speaker).toBe('Khawaja Asif');
  });

  it('reads 004’s speakers, channels, pronouns and split quotes', () => {
    const f = quotesFeatures(seedInputs().find((s) => s.id === seedId('004'))?.article ?? { title: '', paragraphs: [] });
    const by = (words: string) => f.quotes.find((q) => q.text.includes(words));
    expect(by('It has been decided')?.speaker).toBe('Zabihullah Mujahid');
    expect(by('It has been decided')?.channel).toBe('in a post on X');
    expect(by('Show me one piece of evidence')?.speaker).toBe('Abdullah Baheer');
    expect(by('This logic of bombing')?.speaker).toBe('Abdullah Baheer');
    expect(by('concrete and verifiable monitoring')?.speaker).toBe('Ishaq Dar');
    expect(by('concrete and verifiable monitoring')?.sentences?.length).toBe(2);
    expect(f.speakers.find((s) => s.name === 'Ishaq Dar')?.descriptions).toContain('Pakistan’s Deputy Prime Minister and Foreign Minister');
    expect(f.speakers.find((s) => s.name === 'Zabihullah Mujahid')?.descriptions).toContain('the Taliban spokesperson');
  });

  it('round-trips every seed’s features through the schema unchanged', () => {
    for (const { article } of seedInputs()) {
      const features = quotesFeatures(article);
      const json = JSON.parse(JSON.stringify(features));
      expect(quotesFeaturesSchema(json, 'features')).toEqual(features);
      expect(JSON.parse(JSON.stringify(features))).toEqual(features);
    }
  });

  it('rejects malformed features', () => {
    const bad: unknown[] = [
      null,
      { quotes: [] },
      { quotes: [{ sentence: -1, text: 'x', indirect: false }], speakers: [] },
      { quotes: [{ sentence: 1.5, text: 'x', indirect: false }], speakers: [] },
      { quotes: [{ sentence: 1, text: 5, indirect: false }], speakers: [] },
      { quotes: [{ sentence: 1, text: 'x', indirect: 'no' }], speakers: [] },
      { quotes: [{ sentence: 1, text: 'x'.repeat(5000), indirect: false }], speakers: [] },
      { quotes: Array.from({ length: 1000 }, () => ({ sentence: 1, text: 'x', indirect: false })), speakers: [] },
      { quotes: [], speakers: [{ name: 'A', descriptions: 'the mayor' }] },
    ];
    for (const b of bad) expect(() => quotesFeaturesSchema(b, 'features')).toThrow();
  });
});
