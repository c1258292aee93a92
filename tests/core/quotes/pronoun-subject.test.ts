import { describe, expect, it } from 'vitest';
import { collectQuotes } from '../../../src/core/quotes/collect.js';
import { sentenceSubject } from '../../../src/core/english/attribution.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { corpusArticle } from '../../helpers.js';

// "he said" after a sentence about another named man: the pronoun means the person the text went on to speak of, not
// the last speaker quoted (docs/evaluation-framing.md, stop 21). ECB+ 8_7ecbplus: Papandreou is quoted, then "A
// professor of economics at the University of Athens, Yanis Varoufakis, did not go to work today ...", then "“What I
// did witness ...,” he said" and nine more of Varoufakis's sentences, which were credited to Papandreou.
const article = corpusArticle;

describe('a pronoun after a sentence about another named person', () => {
  it('reads the subject of a sentence that names its person in an apposition to its opening noun phrase', () => {
    const s = sentenceSubject('A professor of economics at the University of Athens, Yanis Varoufakis, did not go to work today because it was not safe.');
    expect(s?.kind === 'name' ? s.name : undefined).toBe('Yanis Varoufakis');
    expect(s?.kind === 'name' ? s.descriptions : []).toEqual(['A professor of economics at the University of Athens']);
  });

  it('gives the statement and the voice to that person (ECB+ 8_7ecbplus)', () => {
    const a = article('8_7ecbplus');
    const sentences = articleSentences(a);
    const features = collectQuotes(a);
    const at = sentences.findIndex((s) => s.text.startsWith('"What I did witness'));
    expect(features.quotes.find((q) => q.sentence === at)?.speaker).toBe('Yanis Varoufakis');
    const voices = features.voices ?? [];
    expect(voices.find((v) => /Papandreou/u.test(v.speaker))?.direct).toHaveLength(1);
    const varoufakis = voices.find((v) => /Varoufakis/u.test(v.speaker));
    expect(varoufakis?.direct).toContain(at);
    expect(varoufakis?.direct.length).toBeGreaterThanOrEqual(9);
  });

  it('gives "He has said" after "Trump is also expected to meet with Kim" to Trump, not to the paper cited before (NewsWCL50 2_LL)', () => {
    const a = corpusArticle('wcl:2_LL');
    const sentences = articleSentences(a);
    const at = sentences.findIndex((s) => s.text.startsWith('He has said that he hoped'));
    const voices = collectQuotes(a).voices ?? [];
    expect(voices.find((v) => v.direct.includes(at))?.speaker).toBe('Donald Trump');
  });
});

describe('words quoted from a record are not the person speaking to the outlet', () => {
  it('reads quotations from a journal read out or a tape played in court as reported, not as the voice (ECB+ 36_4ecbplus)', () => {
    // Prosecutors played Warren Jeffs's tapes and a Texas Ranger read from his journals; Jeffs's own words in court
    // ("I am but a mortal man seeking peace," he said) stay his voice.
    const a = article('36_4ecbplus');
    const sentences = articleSentences(a);
    const at = (start: string) => sentences.findIndex((s) => s.text.startsWith(start));
    const jeffs = (collectQuotes(a).voices ?? []).find((v) => v.speaker === 'Jeffs');
    const journal = [at('In describing the session in his journal later'), at('"This will only be a place of refuge')];
    const court = [at('"I am but a mortal man'), at('"I am not a threat')];
    expect(journal.every((i) => i > 0) && court.every((i) => i > 0)).toBe(true);
    expect(jeffs?.indirect).toEqual(expect.arrayContaining(journal));
    expect(jeffs?.direct).toEqual(expect.arrayContaining(court));
    for (const i of journal) expect(jeffs?.direct).not.toContain(i);
  });

  it('keeps words said in court after a letter was read as the speaker\'s own (ECB+ 16_10ecbplus)', () => {
    // "... the young widow read from the teen's letter." then "Chela Ortiz ... told Orozco in a firm voice, “I want you to know ...”".
    const a = article('16_10ecbplus');
    const sentences = articleSentences(a);
    const at = sentences.findIndex((s) => s.text.startsWith('Chela Ortiz, who married the deputy'));
    expect((collectQuotes(a).voices ?? []).find((v) => v.speaker === 'Chela Ortiz')?.direct).toContain(at);
  });
});

// "he said" across a change of speaker (docs/evaluation-quotes.md, stop 29). Each fails on main ef8800a.
describe('whom "he" or "she" cannot mean', () => {
  const statementAt = (id: string, opening: string) => {
    const a = article(id);
    const at = articleSentences(a).findIndex((s) => s.text.includes(opening));
    if (at < 0) throw new Error(`no sentence holds "${opening}"`);
    const features = collectQuotes(a);
    return { quote: features.quotes.find((q) => q.sentence === at), voice: (features.voices ?? []).find((v) => v.direct.includes(at) || v.indirect.includes(at)) };
  };

  it('not a body whose words a clause before the main one reports ("As Iran warned that ..., Mr. Trump threatened it", NYT 4_L)', () => {
    expect(statementAt('wcl:4_L', 'You can mark it down').quote?.speaker).toBe('Trump');
    expect(statementAt('wcl:4_L', 'Unlike past administrations, I will leave the table').quote?.speaker).toBe('Trump');
  });

  it('not a group ("Aides said he hoped ...", then "“Nobody knows what I’m going to do ...,” he said", NYT 4_L)', () => {
    const { quote, voice } = statementAt('wcl:4_L', 'Nobody knows what I');
    expect(quote?.speaker).toBe('Trump');
    expect(voice?.speaker).toBe('Trump');
  });

  it('not the analysts quoted two sentences before (NYT 0_L: "“Donald,” he said" after Mr. Abe)', () => {
    expect(statementAt('wcl:0_L', 'you’ve demonstrated your unwavering determination').voice?.speaker).toBe('Abe');
    expect(statementAt('wcl:0_L', 'They do have my blessing').voice?.speaker).not.toBe('analysts');
  });

  it('not a named man when an unnamed one was spoken of since ("However, one Mac customer ... was sceptical", ECB+ 40_2ecb)', () => {
    const { quote, voice } = statementAt('40_2ecb', 'Apple says five years');
    expect(quote?.speaker).toBeUndefined();
    expect(voice).toBeUndefined();
  });
});
