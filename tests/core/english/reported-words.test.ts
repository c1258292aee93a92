import { describe, expect, it } from 'vitest';
import { refersToReportedWords } from '../../../src/core/english/speech.js';

describe('a reference back to words already reported', () => {
  it('is a noun of speech after a definite or possessive determiner: a reaction or a comment on them', () => {
    // Sentences of the seed and NewsWCL50 coverage.
    expect(refersToReportedWords('Kabul denies the allegations and in turn accuses the Pakistani military of spreading misinformation')).toBe(true);
    expect(refersToReportedWords('White House officials privately dismissed the remarks, saying removal of the troops was never on the table.')).toBe(true);
    expect(refersToReportedWords('His statements, which came as he welcomed Prime Minister Shinzo Abe of Japan to his oceanfront estate here, were fresh evidence')).toBe(true);
    expect(refersToReportedWords('but a voice note purportedly from Mehsud dismissed these claims.')).toBe(true);
  });

  it('is not a source or a channel, nor words given for the first time', () => {
    expect(refersToReportedWords('According to the statement, the two countries during the Qatar-mediated talks agreed to stop the war')).toBe(false);
    expect(refersToReportedWords('The ministry said in a statement that talks would resume.')).toBe(false);
    expect(refersToReportedWords('Both sides said in their statements that the truce would hold.')).toBe(false);
    expect(refersToReportedWords('Islamabad claims that 200 militants were killed.')).toBe(false);
    expect(refersToReportedWords('Reuters also confirmed the KCNA report.')).toBe(false);
  });
});
