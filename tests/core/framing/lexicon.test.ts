import { describe, expect, it } from 'vitest';
import { cuesIn, LEXICON } from '../../../src/core/framing/lexicon.js';
import { ONE_SIDED_SHARE, MIN_QUOTED_SENTENCES, oneSided } from '../../../src/core/framing/onesided.js';

const kinds = (s: string) => cuesIn(s).map((c) => `${c.kind}:${c.word}`);

describe('lexicon classes', () => {
  it('finds judging words', () => {
    expect(kinds('Rebels launched a brutal onslaught on the town.')).toEqual(['loaded:brutal', 'loaded:onslaught']);
    expect(kinds('The regime’s forces advanced.')).toEqual(['loaded:regime']);
  });

  it('tells doubt-casting from weight-lending attribution verbs, and leaves "said" alone', () => {
    expect(kinds('The ministry claimed the strike hit a depot.')).toEqual(['doubt:claimed']);
    expect(kinds('The army allegedly shelled the village.')).toEqual(['doubt:allegedly']);
    expect(kinds('The minister admitted the strike hit a school.')).toEqual(['weight:admitted']);
    expect(kinds('The ministry said the strike hit a depot.')).toEqual([]);
  });

  it('finds hedges but not the everyday modals', () => {
    expect(kinds('The leader was reportedly killed, and the toll apparently rose.')).toEqual(['hedge:reportedly', 'hedge:apparently']);
    expect(kinds('Talks could resume and may end soon.')).toEqual([]);
    expect(kinds('He will appear before magistrates on Monday.')).toEqual([]);
    expect(kinds('The talks appear to have stalled.')).toEqual(['hedge:appear']);
    expect(kinds('The visit proved longer than planned.')).toEqual([]);
    expect(kinds('The footage proves that the shot was fired first.')).toEqual(['weight:proves']);
    expect(kinds('Police have not revealed how the women died.')).toEqual([]);
    expect(kinds('Did anyone feel the quake, or perhaps wake up?')).toEqual([]);
  });

  it('leaves literal senses alone, told by collocation and subject', () => {
    expect(kinds('The lawsuit alleges that the firm hid the losses.')).toEqual([]);
    expect(kinds('The group filed a suit on Monday alleging fraud.')).toEqual([]);
    expect(kinds('Nine men were indicted on Feb. 3 for allegedly laundering money.')).toEqual([]);
    expect(kinds('Some claims in the lawsuit have expired.')).toEqual([]);
    expect(kinds('The union alleges that managers lied.')).toEqual(['doubt:alleges']);
    expect(kinds('The mayor insisted on a recount.')).toEqual([]);
    expect(kinds('The allies insisted they will not pay.')).toEqual([]);
    expect(kinds('The plan is safe, the minister insisted.')).toEqual(['doubt:insisted']);
    expect(kinds('The messages were revealed last week.')).toEqual([]);
    expect(kinds('The emails exposed their home addresses.')).toEqual([]);
    expect(kinds('The audit exposed the fraud.')).toEqual(['weight:exposed']);
    expect(kinds('She emerged as an unlikely ally.')).toEqual([]);
    expect(kinds('Talks are at extremely high levels.')).toEqual([]);
    expect(kinds('They met in the so-called truce village.')).toEqual([]);
    expect(kinds('The so-called experts were wrong.')).toEqual(['loaded:so-called']);
  });

  it('holds no story-specific words', () => {
    const all = Object.values(LEXICON).flatMap((set) => [...set]);
    for (const word of ['taliban', 'pakistan', 'afghanistan', 'ceasefire', 'ttp', 'kabul']) expect(all).not.toContain(word);
  });
});

describe('the one-sided rule', () => {
  const m = (entries: [string, number][]) => new Map(entries);

  it('flags an outlet whose quoted sides are lopsided when the others are not', () => {
    const result = oneSided('a', m([['X', 8], ['Y', 1]]), [m([['X', 3], ['Y', 3]]), m([['X', 2], ['Y', 2], ['Z', 1]])]);
    expect(result?.side).toBe('X');
    expect(result?.share).toBeGreaterThanOrEqual(ONE_SIDED_SHARE);
    expect(result?.unheard).toEqual(['Z']);
  });

  it('counts named people of unread side against the share, so that a flag agrees with the page', () => {
    expect(oneSided('a', m([['X', 4]]), [m([['X', 2], ['Y', 4]])])?.side).toBe('X');
    expect(oneSided('a', m([['X', 4]]), [m([['X', 2], ['Y', 4]])], 2)).toBeUndefined();
  });

  it('does not flag a balanced outlet, too few quotations, or a story where every outlet hears one side', () => {
    expect(oneSided('a', m([['X', 3], ['Y', 3]]), [m([['X', 6]])])).toBeUndefined();
    expect(oneSided('a', m([['X', MIN_QUOTED_SENTENCES - 1]]), [m([['X', 2], ['Y', 2]])])).toBeUndefined();
    expect(oneSided('a', m([['X', 9]]), [m([['X', 9]]), m([['X', 5], ['Y', 1]])])).toBeUndefined();
  });
});
