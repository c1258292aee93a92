import { describe, expect, it } from 'vitest';
import { isNewsMediumNoun, isNewsOutletName, namesNewsMedium, outletMention } from '../../../src/core/english/outlets.js';

describe('an outlet named in a sentence', () => {
  it('is its full name in any case, or "the <last word>" for a name that begins with "The"', () => {
    // Sentences of the NewsWCL50 coverage.
    const times = outletMention('The New York Times')!;
    expect(times('The New York Times obtained a list of possible questions for the president.')).toBe(true);
    expect(times('In response to the Times report, Trump on Tuesday lashed out at the investigation.')).toBe(true);
    expect(times('Mueller\'s list of questions also includes some involving Cohen\'s business deals in Moscow, according to the Times.')).toBe(true);
    const usaToday = outletMention('USA Today')!;
    expect(usaToday('Tom Karako, director of the Missile Defense Project, told USA TODAY the North likely has a list of demands.')).toBe(true);
  });

  it('is not the short form in lower case, another outlet, nor a name too short to tell', () => {
    const times = outletMention('The New York Times')!;
    expect(times('Trump told reporters at times that the summit might not happen.')).toBe(false);
    expect(times('The news was first reported by the Washington Post.')).toBe(false);
    expect(outletMention('Fox News')!('The president said on "Fox & Friends" last week that the lawyer handled only a fraction of his work.')).toBe(false);
    expect(outletMention('AP')).toBeUndefined();
  });
});

describe('news media as the one list reads them (stop 28)', () => {
  it('tells a description of a news medium or its people from other bodies and places', () => {
    // Descriptions from ECB+ and NewsWCL50.
    expect(namesNewsMedium('The South Korean newswire service Yonhap')).toBe(true);
    expect(namesNewsMedium("Iran's official news agency")).toBe(true);
    expect(namesNewsMedium('an Associated Press photographer')).toBe(true);
    expect(namesNewsMedium('an AFP journalist at the scene')).toBe(true);
    expect(namesNewsMedium('a South Korean newspaper')).toBe(true);
    // A place or a body that is no medium: "site" and "station" need a word of news before them.
    expect(namesNewsMedium('the site of the attack')).toBe(false);
    expect(namesNewsMedium('Woodburn police station')).toBe(false);
    expect(namesNewsMedium('spokesman for the UN Relief and Works Agency')).toBe(false);
    expect(namesNewsMedium('a Russian state site')).toBe(true);
  });

  it('reads an outlet by its name’s last word, an acronym only in capitals', () => {
    expect(isNewsOutletName('The Washington Post')).toBe(true);
    expect(isNewsOutletName('the New York Times')).toBe(true);
    expect(isNewsOutletName('Fox News')).toBe(true);
    expect(isNewsOutletName('CNN')).toBe(true);
    expect(isNewsOutletName('Kim Jong Un')).toBe(false);
    expect(isNewsOutletName('Gregg Hastings')).toBe(false);
    expect(isNewsMediumNoun('newspaper')).toBe(true);
    expect(isNewsMediumNoun('agency')).toBe(false);
  });
});
