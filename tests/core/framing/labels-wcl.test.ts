import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/types.js';
import { framingFeatures } from '../../../src/core/framing/index.js';
import { isSentenceCase } from '../../../src/core/english/names.js';
import { groupActors, resolveActors, type ActorLabel } from '../../../src/core/framing/actors.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { articleFromRecord } from '../../../src/core/article.js';
import { ecbRecords, wclRecords } from '../../helpers.js';
import { officeBody } from '../../../src/core/english/capitals.js';
import { analysisFeatures } from '../../../src/core/corpus/pack.js';

// Labels read on whole NewsWCL50 articles (tests/fixtures/newswcl50, the tune half's events 0, 2 and 8).
const records = wclRecords();

function wcl(id: string): Article {
  const r = records.find((x) => x.id === `wcl:${id}`);
  if (!r) throw new Error(`no NewsWCL50 article ${id}`);
  return articleFromRecord(r);
}

/** An ECB+ article (the whole dataset), its paragraphs one a line. */
function ecbArticle(id: string): Article {
  const r = ecbRecords().find((x) => x.id === id);
  if (!r) throw new Error(`no ECB+ article ${id}`);
  return ecbAsArticle(r);
}
const ecbAsArticle = (r: { title: string; text: string }): Article => ({ title: r.title, paragraphs: r.text.split(/\n+/u).filter(Boolean) });

/** The actor mentions and links framing reads in one NewsWCL50 article. */
const mentionsOf = (id: string) => framingFeatures(wcl(id)).actors.mentions;
const linksOf = (id: string) => framingFeatures(wcl(id)).actors.links;

const keysOf = (id: string, label: string) => [...new Set(mentionsOf(id).filter((m) => m.label === label).map((m) => m.key))];

/** The five outlets of a NewsWCL50 event ("2": 2_LL ... 2_RR), each with the actors framing reads in it, as the rows take them. */
const wclEvent = (e: string) => ['LL', 'L', 'M', 'R', 'RR'].map((o) => ({ id: `${e}_${o}`, actors: framingFeatures(wcl(`${e}_${o}`)).actors }));

/** The labels one outlet gives the row of an actor, as shown. */
const rowLabels = (rows: ReturnType<typeof groupActors>, actor: string, id: string) => rows.find((g) => g.actor === actor)?.labels[id]?.map((l) => l.label);

describe('labels on whole NewsWCL50 articles', () => {
  it('reads "the president" as the holder named just before it, not the one named most', () => {
    // 2_L names President Moon a dozen times and Mr. Trump a few: "Still, Mr. Trump welcomed what Mr. Kim said.
    // "North Korea has agreed ...," the president said in a Twitter message."
    expect(keysOf('2_L', 'the president')).toEqual(['trump']);
  });

  it('reads a headline written as a sentence for labels, and one in title case not', () => {
    // 0_L's headline is its opening sentence, the only place it names "Kim Jong-un" and "President Trump";
    // 0_M's headline is the one place it calls Pompeo "Trump's secretary of State pick".
    expect(keysOf('0_L', 'Kim Jong-un')).toEqual(['kim jong-un']);
    expect(keysOf('0_L', 'President Trump')).toEqual(['trump']);
    expect(keysOf('0_M', "Trump's secretary of State pick")).toEqual(['mike pompeo']);
    // "North Korean Leader Says 'We No Longer Need' Nuclear or Missile Tests.": capitals that are no names.
    expect(isSentenceCase(wcl('2_L').title)).toBe(false);
    expect(mentionsOf('2_L').some((m) => /Says/u.test(m.label))).toBe(false);
  });

  it('reads groups named for whom they work for: "lawyers for President Trump", the team, bare and titled plurals', () => {
    expect(keysOf('8_M', 'lawyers for President Trump')).toEqual(['group:trump lawyers']);
    // "... he's not considered a target, investigators remain interested": the one group of investigators 8_M names ("Mueller's investigators").
    expect(keysOf('8_M', 'investigators')).toEqual(['group:mueller investigators']);
    // "Mueller's team" and "Mueller's investigators" in one article: one group.
    expect(linksOf('8_M')).toContainEqual(['group:mueller team', 'group:mueller investigators']);
    expect(keysOf('8_L', 'investigators for Mr. Mueller')).toEqual(['group:mueller investigators']);
    // "questions read by the special counsel investigators": the title of the one person who owns such a group.
    expect(keysOf('8_L', 'the special counsel investigators')).toEqual(['group:mueller investigators']);
    // "Four people ... have pleaded guilty to lying to investigators in the Russia inquiry": "in" the inquiry they work on.
    expect(keysOf('8_L', 'investigators')).toEqual(['group:mueller investigators']);
  });

  it('reads past a generational numeral: "Robert S. Mueller III, the special counsel investigating ..."', () => {
    expect(keysOf('8_L', 'Robert S. Mueller')).toEqual(['robert s. mueller']);
    expect(keysOf('8_L', 'the special counsel')).toEqual(['robert s. mueller']);
    // "Queen Elizabeth II" keeps it: how the queen is named.
    expect(keysOf('5_L', 'Elizabeth II')).toEqual(['elizabeth ii']);
  });

  it('reads possessives: "North Korea\'s Kim", "the nation\'s reclusive leader", "his legal team"', () => {
    expect(keysOf('2_M', "North Korea's Kim")).toEqual(['kim']);
    expect(keysOf('2_M', "the nation's reclusive leader")).toEqual(['kim jong un']);
    // "Mueller's Russia investigation": Russia is no person of Mueller's.
    expect(mentionsOf('8_R').some((m) => m.label === "Mueller's Russia")).toBe(false);
    // "Trump's legal team ... his legal team": the one group of lawyers 8_RR names.
    expect(keysOf('8_RR', 'his legal team')).toEqual(['group:trump lawyers']);
  });

  it('joins a quoted nickname to the person it is given to, and reads "U.S. Senators" as the state\'s people', () => {
    // "Last year, Trump continually referred to Kim as "Rocket Man," while the dictator described Trump as ..."
    expect(linksOf('2_LL')).toContainEqual(['kim', 'rocket man']);
    // "Pompeo told U.S. Senators on the Senate Foreign Relations Committee"
    expect(keysOf('0_RR', 'U.S. Senators')).toEqual(['us']);
  });

  it('keeps Iran a country beside "Iranians", and the Iran deal\'s other name off Iran', () => {
    // Event 4 (NewsWCL50's fresh events, outside both halves): "Iranian" and "Iranians" are its people, not places
    // "Iran" names the people of.
    const event4 = wclEvent('4');
    const iran = groupActors(event4).find((g) => g.actor === 'Iran');
    expect(Object.keys(iran?.labels ?? {}).length).toBe(5);
    // "the Iran nuclear deal known as the Joint Comprehensive Plan of Action": "Iran" modifies "deal".
    expect(linksOf('4_L').some(([a, b]) => a === 'iran' || b === 'iran')).toBe(false);
  });

  it('reads "Obama" as a person beside "Obamacare", not as its demonym', () => {
    // 4_M writes "President Obama"; 4_LL "Obama" seven times and "Obamacare" once.
    const event4 = wclEvent('4');
    const obama = groupActors(event4).find((g) => g.actor === 'Barack Obama');
    expect(obama?.labels['4_LL']?.map((l) => l.label)).toContain('Obama');
  });

  it('keeps the word that dates a title: "former FBI Director James Comey", "then-national security adviser"', () => {
    expect(keysOf('1_R', 'former FBI Director James Comey')).toEqual(['james comey']);
    // "Comey describes Trump asking him to discuss then-national security adviser Michael Flynn": not "discuss".
    expect(keysOf('1_LL', 'then-national security adviser')).toEqual(['michael flynn']);
  });

  it('reads a state\'s office by its name or demonym: "Israel\'s prime minister", "the Israeli leader"', () => {
    // 9_R: "Israeli Prime Minister Benjamin Netanyahu said Monday ..." then "Israel's prime minister".
    expect(keysOf('9_R', "Israel's prime minister")).toEqual(['benjamin netanyahu']);
    // 9_L names him "Prime Minister Benjamin Netanyahu of Israel" only; later "the Israeli leader may have had an audience of one".
    expect(keysOf('9_L', 'the Israeli leader')).toEqual(['benjamin netanyahu']);
  });

  it('joins two collective nouns the text gives one group, and no article reaches over a comma', () => {
    // 6_L: "... as a caravan of immigrants finally reached the border"; 6_M: "Many of the migrants in the caravan are fleeing".
    expect(linksOf('6_L')).toContainEqual(['group:caravan', 'group:immigrants']);
    expect(linksOf('6_M')).toContainEqual(['group:migrants', 'group:caravan']);
    // 6_LL: "... the U.S., immigrants ..." is no label.
    expect(mentionsOf('6_LL').some((m) => m.label.includes(','))).toBe(false);
  });

  it('reads "his <state> counterpart" as the one person a title gives that state', () => {
    // 0_M: "Japanese Prime Minister Shinzo Abe" ... "Trump's meetings with his Japanese counterpart."
    expect(keysOf('0_M', 'his Japanese counterpart')).toEqual(['shinzo abe']);
    // 4_M: "French President Emmanuel Macron" ... "common ground with his French counterpart in dealing with Iran".
    expect(keysOf('4_M', 'his French counterpart')).toEqual(['emmanuel macron']);
  });

  it('keeps "President Emmanuel Macron of France" whole as a label of the person', () => {
    expect(keysOf('4_L', 'President Emmanuel Macron of France')).toEqual(['emmanuel macron']);
    expect(keysOf('4_L', 'France').length).toBeGreaterThan(0);
  });

  it('reads "his administration" as the government of the leader named just before it', () => {
    // 0_L: "The president did not specify who in his administration was talking to North Korea" (President Trump).
    expect(keysOf('0_L', 'his administration')).toEqual(['gov:trump']);
    // 0_M: "Abe is also looking for more U.S. support of his government's efforts"; "After Trump announced tariffs ..., his administration granted exceptions".
    expect(keysOf('0_M', 'his government')).toEqual(['gov:shinzo abe']);
    expect(keysOf('0_M', 'his administration')).toEqual(['gov:donald trump']);
  });

  it('reads "Iran\'s leaders" as a label of Iran, where Iran is a place of the coverage', () => {
    // 9_LL: "Iran's leaders repeatedly deny ever pursuing nuclear weapons," said Netanyahu.
    const event9 = wclEvent('9');
    const iran = groupActors(event9).find((g) => g.actor === 'Iran');
    expect(iran?.labels['9_LL']?.map((l) => l.label)).toContain("Iran's leaders");
    expect(framingFeatures(wcl('9_LL')).lead.actors.some((k) => k.startsWith('people:'))).toBe(false);
  });

  it('reads "America" and "American officials" as the United States, and makes no row of a continent', () => {
    // 0_LL: "an outcome “America and the world so desperately need”"; 0_L: "American officials said ..."; the others write
    // "the United States" and "U.S.": one state under its everyday and its formal name.
    const event0 = wclEvent('0');
    const rows = groupActors(event0);
    const us = rows.find((g) => g.actor === 'United States');
    expect(us?.labels['0_L']?.map((l) => l.label)).toEqual(expect.arrayContaining(['American officials', 'United States']));
    expect(us?.labels['0_LL']?.map((l) => l.label)).toContain('America');
    expect(rows.some((g) => g.actor === 'America')).toBe(false);
    // 0_L and 0_M write "Asia" ("the Asian trade pact"): a place by its demonym, and no actor.
    expect(rows.some((g) => g.actor === 'Asia')).toBe(false);
  });

  it('reads a state\'s office by a demonym of two words, before a possessive: "The North Korean leader\'s move"', () => {
    // 2_L gives Kim the office as "North Korea's leader, Kim Jong-un," and later writes "The North Korean leader's move could be tactical".
    expect(keysOf('2_L', 'The North Korean leader')).toEqual(['kim jong-un']);
  });

  it('reads "the country" as the place named just before it, where the coverage knows it for a place', () => {
    // 2_LL: "North Korean dictator Kim Jong Un said the country "will join international efforts" ..."; 0_LL: "... U.S.
    // diplomats have said must be on the table ... for North Korea ... But experts are skeptical that the country would
    // easily give up its nuclear weapon program" (the sentence before names the North).
    const north = (e: string, id: string) => rowLabels(groupActors(wclEvent(e)), 'North Korea', id);
    expect(north('2', '2_LL')).toContain('the country');
    expect(north('0', '0_LL')).toContain('the country');
    // 7_L: "talks with Japan, the largest American ally ... in part because of the country's trade patterns": Japan (no
    // place of this coverage), never the United States its demonym "American" names.
    const seven = wclEvent('7');
    const resolver = resolveActors(seven);
    const us = resolver.groups.find(resolver.normalise('united states'));
    const sentences = articleSentences(wcl('7_L'));
    const trade = seven.find((a) => a.id === '7_L')?.actors.mentions.filter((m) => m.label === 'the country' && /trade patterns/u.test(sentences[m.sentence]?.text ?? '')) ?? [];
    // (The same sentence's "the Trump administration hoped to urge the country into one-on-one trade talks" is read as
    // the United States, the one name between: wrong, and left so.)
    expect(trade.length).toBe(2);
    expect(trade.some((m) => resolver.groups.find(resolver.normalise(m.key)) !== us)).toBe(true);
  });

  it('reads the people and services who act for a state after its demonym, past a number opening the sentence', () => {
    // 8_R: "Three Russian entities and 13 Russian nationals were indicted by a federal grand jury"
    expect(keysOf('8_R', 'Russian entities')).toEqual(['russian']);
    expect(keysOf('8_R', 'Russian nationals')).toEqual(['russian']);
    expect(mentionsOf('8_R').some((m) => m.label.startsWith('Three'))).toBe(false);
    // 9_RR: "U.S. intelligence" (twice).
    expect(keysOf('9_RR', 'U.S. intelligence')).toEqual(['us']);
  });

  it('reads one unnamed person who acts for a state as a label of the state, not a named person\'s title', () => {
    // 0_L: "A South Korean government official later played down the report"; 8_R: "conversations he had with a Russian
    // ambassador"; 8_L: "contacts with the Russian ambassador to the United States" (8_L names no holder of that title).
    expect(keysOf('0_L', 'South Korean government official')).toEqual(['south korean']);
    expect(keysOf('8_R', 'Russian ambassador')).toEqual(['russian']);
    expect(keysOf('8_L', 'Russian ambassador to the United States')).toEqual(['russian']);
    // 8_M: "Russian Ambassador Sergey Kislyak", "the Russian ambassador, Sergey I. Kislyak": his title, not Russia's label.
    expect(mentionsOf('8_M').filter((m) => /ambassador/iu.test(m.label) && m.key === 'russian')).toEqual([]);
  });

  it('reads a leader\'s office as the government they lead, and an epithet given in quotation marks as the person\'s', () => {
    // 2_L: "Mr. Moon's office also praised the announcement" (President Moon, "South Korean President Moon Jae-in"): in the
    // South Korea row. 8_RR: "Mueller's office": a special counsel leads no state.
    expect(keysOf('2_L', "Mr. Moon's office")).toEqual(['gov:moon']);
    const event2 = wclEvent('2');
    expect(rowLabels(groupActors(event2), 'South Korea', '2_L')).toContain("Mr. Moon's office");
    expect(mentionsOf('8_RR').filter((m) => /office/u.test(m.label))).toEqual([]);
    // 2_LL: "the dictator described Trump as a "mentally deranged U.S. dotard."" (a capitalised one, "Rocket Man", is a nickname).
    expect(keysOf('2_LL', 'mentally deranged U.S. dotard')).toEqual(['trump']);
    expect(keysOf('2_LL', 'Rocket Man')).toEqual(['rocket man']);
    // 0_L: "... with Mr. Abe, whom he described in Twitter as a "truly fine gentleman."": given to the person "whom" stands for.
    expect(keysOf('0_L', 'truly fine gentleman')).toEqual(['abe']);
  });

  it('reads an apposition naming the office someone is put forward for as their label', () => {
    // 0_RR: "CIA Director Mike Pompeo, now President Donald Trump’s nominee to serve as Secretary of State, secretly traveled".
    expect(keysOf('0_RR', 'President Donald Trump’s nominee to serve as Secretary of State')).toEqual(['mike pompeo']);
  });

  it('reads the whole lower-case title a capitalised word ends, with a title coordinated before it', () => {
    // 0_M: "The Washington Post reported that CIA director and secretary of State-designate Mike Pompeo made a top-secret visit".
    expect(keysOf('0_M', 'CIA director and secretary of State-designate')).toEqual(['mike pompeo']);
    // ECB+ 36_7ecbplus: "spokesman for Texas Attorney General Greg Abbott": the capitals are another person's title.
    const article = ecbArticle('36_7ecbplus');
    expect(framingFeatures(article).actors.mentions.filter((m) => /^spokesman for/u.test(m.label))).toEqual([]);
  });

  it('joins a state\'s formal initials to the state the coverage names: "the DPRK" is North Korea', () => {
    // 2_LL quotes North Korea's announcement: "... and the DPRK will join international efforts ...".
    const event2 = wclEvent('2');
    expect(rowLabels(groupActors(event2), 'North Korea', '2_LL')).toContain('DPRK');
  });

  it('reads a state\'s leading office as its one holder whose state the article leaves unsaid, and gives him the state', () => {
    // 2_R: "President Trump" ... "a meeting with the U.S. president"; President Moon is "South Korean President".
    expect(keysOf('2_R', 'the U.S. president')).toEqual(['trump']);
    expect(linksOf('2_R')).toContainEqual(['state:trump', 'us']);
    // So "the Trump administration" (2_R, 2_LL) joins the United States, as the U.S. row.
    const event2 = wclEvent('2');
    const us = groupActors(event2).find((g) => g.labels['2_R']?.some((l) => l.label === 'U.S.'));
    expect(us?.labels['2_R']?.map((l) => l.label)).toContain('the Trump administration');
    // 9_LL: "the head of Iran's Atomic Energy Organization" heads a body, not Israel's government.
    expect(mentionsOf('9_LL').some((m) => /^The head of Iran/u.test(m.label))).toBe(false);
  });

  it('reads a state\'s leading office as the holder the article is about where several leave their state unsaid', () => {
    // 0_L: "President Trump" (named throughout) and "President George W. Bush" (once, in a quotation) are given no state;
    // "The president of the United States just endorsed a peace treaty with North Korea" is Trump.
    expect(keysOf('0_L', 'The president of the United States')).toEqual(['trump']);
    // 7_L: "Scott Paul, the president of the Alliance for American Manufacturing": the named person's title, a body's office.
    expect(mentionsOf('7_L').filter((m) => m.label === 'the president of the Alliance' && m.key === 'trump')).toEqual([]);
  });

  it('leaves a title by its body that the article gives no one to the one person the coverage gives it', () => {
    // Event 1 (in neither half): 1_LL never titles Comey, and writes "the former FBI director detailed his early
    // encounters"; the other outlets write "former FBI Director James Comey".
    const event1 = wclEvent('1');
    const comey = groupActors(event1).find((g) => g.actor === 'James Comey');
    expect(comey?.labels['1_LL']?.map((l) => l.label)).toContain('the former FBI director');
    // ECB+ topic 34: "the Surgeon General reports to the Assistant Secretary for Health" is the office; "David Satcher, MD,
    // PhD, who later became surgeon general" gives no one the title before a name, so no one's row shows it.
    const topic34 = ecbRecords().filter((x) => x.id.startsWith('34_')).map((r) => ({ id: r.id, actors: framingFeatures(ecbAsArticle(r)).actors }));
    const rows = groupActors(topic34);
    expect(rows.some((g) => (g.labels['34_6ecbplus'] ?? []).some((l) => l.label === 'the Surgeon General'))).toBe(false);
  });

  it('reads collective nouns for an unnamed group: "these migrants", "the asylum seekers", the caravan\'s members', () => {
    // Event 6 (the migrant caravan, in neither half): 6_M "These migrants are coming ..."; 6_L "the asylum seekers" (the
    // open spelling of "asylum-seekers"); 6_LL "the caravan's members", 6_RR "prompted members of the caravan".
    expect(keysOf('6_M', 'These migrants')).toEqual(['group:migrants']);
    expect(keysOf('6_L', 'the asylum seekers')).toEqual(['group:asylum-seekers']);
    expect(keysOf('6_LL', "the caravan's members")).toEqual(['group:caravan']);
    expect(keysOf('6_RR', 'members of the caravan')).toEqual(['group:caravan']);
    // ECB+ 22_9ecbplus: "family members of the victims" are not the victims.
    const article = ecbArticle('22_9ecbplus');
    expect(framingFeatures(article).actors.mentions.filter((m) => /members/u.test(m.label))).toEqual([]);
  });

  it('reads a body\'s apposition with what it did or does, and a name it is given "translated from Spanish as"', () => {
    // Event 6 (in neither half): 6_L "Pueblo Sin Fronteras, a transnational group that organized the caravan, told ...";
    // 6_M "Showing Up For Racial Justice, a group that supports racial-justice issues."; 6_RR "organized by Pueblos Sin
    // Fronteras, translated from Spanish as People Without Borders, which is not ...".
    expect(keysOf('6_L', 'a transnational group that organized the caravan')).toEqual(['pueblo sin fronteras']);
    expect(keysOf('6_M', 'a group that supports racial-justice issues')).toEqual(['showing up for racial justice']);
    expect(linksOf('6_RR')).toContainEqual(['pueblos sin fronteras', 'people without borders']);
    // A clause with no object after its verb is no description ("a group that formed.").
    const f = framingFeatures({ title: '', paragraphs: ['The protest was led by Voices United, a group that formed.'] });
    expect(f.actors.mentions.filter((m) => m.kind === 'description')).toEqual([]);
  });

  it('reads a group introduced by what it is made of, and joins people in a group the text introduces', () => {
    // Event 6: 6_L "as a caravan of immigrants finally reached the border", 6_RR "A caravan of hundreds of migrants is
    // expected"; 6_R "Asylum-seekers in a "caravan" from Central America are poised ...".
    expect(keysOf('6_L', 'a caravan of immigrants')).toEqual(['group:caravan']);
    expect(keysOf('6_RR', 'A caravan of hundreds of migrants')).toEqual(['group:caravan']);
    expect(linksOf('6_R')).toContainEqual(['group:asylum-seekers', 'group:caravan']);
    // Not a definite group read twice: "the caravan of migrants" is read as "the caravan" alone.
    const f = framingFeatures({ title: '', paragraphs: ['The caravan of migrants reached the border on Sunday.'] });
    expect(f.actors.mentions.map((m) => m.label)).not.toContain('The caravan of migrants');
  });

  it('joins the government of the one head the coverage titles without a state to the state whose seat it names', () => {
    // Event 6: no outlet writes "U.S. President Trump", 6_LL names "the White House"; "President Barack Obama" (6_M, once)
    // is titled in passing. "The Trump administration" is the United States' government, as the annotators code it.
    const rows = groupActors(wclEvent('6'));
    expect(rowLabels(rows, 'U.S.', '6_R')).toContain('the Trump administration');
    expect(rows.map((g) => g.actor)).not.toContain('the Trump administration');
    // Trump's voice takes no side from a seat: the text never gives him the state's office.
    expect([...resolveActors(wclEvent('6')).seatGovernments]).toContain('gov:trump');
    // Event 4 titles Trump "U.S. President", Macron "French President", Rouhani "Iranian President": no seat is left for
    // "President Barack Obama" (4_L), whose administration stays apart from Iran, whose capital the coverage names.
    const four = groupActors(wclEvent('4'));
    expect(four.find((g) => g.actor === 'Iran')?.labels['4_R']?.map((l) => l.label)).not.toContain('the Obama administration');
  });

  it('reads a title by its place or body only for someone holding that office ("The US President" is no US ambassador)', () => {
    // ECB+ 10_2ecbplus: "Red Sox majority owner John W. Henry" ... "Jason Varitek, the Red Sox captain": the captain is no owner.
    const article = ecbArticle('10_2ecbplus');
    const captain = framingFeatures(article).actors.mentions.filter((m) => m.label === 'the Red Sox captain').map((m) => m.key);
    expect(captain.some((k) => k.includes('henry'))).toBe(false);
    // "North Korean dictator Kim Jong Un" (2_RR) is still "the North Korean leader": a state's leading office under another name.
    expect(keysOf('2_R', 'The North Korean leader')).toEqual(['kim jong un']);
  });

  it('reads "his country" as the state the article gives the person named just before', () => {
    // 2_L: "North Korea's leader, Kim Jong-un, announced early Saturday that his country no longer needed to test nuclear weapons".
    const event2 = wclEvent('2');
    const north = groupActors(event2).find((g) => g.actor === 'North Korea');
    expect(north?.labels['2_L']?.map((l) => l.label)).toContain('his country');
    // 4_L: "Iran's security chief warned on Tuesday that his country would consider leaving ...": no state is given to a person
    // named there, so no row shows it.
    const event4 = wclEvent('4');
    expect(groupActors(event4).some((g) => g.labels['4_L']?.some((l) => l.label === 'his country'))).toBe(false);
  });

  it('reads "officials from Japan" as the state\'s people, not "representatives from European countries"', () => {
    // 2_L: "Mr. Kim's peace overtures also punctuated the reaction of officials from Japan, which North Korea has long threatened".
    // ECB+ 11_10ecb: "representatives from European countries": a demonym that modifies a plural.
    expect(keysOf('2_L', 'officials from Japan')).toEqual(['japan']);
    const article = ecbArticle('11_10ecb');
    expect(framingFeatures(article).actors.mentions.some((m) => m.label.startsWith('representatives from'))).toBe(false);
  });

  it('reads a capital or seat of government used for its state\'s government as the state, not a place where things happen', () => {
    // 0_LL: "after Pyongyang signaled its willingness to negotiate" and "Kim, who plan to discuss Pyongyang’s nuclear program"
    // stand for North Korea's government; "Envoys from the South traveled to Pyongyang in March" is the city.
    expect(keysOf('0_LL', 'Pyongyang').sort()).toEqual(['pyongyang', 'seat:pyongyang']);
    const pyongyang = mentionsOf('0_LL').filter((m) => m.label === 'Pyongyang');
    expect(pyongyang.find((m) => m.key === 'seat:pyongyang')?.count).toBe(2);
    // 8_M: "whether the Trump campaign coordinated with the Kremlin"; "reaching out to Moscow". 8_L: "seeking assistance from Moscow";
    // "a Moscow real estate deal" and "Mr. Trump's 2013 trip to Moscow" are the city.
    expect(keysOf('8_M', 'Kremlin')).toEqual(['seat:kremlin']);
    expect(keysOf('8_M', 'Moscow').sort()).toEqual(['moscow', 'seat:moscow']);
    const moscow = mentionsOf('8_L').filter((m) => m.label === 'Moscow');
    expect(moscow.map((m) => [m.key, m.count]).sort()).toEqual([['moscow', 2], ['seat:moscow', 1]]);
    // 5_R: "10 Downing Street said in a statement"; 5_L: "relations with Washington are particularly important".
    expect(keysOf('5_R', 'Downing Street')).toEqual(['seat:downing street']);
    expect(keysOf('5_L', 'Washington')).toEqual(['seat:washington']);
    // 0_RR: "He denied personally speaking to Jong-un via the White House press office": the seat's own voice. 0_R: "chief
    // White House correspondent John Roberts reports" reports on it.
    expect(keysOf('0_RR', 'White House')).toEqual(['seat:white house']);
    const correspondent = framingFeatures({ title: '', paragraphs: ['The Washington Post reports the CIA director met with the North Korean leader over Easter Weekend; chief White House correspondent John Roberts reports from West Palm Beach, Florida.'] });
    expect(correspondent.actors.mentions.filter((m) => m.key === 'seat:white house')).toEqual([]);
    // Not a city's own ("warned by London's mayor, Sadiq Khan", 5_LL), nor a dateline ("Washington (AFP) –", 8_RR).
    expect(keysOf('5_LL', 'London')).not.toContain('seat:london');
    expect(keysOf('8_RR', 'Washington')).not.toContain('seat:washington');
    // Across the coverage, the state's row shows them where it names the state: North Korea's row in event 0; Russia's in event 8.
    expect(rowLabels(groupActors(wclEvent('0')), 'North Korea', '0_LL')).toContain('Pyongyang');
    const russia = groupActors(wclEvent('8')).find((g) => g.actor === 'Russia');
    expect(russia?.labels['8_M']?.map((l) => l.label)).toEqual(expect.arrayContaining(['Kremlin', 'Moscow']));
    // Where the coverage does not name the state, the seat stays the city's own: no state's row is made of it.
    const alone = groupActors([
      { id: 'a', actors: framingFeatures({ title: '', paragraphs: ['Officials said Moscow has denied the claims. Moscow has rejected the report.'] }).actors },
      { id: 'b', actors: framingFeatures({ title: '', paragraphs: ['Moscow has denied the claims, officials said.'] }).actors },
    ]);
    expect(alone.map((g) => g.actor)).toEqual(['Moscow']);
  });

  it('shows a mention naming several actors at once in each one\'s row: "North and South Korea", "the two Koreas", "the two leaders"', () => {
    // 0_M: "conversations between North and South Korea"; 0_R: "Trump said Tuesday that the two Koreas "have my blessing"".
    expect(keysOf('0_M', 'North and South Korea')).toEqual(['joint:=north korea|south korea']);
    const rows0 = groupActors(wclEvent('0'));
    for (const [actor, other] of [['North Korea', 'South Korea'], ['South Korea', 'North Korea']]) {
      const row = rows0.find((g) => g.actor === actor);
      expect(row?.labels['0_M']?.find((l) => l.label === 'North and South Korea')?.with).toEqual([other]);
      expect(row?.labels['0_R']?.find((l) => l.label === 'the two Koreas')?.with).toEqual([other]);
    }
    // 0_L: "Mr. Trump alluded to Mr. Pompeo's mission ... a potential meeting of the two leaders": Pompeo leads no state, and
    // the sentence names one leader only: no row shows it.
    expect(rows0.some((g) => g.labels['0_L']?.some((l) => l.label === 'the two leaders'))).toBe(false);
    // 2_L: "Mr. Moon was expected to use the hotline ... to talk with Mr. Kim before the two leaders hold their summit meeting".
    const rows2 = groupActors(wclEvent('2'));
    const kim = rows2.find((g) => g.labels['2_L']?.some((l) => l.label === 'Mr. Kim'));
    expect(kim?.labels['2_L']?.find((l) => l.label === 'the two leaders')?.with).toEqual(['Moon']);
    // 2_L: "North and South Korea installed ... the first-ever hotline between their top leaders": the two states' leaders
    // (Kim, "North Korea's leader"; Moon, "President Moon Jae-in of South Korea"). "their top leaders' offices" are no leaders.
    expect(kim?.labels['2_L']?.find((l) => l.label === 'their top leaders')?.with).toEqual(['Moon']);
    expect(keysOf('2_L', 'their top leaders')).toEqual(['joint:=kim jong-un|moon jae-in']);
    // 2_M: "South and North Korea are discussing plans to announce an official end to the military conflict between the two
    // countries": the two a joint name just gave. 2_R: "talks between U.S. and North Korean leaders": two states' leaders.
    expect(rows2.find((g) => g.actor === 'South Korea')?.labels['2_M']?.find((l) => l.label === 'the two countries')?.with).toEqual(['North Korea']);
    expect(keysOf('2_R', 'U.S. and North Korean leaders')).toEqual(['joint:=us|north korean']);
    // A joint label comes after the labels that name the actor alone: it says less of how the outlet sees it.
    // (The labels of those acting for North Korea, Kim and its news agency, come after all of its own.)
    const north2LL = (rows2.find((g) => g.actor === 'North Korea')?.labels['2_LL'] ?? []).filter((l) => !l.actingFor);
    expect(north2LL.findIndex((l) => l.with !== undefined)).toBeGreaterThan(north2LL.findIndex((l) => l.label === 'North Korea'));
    expect(north2LL.slice(north2LL.findIndex((l) => l.with !== undefined)).every((l) => l.with !== undefined)).toBe(true);
    // 7_M: "Metal tariffs for those two countries will likely be tied to that broader negotiation" (Canada and Mexico, named
    // paragraphs before): neither the sentence nor the one before names two countries, so no row shows it.
    expect(groupActors(wclEvent('7')).some((g) => g.labels['7_M']?.some((l) => l.label === 'those two countries'))).toBe(false);
  });

  it('reads a person named before "the two countries" as the one state the coverage shows them acting for', () => {
    const event = (e: string) => ['LL', 'L', 'M', 'R', 'RR'].map((o) => ({ id: `${e}_${o}`, actors: framingFeatures(wcl(`${e}_${o}`)).actors }));
    const withOf = (rows: ReturnType<typeof groupActors>, actor: string, id: string, label: string) => rows.find((g) => g.actor === actor)?.labels[id]?.find((l) => l.label === label && !l.actingFor)?.with;
    // 4_M: "Macron repeatedly hinted at the issues dividing the two countries" (France's president, "French President
    // Emmanuel Macron"), "Trump's, which focused on the long 241-year friendship between the two countries": 4_M never gives
    // Trump a state, the coverage does ("U.S. President Donald Trump"), so he stands for the United States there.
    const rows4 = groupActors(event('4'));
    expect(withOf(rows4, 'France', '4_M', 'the two countries')).toEqual(['U.S.']);
    expect(withOf(rows4, 'U.S.', '4_M', 'the two countries')).toEqual(['France']);
    // 0_M: "Abe's government fears that Trump's "America First" policy will reduce trade between the two nations".
    const rows0 = groupActors(event('0'));
    expect(withOf(rows0, 'Japan', '0_M', 'the two nations')).toEqual(['United States']);
    // A person acting for no state stands for none: "Trump and Macron ... both countries" with no office given anyone.
    const alone = groupActors([
      { id: 'a', actors: framingFeatures({ title: '', paragraphs: ['Trump met Macron in Paris. Both countries agreed on trade, France said.'] }).actors },
      { id: 'b', actors: framingFeatures({ title: '', paragraphs: ['Macron hosted Trump. France and Trump spoke of both countries.'] }).actors },
    ]);
    expect(alone.flatMap((g) => Object.values(g.labels).flat()).some((l) => /countries/u.test(l.label))).toBe(false);
  });

  it('reads "our two nations" in a quotation as the speaker\'s state and the other state named just before it', () => {
    // With the quotes analysis's speakers, as a pack build gives framing its features.
    const quoted = (e: string) => ['LL', 'L', 'M', 'R', 'RR'].map((o) => ({ id: `${e}_${o}`, actors: analysisFeatures(wcl(`${e}_${o}`)).framing.actors }));
    const withOf = (rows: ReturnType<typeof groupActors>, actor: string, id: string, label: string) => rows.find((g) => g.actor === actor)?.labels[id]?.find((l) => l.label === label)?.with;
    const rows4 = groupActors(quoted('4'));
    // 4_M: ""... the historic friendship between our two nations," Trump said", after "President Trump after picking
    // something off Macron's suit"; ""When you look at the trade issue between our two countries, they are balanced,"" in
    // Macron's interview (he is the speaker; Trump the one named before).
    expect(withOf(rows4, 'France', '4_M', 'our two nations')).toEqual(['U.S.']);
    expect(withOf(rows4, 'U.S.', '4_M', 'our two countries')).toEqual(['France']);
    // 4_R: Macron's "the strength that unites our two countries", after Trump's "let the U.S. and France stand forever".
    expect(withOf(rows4, 'France', '4_R', 'our two countries')).toEqual(['U.S.']);
    // 4_L: Mr. Trump's "our two nations", where the two sentences before name no state but his: no row shows it.
    expect(rows4.some((g) => g.labels['4_L']?.some((l) => l.label === 'our two nations'))).toBe(false);
    // 9_LL: 'said Pompeo. Netanyahu said: "I think the greatest threat to the world and to our two countries ..."'.
    const rows9 = groupActors(quoted('9'));
    expect(withOf(rows9, 'Israel', '9_LL', 'our two countries')).toEqual(['United States']);
    // Without a speaker (no quotes analysis), the words are no one's.
    expect(framingFeatures(wcl('9_LL')).actors.mentions.some((m) => m.label === 'our two countries')).toBe(false);
  });

  it('shows, apart in a state\'s row, the people and bodies acting for it: its office holders and its own bodies', () => {
    const acting = (labels: readonly ActorLabel[] | undefined) => (labels ?? []).filter((l) => l.actingFor).map((l) => `${l.actingFor}: ${l.label}`);
    const own = (labels: readonly ActorLabel[] | undefined) => (labels ?? []).filter((l) => !l.actingFor).map((l) => l.label);
    // 8_M: "discussed ... sanctions against Russia with Russian Ambassador Sergey Kislyak": his title gives him Russia's office.
    const russia = groupActors(wclEvent('8')).find((g) => g.actor === 'Russia');
    expect(acting(russia?.labels['8_M'])).toEqual(expect.arrayContaining(['Sergey Kislyak: Russian Ambassador', 'Sergey Kislyak: Sergey Kislyak']));
    // The row is still Russia's: the ambassador is shown acting for it, not as one of its names.
    expect(own(russia?.labels['8_M'])).not.toContain('Sergey Kislyak');
    // 0_R: "CIA Director Mike Pompeo met with ...", "the CIA director": an office in the United States' own body, and the body itself.
    const rows0 = groupActors(wclEvent('0'));
    const us = rows0.find((g) => g.actor === 'United States');
    expect(acting(us?.labels['0_R'])).toEqual(expect.arrayContaining(['Mike Pompeo: CIA Director', 'CIA: CIA']));
    expect(own(us?.labels['0_R'])).not.toContain('CIA Director');
    // Pompeo keeps his own row, with the same labels.
    expect(rowLabels(rows0, 'Mike Pompeo', '0_R')).toContain('CIA Director');
    // 2_RR: "the Korean Central News Agency (KCNA) published the announcement", "Reuters also confirmed the KCNA report": North
    // Korea's state news agency, under the name most outlets write.
    const north = groupActors(wclEvent('2')).find((g) => g.actor === 'North Korea');
    expect(acting(north?.labels['2_RR'])).toContain('Korean Central News Agency: KCNA');
    // 0_LL: "Central Intelligence Agency Director Mike Pompeo" ... "the CIA chief told senators": a body's chief is the one
    // holder of its titled office, the body named by its initials; shown first among the outlet's ways of describing him.
    expect(keysOf('0_LL', 'the CIA chief')).toEqual(['mike pompeo']);
    expect(acting(us?.labels['0_LL'])).toContain('Mike Pompeo: the CIA chief');
    // 2_M: "The Korean Central News Agency, which is North Korea's state media agency, made the announcement": a relative
    // clause that only describes the body, shown as how 2_M describes the agency acting for North Korea.
    expect(keysOf('2_M', "North Korea's state media agency")).toEqual(['korean central news agency']);
    expect(acting(north?.labels['2_M'])).toContain("Korean Central News Agency: North Korea's state media agency");
    // A body whose state the coverage never names acts for no row.
    const alone = groupActors([
      { id: 'a', actors: framingFeatures({ title: '', paragraphs: ['The FBI said Moscow has denied the claims. Russia rejected the report.'] }).actors },
      { id: 'b', actors: framingFeatures({ title: '', paragraphs: ['Russia denied the claims, the FBI said.'] }).actors },
    ]);
    expect(alone.flatMap((g) => Object.values(g.labels).flat()).some((l) => l.actingFor)).toBe(false);
  });

  it('gives a holder the state of a leading office once: "the American president", then "the North Korean leader" is not his', () => {
    // 4_L: "a deal with the American president" (Trump), then "Mr. Trump's praise for the North Korean leader" (Mr. Kim, whom
    // 4_L never titles): the unsaid state was given once, so the second office is no one's, and Trump is not North Korea's.
    expect(keysOf('4_L', 'the American president')).toEqual(['trump']);
    expect(keysOf('4_L', 'the North Korean leader')).toEqual([]);
    expect(linksOf('4_L').filter(([x]) => x === 'state:trump').map(([, y]) => y)).toEqual(['american']);
  });

  it('reads "the Department of Justice" as a body, not a bare title by its last word, and "the DOJ" as the same state\'s', () => {
    // 1_LL: "The Department of Justice released copies of the so-called Comey memos", "threatened to subpoena the DOJ".
    expect(keysOf('1_LL', 'Department of Justice')).toEqual(['department of justice']);
    const event1 = ['1_LL', '1_L', '1_M', '1_R', '1_RR'].map((id) => ({ id, actors: framingFeatures(wcl(id)).actors }));
    const us = groupActors(event1).find((g) => g.labels['1_M']?.some((l) => l.label === 'America' && !l.actingFor));
    expect(us?.labels['1_LL']?.filter((l) => l.actingFor).map((l) => l.label)).toContain('DOJ');
    // 1_RR: "took no steps to spur the appointment of Special Counsel when he had significant concerns with the Department of Justice".
    expect(us?.labels['1_RR']?.filter((l) => l.actingFor).map((l) => l.label)).toContain('Department of Justice');
    // A title after "of" is still read where a role comes first: "the Minister of Justice" names no body.
    expect(framingFeatures({ title: '', paragraphs: ['Minister of Justice Ana Lopez spoke.'] }).actors.mentions.some((m) => m.key === 'minister of justice')).toBe(false);
  });

  it('shows "Congress" acting for the one state with a congress the coverage names, and for none where it names two or India', () => {
    // 4_LL: "Under the Iran deal legislation passed by Congress, Trump must certify ..."; event 4 names the United States,
    // France, Iran, Israel: only the first has a congress.
    const rows4 = groupActors(wclEvent('4'));
    const us = rows4.find((g) => g.labels['4_LL']?.some((l) => l.label === 'United States' && !l.actingFor));
    expect(us?.labels['4_LL']?.some((l) => l.actingFor === 'Congress' && l.label === 'Congress')).toBe(true);
    const congressActs = (paragraphs: string[]) =>
      [...resolveActors([{ id: 'a', actors: framingFeatures({ title: '', paragraphs }).actors }]).agents.values()].some((agents) => agents.has('congress'));
    expect(congressActs(['The United States and France signed the deal, which must go to Congress.'])).toBe(true);
    // Mexico's legislature is its Congress too; India's Congress is a party: whose, the text does not say.
    expect(congressActs(['The United States and Mexico signed the deal, which must go to Congress.'])).toBe(false);
    expect(congressActs(['The United States and India signed the deal, which must go to Congress.'])).toBe(false);
  });

  it('shows an office in a state\'s body whose title does not name it acting for the state, where the coverage names the body', () => {
    // 1_RR: "conversations with ... Attorney General Loretta Lynch"; event 1's outlets name the Justice Department.
    const event1 = ['1_LL', '1_L', '1_M', '1_R', '1_RR'].map((id) => ({ id, actors: framingFeatures(wcl(id)).actors }));
    const us = groupActors(event1).find((g) => g.labels['1_M']?.some((l) => l.label === 'America' && !l.actingFor));
    expect(us?.labels['1_RR']?.filter((l) => l.actingFor === 'Loretta Lynch').map((l) => l.label)).toContain('Attorney General Loretta Lynch');
    // 1_LL: "Deputy Attorney General Rod Rosenstein".
    expect(us?.labels['1_LL']?.some((l) => l.actingFor === 'Rod Rosenstein')).toBe(true);
    expect(officeBody('then-Acting Attorney General')).toContain('Justice Department');
    // A title with a place of its own is that place's office ("Texas Attorney General Greg Abbott"), and with no body named, no one's.
    expect(officeBody('Texas Attorney General')).toEqual([]);
    const alone = groupActors([
      { id: 'a', actors: framingFeatures({ title: '', paragraphs: ['Attorney General Ana Lopez met U.S. officials. The United States agreed.'] }).actors },
      { id: 'b', actors: framingFeatures({ title: '', paragraphs: ['The U.S. said Attorney General Ana Lopez would travel.'] }).actors },
    ]);
    expect(alone.flatMap((g) => Object.values(g.labels).flat()).some((l) => l.actingFor)).toBe(false);
  });

  it('shows a state\'s own bodies acting for it where the coverage names the state but never writes its demonym', () => {
    // Event 1 (Comey's memos) writes "America" (1_M) and "the U.S." (1_R), never "American": the F.B.I. acts for the state.
    const event1 = wclEvent('1');
    const us = groupActors(event1).find((g) => g.labels['1_M']?.some((l) => l.label === 'America' && !l.actingFor));
    expect(us?.labels['1_L']?.filter((l) => l.actingFor === 'FBI').map((l) => l.label)).toContain('F.B.I.');
  });

  it('reads "the administration" as the government the article is about, and one person\'s governments as one', () => {
    // 6_LL: "The administration doesn't even talk to us", "this administration", beside "the Trump administration": Trump's.
    expect(keysOf('6_LL', 'The administration')).toEqual(['gov:donald trump']);
    expect(keysOf('6_LL', 'this administration')).toEqual(['gov:donald trump']);
    // 9_L names "The Trump administration" and "the Obama administration", and titles only Trump "President": the sitting one.
    expect(keysOf('9_L', 'The administration')).toEqual(['gov:trump']);
    // ECB+ 9_3ecbplus: "the Obama administration", "Bush Rules", "President Obama": "urge the administration" is Obama's.
    const ecb = framingFeatures(ecbArticle('9_3ecbplus'));
    expect([...new Set(ecb.actors.mentions.filter((m) => m.label === 'the administration').map((m) => m.key))]).toEqual(['gov:obama']);
    // "his administration" (read as Donald Trump's) and "the Trump administration" are one government, shown in one row.
    const event6 = wclEvent('6');
    const trumpGovernment = groupActors(event6).find((g) => g.labels['6_LL']?.some((l) => l.label === 'The Trump administration'));
    expect(trumpGovernment?.labels['6_LL']?.map((l) => l.label)).toEqual(expect.arrayContaining(['his administration', 'The administration']));
    // Not "the administration of" a place: a government named for where it rules.
    expect(framingFeatures({ title: '', paragraphs: ['President Trump spoke. The administration of Iraq said nothing.'] }).actors.mentions.some((m) => m.label === 'The administration')).toBe(false);
  });

  it('reads a government named in the possessive: "the Syrian regime\'s use of chemical weapons"', () => {
    expect(keysOf('4_R', 'the Syrian regime')).toEqual(['gov:syrian']);
  });

  it('reads a state\'s people named with the service they work in: "U.S. border officers", "United States immigration officials"', () => {
    expect(keysOf('6_M', 'U.S. border officers')).toEqual(['us']);
    expect(keysOf('6_L', 'United States immigration officials')).toEqual(['united states']);
    expect(keysOf('6_L', 'American border authorities')).toEqual(['american']);
    // No verb or conjunction is a service: "the U.S. said officials", "U.S. and Mexican officials".
    const f = framingFeatures({ title: '', paragraphs: ['On Monday the U.S. said officials would meet. U.S. and Mexican officials met.'] });
    expect(f.actors.mentions.some((m) => /^U\.S\. (?:said|and) officials$/u.test(m.label))).toBe(false);
  });

  it('reads a title joined by its hyphen to the word that dates it: "then-President Barack Obama", "then-Acting Attorney General"', () => {
    // 4_LL: "As Republicans in 2016 hammered then-President Barack Obama's nuclear agreement with Iran"; before, the name alone.
    expect(keysOf('4_LL', 'then-President Barack Obama')).toEqual(['barack obama']);
    expect(keysOf('4_LL', 'then-President')).toEqual(['barack obama']);
    // 1_R: "then-Acting Attorney General Dana Boente": the whole title, not "Attorney General" as if he held it now.
    expect(keysOf('1_R', 'then-Acting Attorney General Dana Boente')).toEqual(['dana boente']);
    expect(keysOf('1_R', 'Attorney General Dana Boente')).toEqual([]);
  });

  it('reads a capitalised title with "of": "Secretary of State Mike Pompeo", "U.S. Secretary of State", "former Secretary of State"', () => {
    expect(keysOf('9_L', 'Secretary of State')).toEqual(['mike pompeo']);
    expect(keysOf('9_LL', 'U.S. Secretary of State Mike Pompeo')).toEqual(['mike pompeo']);
    // The state is "U.S.", not "U.S. Secretary": he acts for the United States.
    expect(linksOf('9_LL')).toContainEqual(['state:mike pompeo', 'us']);
    expect(keysOf('4_RR', 'former Secretary of State')).toEqual(['john kerry']);
  });

  it('gives an office not yet taken no one to act for ("U.S. president-elect"), unless another office is coordinated before it', () => {
    const ecb = framingFeatures(ecbArticle('34_7ecb'));
    expect(ecb.actors.links).toContainEqual(['former:barack obama', 'us']);
    // 0_M: "CIA director and secretary of State-designate Mike Pompeo" still holds the CIA's office.
    expect(linksOf('0_M').some(([x, y]) => x === 'former:mike pompeo' && y === 'cia')).toBe(false);
  });

  it('reads a capital after "between" and a noun of relation as its government: "differences between Paris and Washington"', () => {
    expect(keysOf('4_M', 'Paris')).toEqual(['seat:paris']);
    // 4_R: "the nuclear agreement between Tehran and world powers".
    expect(keysOf('4_R', 'Tehran')).toEqual(['seat:tehran']);
    // Not a route between two cities.
    const f = framingFeatures({ title: '', paragraphs: ['France and Britain agreed. Flights between Paris and London resumed on Monday.'] });
    expect(f.actors.mentions.filter((m) => m.label === 'Paris').map((m) => m.key)).toEqual(['paris']);
  });

  it('reads a capital\'s government as its state\'s: "the Tehran government" joins Iran, not a row with the city', () => {
    // 9_M: "proving the Tehran government once had a nuclear weapons program"; 9_LL and 9_R name Tehran only as a place
    // ("a highly secret location in Tehran"), which made a "Tehran" row mixing the city with the government.
    expect(keysOf('9_M', 'the Tehran government')).toEqual(['seat:tehran']);
    const rows = groupActors(wclEvent('9'));
    expect(rowLabels(rows, 'Iran', '9_M')).toContain('the Tehran government');
    expect(rows.some((g) => g.actor === 'Tehran')).toBe(false);
    // Where the coverage names no state for the capital, the government stays the city's, as "Tehran signaled" does.
    const alone = framingFeatures({ title: '', paragraphs: ['The Athens government said on Monday it would act.'] });
    expect(alone.actors.mentions.find((m) => m.label === 'The Athens government')?.key).toBe('seat:athens');
  });

  it('keeps labels that are no one\'s out of a person\'s or a group\'s row', () => {
    // 9_L: "President Emmanuel Macron of France, Chancellor Angela Merkel of Germany and Prime Minister Theresa May of
    // Britain": two titled people, not one title "Chancellor Angela Merkel of Germany and Prime Minister" of May's.
    expect(keysOf('9_L', 'Prime Minister Theresa May of Britain')).toEqual(['theresa may']);
    expect(keysOf('9_L', 'Chancellor Angela Merkel of Germany')).toEqual(['angela merkel']);
    expect(mentionsOf('9_L').some((m) => m.label.startsWith('Chancellor Angela Merkel of Germany and'))).toBe(false);
    // 9_LL: "Washington's major European allies": "major" in lower case is no rank, "European" no person.
    expect(mentionsOf('9_LL').some((m) => m.label.startsWith("Washington's major"))).toBe(false);
    // 4_M: "Trump made upending the Iran deal, which was negotiated by President Obama, a centerpiece of his presidential
    // campaign.": the apposition goes with "made", not with Obama.
    expect(mentionsOf('4_M').some((m) => m.label === 'a centerpiece of his presidential campaign')).toBe(false);
    expect(keysOf('4_M', 'President Obama')).toEqual(['obama']);
    // 6_M: "the program matching migrants with American sponsors" is a program, not the caravan's migrants.
    expect(mentionsOf('6_M').some((m) => m.label === 'the program matching migrants')).toBe(false);
    expect(keysOf('6_M', 'the migrants')).toEqual(['group:migrants']);
    // An apposition after a name that opens no passive clause is still read: "Donald Trump, the billionaire tycoon,".
    const f = framingFeatures({ title: '', paragraphs: ['The deal was praised by Donald Trump, the billionaire tycoon, on Monday.'] });
    expect(f.actors.mentions.some((m) => m.label === 'the billionaire tycoon')).toBe(true);
  });

  it('reads demonyms no suffix gives as their states\': "the French military", "the Greek government" and Greece one row', () => {
    // 4_R: "Trump said he wanted to "personally thank" Macron, the French military and the people": France's people.
    expect(keysOf('4_R', 'French military')).toEqual(['french']);
    expect(rowLabels(groupActors(wclEvent('4')), 'France', '4_R')).toContain('French military');
    // ECB+ 8 (the Athens bank fire): "the Greek government", "Greeks" and "Greece" were three rows; one state now.
    const ids = ['8_3ecbplus', '8_5ecbplus', '8_7ecbplus'];
    const rows = groupActors(ids.map((id) => ({ id, actors: framingFeatures(ecbArticle(id)).actors })));
    const greece = rows.find((g) => g.actor === 'Greece');
    expect(greece?.labels['8_3ecbplus']?.map((l) => l.label)).toEqual(expect.arrayContaining(['Greece', 'Greeks', 'the Greek government']));
    expect(rows.some((g) => g.actor === 'Greek')).toBe(false);
    // "Greek officials", as "Russian officials": the state's people, a label of the state.
    const officials = framingFeatures({ title: '', paragraphs: ['On Monday, Greek officials met the lenders in Athens.'] }).actors.mentions;
    expect(officials.find((m) => m.label === 'Greek officials')?.key).toBe('greek');
  });

  it('reads a state\'s media and forces named by its demonym: "Iranian state television", "the Israeli Defense Forces"', () => {
    // 9_LL: "Ali Akbar Salehi was quoted by Iranian state television as saying": Iran's, as "U.S. intelligence" is the U.S.'s.
    expect(keysOf('9_LL', 'Iranian state television')).toEqual(['iranian']);
    // 9_L: "Amos Yadlin, the former chief of military intelligence for the Israeli Defense Forces": Israel's own forces act
    // for it (shown apart in its row, as Mossad is), not a name of the state.
    const rows = groupActors(wclEvent('9'));
    const israel = rows.find((g) => g.actor === 'Israel')?.labels['9_L'] ?? [];
    expect(israel.filter((l) => l.label === 'Israeli Defense Forces').map((l) => l.actingFor)).toEqual(['Israeli Defense Forces']);
    // Not a group named for a region or a cause: "the Balochistan Liberation Army" acts for no state.
    const f = framingFeatures({ title: '', paragraphs: ['Pakistani officials blamed the Balochistan Liberation Army for the attack in Pakistan.'] });
    expect(groupActors([{ id: 'a', actors: f.actors }]).some((g) => g.labels.a?.some((l) => l.actingFor === 'Balochistan Liberation Army'))).toBe(false);
  });

  it('reads "the former FBI chief" as the one person the coverage titles "former FBI Director", a body\'s chief its titled office', () => {
    // 1_LL never titles Comey; the other outlets write "former FBI Director James Comey" (1_R), "former FBI director James
    // Comey" (1_M). "Throughout the memos, the former FBI chief details Trump's lack of familiarity ...".
    const rows = groupActors(wclEvent('1'));
    expect(rowLabels(rows, 'James Comey', '1_LL')).toEqual(expect.arrayContaining(['the former FBI chief', 'the former FBI director']));
    // Where the coverage titles two people so, the chief is neither.
    const f = (id: string, text: string) => ({ id, actors: framingFeatures({ title: '', paragraphs: [text] }).actors });
    const two = groupActors([
      f('a', 'Former FBI Director James Comey spoke on Monday. Comey said little.'),
      f('b', 'Former FBI Director Robert Mueller spoke on Tuesday. Mueller said little.'),
      f('c', 'The former FBI chief said on Wednesday that Comey and Mueller spoke.'),
    ]);
    expect(two.some((g) => g.labels.c?.some((l) => l.label === 'The former FBI chief'))).toBe(false);
  });

  it('reads a demonym of two words ("North Korean", "Central American") as a modifier, no label, and its plural as the people', () => {
    // Event 2: every outlet writes "North Korean" before a noun ("North Korean state media", "the North Korean leader"); as
    // "Russian" is no label of Russia, "North Korean" alone is none of North Korea's, and the phrases it opens still are.
    const rows = groupActors(wclEvent('2'));
    for (const id of ['2_LL', '2_L', '2_M', '2_R', '2_RR']) expect(rowLabels(rows, 'North Korea', id), id).not.toContain('North Korean');
    expect(rowLabels(rows, 'North Korea', '2_LL')).toContain('North Korean state media');
    expect(rowLabels(rows, 'North Korea', '2_RR')).toContain('North Koreans');
    // Event 6: 6_LL's "Central Americans" names the people; 6_M's "Central American migrants" gives no label "Central American".
    const event6 = groupActors(wclEvent('6'));
    const central = event6.find((g) => g.keys.some((k) => /central/u.test(k)));
    expect(central?.labels['6_LL']?.map((l) => l.label)).toEqual(['Central Americans']);
    expect(Object.values(central?.labels ?? {}).flat().map((l) => l.label)).not.toContain('Central American');
  });

  it('reads a surname opening a sentence as the person the article names in full mid-sentence, not a body\'s last word', () => {
    // 4_LL: "German Chancellor Angela Merkel visits the White House" ... "Merkel is to repeat that message Friday": no outlet
    // writes "Merkel" alone mid-sentence, and the article's own full name makes the opening word a name.
    const rows = groupActors(wclEvent('4'));
    expect(rowLabels(rows, 'Angela Merkel', '4_LL')).toContain('Merkel');
    // ECB+ 14: "Surrey Police" mid-sentence and "Police said ..." opening one: the article also writes "police" in lower
    // case, so the opening word is the noun, and no label of Surrey's.
    const ecb14 = ['14_3ecb', '14_4ecb', '14_5ecb', '14_6ecb'].map((id) => ({ id, actors: framingFeatures(ecbArticle(id)).actors }));
    const labels = groupActors(ecb14).flatMap((g) => Object.values(g.labels).flat().map((l) => l.label));
    expect(labels).toContain('Surrey Police');
    expect(labels).not.toContain('Police');
  });

  it('reads "the Department of Justice", "the Justice Department" and "DOJ" as one body, and a ministry written either way', () => {
    // 1_LL: "The Department of Justice released copies ..." and "DOJ"; 1_L, 1_M: "the Justice Department".
    const rows = groupActors(wclEvent('1'));
    const justice = rows.find((g) => g.actor === 'Justice Department');
    expect(justice?.labels['1_LL']?.map((l) => l.label)).toEqual(expect.arrayContaining(['DOJ', 'Department of Justice', 'Justice Department']));
    expect(justice?.labels['1_RR']?.map((l) => l.label)).toEqual(['Department of Justice']);
    // ECB+ 8: "Finance Ministry" (8_3) and "Ministry of Finance" (8_6). Not two bodies of one head ("Justice Department",
    // "State Department") nor a name that only shares a word.
    const ecb8 = ['8_3ecbplus', '8_6ecbplus'].map((id) => ({ id, actors: framingFeatures(ecbArticle(id)).actors }));
    const finance = groupActors(ecb8).find((g) => g.keys.some((k) => /finance/u.test(k)));
    expect(Object.keys(finance?.labels ?? {}).sort()).toEqual(['8_3ecbplus', '8_6ecbplus']);
    const f = (id: string, text: string) => ({ id, actors: framingFeatures({ title: '', paragraphs: [text] }).actors });
    const two = groupActors([
      f('a', 'The Justice Department said on Monday that the State Department had erred.'),
      f('b', 'The Department of State said on Tuesday that the Department of Justice had erred.'),
    ]);
    const justiceRow = two.find((g) => g.labels.a?.some((l) => l.label === 'Justice Department'));
    expect(justiceRow?.labels.b?.map((l) => l.label)).toEqual(['Department of Justice']);
  });

  it('reads the organisers of a group the article names, and joins the body the text says organised it', () => {
    // 6_LL: "likening the caravan's organizers to "smugglers"", "organizers said" (three times: the one group's organisers
    // the article names), "a project coordinator for the caravan's main organizing group, Pueblos Sin Fronteras"; 6_L:
    // "caravan organizers escorted some 50 participants", "Pueblo Sin Fronteras, a transnational group that organized the
    // caravan". One row: the organisers and both spellings of the body.
    expect(keysOf('6_LL', 'organizers')).toEqual(['group:caravan organizers']);
    expect(keysOf('6_L', 'caravan organizers')).toEqual(['group:caravan organizers']);
    const rows = groupActors(wclEvent('6'));
    const body = rows.find((g) => g.actor === 'Pueblo Sin Fronteras');
    expect(body?.labels['6_LL']?.map((l) => l.label)).toEqual(expect.arrayContaining(['organizers', "the caravan's organizers", 'Pueblos Sin Fronteras']));
    expect(body?.labels['6_L']?.map((l) => l.label)).toEqual(expect.arrayContaining(['caravan organizers', 'Pueblo Sin Fronteras']));
    expect(rows.some((g) => g.actor === 'Pueblos Sin Fronteras')).toBe(false);
    // Organisers of two groups: "organizers" alone names neither.
    const f = framingFeatures({ title: '', paragraphs: ['The caravan organizers met the organizers of the protesters on Sunday. Organizers said the talks went well.'] });
    expect(f.actors.mentions.filter((m) => m.key.endsWith(' organizers')).map((m) => m.label).sort()).toEqual(['caravan organizers', 'the organizers of the protesters']);
  });
});
