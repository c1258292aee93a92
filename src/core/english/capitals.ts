/**
 * The world's capitals and seats of government, and the state each stands for when the news uses it as a
 * metonym of that state's government ("Pyongyang signaled", "the Kremlin denied", "talks with Washington").
 * Public knowledge, as a demonym's spelling is: no story's words. Whether a given mention is such a metonym
 * (and not a place where something happens, a dateline or a person's name) is read from the sentence
 * (`framing/actors.ts`), and whether the state is an actor of the coverage, across the outlets.
 *
 * States are written as English news names them (the everyday short form: "Russia", "North Korea"); where
 * English has two names in use, both are listed ("Myanmar|Burma"). A capital whose name is its state's
 * ("Singapore", "Kuwait", "Mexico City" aside) adds nothing and is left out.
 */
const CAPITALS = `
Kabul:Afghanistan; Tirana:Albania; Algiers:Algeria; Luanda:Angola; Buenos Aires:Argentina; Yerevan:Armenia;
Canberra:Australia; Vienna:Austria; Baku:Azerbaijan; Nassau:Bahamas; Manama:Bahrain; Dhaka:Bangladesh;
Bridgetown:Barbados; Minsk:Belarus; Brussels:Belgium; Belmopan:Belize; Porto-Novo:Benin; Thimphu:Bhutan;
Sucre:Bolivia; La Paz:Bolivia; Sarajevo:Bosnia and Herzegovina|Bosnia; Gaborone:Botswana; Brasilia:Brazil;
Bandar Seri Begawan:Brunei; Sofia:Bulgaria; Ouagadougou:Burkina Faso; Gitega:Burundi; Phnom Penh:Cambodia;
Yaounde:Cameroon; Ottawa:Canada; Praia:Cape Verde; Bangui:Central African Republic; N'Djamena:Chad;
Santiago:Chile; Beijing:China; Bogota:Colombia; Moroni:Comoros; Kinshasa:Democratic Republic of the Congo|Congo;
Brazzaville:Republic of the Congo|Congo; San Jose:Costa Rica; Yamoussoukro:Ivory Coast|Cote d'Ivoire;
Abidjan:Ivory Coast|Cote d'Ivoire; Zagreb:Croatia; Havana:Cuba; Nicosia:Cyprus; Prague:Czech Republic|Czechia;
Copenhagen:Denmark; Roseau:Dominica; Santo Domingo:Dominican Republic; Dili:East Timor|Timor-Leste; Quito:Ecuador;
Cairo:Egypt; San Salvador:El Salvador; Malabo:Equatorial Guinea; Asmara:Eritrea; Tallinn:Estonia;
Mbabane:Eswatini|Swaziland; Addis Ababa:Ethiopia; Suva:Fiji; Helsinki:Finland; Paris:France; Libreville:Gabon;
Banjul:Gambia; Tbilisi:Georgia; Berlin:Germany; Accra:Ghana; Athens:Greece; Conakry:Guinea; Bissau:Guinea-Bissau;
Georgetown:Guyana; Port-au-Prince:Haiti; Tegucigalpa:Honduras; Budapest:Hungary; Reykjavik:Iceland;
New Delhi:India; Delhi:India; Jakarta:Indonesia; Tehran:Iran; Baghdad:Iraq; Dublin:Ireland; Jerusalem:Israel;
Rome:Italy; Kingston:Jamaica; Tokyo:Japan; Amman:Jordan; Astana:Kazakhstan; Nairobi:Kenya; Pristina:Kosovo;
Bishkek:Kyrgyzstan; Vientiane:Laos; Riga:Latvia; Beirut:Lebanon; Maseru:Lesotho; Monrovia:Liberia; Tripoli:Libya;
Vilnius:Lithuania; Antananarivo:Madagascar; Lilongwe:Malawi; Kuala Lumpur:Malaysia; Putrajaya:Malaysia;
Male:Maldives; Bamako:Mali; Valletta:Malta; Nouakchott:Mauritania; Port Louis:Mauritius; Mexico City:Mexico;
Chisinau:Moldova; Ulaanbaatar:Mongolia; Podgorica:Montenegro; Rabat:Morocco; Maputo:Mozambique;
Naypyidaw:Myanmar|Burma; Windhoek:Namibia; Kathmandu:Nepal; Amsterdam:Netherlands; The Hague:Netherlands;
Wellington:New Zealand; Managua:Nicaragua; Niamey:Niger; Abuja:Nigeria; Pyongyang:North Korea; Skopje:North Macedonia|Macedonia;
Oslo:Norway; Muscat:Oman; Islamabad:Pakistan; Ramallah:Palestinian Authority|Palestine; Panama City:Panama;
Port Moresby:Papua New Guinea; Asuncion:Paraguay; Lima:Peru; Manila:Philippines; Warsaw:Poland; Lisbon:Portugal;
Doha:Qatar; Bucharest:Romania; Moscow:Russia; Kigali:Rwanda; Riyadh:Saudi Arabia; Dakar:Senegal; Belgrade:Serbia;
Freetown:Sierra Leone; Bratislava:Slovakia; Ljubljana:Slovenia; Mogadishu:Somalia; Pretoria:South Africa;
Seoul:South Korea; Juba:South Sudan; Madrid:Spain; Colombo:Sri Lanka; Khartoum:Sudan; Paramaribo:Suriname;
Stockholm:Sweden; Bern:Switzerland; Damascus:Syria; Taipei:Taiwan; Dushanbe:Tajikistan; Dodoma:Tanzania;
Bangkok:Thailand; Lome:Togo; Tunis:Tunisia; Ankara:Turkey; Ashgabat:Turkmenistan; Kampala:Uganda; Kyiv:Ukraine;
Kiev:Ukraine; Abu Dhabi:United Arab Emirates; London:United Kingdom; Washington:United States; Montevideo:Uruguay;
Tashkent:Uzbekistan; Caracas:Venezuela; Hanoi:Vietnam; Sanaa:Yemen; Lusaka:Zambia; Harare:Zimbabwe
`;

/**
 * Buildings and streets that stand for a government: the seat of its head ("the White House", "the Kremlin",
 * "Downing Street"). Not a ministry's or a parliament's building ("the Pentagon", "Capitol Hill"), which stands for
 * that body, not the government.
 */
const SEATS = `
White House:United States; Kremlin:Russia; Downing Street:United Kingdom; Whitehall:United Kingdom;
Elysee:France; Elysee Palace:France; Blue House:South Korea; Zhongnanhai:China
`;

/**
 * A state's own bodies known by a name that says nothing of the state: intelligence and security services, federal
 * police, state news agencies, armed forces and legislatures by their proper names, ministries by the short names
 * English news uses for them ("the Justice Department", "the Foreign Office"). Public knowledge, as a capital is; the
 * big states' everyday bodies, not one story's. A name several states' bodies share ("the Foreign Ministry",
 * "Parliament", "Congress", "the Senate") or that names something else too ("CSIS") is left out: the text must say whose.
 * News agencies only where the government runs them (KCNA, Xinhua, TASS), not a state-funded agency with its own
 * newsroom (Yonhap, AFP): what it reports is no state's word.
 */
const BODIES = `
CIA:United States; Central Intelligence Agency:United States; FBI:United States; Federal Bureau of Investigation:United States;
NSA:United States; National Security Agency:United States; Justice Department:United States; Department of Justice:United States; DOJ:United States;
State Department:United States; Department of State:United States; Pentagon:United States; Defense Department:United States;
Department of Defense:United States; Department of Homeland Security:United States; Homeland Security Department:United States;
Treasury Department:United States; Commerce Department:United States; Department of Commerce:United States;
Secret Service:United States; National Security Council:United States; Office of the U.S. Trade Representative:United States;
Federal Reserve:United States; U.S. Army:United States; U.S. Navy:United States; U.S. Air Force:United States;
FSB:Russia; GRU:Russia; SVR:Russia; KGB:Russia; State Duma:Russia; Duma:Russia; TASS:Russia; RIA Novosti:Russia;
MI5:United Kingdom; MI6:United Kingdom; GCHQ:United Kingdom; Foreign Office:United Kingdom; Home Office:United Kingdom;
Scotland Yard:United Kingdom; Ministry of Defence:United Kingdom;
Xinhua:China; People's Liberation Army:China; PLA:China; Ministry of State Security:China; National People's Congress:China;
KCNA:North Korea; Korean Central News Agency:North Korea; Rodong Sinmun:North Korea; Korean People's Army:North Korea;
National Intelligence Service:South Korea;
Self-Defense Forces:Japan; Self-Defence Forces:Japan;
Mossad:Israel; Shin Bet:Israel; IDF:Israel; Israel Defense Forces:Israel; Knesset:Israel;
IRGC:Iran; Revolutionary Guards:Iran; Islamic Revolutionary Guard Corps:Iran; IRNA:Iran; Majlis:Iran;
DGSE:France; Bundestag:Germany; Bundeswehr:Germany; BND:Germany; Lok Sabha:India; Rajya Sabha:India;
ISI:Pakistan; Inter-Services Intelligence:Pakistan; ISPR:Pakistan; Anadolu:Turkey; SBU:Ukraine; Verkhovna Rada:Ukraine;
RCMP:Canada; ASIO:Australia; Saudi Press Agency:Saudi Arabia; SANA:Syria
`;

/**
 * Legislatures by a name several states share ("Congress"): the states whose national legislature English news calls so,
 * and those where the name is a party's (India's and Nepal's Congress). Public knowledge, as the bodies above are. The
 * name is a state's body only where the coverage names one of these states and no other (`sharedBodyStates`).
 */
const SHARED_BODIES = new Map<string, { states: readonly string[]; parties: readonly string[] }>([
  [
    'congress',
    {
      states: ['United States', 'Philippines', 'Mexico', 'Guatemala', 'Honduras', 'Dominican Republic', 'Colombia', 'Peru', 'Chile', 'Argentina', 'Brazil', 'Paraguay', 'Spain', 'Micronesia'],
      parties: ['India', 'Nepal'],
    },
  ],
]);

/**
 * The states a name several states' bodies share may be the body of ("Congress": the United States, the Philippines, Mexico,
 * ...), and those where it names a party instead; none for any other name.
 */
export function sharedBodyStates(name: string): { states: readonly string[]; parties: readonly string[] } | undefined {
  return SHARED_BODIES.get(fold(name));
}

function table(text: string): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const entry of text.split(';')) {
    const [place, states] = entry.split(':').map((s) => s.trim());
    if (place && states) out.set(fold(place), states.split('|'));
  }
  return out;
}

/** Lower case, accents and dots dropped: "Élysée", "elysee"; "N’Djamena", "n'djamena". */
export const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/gu, "'").replace(/^the\s+/u, '').trim();

const CAPITAL_STATES = table(CAPITALS);
const SEAT_STATES = table(SEATS);
// (Dots dropped too: "U.S. Army", "us army".)
const BODY_STATES = new Map([...table(BODIES)].map(([k, v]) => [k.replace(/\./gu, ''), v]));

/** The state whose own body the name is ("the CIA", "KCNA", "the Justice Department": the United States, North Korea); none for any other name. */
export function bodyState(name: string): string | undefined {
  return BODY_STATES.get(fold(name).replace(/\./gu, ''))?.[0];
}

// Offices that head or serve in one state's own body under a title that does not name the body: "Attorney General Loretta
// Lynch" (the Justice Department's). Public knowledge, as the bodies are; each with the body's names.
const BODY_OFFICES = new Map<string, readonly string[]>([
  ['attorney general', ['Justice Department', 'Department of Justice', 'DOJ']],
]);

/**
 * The body an office written alone serves in ("Attorney General", "Deputy Attorney General", "then-Acting Attorney
 * General": the Justice Department, under each of its names); none for a title with a place or body of its own ("Texas
 * Attorney General").
 */
export function officeBody(title: string): readonly string[] {
  const office = fold(title).replace(/^(?:then-?\s*)?(?:(?:deputy|assistant|acting|associate)\s+)*/u, '');
  return BODY_OFFICES.get(office) ?? [];
}

/** The state(s) a capital or a seat of government stands for ("Pyongyang": North Korea), as English names them; none for any other name. */
export function seatState(name: string): readonly string[] {
  const key = fold(name);
  return SEAT_STATES.get(key) ?? CAPITAL_STATES.get(key) ?? [];
}

// The states the gazetteer names, under each of their names, and the initials English news writes for a state (not every
// name's initials: "SA", "CR", "DR" stand for many things).
const STATE_NAMES = new Set([...CAPITAL_STATES.values(), ...SEAT_STATES.values()].flat().map(fold));
const STATE_INITIALS = new Set(['us', 'usa', 'uk', 'uae', 'drc', 'prc', 'dprk', 'rok']);

/**
 * A state's second name in one word, with the name it stands for, where both are one word and the second names no other
 * state ("Burma": "Myanmar", "Swaziland": "Eswatini"; not "Congo", which two states bear, nor "Czechia" beside "Czech
 * Republic"): what place-names.ts lists of states, from the one list of them here.
 */
export function oneWordStateAliases(): readonly (readonly [alias: string, name: string])[] {
  const lists = [...CAPITAL_STATES.values(), ...SEAT_STATES.values()];
  const statesNamed = new Map<string, Set<string>>();
  for (const names of lists) for (const name of names) (statesNamed.get(name) ?? statesNamed.set(name, new Set()).get(name)!).add(names[0]!);
  const aliases = new Map<string, string>();
  for (const [first, ...others] of lists) {
    if (first === undefined || /\s/u.test(first)) continue;
    for (const other of others) if (!/\s/u.test(other) && statesNamed.get(other)!.size === 1) aliases.set(other, first);
  }
  return [...aliases];
}

/**
 * The states' names ("russia", "united states", "us"), lower case: public knowledge, as a capital is, for a coverage that
 * names a state without ever writing its demonym.
 */
export function stateNames(): readonly string[] {
  return [...STATE_NAMES, ...STATE_INITIALS];
}

/** Whether the name is a building or street standing for a government ("the White House"), not a city. */
export function isSeatOfGovernment(name: string): boolean {
  return SEAT_STATES.has(fold(name));
}
