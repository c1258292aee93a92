import { describe, expect, it } from 'vitest';
import { hasFiniteVerb, hasOwnSubject, isAttributed, isChrome, isWritersInference, isWritersVoice, repeatedSentences, writersArgument, writersOpinions } from '../../../src/core/facts/statements.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { dateNumbersIn } from '../../../src/core/english/dates.js';
import { numbersIn } from '../../../src/core/facts/units.js';
import { articleFromRecord } from '../../../src/core/article.js';
import { wclRecords } from '../../helpers.js';
import { clauseStarts, factUnits } from '../../../src/core/facts/units.js';
import { readDateline } from '../../../src/core/english/datelines.js';

describe('what may become a fact unit', () => {
  it('needs a finite verb: captions and headings have none', () => {
    expect(hasFiniteVerb('President Trump and Prime Minister Theresa May of Britain at the White House in 2017.')).toBe(false);
    expect(hasFiniteVerb('Tom Perez, the chairman of the Democratic Party, during the party’s winter meeting in Atlanta last February.')).toBe(false);
    expect(hasFiniteVerb('The maintenance of strong and constructive neighbourly relations.')).toBe(false);
    for (const s of ['Pakistan handles about 40 percent of Afghan exports.', 'Officials say the talks will resume.', 'There’s been more rioting in the capital.', 'We appreciate your respect for her privacy.', 'Vincent Gigante died in prison custody.', 'Somebody hit me in my back.'])
      expect(hasFiniteVerb(s), s).toBe(true);
  });

  it('keeps a clause without its own subject with the clause before it', () => {
    const s = 'In the ensuing days, Afghan forces targeted Pakistani border posts, prompting retaliatory mortar fire and drone strikes from Pakistan.';
    expect(clauseStarts(s)).toEqual([0]);
    expect(hasOwnSubject('but has struggled to achieve its goal as fighters used the porous border')).toBe(false);
    expect(hasOwnSubject('and both sides agreed to avoid targeting each other’s forces')).toBe(true);
  });

  it('recognises chrome, credits, captions and no-comment lines by their wording', () => {
    for (const s of ['CLICK HERE TO GET THE FOX NEWS APP', 'This article is more than 3 months old', 'Taliban security forces are seen inspecting a destroyed vehicle in Kandahar.', 'Veuer’s Nick Cardona has that story.', 'Jay Sekulow, a lawyer for Mr. Trump, declined to comment.', 'Mueller’s office did not immediately respond to requests for comment.'])
      expect(isChrome(s), s).toBe(true);
    expect(isChrome('The ministry said the talks would continue on Monday.')).toBe(false);
  });

  it('takes the writer’s first person outside quotations as opinion, not a quoted speaker’s', () => {
    expect(isWritersVoice('Before we start singing and celebrating a victory, let’s pause.')).toBe(true);
    expect(isWritersVoice('"We are looking forward to the next meeting," he said.')).toBe(false);
    expect(isWritersVoice('It is important to put all efforts in place,” he posted on X.')).toBe(false);
    // Opinions when the writer speaks so throughout (an opinion piece); one such line in a report may be a quotation that lost its marks.
    const piece = ['Before we start singing, let’s pause.', 'Kim tested three missiles last year.', 'As I noted recently, Kim is setting a trap.', 'We must demand deeds.'];
    expect([...writersOpinions(piece)]).toEqual([0, 2, 3]);
    expect([...writersOpinions(['With smart policies, we can grow our economy.', 'The president signed the bill on Monday.'])]).toEqual([]);
  });

  it('reads an argued piece’s unattributed sentences as the writer’s, its attributed ones as reporting', () => {
    expect(isAttributed('Kim may simply be trying to make concessions to have better relations with the United States.')).toBe(false);
    expect(isAttributed('Kim simply made a statement – and he has a long record of breaking promises.')).toBe(false);
    expect(isAttributed('The agency said the North would shut down its test site.')).toBe(true);
    // NewsWCL50 2_R (an opinion piece on North Korea's test freeze) and 2_M (a report on it).
    const sentencesOf = (id: string) => {
      const r = wclRecords().find((x) => x.id === id)!;
      return articleSentences(articleFromRecord(r)).map((s) => s.text);
    };
    const piece = sentencesOf('wcl:2_R');
    const argued = writersArgument(piece);
    const conjecture = piece.findIndex((s) => s.startsWith('Kim may simply be trying'));
    expect(conjecture).toBeGreaterThanOrEqual(0);
    expect(argued.has(conjecture)).toBe(true);
    expect(factUnits(piece).some((u) => u.sentence === conjecture)).toBe(false);
    // What it attributes stays ("the Trump administration should insist on a roadmap").
    const insist = piece.findIndex((s) => s.includes('should insist on a roadmap'));
    expect(insist).toBeGreaterThanOrEqual(0);
    expect(argued.has(insist)).toBe(false);
    // A report is no argued piece, even with a first-person line or two.
    expect(writersArgument(sentencesOf('wcl:2_M')).size).toBe(0);
  });

  it('tells the numbers of a date from figures (a new figure makes a statement the outlet’s own; a date does not)', () => {
    const troops = 'Currently, there are 28,500 U.S. troops in South Korea, a move that followed 1950-53 Korean War that ended with an armistice.';
    expect(numbersIn(troops).filter((n) => !dateNumbersIn(troops).has(n))).toEqual(['28500', '1950']);
    const asif = 'Asif confirmed a follow-up meeting in the Turkish city of Istanbul on October 25 to discuss the matters in detail.';
    expect([...dateNumbersIn(asif)]).toEqual(['25']);
    expect([...dateNumbersIn('Trump announced on March 13 his decision to fire Rex Tillerson; 25 October was set.')].sort()).toEqual(['13', '25']);
    expect(dateNumbersIn('At least 2,414 deaths have been recorded, 46 percent more.').size).toBe(0);
  });

  it('skips a dateline but not a compound or an aside', () => {
    expect(readDateline('WASHINGTON (Reuters) - The Democratic Party sued the Russian government.')?.length).toBe('WASHINGTON (Reuters) - '.length);
    expect(readDateline('SEOUL, South Korea — North Korea’s leader announced a freeze.')?.length).toBe('SEOUL, South Korea — '.length);
    expect(readDateline('Pakistan-backed militants attacked the post.')).toBeUndefined();
    expect(readDateline('Trump - the president - said nothing.')).toBeUndefined();
    const [unit] = factUnits(['WASHINGTON (Reuters) - The Democratic Party sued the Russian government on Friday.']);
    expect(unit!.names).not.toContain('washington');
  });

  it('counts a sentence repeating the headline or another sentence once', () => {
    const sentences = ['The US President will definitely be coming to London.', 'Despite the threat of protests, the US ambassador said the President will definitely be coming to London next month.', 'Mourners gathered outside.'];
    expect([...repeatedSentences(sentences)]).toEqual([0]);
    expect([...repeatedSentences(['Kim suspends nuclear tests and will close a test site today.'], 'Kim suspends nuclear tests and will close a test site')]).toEqual([0]);
  });

  it("the writer's own inference or characterisation, attributed to no one, is the writer's reading", () => {
    // NewsWCL50 event 8 (The New York Times).
    expect(isWritersInference("The open-ended queries appear to be an attempt to penetrate the president's thinking, to get at the motivation behind some of his most combative Twitter posts and to examine his relationships with his family and his closest advisers.")).toBe(true);
    expect(isWritersInference('The questions serve as a reminder of the chaotic first 15 months of the Trump presidency and the transition and its aftermath.')).toBe(true);
    // Someone's inference, or no inference: not the writer's reading.
    expect(isWritersInference('According to Michael Kugelman, a senior fellow at the Asia Pacific Foundation of Canada, “There appears to be a pattern.”')).toBe(false);
    expect(isWritersInference('Officials said the strike appears to have targeted a militant hideout.')).toBe(false);
    expect(isWritersInference('The strike appears to have targeted a militant hideout, two officials said.')).toBe(false);
    expect(isWritersInference('Mr. Kim said he was willing to negotiate with the United States.')).toBe(false);
  });
});
