import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/core/english/names.js';
import { collectQuotes } from '../../../src/core/quotes/collect.js';
import { clusterNames } from '../../../src/core/quotes/speakers.js';
import { ecbRecords } from '../../helpers.js';

// One reading of "is this person-name the same person as that one" (english/names.ts compareNames), used by the quotes
// analysis (a speaker's statements across outlets) and by framing (a voice takes the side the coverage states for the
// person). Before stop 21 each had its own: quotes' compareNames missed short forms of a first name, framing's
// sameFullName joined first names that only begin alike and missed a surname spelled with one letter more.
const records = ecbRecords();
/** The people an ECB+ event's articles credit quoted words to, as the quotes reader names them. */
function speakersOf(topic: number, event: string): string[] {
  const names = new Set<string>();
  for (const r of records.filter((x) => x.topic === topic && x.event === event)) {
    const paragraphs = [r.title, ...r.text.split(/\n/u)].map((p) => p.trim()).filter(Boolean);
    const features = collectQuotes({ paragraphs });
    for (const q of features.quotes) if (q.speaker) names.add(q.speaker);
    for (const s of features.speakers) names.add(s.name);
  }
  return [...names];
}

describe('one person under two forms of a name, in real coverage', () => {
  it('joins a short form of a first name to the full one ("Stan"/"Stanley Perlo", "Dave"/"David Rossi")', () => {
    const perlo = speakersOf(16, '16plus').filter((n) => /Perlo$/u.test(n));
    expect(perlo).toEqual(expect.arrayContaining(['Stan Perlo', 'Stanley Perlo']));
    expect(new Set(clusterNames(perlo)).size).toBe(1);
    const rossi = speakersOf(33, '33').filter((n) => /Rossi$/u.test(n));
    expect(rossi).toEqual(expect.arrayContaining(['Dave Rossi', 'David Rossi']));
    expect(new Set(clusterNames(rossi)).size).toBe(1);
  });

  it('keeps a sister and her brother apart, whose first names only begin alike (Charlene and Charlie Kafoury)', () => {
    const kafoury = speakersOf(18, '18plus').filter((n) => /Kafoury$/u.test(n));
    expect(kafoury).toEqual(expect.arrayContaining(['Charlene Kafoury', 'Charlie Kafoury']));
    expect(compareNames('Charlene Kafoury', 'Charlie Kafoury')).toBe(false);
  });

  it('reads a surname written with a letter more, an initial and a possessive before the name as the same person', () => {
    // ECB+ 32: "Gregg Milliote, spokesman for the Bristol County District Attorney's Office" and "DA spokesman Gregg Miliote".
    expect(compareNames('Gregg Milliote', 'Gregg Miliote')).toBe('same');
    expect(compareNames('A.J. Butler', 'AJ Butler')).toBe('same');
    expect(compareNames("Interoute's Wright", 'Jonathan Wright')).toBe('surname');
  });
});
