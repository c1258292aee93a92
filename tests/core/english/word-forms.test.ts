import { describe, expect, it } from 'vitest';
import { wordFamilies } from '../../../src/core/english/word-forms.js';
import { canonicalTerms, DEFAULT_ALIGNER, termWeigher } from '../../../src/core/facts/align.js';
import { alreadySaid, profileSentence, profileStatement, RARE_NAME_SHARE, wordRuns } from '../../../src/core/facts/said.js';
import { describeUnit, numbersIn } from '../../../src/core/facts/units.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { termsOf } from '../../../src/core/text/tokens.js';
import { seedIndex, seedInputs, wclRecords } from '../../helpers.js';

/** Every term one NewsWCL50 event's five articles write. */
function eventVocabulary(event: string): Set<string> {
  return new Set(wclRecords().filter((r) => r.event === event).flatMap((r) => termsOf(r.text)));
}

describe('word families (a verb and the noun made of it, an irregular past and its base)', () => {
  it('joins the nouns and verbs a real story writes both of, and nothing that only looks alike', () => {
    // Event 8 (Mueller's questions) writes "collusion" and "colluded", "allegations" and "alleged", "met" and "meeting".
    const families = wordFamilies(eventVocabulary('wcl:8'));
    expect(families.get('collusion')).toBe('collud');
    expect(families.get('allegation')).toBe('alleg');
    expect(families.get('met')).toBe('meet');
    // A statement is no state (nor the United States), a department no departure.
    expect(families.has('statement')).toBe(false);
    // Every pair is two terms of the story.
    const vocabulary = eventVocabulary('wcl:8');
    for (const [noun, verb] of families) {
      expect(vocabulary.has(noun)).toBe(true);
      expect(vocabulary.has(verb)).toBe(true);
    }
  });

  it('keeps apart what a root test alone would join: "billion"/"bill", "tension"/"tend", "trial"/"try", "signal"/"sign", "pressure"/"press"', () => {
    const families = wordFamilies(['billion', 'bill', 'tension', 'tend', 'trial', 'try', 'signal', 'sign', 'pressure', 'press', 'removal', 'remov', 'denial', 'deny']);
    for (const term of ['billion', 'tension', 'trial', 'signal', 'pressure']) expect(families.has(term)).toBe(false);
    expect(families.get('removal')).toBe('remov');
    expect(families.get('denial')).toBe('deny');
    // Without the verb in the story, a noun stays itself.
    expect(wordFamilies(['removal', 'denial']).size).toBe(0);
  });

  it('finds seed 002\'s "seeks to impose a strict interpretation of Islamic law" in seed 004\'s "a stricter imposition of their interpretation", with the story\'s own weights', () => {
    const seeds = seedInputs().filter((s) => !s.id.startsWith('003'));
    const sentencesOf = (prefix: string) => articleSentences(seeds.find((s) => s.id.startsWith(prefix))!.article).map((s) => s.text);
    const idfOf = seedIndex().idfOf;
    const flat = seeds.flatMap((s) => articleSentences(s.article).map((x) => termsOf(x.text)));
    const canonical = canonicalTerms(flat.flat(), idfOf);
    const weigh = termWeigher(flat, canonical, idfOf, DEFAULT_ALIGNER);
    const statementText = sentencesOf('002').find((s) => s.includes('seeks to impose a strict interpretation of Islamic law'))!;
    const other = sentencesOf('004').filter((s) => s.includes('A stricter imposition of their interpretation of Islamic law'));
    expect(other).toHaveLength(1);
    const withFamilies = { canonical, families: wordFamilies(canonical.values()) };
    expect(withFamilies.families.get('imposition')).toBe('impos');
    // A name in few of the story's sentences is rare ("Islamic"), as the section reads it: it lowers the bar.
    const isRareName = (name: string) => flat.filter((terms) => terms.includes(name)).length / flat.length <= RARE_NAME_SHARE;
    expect(isRareName('islamic')).toBe(true);
    const said = (forms: typeof withFamilies | { canonical: typeof canonical }) =>
      alreadySaid(
        profileStatement(describeUnit(statementText, 0), statementText, forms, weigh, isRareName),
        other.map((s) => profileSentence(termsOf(s), numbersIn(s), wordRuns(s), forms)),
      );
    expect(said(withFamilies)).toBe(true);
    expect(said({ canonical })).toBe(false);
  });
});
