import { describe, expect, it } from 'vitest';
import { hasHonorific, honorificAsLabel, splitTitle, withoutHonorific, withoutHonorificAtEnd } from '../../../src/core/english/titles.js';
import { articleFromPlainText } from '../../../src/core/article.js';
import { analysisFeatures } from '../../../src/core/corpus/pack.js';

// Name runs as news articles write them (the first two in ECB+): one title stripper, split after the leading titles or at the last one.
describe('splitTitle', () => {
  it('splits at the last title, keeping the body in front of it with the role, when a full name follows', () => {
    expect(splitTitle('California Highway Patrol Officer Brad Baehr', 'name', 'last')).toEqual({ role: 'California Highway Patrol Officer', name: 'Brad Baehr' });
    expect(splitTitle('Commerce Secretary Gary Locke', 'name', 'last')).toEqual({ role: 'Commerce Secretary', name: 'Gary Locke' });
    // Read from the start, the body is no title and the run is a name.
    expect(splitTitle('California Highway Patrol Officer Brad Baehr')).toEqual({ name: 'California Highway Patrol Officer Brad Baehr' });
  });

  it('reads from the start when no full name follows the last title', () => {
    expect(splitTitle('General Motors', 'name', 'last')).toEqual({ name: 'General Motors' });
    expect(splitTitle('Defence Minister Khawaja Asif', 'name', 'last')).toEqual({ role: 'Defence Minister', name: 'Khawaja Asif' });
    expect(splitTitle('President Obama', 'name', 'last')).toEqual({ role: 'President', name: 'Obama' });
  });
});

// One honorific list (names.ts HONORIFICS) for every reader that sets an honorific aside.
describe('honorifics', () => {
  it('sets the honorific in front of a name aside, with or without a full stop', () => {
    expect(withoutHonorific('Mr. Trump')).toBe('Trump');
    expect(withoutHonorific('Mr Trump')).toBe('Trump');
    expect(withoutHonorific('Miss Jenkin')).toBe('Jenkin');
    expect(withoutHonorific('Sir Kim Darroch')).toBe('Kim Darroch');
    // A capitalised word that only begins like one is a name.
    expect(withoutHonorific('Missouri Governor')).toBe('Missouri Governor');
    expect(withoutHonorific('Mrs')).toBe('Mrs');
    expect(hasHonorific('Dr. Moon')).toBe(true);
    expect(hasHonorific('Moon')).toBe(false);
    expect(withoutHonorificAtEnd('Defence Secretary Dr.')).toBe('Defence Secretary ');
  });

  it('writes an abbreviation with its full stop and a word without one', () => {
    expect(honorificAsLabel('Mr')).toBe('Mr.');
    expect(honorificAsLabel('Mr.')).toBe('Mr.');
    expect(honorificAsLabel('Sir')).toBe('Sir');
  });

  it('reads an owner written with an honorific and no full stop as one written with it', () => {
    const groups = (text: string) => analysisFeatures(articleFromPlainText(`Appeal\n${text}`)).framing.actors.mentions.filter((m) => m.key.startsWith('group:')).map((m) => m.key);
    expect(groups("Mr. Trump's lawyers said they would appeal.")).toEqual(['group:trump lawyers']);
    expect(groups("Mr Trump's lawyers said they would appeal.")).toEqual(['group:trump lawyers']);
  });
});
