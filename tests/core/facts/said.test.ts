import { describe, expect, it } from 'vitest';
import { areVariants, canonicalTerms } from '../../../src/core/facts/align.js';
import { alreadySaid, demonymForms, profileSentence, profileStatement, sayingTerm, titleForms, givenNameForms, wordRuns } from '../../../src/core/facts/said.js';
import { articleFromPlainText, articleFromRecord } from '../../../src/core/article.js';
import { carriedBackground, historySections, isBackground, storyCentre } from '../../../src/core/facts/salience.js';
import { factUnits } from '../../../src/core/facts/units.js';
import { numbersIn } from '../../../src/core/facts/units.js';
import { describeUnit } from '../../../src/core/facts/units.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { stem, termsOf } from '../../../src/core/text/tokens.js';
import { seedIndex, seedInputs, wclRecords } from '../../helpers.js';

/** canonicalTerms as it is defined: every pair of a two-letter bucket tried with areVariants, in order. */
function pairwiseCanonical(terms: Iterable<string>, idfOf: (term: string) => number): Map<string, string> {
  const vocabulary = [...new Set(terms)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const parent = new Map(vocabulary.map((t) => [t, t]));
  const find = (t: string): string => {
    let root = t;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(t, root);
    return root;
  };
  const buckets = new Map<string, string[]>();
  for (const term of vocabulary) buckets.set(term.slice(0, 2), [...(buckets.get(term.slice(0, 2)) ?? []), term]);
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      const a = bucket[i]!;
      if (a.length < 5) continue;
      for (let j = i + 1; j < bucket.length; j++) {
        const b = bucket[j]!;
        if (b.length - a.length > 5) break;
        if (!areVariants(a, b, idfOf)) continue;
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent.set(rb, ra);
      }
    }
  }
  return new Map(vocabulary.map((t) => [t, find(t)]));
}

describe('merging term forms for a story', () => {
  it('gives the same forms as trying every pair, on the seeds and on a NewsWCL50 event', () => {
    const idfOf = seedIndex().idfOf;
    const stories = [
      seedInputs().flatMap((s) => articleSentences(s.article).flatMap((x) => termsOf(x.text))),
      wclRecords().filter((r) => r.event === 'wcl:2').flatMap((r) => termsOf(r.text)),
    ];
    for (const terms of stories) {
      const fast = canonicalTerms(terms, idfOf);
      expect([...fast.values()].filter((v, i) => v !== [...fast.keys()][i]).length).toBeGreaterThan(5);
      expect(fast).toEqual(pairwiseCanonical(terms, idfOf));
    }
  });
});

describe('the "already said" test', () => {
  it('reads a people’s name as its place’s, both names in the story, and leaves ordinary words alone', () => {
    const places = demonymForms(['chines', 'china', 'turkish', 'turkey', 'korean', 'korea', 'indian', 'india', 'trump', 'kim']);
    expect(places.get('chines')).toBe('china');
    expect(places.get('turkish')).toBe('turkey');
    expect(places.get('korean')).toBe('korea');
    expect(places.get('indian')).toBe('india');
    expect(places.has('trump')).toBe(false);
    // Without the place among the story's names there is nothing to map to.
    expect(demonymForms(['chines', 'trump']).size).toBe(0);
  });

  it('finds "Chinese mediation of the dispute failed" in "China\'s effort to mediate the dispute failed", not without the place', () => {
    const story = ['Chinese mediation of the border dispute failed.', "China's effort to mediate the dispute over the border failed.", 'The border dispute mediation failed.'];
    const canonical = canonicalTerms(story.flatMap((s) => termsOf(s)), () => 5);
    const forms = { canonical, places: demonymForms(['chines', 'china']) };
    // The name weighs most, as a rare term does.
    const weigh = (term: string) => (term === 'chines' ? 6 : 1);
    const statement = profileStatement(describeUnit(story[0]!, 0), story[0]!, forms, weigh, () => false);
    const page = (text: string) => [profileSentence(termsOf(text), numbersIn(text), wordRuns(text), forms)];
    expect(alreadySaid(statement, page(story[1]!))).toBe(true);
    expect(alreadySaid(statement, page(story[2]!))).toBe(false);
    const withoutPlaces = { canonical };
    const plain = profileStatement(describeUnit(story[0]!, 0), story[0]!, withoutPlaces, weigh, () => false);
    expect(alreadySaid(plain, [profileSentence(termsOf(story[1]!), [], wordRuns(story[1]!), withoutPlaces)])).toBe(false);
  });
});

/** Whether `statementText` is already said by a page of the one sentence `sentence`, every term weighing alike. */
function saidByOneSentence(statementText: string, sentence: string, story: readonly string[]): boolean {
  const forms = { canonical: canonicalTerms(story.flatMap((s) => termsOf(s)), () => 5) };
  const statement = profileStatement(describeUnit(statementText, 0), statementText, forms, () => 1, () => false);
  return alreadySaid(statement, [profileSentence(termsOf(sentence), numbersIn(sentence), wordRuns(sentence), forms)]);
}

describe('a telling figure shared', () => {
  it('finds "A magnitude 4.6 earthquake struck Northern California on Thursday morning" in "An earthquake measuring 4.6 rattled ... early Thursday" (ECB+ 38plus), not with another magnitude', () => {
    const statementText = 'A magnitude 4.6 earthquake struck Northern California on Thursday morning.';
    const said = 'An earthquake measuring 4.6 rattled Sonoma and Lake counties early Thursday, according to the U.S. Geological Survey.';
    const other = said.replace('4.6', '5.1');
    expect(saidByOneSentence(statementText, said, [statementText, said, other])).toBe(true);
    expect(saidByOneSentence(statementText, other, [statementText, said, other])).toBe(false);
  });
});

describe('small counts that all agree', () => {
  it('finds "two ... managed to flee ... three boats were captured" in "two ... managed to escape, ... the remaining three" (ECB+ 12plus), not with another count', () => {
    const statementText = 'After a brief skirmish, two of them managed to flee the area but three boats were captured by INS Sukanya, the statement said.';
    const said = 'While two of them managed to escape, INS Sukanya successfully intercepted the remaining three and carried out boarding-and-search action," said Captain Manohar Nambiar, chief PRO (Defence).';
    const other = said.replace('remaining three', 'remaining four');
    expect(saidByOneSentence(statementText, said, [statementText, said, other])).toBe(true);
    expect(saidByOneSentence(statementText, other, [statementText, said, other])).toBe(false);
  });
});

describe('a figure in words and in digits', () => {
  it('finds "the strike killed eight people" in "8 people were killed in the strike", not in "18 people were killed"', () => {
    const story = ['The strike killed eight people near the border.', '8 people were killed in the strike near the border.', '18 people were killed in the strike near the border.'];
    const canonical = canonicalTerms(story.flatMap((s) => termsOf(s)), () => 5);
    const forms = { canonical };
    // The count weighs most, as a rare term does.
    const weigh = (term: string) => (term === 'eight' ? 6 : 1);
    const statement = profileStatement(describeUnit(story[0]!, 0), story[0]!, forms, weigh, () => false);
    const page = (text: string) => [profileSentence(termsOf(text), numbersIn(text), wordRuns(text), forms)];
    expect(alreadySaid(statement, page(story[1]!))).toBe(true);
    expect(alreadySaid(statement, page(story[2]!))).toBe(false);
    // And the other way: the digits' statement in the words' sentence.
    const digits = profileStatement(describeUnit(story[1]!, 0), story[1]!, forms, weigh, () => false);
    expect(alreadySaid(digits, page(story[0]!))).toBe(true);
  });
});

describe('a title the story gives one person', () => {
  const story = [
    'President Donald Trump said on Tuesday that he would meet the special counsel.',
    'The White House said President Trump had not decided.',
    'Reporters asked Trump whether the questions were disgraceful.',
    'President Trump has vowed to fight the inquiry, and the president of the bar association objected.',
    'Special Counsel Robert Mueller declined to comment, as did Prime Minister Theresa May and Prime Minister Shinzo Abe.',
    'The house was empty.',
  ];
  it('is read as that person: "the president" is Trump where the story calls him President Trump', () => {
    const titles = titleForms([story]);
    expect(titles.get('president')).toBe('trump');
    // "White House" is no person (the story writes "house" in lower case), nor is a title shared by two people one person's.
    expect([...titles.values()]).not.toContain('hous');
    expect(titles.has('prim')).toBe(false);
    // Once is not a habit: "Special Counsel Robert Mueller" appears one time.
    expect(titles.has('counsel')).toBe(false);
  });

  it('finds "Trump planned to ignore his lawyer\'s advice" in "the president planned to ignore the advice of his lawyer"', () => {
    const texts = ["Trump planned to ignore his lawyer's advice.", 'The president planned to ignore the advice of his lawyer.', 'His lawyer planned to give advice.'];
    const canonical = canonicalTerms([...story, ...texts].flatMap((s) => termsOf(s)), () => 5);
    const weigh = (term: string) => (term === 'trump' || term === 'president' ? 4 : 1);
    const withTitles = { canonical, titles: titleForms([story]) };
    const page = (text: string, forms: typeof withTitles | { canonical: typeof canonical }) => [profileSentence(termsOf(text), numbersIn(text), wordRuns(text), forms)];
    const statement = profileStatement(describeUnit(texts[0]!, 0), texts[0]!, withTitles, weigh, () => false);
    expect(alreadySaid(statement, page(texts[1]!, withTitles))).toBe(true);
    expect(alreadySaid(statement, page(texts[2]!, withTitles))).toBe(false);
    const plain = profileStatement(describeUnit(texts[0]!, 0), texts[0]!, { canonical }, weigh, () => false);
    expect(alreadySaid(plain, page(texts[1]!, { canonical }))).toBe(false);
  });
});

describe('a title whose word form the story merged with a verb', () => {
  it('is still its person: NewsWCL50 event 0 merges "director" with "direct", and "the CIA director" is Pompeo', () => {
    const articles = wclRecords()
      .filter((r) => r.event === 'wcl:0')
      .map((r) => articleSentences(articleFromRecord(r)).map((s) => s.text));
    const canonical = canonicalTerms(articles.flat().flatMap((s) => termsOf(s)), () => 5);
    const titles = titleForms(articles);
    // The story's word forms: "direct talks" and "CIA Director Mike Pompeo" share one form; the title is read as written.
    expect(canonical.get('director')).toBe(canonical.get('direct'));
    expect(titles.get('director')).toBe('pompeo');
    const forms = { canonical, titles };
    expect(sayingTerm('director', forms)).toBe('pompeo');
    // Fox News (0_R) names him by title alone: its sentence holds Pompeo, not "direct" ("direct talks").
    const fox = articles[wclRecords().filter((r) => r.event === 'wcl:0').findIndex((r) => r.id === 'wcl:0_R')]!.find((s) => s.includes('the CIA director met'))!;
    const profile = profileSentence(termsOf(fox), numbersIn(fox), wordRuns(fox), forms);
    expect(profile.terms.has('pompeo')).toBe(true);
    expect(profile.terms.has('direct')).toBe(false);
    // A verb is not a title: "direct talks" stays "direct".
    expect(sayingTerm('direct', forms)).toBe('direct');
  });
});

describe('background by date', () => {
  const centre = { mainNames: new Set<string>(), centralTerms: new Set<string>(), latestYear: 2018, present: '2018-05-01' };
  it('a month with its year well before the story’s present dates a sentence as history; this month does not', () => {
    const history = 'Mueller, 73, took over the federal probe into alleged collusion in May 2017.';
    expect(isBackground(history, numbersIn(history), centre)).toBe(true);
    const recent = 'The lawyer resigned in April 2018 after the questions were shared.';
    expect(isBackground(recent, numbersIn(recent), centre)).toBe(false);
    const undated = 'Trump may meet Kim in May or early June.';
    expect(isBackground(undated, numbersIn(undated), centre)).toBe(false);
  });

  it('a year the sentence opens with, or one of the nineteenth century, dates it as history too (ECB+ 36_1, undated: the present is the year its coverage names)', () => {
    const undatedStory = { mainNames: new Set<string>(), centralTerms: new Set<string>(), latestYear: 2003 };
    const opening = 'In 1947, a small group moved just across the border into Lister, British Columbia.';
    expect(isBackground(opening, numbersIn(opening), undatedStory)).toBe(true);
    const century = "Mormons renounced polygamy in 1890 as a condition of Utah's statehood.";
    expect(isBackground(century, numbersIn(century), undatedStory)).toBe(true);
    const recent = 'In 2003, Jeffs ejected Blackmore from the sect.';
    expect(isBackground(recent, numbersIn(recent), undatedStory)).toBe(false);
    const count = 'Police counted 1890 ballots on Wednesday.';
    expect(isBackground(count, numbersIn(count), undatedStory)).toBe(false);
  });
});

describe('background told as a trend over recent months or years', () => {
  const centre = { mainNames: new Set<string>(), centralTerms: new Set<string>(), latestYear: 2018, present: '2018-05-01' };
  it('is context, unless the news is ranked against those years', () => {
    // NewsWCL50 2_LL and seed 004: each was listed as only here, though the thaw and the TTP's rise are in other outlets.
    const thaw = 'Tensions between North Korea and the U.S. have eased in recent months, beginning with the Winter Olympics hosted by South Korea in Pyeongchang.';
    expect(isBackground(thaw, numbersIn(thaw), centre)).toBe(true);
    const surge = 'Armed attacks by TTP rebels and the Balochistan Liberation Army (BLA), which operates in the resource-rich Balochistan province, have surged in recent years, with 2025 on track to become the deadliest year.';
    expect(isBackground(surge, numbersIn(surge), { ...centre, latestYear: 2025, present: '2025-10-20' })).toBe(true);
    // Seed 004: the toll of this round, ranked against recent years, is the news.
    const toll = 'Dozens of people have been killed and hundreds wounded in the worst bout of violence in recent years.';
    expect(isBackground(toll, numbersIn(toll), { ...centre, latestYear: 2025, present: '2025-10-20' })).toBe(false);
    const plain = 'Tensions between North Korea and the U.S. eased on Friday.';
    expect(isBackground(plain, numbersIn(plain), centre)).toBe(false);
  });
});

describe('the story’s present year', () => {
  it('is the year its articles were published, not the latest year they name (often their history)', () => {
    // NewsWCL50 event 2 names no year later than 1948-1950 in most of its articles, published in April 2018.
    const articles = [
      ['Currently, there are 28,500 U.S. troops in South Korea, a move that followed the 1950-53 Korean War.'],
      ['No meeting between a U.S. leader and a Kim dynasty dictator has occurred since Kim Il-Sung founded the communist state in 1948.'],
      ['North Korea said on Saturday it would suspend nuclear and missile tests.'],
    ].map((sentences) => factUnits(sentences));
    const dated = storyCentre(articles, new Map(), ['2018-04-20', '2018-04-20', '2018-04-21']);
    expect(dated.latestYear).toBe(2018);
    const founding = 'No meeting between a U.S. leader and a Kim dynasty dictator has occurred since Kim Il-Sung founded the communist state in 1948.';
    expect(isBackground(founding, numbersIn(founding), dated)).toBe(true);
    // Without publication dates the years the articles name are all there is.
    expect(storyCentre(articles, new Map()).latestYear).toBe(1950);
  });
});

describe('a passage of history carried on by undated sentences', () => {
  const centre = { mainNames: new Set<string>(), centralTerms: new Set<string>(), latestYear: 2018, present: '2018-05-01' };
  it('takes the undated sentence right after a dated one of history, not one that tells its present or follows one that does', () => {
    const sentences = [
      'Gates pleaded guilty to conspiracy charges on Feb. 23.',
      'After the plea, Mueller moved to drop the remaining charges against Gates.',
      'The president has not been questioned by Mueller or his team yet.',
      'On Monday, The New York Times published the questions Mueller wants to ask.',
      'The questions include the firing of the FBI director.',
    ];
    // "yet" sets the next sentence in the present: it ends the passage.
    expect(carriedBackground(sentences, centre)).toEqual(['After the plea, Mueller moved to drop the remaining charges against Gates.']);
    // Without a sentence of history before them, undated sentences stay news.
    expect(carriedBackground(sentences.slice(3), centre)).toEqual([]);
  });
});

describe("an explainer's sections of history", () => {
  // Seed 004 (Al Jazeera) is set out under its own questions: the ceasefire's terms, why Pakistan blames the
  // Taliban, and the TTP's history ("Why the spike in attacks inside Pakistan?": 2001, 2007, 2014, 2021, 2022).
  const article = seedInputs().find((s) => s.id.startsWith('004'))!.article;
  const sentences = articleSentences(article).map((s) => s.text);
  const centre = { mainNames: new Set<string>(), centralTerms: new Set<string>(), latestYear: 2025, present: '2025-10-19' };
  const history = historySections(sentences, centre);
  const find = (start: string) => sentences.find((s) => s.startsWith(start))!;

  it("takes the undated sentences of the TTP's history, not those that tell the present", () => {
    expect(history).toContain(find('A stricter imposition of their interpretation of Islamic law'));
    expect(history).toContain(find('Islamabad was the prime backer of the Taliban'));
    // "this year" and the analyst's closing quotation ("... will it work now?") are the present.
    expect(history).not.toContain(find('According to the CRSS, the Islamabad-based think tank, the first three-quarters of this year'));
    expect(history).not.toContain(find('“This logic of bombing Afghanistan into submission'));
  });

  it('leaves a section of the present alone, and the lede before any question', () => {
    expect(history).not.toContain(find('After a round of negotiations between Pakistan and Afghanistan'));
    expect(history).not.toContain(find('Asif further confirmed a “follow-up meeting'));
    expect(history).not.toContain(sentences[0]);
  });
});

describe('given names a story writes two ways (givenNameForms)', () => {
  it('joins "Rudy" to "Rudolph" for one surname, and keeps two people who share a surname apart', () => {
    const forms = givenNameForms([
      ['Mr. Trump\'s new lawyer, Rudolph W. Giuliani, met with Mr. Mueller last week.'],
      ['Dowd was replaced last week by former New York City Mayor Rudy Giuliani.'],
      ['Donald Trump Jr. and Ivanka Trump were not there.', 'Eric Trump said nothing.'],
    ]);
    expect(forms.get(stem('rudy'))).toBe(stem('rudolph'));
    expect(forms.has(stem('rudolph'))).toBe(false);
    // Eric and Ivanka are two people: no given name of the Trumps stands for another.
    expect([...forms.keys()].some((k) => ['eric', 'ivanka', 'donald'].map(stem).includes(k))).toBe(false);
  });
});
