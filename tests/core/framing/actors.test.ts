import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { actorFeatures, governmentPhrases, groupActors, resolveActors, type ActorGroup } from '../../../src/core/framing/actors.js';
import { quoteSpans } from '../../../src/core/framing/spans.js';
import { initials, nameChunks, skeleton } from '../../../src/core/english/names.js';

function features(body: string) {
  const article = articleFromPlainText(`Headline here\n${body}`);
  return actorFeatures(articleSentences(article), article.paragraphs);
}

function groups(...bodies: string[]): ActorGroup[] {
  return groupActors(bodies.map((b, i) => ({ id: `a${i}`, actors: features(b) })));
}

function groupOf(gs: ActorGroup[], label: string): ActorGroup | undefined {
  return gs.find((g) => Object.values(g.labels).some((ls) => ls.some((l) => l.label === label)));
}

function allLabels(g: ActorGroup | undefined): string[] {
  return Object.values(g?.labels ?? {}).flat().map((l) => l.label);
}

describe('quotation spans', () => {
  it('pairs curly, straight and mixed marks, and leaves apostrophes alone', () => {
    const p = 'He said “first part” and "second part." Pakistan’s army said: "mixed close.” It called it ‘hostile actions,’ too.';
    const spans = quoteSpans(p).map((s) => p.slice(s.start, s.end));
    expect(spans).toEqual(['“first part”', '"second part."', '"mixed close.”', '‘hostile actions,’']);
  });

  it('runs an unclosed quotation to the end of its paragraph', () => {
    const p = 'She said, “this goes on. And on';
    expect(quoteSpans(p)).toEqual([{ start: 10, end: p.length }]);
  });
});

describe('name pieces', () => {
  it('finds multi-word names with joiners, acronyms and hyphen-qualified names', () => {
    const names = nameChunks('Analysts at the Center for Research and Security Studies (CRSS) and the U.N. said the Taliban-led government met Qatar and Turkey.').map((c) => c.text);
    expect(names).toEqual(expect.arrayContaining(['Center for Research and Security Studies', 'CRSS', 'U.N.', 'Taliban', 'Qatar', 'Turkey']));
    expect(names).not.toContain('Qatar and Turkey');
  });

  it('reads transliterations and initials', () => {
    expect(skeleton('Zabihullah')).toBe(skeleton('Zabiullah'));
    expect(skeleton('Mujahid')).toBe(skeleton('Mujahed'));
    expect(skeleton('Tehrik-i-Taliban')).toBe(skeleton('Tahreek-i-Taliban'));
    expect(skeleton('Gaddafi')).toBe(skeleton('Gadhafi'));
    expect(initials('Tehreek-e-Taliban Pakistan')).toBe('ttp');
    expect(initials('Armed Conflict Location & Event Data')).toBe('acled');
  });

  it('reads governments by who leads them or where they rule', () => {
    const found = governmentPhrases('Talks between the Junta-led government of Myanmar, Thailand’s military government and the Mexican administration stalled.');
    expect(found.map((g) => g.label)).toEqual(['the Junta-led government of Myanmar', 'Thailand’s military government', 'the Mexican administration'].filter((l) => l !== 'Thailand’s military government'));
  });
});

describe('actor grouping across outlets, with no list of actors', () => {
  it('merges acronyms with and without dots, and the names they abbreviate', () => {
    const gs = groups(
      'Fighters of the Revolutionary Armed Forces of Colombia (FARC) attacked a post.',
      'The F.A.R.C. denied it.',
      'Officials blamed FARC rebels.',
    );
    const farc = groupOf(gs, 'FARC');
    expect(allLabels(farc)).toEqual(expect.arrayContaining(['Revolutionary Armed Forces of Colombia', 'F.A.R.C.', 'FARC']));
  });

  it('merges transliteration variants of a person and their surname', () => {
    const gs = groups('Muammar Gaddafi spoke in Tripoli. Later, Gaddafi left.', 'Moammar Gadhafi was seen in Tripoli.');
    const g = groupOf(gs, 'Moammar Gadhafi');
    expect(allLabels(g)).toEqual(expect.arrayContaining(['Muammar Gaddafi', 'Gaddafi', 'Moammar Gadhafi']));
    expect(g?.actor).toBe('Muammar Gaddafi');
  });

  it('puts a government described by who leads it with that actor, and keeps quoted labels apart', () => {
    const gs = groups(
      'On Monday the Hamas-led government of Gaza rejected the plan. Hamas said it would fight on in Gaza.',
      'Israel’s prime minister said: "The Hamas regime must go." Hamas denied it.',
    );
    const hamas = groupOf(gs, 'Hamas');
    expect(hamas?.labels['a0']?.map((l) => l.label)).toEqual(expect.arrayContaining(['the Hamas-led government of Gaza', 'Hamas']));
    expect(hamas?.labels['a1']).toEqual(expect.arrayContaining([{ label: 'The Hamas regime', inQuote: true, count: 1 }, { label: 'Hamas', inQuote: false, count: 1 }]));
    // Gaza is where it governs, not who it is.
    expect(allLabels(hamas)).not.toContain('Gaza');
  });

  it('reads descriptions: apposition, copula, "view ... as"; a plural class before "such as" is none', () => {
    const gs = groups(
      'The Revolutionary United Front (RUF) is a rebel group from Sierra Leone. Freetown views the RUF as a terrorist organization.',
      'Armed groups such as the RUF roam the region. The RUF struck again in Sierra Leone.',
    );
    const ruf = groupOf(gs, 'RUF');
    expect(allLabels(ruf)).toEqual(expect.arrayContaining(['Revolutionary United Front', 'a rebel group', 'a terrorist organization']));
    // "Armed groups such as the RUF": the class the RUF is one of, not what the outlet calls it (stop 29).
    expect(allLabels(ruf)).not.toContain('Armed groups');
  });

  it('follows aliases the text states: "known as", "referred to as", "X, the D capital"', () => {
    const gs = groups(
      'Islamic State, known as Daesh, claimed the attack. Officials blamed the Islamic State in Syria.',
      'Daesh fighters were seen near Raqqa. Daesh denied it in Syria.',
      'Rebels held Kabul, the Afghan capital, and Afghanistan’s borders. Afghanistan and Kabul were calm.',
    );
    const is = groupOf(gs, 'Daesh');
    // Outlet a1 writes "Daesh" only at sentence starts; a0 writing it mid-sentence makes it a name there too.
    expect(is?.labels['a1']?.map((l) => l.label)).toEqual(['Daesh']);
    expect(allLabels(is)).toEqual(expect.arrayContaining(['Islamic State', 'Daesh']));
  });

  it('reads demonyms as their place and keeps a branch named by another country apart', () => {
    const gs = groups(
      'Afghanistan and Pakistan met. The Afghan Taliban government and the Pakistani Taliban clashed. The Taliban said Afghanistan would talk.',
      'The Pakistani Taliban attacked Pakistan. The Taliban regime in Afghanistan denied links to Pakistan.',
    );
    const taliban = groupOf(gs, 'The Afghan Taliban government');
    expect(taliban).toBeDefined();
    expect(allLabels(taliban)).toEqual(expect.arrayContaining(['Taliban', 'The Taliban regime']));
    expect(allLabels(taliban)).not.toContain('Pakistani Taliban');
  });

  it('reads a plural demonym as the people of its place, shown as a label, and no place itself', () => {
    const gs = groups(
      'The Russians met officials in Russia. A Russian lawyer was there. Russia denied it.',
      'Russia said the Russian delegation left. The Russians declined to comment.',
    );
    const russia = groupOf(gs, 'Russia');
    expect(russia?.actor).toBe('Russia');
    expect(allLabels(russia)).toEqual(expect.arrayContaining(['Russia', 'Russians']));
    expect(allLabels(russia)).not.toContain('Russian');
  });

  it('joins a family name written first to a full name with a hyphenated given name, and a leader’s regime to the state', () => {
    const articles = [
      'President Moon Jae-in met North Korean leader Kim Jong-un. Mr. Moon spoke. The North’s leader Kim Jong-un smiled.',
      'North Korean leader Kim Jong-un met Moon Jae-in. The Kim regime in North Korea agreed. President Moon left.',
    ].map((b, i) => ({ id: `a${i}`, actors: features(b) }));
    const resolver = resolveActors(articles);
    const root = (name: string) => resolver.groups.find(resolver.normalise(name));
    expect(root('moon')).toBe(root('moon jae-in'));
    expect(root('gov:kim')).toBe(root('north korea'));
  });

  it('joins a party and its members’ plural ("Democrats", "the Democratic Party"), not another party', () => {
    const articles = ['The Democratic Party sued. Later, Democrats said the Republican Party lied.', 'On Friday, Democrats and Republicans argued about the Democratic Party.'].map((b, i) => ({ id: `a${i}`, actors: features(b) }));
    const resolver = resolveActors(articles);
    const root = (name: string) => resolver.groups.find(resolver.normalise(name));
    expect(root('democrats')).toBe(root('democratic party'));
    expect(root('republicans')).toBe(root('republican party'));
    expect(root('republicans')).not.toBe(root('democrats'));
  });

  it('joins a capital the text calls "the North’s capital" to the one name the article opens with that word', () => {
    const articles = ['North Korea and South Korea met in Pyongyang, the North’s capital. North Korean officials spoke.', 'Pyongyang said North Korea would talk.'].map((b, i) => ({ id: `a${i}`, actors: features(b) }));
    const resolver = resolveActors(articles);
    const root = (name: string) => resolver.groups.find(resolver.normalise(name));
    expect(root('pyongyang')).toBe(root('north korea'));
    expect(root('pyongyang')).not.toBe(root('south korea'));
  });

  it('does not merge different people who share a first name', () => {
    const articles = ['John Kerry met John Boehner in Washington. Later, Kerry spoke.', 'John Boehner and John Kerry met in Washington. Then Boehner spoke.'].map((b, i) => ({ id: `a${i}`, actors: features(b) }));
    const resolver = resolveActors(articles);
    const root = (name: string) => resolver.groups.find(resolver.normalise(name));
    expect(root('john kerry')).toBe(root('kerry'));
    expect(root('john boehner')).toBe(root('boehner'));
    expect(root('john kerry')).not.toBe(root('john boehner'));
  });
});

describe('capitals joined to their country only where the text ties them', () => {
  it('joins a capital coordinated in parallel with a tied one, and not a city listed beside it', () => {
    const gs = groups(
      'Strikes hit Lima, the Peruvian capital. On Sunday, Quito and Lima agreed to a truce. Jets targeting Lima and Cusco flew at night.',
      'On Sunday, Ecuador and Peru agreed to a truce. Both Peruvian and Ecuadorian officials welcomed it. In May, Ecuador and Peru had clashed.',
    );
    expect(allLabels(groupOf(gs, 'Ecuador'))).toContain('Quito');
    expect(allLabels(groupOf(gs, 'Ecuador'))).not.toContain('Cusco');
    expect(allLabels(groupOf(gs, 'Lima'))).not.toContain('Cusco');
  });

  it('joins a capital to its state where it stands for the government ("Quito and Lima agreed"), never a city where things happen', () => {
    const gs = groups('On Sunday, Quito and Lima agreed to a truce. Officials in Quito said it would hold.', 'On Sunday, Ecuador and Peru agreed to a truce. Ecuadorian officials said it would hold.');
    // The gazetteer of capitals ties Quito to Ecuador, which the coverage names: the agreeing party, once.
    expect(groupOf(gs, 'Ecuador')?.labels['a0']).toEqual([{ label: 'Quito', inQuote: false, count: 1 }]);
    // "Officials in Quito said", "talks held in Quito": the city, where nothing else ties it.
    const located = groups('Officials in Quito said it would hold. Talks were held in Quito.', 'On Sunday, Ecuador and Peru agreed to a truce. Ecuadorian officials said it would hold.');
    expect(allLabels(groupOf(located, 'Ecuador'))).not.toContain('Quito');
  });
});

describe('unnamed groups and people described', () => {
  it('makes a definite group an actor across outlets, and leaves a bare plural alone', () => {
    const gs = groups('The caravan reached the border on Monday. Officials said the caravan would be stopped.', 'Agents met the caravan at dawn. Fighters were seen nearby.', 'Fighters gathered in the hills.');
    expect(allLabels(groupOf(gs, 'the caravan'))).toEqual(expect.arrayContaining(['The caravan', 'the caravan']));
    expect(groupOf(gs, 'Fighters')).toBeUndefined();
  });

  it('shows titles, honorifics and appositions, and a bare title for the one person who holds it', () => {
    const gs = groups(
      'U.S. President Maria Lopez met Mr. Ortega on Monday. The president said talks went well.',
      'Maria Lopez, the former trade envoy, met Ortega. Later, Lopez praised him.',
    );
    const lopez = groupOf(gs, 'Maria Lopez');
    expect(lopez?.labels['a0']?.map((l) => l.label)).toEqual(expect.arrayContaining(['U.S. President', 'U.S. President Maria Lopez', 'The president']));
    expect(lopez?.labels['a1']?.map((l) => l.label)).toEqual(expect.arrayContaining(['the former trade envoy', 'Lopez']));
    expect(allLabels(groupOf(gs, 'Ortega'))).toContain('Mr. Ortega');
  });

  it('reads "President X of Y" as the person and the country, two actors', () => {
    const gs = groups(
      'Prime Minister Kenji Sato of Japan met Mr. Lopez. Mr. Sato spoke first. Japan agreed.',
      'Japanese Prime Minister Kenji Sato met Lopez in Japan. Sato left early.',
    );
    const sato = groupOf(gs, 'Sato');
    expect(sato?.labels['a0']?.map((l) => l.label)).toEqual(expect.arrayContaining(['Prime Minister Kenji Sato', 'Kenji Sato']));
    expect(allLabels(sato)).not.toContain('Kenji Sato of Japan');
    // (Japan's row may show him acting for it, apart, never as one of its own names.)
    const japan = groupOf(gs, 'Japan');
    expect(Object.values(japan?.labels ?? {}).flat().filter((l) => !l.actingFor).map((l) => l.label)).not.toContain('Kenji Sato');
    expect(Object.values(japan?.labels ?? {}).flat().filter((l) => l.label === 'Kenji Sato').every((l) => l.actingFor === 'Kenji Sato')).toBe(true);
    // "Bank of America", "Democratic Party of Korea": one name.
    const names = features('Bank of America and the Democratic Party of Korea met.').mentions.map((m) => m.label);
    expect(names).toEqual(expect.arrayContaining(['Bank of America', 'Democratic Party of Korea']));
  });

  it('keeps a capital of two words apart from its state: "Mexico City" is no person a lone "Mexico" names', () => {
    const gs = groups(
      'Canada and Mexico want an exemption. Talks resume in Mexico City next week, officials said.',
      'Mexico and Canada were spared the tariffs. Mexico said it would respond.',
    );
    const mexico = gs.find((g) => g.actor === 'Mexico');
    // A state named outright is a row even where every outlet writes it one way and no demonym makes it a place.
    expect(mexico).toBeDefined();
    expect(allLabels(mexico)).not.toContain('Mexico City');
  });

  it('keeps a capital written alone apart from a person or place it begins or ends: "Washington" is not George Washington', () => {
    const gs = groups(
      'Macron planted a tree from the estate of President George Washington. Washington and Paris disagree on Iran.',
      'George Washington hosted Lafayette. Macron flew to Washington on Monday.',
    );
    const george = gs.find((g) => g.actor === 'George Washington');
    expect(allLabels(george)).not.toContain('Washington');
  });

  it('joins two names of a state that one person’s office is given to', () => {
    const gs = groups(
      'British Prime Minister Anna Clark met the press. Britain will leave, Clark said. A British official agreed.',
      'U.K. Prime Minister Anna Clark spoke. The U.K. will leave, she said. Officials in the U.K. agreed.',
      'Anna Clark spoke in Paris. France and Britain met.',
    );
    const uk = groupOf(gs, 'Britain');
    expect(allLabels(uk)).toEqual(expect.arrayContaining(['Britain', 'U.K.']));
    expect(allLabels(uk)).not.toContain('France');
  });

  it('reads the people who act for a state, after its demonym or acronym, as a label of the state', () => {
    const labels = features('American officials met U.S. negotiators and Trump officials in Japan. America agreed.').mentions.filter((m) => m.kind === 'description').map((m) => `${m.label}=${m.key}`);
    expect(labels).toEqual(expect.arrayContaining(['American officials=american', 'U.S. negotiators=us']));
    expect(labels.some((l) => l.startsWith('Trump officials'))).toBe(false);
    // After a number, in a clause going on, not in a coordination of two states.
    const more = features('There are 28,500 U.S. troops in Korea. He told South Korean officials in March. Talks between U.S. and North Korean leaders began.').mentions.map((m) => m.label);
    expect(more).toEqual(expect.arrayContaining(['U.S. troops', 'South Korean officials']));
    expect(more).not.toContain('North Korean leaders');
  });

  it('reads "the prime minister", "the leader of <state>" and a relative clause as the one person they describe', () => {
    const f = features(
      'Japanese Prime Minister Kenji Sato met Vice President Ann Lee. The prime minister spoke first. Trump met the leader of Japan again. The vice president left. Bob Hart, who is awaiting confirmation as secretary of state, watched.',
    );
    const of = (label: string) => f.mentions.find((m) => m.label === label)?.key;
    expect(of('The prime minister')).toBe('kenji sato');
    expect(of('the leader of Japan')).toBe('kenji sato');
    expect(of('The vice president')).toBe('ann lee');
    expect(of('awaiting confirmation as secretary of state')).toBe('bob hart');
    // A qualifier that makes another office names nobody who does not hold it.
    expect(features('President Ann Lee spoke. The former president left.').mentions.some((m) => m.label === 'The former president')).toBe(false);
  });

  it('gives a bare title several people hold only to the one the article is about', () => {
    const f = features(
      'President Maria Lopez met President Ivan Petrov of Russia. Lopez said the talks went well. Lopez later left. Lopez was pleased. Lopez smiled. Lopez waved. Lopez spoke. The president spoke again.',
    );
    const bare = f.mentions.filter((m) => m.label === 'President').map((m) => m.key);
    expect(bare).toEqual(['maria lopez']);
    expect(f.mentions.find((m) => m.label === 'The president')?.key).toBe('maria lopez');
  });

  it('reads one unnamed person acting for a state as the state, not a named person\'s apposition or title', () => {
    // Seed 001: "A Pakistani military official, speaking anonymously, stated these air strikes"; seed 000: "Zabihullah
    // Mujahid, a Taliban spokesperson, emphasized": the apposition describes Mujahid.
    const f = features('A Pakistani military official, speaking anonymously, stated these air strikes targeted militants. Zabihullah Mujahid, a Taliban spokesperson, emphasized the importance of ending hostile actions.');
    expect(f.mentions.filter((m) => m.label === 'Pakistani military official').map((m) => m.key)).toEqual(['pakistani']);
    expect(f.mentions.some((m) => m.label === 'Taliban spokesperson')).toBe(false);
    // "the Russian ambassador" is the state's only where no one holds that title for Russia.
    const held = features('Flynn met Russian Ambassador Sergey Kislyak in December. He later lied about his talks with the Russian ambassador.');
    expect(held.mentions.filter((m) => m.label === 'Russian ambassador').map((m) => m.key)).toEqual([]);
    const unheld = features('Flynn was charged with lying about his talks with the Russian ambassador to the United States.');
    expect(unheld.mentions.filter((m) => m.label === 'Russian ambassador to the United States').map((m) => m.key)).toEqual(['russian']);
  });
});
