import { describe, expect, it } from 'vitest';
import { clusterNames, personForRole, roleFits } from '../../../src/core/quotes/speakers.js';
import { compareNames } from '../../../src/core/english/names.js';
import { comparableWords, directRelation, judgeGroup, sameStatement, wordDiff, wordsAlign } from '../../../src/core/quotes/align.js';
import { compareQuotes, type QuoteFeatures } from '../../../src/core/quotes/index.js';
import { CURRENT, type Compared } from '../../../src/core/analysis/contract.js';

describe('speaker identity', () => {
  it('joins transliteration variants of a full name', () => {
    expect(compareNames('Abdulrahman Haddad', 'Abdurrahman Hadad')).toBe('same');
    expect(compareNames('Mohammed Al-Sayed', 'Muhammad Al-Sayed')).toBe('same');
    expect(compareNames('Ana Ruiz', 'Ana Ruiz')).toBe('same');
    expect(compareNames('Roger Stone', 'Roger J. Stone Jr.')).toBe('same');
    expect(compareNames('Stone Jr.', 'Roger Stone')).toBe('surname');
  });

  it('keeps different people apart even when surnames are close', () => {
    expect(compareNames('Pedro Alvarez', 'Maria Alvarez')).toBe(false);
    expect(compareNames('Wei Chen', 'Wei Chan')).toBe(false); // short words must match exactly
    expect(compareNames('Asif Durrani', 'Khawaja Asif')).toBe(false);
  });

  it('links a surname alone only when one identity fits', () => {
    expect(compareNames('Alvarez', 'Pedro Alvarez')).toBe('surname');
    const one = clusterNames(['Pedro Alvarez', 'Alvarez', 'Pedro Alvares']);
    expect(new Set(one).size).toBe(1);
    const two = clusterNames(['Pedro Alvarez', 'Maria Alvarez', 'Alvarez']);
    expect(new Set(two).size).toBe(3);
  });

  it('links a title-only mention to the one person the coverage gives that title', () => {
    expect(roleFits('Ruritania’s Foreign Minister', 'Ruritania’s Deputy Prime Minister and Foreign Minister')).toBe(true);
    expect(roleFits('Ruritania’s Foreign Minister', 'the deputy prime minister and foreign minister of Ruritania')).toBe(true);
    expect(roleFits('Ruritania’s Foreign Minister', 'Ruritania’s Defence Minister')).toBe(false);
    const people = [
      { name: 'Ivo Marek', descriptions: ['Ruritania’s foreign minister'] },
      { name: 'Jan Vos', descriptions: ['Ruritania’s defence minister'] },
    ];
    expect(personForRole('the foreign minister of Ruritania', people)).toBe('Ivo Marek');
    expect(personForRole('the minister', people)).toBeUndefined();
  });
});

describe('statement alignment and verdicts', () => {
  it('judges verbatim, truncated and variant renderings, punctuation and quote marks aside', () => {
    expect(directRelation('We will not back down.', 'we will not back down')).toBe('verbatim');
    expect(directRelation('The nation’s soil is safe', "The nation's soil is safe.")).toBe('verbatim');
    expect(directRelation('hostile acts', 'No side will commit hostile acts against the other')).toBe('truncated');
    expect(directRelation('We will look at it... It is important to act', 'We will look at it closely. It is important to act now')).toBe('truncated');
    expect(directRelation('Attacks will be stopped at once', 'Attacks will cease immediately')).toBe('variant');
    // Two cuts of one quotation that overlap, neither inside the other.
    expect(directRelation('The report shows the mayor wanted every claim fully investigated', 'the mayor wanted every claim fully investigated. The report also shows')).toBe('truncated');
    expect(directRelation('We will rebuild the harbour wall', 'the harbour wall was never safe')).toBe('variant');
  });

  it('links renderings of one statement and keeps different statements apart', () => {
    const a = { text: 'Smuggling from the northern province into our territory will be stopped immediately.', indirect: false };
    const b = { text: 'Cross-border smuggling from northern territory will cease immediately', indirect: false };
    const c = { text: 'Both countries will respect each other’s sovereignty', indirect: false };
    expect(sameStatement(a, b)).toBe(true);
    expect(sameStatement(a, c)).toBe(false);
  });

  it('does not take the story’s own words as evidence that a speaker’s two statements are one', () => {
    // The story is the harbour strike; every outlet's own words say "harbour", "strike", "union", "workers".
    const story = new Set(['harbour', 'strik', 'union', 'worker']);
    const storyTerm = (t: string) => [...story].some((s) => t.startsWith(s));
    const earlier = { text: 'the union could call the harbour workers out on strike if the talks failed', indirect: true };
    const later = {
      text: 'It appears the port authority finally listened to the harbour workers, whose strike showed what the union stands for: fair pay, safe shifts and respect for the people who keep this harbour running day and night',
      indirect: false,
    };
    expect(sameStatement(earlier, later)).toBe(true);
    expect(sameStatement(earlier, later, { storyTerm })).toBe(false);
    // The same statement keeps its own words: reported and quoted, it shares what the story does not.
    const quoted = { text: 'The harbour workers will strike on Monday unless the port authority restores the night-shift bonus', indirect: false };
    const reported = { text: 'the workers would strike on Monday unless the night-shift bonus was restored', indirect: true };
    expect(sameStatement(quoted, reported, { storyTerm })).toBe(true);
  });

  it('calls a statement quoted by one outlet and reported by another a paraphrase', () => {
    const judged = judgeGroup([
      { articleId: 'a', text: 'We will never support groups carrying out attacks on our neighbour', indirect: false },
      { articleId: 'b', text: 'the government would not support groups conducting attacks on its neighbour', indirect: true },
    ]);
    expect(judged.verdict).toBe('paraphrase');
    expect(judged.relations).toEqual(['reference', 'paraphrase']);
    expect(judgeGroup([{ articleId: 'a', text: 'x y z', indirect: false }]).verdict).toBe('single-source');
  });

  it('aligns a cut with a word put in or changed, and not words that only share a few in order', () => {
    const w = (t: string) => comparableWords(t);
    expect(wordsAlign(w('NO COLLUSION, NO OBSTRUCTION'), w('show clearly that there was NO COLLUSION and NO OBSTRUCTION.'))).toBe(4);
    expect(wordsAlign(w('join international efforts to halt nuclear tests altogether'), w('the DPRK will join international efforts and efforts to halt the nuclear test altogether.'))).toBe(8);
    // A short one must be found whole; a longer one misses one word at most, and not its last.
    expect(wordsAlign(w('no deal with Iran'), w('no new deal with the Iranians'))).toBe(0);
    expect(wordsAlign(w('we will never accept the deal tonight'), w('we will never ever accept any deal today'))).toBe(0);
  });

  it('gives a word diff as plain data', () => {
    const diff = wordDiff('Attacks will be stopped immediately', 'Attacks will cease immediately');
    expect(diff.filter((d) => d.removed).map((d) => d.value.trim())).toEqual(['be stopped']);
    expect(diff.filter((d) => d.added).map((d) => d.value.trim())).toEqual(['cease']);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });

  it('groups by speaker across spellings and marks single-source statements', () => {
    const article = (id: string, speaker: string, texts: string[]): Compared<QuoteFeatures> => ({
      id,
      title: id,
      sentences: texts.map((t) => `${speaker} said: “${t}”`),
      features: { quotes: texts.map((text, sentence) => ({ sentence, text, speaker, indirect: false })), speakers: [{ name: speaker, descriptions: [] }] },
    });
    const section = compareQuotes(
      article(CURRENT, 'Abdulrahman Haddad', ['The harbour will reopen on Monday for all ships.', 'We thank our partners.']),
      [article('other', 'Abdurrahman Hadad', ['The harbour will reopen on Monday for all ships.'])],
      { idfOf: () => 1 },
    );
    expect(section.map((g) => [g.speaker, g.verdict, g.renderings.length])).toEqual([
      ['Abdulrahman Haddad', 'verbatim', 2],
      ['Abdulrahman Haddad', 'single-source', 1],
    ]);
    expect(section[0]?.renderings[0]?.sentence).toBe('Abdulrahman Haddad said: “The harbour will reopen on Monday for all ships.”');
  });

  it('lists a term two outlets put in quote marks, credited to nobody, as no statement; uncredited shared words otherwise are one', () => {
    const article = (id: string, sentences: string[], quotes: string[]): Compared<QuoteFeatures> => ({
      id,
      title: id,
      sentences,
      features: { quotes: quotes.map((text) => ({ sentence: sentences.findIndex((s) => s.includes(text)), text, indirect: false })), speakers: [] },
    });
    const section = compareQuotes(
      article(CURRENT, ['The harbour board ended a practice its critics call “first come, first served.”', 'A notice read “no ships will dock after dark tonight.”'], ['first come, first served.', 'no ships will dock after dark tonight.']),
      [article('other', ['Critics dismissed the old rota as “first come, first served.”', 'The notice said “no ships will dock after dark tonight.”'], ['first come, first served.', 'no ships will dock after dark tonight.'])],
      { idfOf: () => 1 },
    );
    expect(section.map((g) => [g.renderings[0]?.text, g.renderings.length])).toEqual([['no ships will dock after dark tonight.', 2]]);
  });
});
