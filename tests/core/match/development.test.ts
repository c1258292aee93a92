import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { compareDevelopments, developmentFeatures } from '../../../src/core/match/development.js';
import { namesIn } from '../../../src/core/english/names.js';

const earlier = articleFromPlainText(
  [
    'Rivals agree truce in Geneva',
    '',
    'The two rival parties agreed to a truce in Geneva on Sunday after a week of fighting, mediators from Norway said.',
    'Both sides will stop attacks at once. Further talks are scheduled in Vienna next week to settle the details.',
    'Residents of Geneva watched the delegations leave the lakeside hotel.',
  ].join('\n'),
);
const later = articleFromPlainText(
  [
    'Rivals sign lasting deal in Vienna',
    '',
    'VIENNA — The two rival parties signed a lasting agreement in Vienna after three days of talks, mediators said.',
    'The deal builds on the truce first agreed in Geneva earlier this month and sets up a joint commission.',
    'Police in Vienna closed the streets around the hall for the signing.',
  ].join('\n'),
);
const sameEvent = articleFromPlainText(
  [
    'Truce reached in Geneva after week of clashes',
    '',
    'Mediators from Norway announced in Geneva that the rival parties had agreed to halt fighting immediately.',
    'Officials said talks would continue. Aid groups welcomed the truce.',
  ].join('\n'),
);

describe('development order', () => {
  it('sees a later development from what the earlier article says is still to come', () => {
    expect(compareDevelopments(developmentFeatures(earlier), developmentFeatures(later))).toBe('candidate-later');
  });

  it('sees an earlier development from what the later article looks back on', () => {
    expect(compareDevelopments(developmentFeatures(later), developmentFeatures(earlier))).toBe('candidate-earlier');
  });

  it('takes no order from a name its article mentions only once (a passing mention is not what it reports)', () => {
    const passing = articleFromPlainText(
      [
        'Rivals sign lasting deal',
        '',
        'The two rival parties signed a lasting agreement in Vienna after three days of talks, mediators said.',
        'The deal sets up a joint commission.',
      ].join('\n'),
    );
    expect(developmentFeatures(passing).anchors).toContain('vienna');
    expect(compareDevelopments(developmentFeatures(earlier), developmentFeatures(passing))).toBe('same');
  });

  it('calls two reports of one event the same development', () => {
    expect(compareDevelopments(developmentFeatures(earlier), developmentFeatures(sameEvent))).toBe('same');
    expect(compareDevelopments(developmentFeatures(sameEvent), developmentFeatures(earlier))).toBe('same');
  });

  it('ties a time marker only to the names near it', () => {
    const features = developmentFeatures(
      articleFromPlainText(
        'Minister speaks\n\nDefence Minister Ayesha Karim, speaking to reporters outside parliament for a long time about many things, said more talks are scheduled in Oslo next week.\nKarim spoke again later.',
      ),
    );
    expect(features.mentions['oslo']).toEqual({ future: 1, past: 0, other: 0 });
    expect(features.mentions['ayesha']?.future).toBe(0);
  });

  it('takes capitalised words after the first as names, and all-capital datelines', () => {
    expect(namesIn('ISTANBUL — Talks with Pakistan resumed on Monday.').map((n) => n.name)).toEqual(['istanbul', 'talk', 'pakistan']);
    expect(namesIn('The talks resumed in Doha.').map((n) => n.name)).toEqual(['doha']);
  });
});

describe('words that look like time markers but place nothing in time (ECB+ sentences)', () => {
  // 27_1ecbplus: "previously unknown" describes the flaw; 13_11ecb: "arson is to blame" is no plan.
  const tenseOf = (sentence: string, name: string) => developmentFeatures(articleFromPlainText(`Headline\n\n${sentence}`)).mentions[name];

  it('does not read "previously unknown" as looking back', () => {
    const sentence = 'Microsoft has released a temporary patch to fix a "zero-day", or previously unknown, vulnerability in its Internet Explorer (IE) web browser.';
    expect(tenseOf(sentence, 'explorer')).toEqual({ future: 0, past: 0, other: 1 });
    // Still looking back where it does: "had previously agreed".
    expect(tenseOf('Prosecutors said Heller had previously agreed to send the actress to a different facility.', 'heller')?.past).toBe(1);
  });

  it('does not read "is to blame" as still to come', () => {
    const sentence = "Authorities are now saying they suspect arson is to blame for Friday night's fire at Wasilla Bible Church, where Gov. Sarah Palin and her family attend.";
    expect(tenseOf(sentence, 'wasilla')).toEqual({ future: 0, past: 0, other: 1 });
    expect(tenseOf('The Golden Compass director Chris Weitz is to direct New Moon next year.', 'weitz')?.future).toBe(1);
  });
});

describe('what is still to come the same day (ECB+ 32_8ecb)', () => {
  it('is this news cycle, not a later development', () => {
    const read = (sentence: string) => developmentFeatures(articleFromPlainText(`Headline\n\n${sentence}`)).mentions;
    const today = read('The man, Gary Gomes, 35, is expected to be arraigned today in New Bedford District Court on two counts of murder and one count of kidnapping.');
    expect(today['bedford']).toEqual({ future: 0, past: 0, other: 1 });
    // The same sentence a day ahead speaks of what is still to come.
    const tomorrow = read('The man, Gary Gomes, 35, is expected to be arraigned on Monday in New Bedford District Court on two counts of murder and one count of kidnapping.');
    expect(tomorrow['bedford']).toEqual({ future: 1, past: 0, other: 0 });
  });
});
