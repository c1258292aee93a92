import { describe, expect, it } from 'vitest';
import { articleFromPlainText, articleFromRecord } from '../../../src/core/article.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { countParts, foldedForGuard, holdsAny, type GuardedExpression } from '../../../src/core/text/guards.js';
import { ACTOR_GUARDS } from '../../../src/core/framing/actors.js';
import { VOICE_GUARDS } from '../../../src/core/framing/voices.js';
import { NUMBER_GUARDS } from '../../../src/core/numbers/index.js';
import { ATTRIBUTION_GUARDS, channelIn } from '../../../src/core/english/attribution.js';
import { STATEMENT_GUARDS } from '../../../src/core/facts/statements.js';
import { reportingVerbs } from '../../../src/core/quotes/voices.js';
import { ROLE_WORDS, SPEAKER_GUARDS } from '../../../src/core/english/speakers.js';
import { NOT_A_STOP } from '../../../src/core/english/titles.js';
import { REPORTING_VERBS } from '../../../src/core/english/speech.js';
import { ecbRecords, seedInputs, wclRecords } from '../../helpers.js';

// Every sentence of the corpora the tests carry (ECB+, NewsWCL50, the seeds), after a few made ones for what the
// corpora say rarely.
const sentences = [
  'The minister took to Twitter to say',
  'Republican Sen. Lindsey Graham',
  'Rick Tyler, a Republican political consultant, said',
  ...ecbRecords().map((r) => articleFromPlainText(`${r.title}\n\n${r.text}`)),
  ...wclRecords().map(articleFromRecord),
  ...seedInputs().map((s) => s.article),
].flatMap((article) => (typeof article === 'string' ? [article] : [article.title, ...articleSentences(article).map((s) => s.text)]));

// Texts as the guarded expressions are given them: whole sentences; for an expression anchored at the start or the
// end of its text, also what follows each space of every fourth sentence (the text "after" a name) and what precedes it
// (the text "before" one).
function textsOf(sentence: string, n: number, anchored: boolean): string[] {
  const texts = [sentence];
  if (anchored && n % 4 === 0) for (const m of sentence.matchAll(/\s+/gu)) texts.push(sentence.slice(m.index), sentence.slice(0, m.index + m[0].length));
  return texts;
}

const GUARDS: [string, readonly GuardedExpression[]][] = [
  ['framing actors', ACTOR_GUARDS],
  ['framing voices', VOICE_GUARDS],
  ['numbers', NUMBER_GUARDS],
  ['attribution', ATTRIBUTION_GUARDS],
  ['facts statements', STATEMENT_GUARDS],
  ['speakers', SPEAKER_GUARDS],
];

describe('guards in front of regular expressions', () => {
  it.each(GUARDS)('%s: each guard holds of every corpus text its expression matches, and says no to most', (_, guards) => {
    for (const { expression, mayMatch } of guards) {
      const once = new RegExp(expression.source, expression.flags.replace(/[gy]/gu, ''));
      let matched = 0;
      let refused = 0;
      const anchored = expression.source.startsWith('^') || expression.source.endsWith('$');
      for (const [n, sentence] of sentences.entries()) {
        for (const text of textsOf(sentence, n, anchored)) {
          const may = mayMatch(text);
          if (!may) refused++;
          if (!once.test(text)) continue;
          matched++;
          if (!may) expect.fail(`${expression.source.slice(0, 60)} matches "${text}", which its guard refuses`);
        }
      }
      // Not vacuous: the corpora hold matches of the expression, and the guard spares the run on some texts.
      expect(matched, expression.source.slice(0, 60)).toBeGreaterThan(0);
      expect(refused, expression.source.slice(0, 60)).toBeGreaterThan(0);
    }
  });

  it('case-insensitive guards fold every character that matches an ASCII letter under the iu flags', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
        if (new RegExp(letter, 'iu').test(c)) expect(foldedForGuard(c), `U+${code.toString(16)} as "${letter}"`).toBe(letter);
      }
    }
  });

  it('reads plain parts as they stand', () => {
    expect(holdsAny('the Afghan capital', ['capital'])).toBe(true);
    expect(holdsAny('the Afghan Capital', ['capital'])).toBe(false);
    // Parts that hold one another count at each place one begins; counting stops at `enough`.
    expect(countParts('immigrants and refugees', ['migrants', 'immigrants', 'refugees'], 5)).toBe(3);
    expect(countParts('migrants, migrants, migrants', ['migrants'], 2)).toBe(2);
    expect(countParts('no group here', ['migrants'], 2)).toBe(0);
  });
});

// The one expression channelIn read before it was parted in three (english/attribution.ts, CHANNEL_WAYS).
const CHANNEL_AS_ONE =
  /\b(?:in|on|via|through|during|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:(?:[\p{Lu}][\p{L}]*|social\s+media|televised|written|joint|press|news|radio|tv|video|official|separate|recorded|brief|later)\s+){0,3}(?:post|tweet|statement|interview|speech|message|video|conference|briefing|letter|address|broadcast|media|podcast|blog|op-ed|column|email|memo|release|remarks|hearing|session)\b(?:\s+(?:on|to|with)\s+[\p{Lu}][\p{L}]*(?:\.[\p{L}]+)*(?:\s+[\p{Lu}][\p{L}]*){0,2})?|\bon\s+(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|social\s+media|television|radio|state\s+TV)\b|\btold\s+(?:the\s+)?[\p{Lu}][\p{L}]*(?:\.[\p{L}]+)*\.?(?:\s+[\p{Lu}][\p{L}]*(?:\.[\p{L}]+)*\.?){0,3}/u;
// Stop 27: a listener keeps the dots of a title or an abbreviation ("told Mr. Comey"); a sentence's own full stop is dropped.
const SENTENCE_END = new RegExp(`${NOT_A_STOP}$`, 'u');

describe('channelIn with its expression in three parts', () => {
  it('finds the channel the one expression found, on every corpus sentence and on made cases', () => {
    const made = [
      'he told Reuters in a statement on Monday', // "told" first
      'in a statement, he told Reuters', // the statement first
      'on Twitter in a post on X', // two ways at one place: the first way's match ("on Twitter in a post" is no post)
      'said on state TV in an interview with CNN',
      'in a televised address on Sunday',
      'he told Mr. Comey that he needed him',
      'she told Reuters.',
    ];
    let found = 0;
    for (const text of [...sentences, ...made]) {
      const one = CHANNEL_AS_ONE.exec(text.slice(0, 400));
      if (!one) continue;
      found++;
      expect(channelIn(text), text).toBe(one[0].replace(/\s+/gu, ' ').trim().replace(SENTENCE_END, ''));
    }
    expect(found).toBeGreaterThan(100);
  });
});

// The expression quotes/voices.ts read reporting verbs with before reportingVerbs.
const VERB_AS_ONE = new RegExp(String.raw`\b(?:${[...REPORTING_VERBS].sort((x, y) => y.length - x.length).join('|')})\b`, 'giu');

describe('reportingVerbs', () => {
  it('finds the verbs the one expression of 195 words found, where it found them, on every corpus sentence and on made cases', () => {
    const made = ['SAID the minister', 'he ſaid it', 'she Said_ so', 'said2', 'résaid saidé', 'they States said', 'told—warned,SAYS'];
    let found = 0;
    for (const text of [...sentences, ...made]) {
      const expected = [...text.matchAll(VERB_AS_ONE)].map((m) => ({ at: m.index, verb: m[0] }));
      found += expected.length;
      expect([...reportingVerbs(text)], text).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});

// The expression english/speakers.ts tested role words with before ROLE_FORMS, with the newspeople stop 28 added
// (english/outlets.ts NEWS_PEOPLE_NOUNS: "Majed Hamdan, an Associated Press photographer, said").
const ROLE_WORDS_AS_ONE = /\b(?:spokes(?:man|woman|person)|minister|ministry|officials?|officer|chief|general|president|secretary|ambassador|envoy|diplomats?|analysts?|experts?|fellow|researchers?|professor|statement|report|mission|agency|government|army|military|office|commission|council|institute|cent(?:er|re)|project|foundation|police|leaders?|representatives?|commander|sources?|observers?|witness(?:es)?|residents?|mediators?|delegations?|think[ -]tank|nonprofit|group|data|people|critics|activists|lawmakers|legislators|prosecutors?|investigators?|authorities|doctors?|neighbou?rs?|fans|scientists?|environmentalists?|lawyers?|attorneys?|judges?|troops|soldiers|aides?|allies|opponents|supporters|members|relatives?|family|friends?|colleagues|teammates|players?|coach|manager|owners?|staff|employees|workers|students|teachers|negotiators|delegates|organi[sz]ers|campaigners|protesters|rebels|militants|insurgents|villagers|locals|citizens|voters|unions?|compan(?:y|ies)|firm|agencies|ministries|governments|parties|team|club|league|court|jury|department|administration|committee|spokespeople|presidency|palace|embassy|board|panel|service|photographer|reporter|correspondent|journalist)\b/iu;

describe('ROLE_WORDS', () => {
  it('tells what the one expression told, on every corpus sentence, every word of the corpora and made cases', () => {
    const words = new Set(sentences.flatMap((text) => text.split(/[^\p{L}\p{N}_-]+/u)));
    const made = ['a think tank', 'the Think-Tank said', 'think  tank', 'thinktank', 'ſpokesman', 'Officials_', 'officials2', 'NEIGHBOURS', 'companies', 'compan', 'x-spokesperson-y'];
    let told = 0;
    for (const text of [...sentences, ...words, ...made]) {
      const expected = ROLE_WORDS_AS_ONE.test(text);
      if (expected) told++;
      expect(ROLE_WORDS.test(text), text).toBe(expected);
    }
    expect(told).toBeGreaterThan(1000);
  });
});
