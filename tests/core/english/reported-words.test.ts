import { describe, expect, it } from 'vitest';
import { refersToReportedWords } from '../../../src/core/english/speech.js';

// One row a sentence (of the seed and NewsWCL50 coverage), named in a failure, so that one that reads wrong says which.
const SENTENCES: [sentence: string, refersBack: boolean][] = [
  // A noun of speech after a definite or possessive determiner: a reaction or a comment on words already reported.
  ['Kabul denies the allegations and in turn accuses the Pakistani military of spreading misinformation', true],
  ['White House officials privately dismissed the remarks, saying removal of the troops was never on the table.', true],
  ['His statements, which came as he welcomed Prime Minister Shinzo Abe of Japan to his oceanfront estate here, were fresh evidence', true],
  ['but a voice note purportedly from Mehsud dismissed these claims.', true],
  // A source or a channel, or words given for the first time.
  ['According to the statement, the two countries during the Qatar-mediated talks agreed to stop the war', false],
  ['The ministry said in a statement that talks would resume.', false],
  ['Both sides said in their statements that the truce would hold.', false],
  ['Islamabad claims that 200 militants were killed.', false],
  ['Reuters also confirmed the KCNA report.', false],
];

describe('a reference back to words already reported', () => {
  it.each(SENTENCES)('%s -> %s', (sentence, refersBack) => {
    expect(refersToReportedWords(sentence)).toBe(refersBack);
  });
});
