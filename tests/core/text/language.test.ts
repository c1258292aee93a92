import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLanguage } from '../../../src/core/text/language.js';
import { ecbRecords, FIXTURES, seedInputs } from '../../helpers.js';

const paragraphsOfPage = (name: string): string[] =>
  [...readFileSync(join(FIXTURES, 'hostile', name, 'page.html'), 'utf8').matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]!);

describe('articleLanguage', () => {
  it('reads every seed and every ECB+ article as English', () => {
    for (const { article } of seedInputs()) expect(articleLanguage(article)).toEqual({ english: true });
    for (const record of ecbRecords()) expect(articleLanguage({ title: record.title, paragraphs: record.text.split('\n') }), record.id).toEqual({ english: true });
  });

  // The real saved pages of mozilla/readability are read, each once, in tests/extract/readability-pages.test.ts (the full suite).

  it('names the declared language of an article that is not English', () => {
    expect(articleLanguage({ title: 'Stadtrat', paragraphs: paragraphsOfPage('non-english-german'), lang: 'de' })).toEqual({ english: false, name: 'German' });
    expect(articleLanguage({ title: 'الجسر', paragraphs: paragraphsOfPage('rtl-arabic'), lang: 'ar' })).toEqual({ english: false, name: 'Arabic' });
    expect(articleLanguage({ title: '桥梁', paragraphs: ['市议会周二晚间批准了老港口大桥的维修计划，结束了长达两年的争论。'.repeat(5)], lang: 'zh-CN' })).toEqual({ english: false, name: 'Chinese' });
  });

  it('goes by the text when the page declares the wrong language, and does not name it', () => {
    expect(articleLanguage({ title: 'Le conseil', paragraphs: paragraphsOfPage('mislabelled-french'), lang: 'en' })).toEqual({ english: false });
    const english = seedInputs()[0]!.article;
    expect(articleLanguage({ ...english, lang: 'de' })).toEqual({ english: true });
  });

  it('lets the declared language decide for a few words, and survives malformed tags', () => {
    expect(articleLanguage({ title: 'Brücke', paragraphs: ['Neue Brücke.'], lang: 'de' })).toEqual({ english: false, name: 'German' });
    expect(articleLanguage({ title: 'Bridge', paragraphs: ['New bridge.'] })).toEqual({ english: true });
    for (const lang of ['<script>', 'xx-!!', '', 'en_US', 'q'.repeat(10_000), 'zzz']) {
      expect(() => articleLanguage({ title: 'Brücke', paragraphs: ['Neue Brücke.'], lang })).not.toThrow();
    }
    expect(articleLanguage({ title: 'x', paragraphs: ['y'], lang: 'zzz' })).toEqual({ english: false });
  });
});
