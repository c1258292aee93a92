import { describe, expect, it } from 'vitest';
import { compareSpeakerNames, splitTitle } from '../../../src/core/english/titles.js';
import { corpusArticle } from '../../helpers.js';
import { voicesAt } from './voices-at.js';

// The voice reader compares speakers' names as the rest of the reading layer does (english/names.ts compareNames), its
// titles set aside (english/titles.ts), not by the last word's consonants (docs/evaluation-framing.md, stop 22).
function voicesOf(id: string) {
  const { voices, voiceAt } = voicesAt(corpusArticle(id));
  return { voices, speakerOf: (opening: string) => voiceAt(opening)?.speaker };
}

describe("speakers' names with titles", () => {
  it('sets the titles a speaker phrase writes before the name aside', () => {
    expect(splitTitle('Professor Varoufakis', 'speaker').name).toBe('Varoufakis');
    expect(splitTitle('ADA Fairman', 'speaker').name).toBe('Fairman');
    expect(splitTitle('EU Commissioner Olli Rehn', 'speaker').name).toBe('Olli Rehn');
    expect(splitTitle('Undersheriff Larry Waldie', 'speaker').name).toBe('Larry Waldie');
    // One stripper for both readings: the speaker reading keeps the name splitter's joiners and "General Motors" rule,
    // the name reading its own titles, where a run of titles alone names no one.
    expect(splitTitle('Prime Minister and Foreign Minister Shah Mahmood Qureshi', 'speaker')).toEqual({ role: 'Prime Minister and Foreign Minister', name: 'Shah Mahmood Qureshi' });
    expect(splitTitle('General Motors', 'speaker')).toEqual({ name: 'General Motors' });
    expect(splitTitle('Police Chief', 'speaker')).toEqual({ role: 'Police', name: 'Chief' });
    expect(splitTitle('Prime Minister')).toEqual({ role: 'Prime Minister' });
    expect(splitTitle('ADA Fairman')).toEqual({ name: 'ADA Fairman' });
    expect(compareSpeakerNames('Professor Varoufakis', 'Yanis Varoufakis')).toBe('surname');
    expect(compareSpeakerNames('Commissioner Ramsey', 'Charles Ramsey')).toBe('surname');
    expect(compareSpeakerNames('Doug McDermott', 'Greg McDermott')).toBe(false);
  });
});

describe('voices told apart and named as the statements name them', () => {
  it("keeps the coach and the player who share a surname apart (ECB+ 31_10ecbplus: Greg and Doug McDermott)", () => {
    const { speakerOf } = voicesOf('31_10ecbplus');
    expect(speakerOf('Creighton coach Greg McDermott said')).toBe('Greg McDermott');
    expect(speakerOf('Will was tremendous')).toBe('Doug McDermott');
  });

  it("gives the mother's words to her, not to the widow who shares her surname (ECB+ 16_9ecbplus)", () => {
    const { speakerOf } = voicesOf('16_9ecbplus');
    expect(speakerOf('I think, for all of us')).toBe('Chela Ortiz');
    expect(speakerOf('I just say thank God it is over')).toBe('Rosa Ortiz');
  });

  it('does not give a surname two people of the text share to the one quoted last (ECB+ 28_3ecbplus: Fred LaRue, his son Ike LaRue III)', () => {
    const { speakerOf } = voicesOf('28_3ecbplus');
    expect(speakerOf('His heart failed while he was reading a book')).toBe('Ike LaRue III');
    expect(speakerOf('The warden let me make a badminton court')).not.toBe('Ike LaRue III');
  });

  it('names a voice the verbs read by surname or behind a title by the full name the statements give (ECB+ 16_8ecbplus, 29_1ecbplus)', () => {
    const waldie = voicesOf('16_8ecbplus').voices.find((v) => /Waldie/u.test(v.speaker));
    expect(waldie?.speaker).toBe('Larry Waldie');
    expect(waldie?.affiliation).toBe('Undersheriff');
    const wayne = voicesOf('29_1ecbplus').voices.filter((v) => /Wayne/u.test(v.speaker));
    expect(wayne.map((v) => v.speaker)).toEqual(['Reggie Wayne']);
  });

  it('takes a phrase ending in a person\'s name for that person (ECB+ 2_4ecb: "Mark and Condon said" in a joint statement)', () => {
    const { speakerOf } = voicesOf('2_4ecb');
    expect(speakerOf('He also has style, elegance')).toBe('Bill Condon');
  });

  it('reads "he said" and "she said" by the shared pronoun lookup: a person a "she said" meant is no later "he" (ECB+ 27_1ecbplus)', () => {
    // "... Dana Tamir, director at security company Trusteer, told the BBC." / "..., she said." / "In a blog post, Microsoft's
    // Dustin Childs advised ..." / "He also recommended ..." / "But doing this "may affect usability", he said, ...".
    const { speakerOf } = voicesOf('27_1ecbplus');
    expect(speakerOf('But doing this')).toBe('Dustin Childs');
    expect(speakerOf('Hackers are already exploiting this')).toMatch(/Dana Tamir/u);
  });
});
