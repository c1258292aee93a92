/**
 * Actors and the labels outlets give them. Each article yields its mentions
 * (names, acronyms, and descriptions such as "the Taliban-led government" or
 * "a local rebel group") plus the aliases the text itself states ("X (ABC)",
 * "known as", "referred to as", "X, the Afghan capital"). `groupActors` then
 * merges mentions across outlets by general spelling rules (acronyms with or
 * without dots, transliteration skeletons, demonyms, surnames), with no list of
 * this story's actors.
 */
import type { ArticleSentence } from '../text/segment.js';
import { TOKEN_PATTERNS, tokensOf } from '../text/tokens.js';
import { countParts, foldedForGuard, holdsAny, type GuardedExpression } from '../text/guards.js';
import { insideAny, quoteSpans, type Span } from './spans.js';
import { isAcronym, initials, nameChunks, nameKey, skeleton, type NameChunk } from '../english/names.js';
import { formalStateName, stateOfInitials, isContinent, isDemonymOf, isIrregularDemonym, isStateAdjective, isTitleWord, splitTitle, HONORIFIC, withoutHonorific, hasHonorific, honorificAsLabel, DESCRIPTION_CHAR, NOT_A_STOP } from '../english/titles.js';
import { REPORTING_VERBS } from '../english/speech.js';
import { readDateline } from '../english/datelines.js';
import { IRREGULAR_PAST, UNCHANGED_PAST } from '../english/verbs.js';
import { bodyState, officeBody, seatState, sharedBodyStates, stateNames } from '../english/capitals.js';
import { wordTable } from '../text/word-table.js';

export type MentionKind = 'name' | 'acronym' | 'description';

export interface ActorMention {
  /** As written, e.g. "T.T.P.", "the Afghan regime", "a local rebel group". */
  label: string;
  /** Identity key before cross-outlet grouping: a normalised name, or "gov:<name>" for a government described by who leads it. */
  key: string;
  kind: MentionKind;
  /** The first sentence (index) that uses this label in this way. */
  sentence: number;
  inQuote: boolean;
  /** How many times the article uses this label in this way (same label, key, kind and quotation status). */
  count: number;
  /** Set when the only capital is the sentence's first letter: a name only if some outlet writes it mid-sentence. */
  atStart?: boolean;
}

export interface ActorFeatures {
  mentions: ActorMention[];
  /** Pairs of keys the article itself says are one actor. */
  links: [string, string][];
}

const MAX_MENTIONS = 600;
const MAX_LABEL = 200;
/** Link source marking a key as a capital the text ties to a country ("Kabul, the Afghan capital"). */
export const CAPITAL_OF = 'capital:';
/** Link source marking the state whose office a person holds ("U.S. President Donald Trump"): where their government belongs. */
export const STATE_OF = 'state:';
/** Link source marking a state's office the article gives a person as held no more ("former FBI Director"): they act for it no longer. */
export const FORMER_OF = 'former:';
/** Link source marking two names the text coordinates ("Islamabad and Kabul"): a parallel, not an identity. */
export const PAIRED = 'and:';
/** Key prefix of a place's people written with its possessive ("Iran's leaders"): the place's label where the name is a place, else none. */
export const PEOPLE_OF = 'people:';
/**
 * Key prefix of "the country", "the nation": the names that could be meant, "near;previous" (the names written before
 * it in its sentence, nearest first; those of the sentence before).
 * Grouping reads which of them is a place of the coverage; a reference that finds none is no label.
 */
export const PLACE_REFERENCE = 'place-ref:';
/**
 * Key prefix of a capital or seat of government used for its state's government ("Pyongyang signaled", "the
 * Kremlin's denial", "talks with Washington"): its state's label where the state is an actor of the coverage, else
 * the city's own.
 */
export const SEAT_OF = 'seat:';
/**
 * Key prefix of a mention naming several actors at once, shown in each one's row: "joint:=k1|k2" for the names the
 * phrase itself gives ("North and South Korea", "the two Koreas"); "joint:places:<names>" and "joint:people:<names>"
 * for "both countries", "the two leaders": the names written before it in its sentence, then in each of the two
 * sentences before ("a|b;c;d"), of which grouping takes the first two places (or people) the coverage knows.
 */
export const JOINT = 'joint:';
/**
 * Key prefix of a title by its body or state that the article gives no one ("the former FBI director", "The US President"
 * where no one is called so): the one person some outlet of the coverage gives that very title, else no one.
 */
export const ROLE_OF = 'role:';
/** Link target marking a key as a governed territory, not an actor. */
export const TERRITORY = 'territory:';
const MAX_LINKS = 200;

/** Heads of noun phrases that describe an organised actor. */
const ORG_HEAD = String.raw`(?:organi[sz]ations?|groups?|networks?|movements?|militias?|outfits?|factions?|insurgency|rebels|militants|think[ -]tank|nonprofit|non-profit|alliance|party|regime|government|administration|agency|institute)`;
const GOV_HEAD = /^(?:government|regime|administration|authorities|junta)$/i;

// (Also a relative clause that only describes: "The Korean Central News Agency, which is North Korea's state media agency,";
// and a place's possessive for the article: "North Korea's state media agency".)
// "Tom Perez, chair of the DNC," / "Brad Parscale, the campaign manager for Mr. Trump's 2020 re-election bid,": a role and what
// it is of, up to a comma or a full stop that is no title's or initial's dot.
const ROLE_APPOSITION = new RegExp(String.raw`^,\s+((?:(?:the|a|an)\s+)?(?:[\p{L}.’'&-]+\s+){0,5}?([\p{Ll}-]+))(?:\s+(?:of|for|at)\s+${DESCRIPTION_CHAR}{2,60}?)?(?=\s*(?:[,;)]|${NOT_A_STOP})|\s+(?:said|says|told|who|and)\b)`, 'u');
/**
 * A relative clause saying what a body did or does, part of its description ("a transnational group that organized the
 * caravan", "a group that supports racial-justice issues"): one verb in the past or the present, and its object.
 */
const WHAT_IT_DID = String.raw`(?:\s+(?:that|which)\s+\p{Ll}{2,}(?:ed|s)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)`;
const APPOSITION_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\))?,\s+(?:which\s+is\s+)?((?:a|an|the|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?['’]s)\s+(?:[\p{L}-]+\s+){0,4}?${ORG_HEAD}${WHAT_IT_DID}?)(?=\s*[,.;)]|\s*$)`, 'u');
const COPULA_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\))?\s+(?:is|was|remains|has\s+been|are)\s+((?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?${ORG_HEAD})\b`, 'u');
const DESCRIPTOR_BEFORE = new RegExp(String.raw`\b(the\s+(?:[\p{Ll}-]+\s+){0,2}${ORG_HEAD})\s+$`, 'u');
const SUCH_AS_BEFORE = new RegExp(String.raw`\b((?:[\p{L}-]+\s+){0,2}${ORG_HEAD})\s+(?:such\s+as|including)\s+(?:the\s+)?$`, 'u');
const VIEW_AS = /\b(?:view|views|viewed|consider|considers|considered|regard|regards|regarded|designate|designates|designated|label|labels|labelled|labeled|brand|brands|branded|see|sees)\s+(?:the\s+)?$/u;
const AS_DESC_AFTER = new RegExp(String.raw`^\s+as\s+((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?${ORG_HEAD})\b`, 'u');
const CAPITAL_AFTER = /^,\s+the\s+(\p{Lu}\p{L}+)(['’]s)?\s+capital\b/u;
const ALIAS_MARKER = /\b(?:known\s+(?:by\s+the\s+(?:acronym|name|abbreviation)\s+|as\s+)|referred\s+to\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+|also\s+called\s+|translated\s+(?:from\s+\p{Lu}\p{Ll}+\s+)?as\s+|referring\s+to\s+(?:the\s+(?:official\s+)?name\s+of\s+)?)/gu;

/**
 * `speakers`: per sentence, the one speaker the quotes analysis gives its quoted words (the attributor is theirs), so that
 * "our two nations" inside a quotation can be read as the speaker's state and the one addressed.
 */
export function actorFeatures(sentences: readonly ArticleSentence[], paragraphs: readonly string[], speakers: ReadonlyMap<number, string> = new Map()): ActorFeatures {
  const mentions: ActorMention[] = [];
  const links: [string, string][] = [];
  const quotesByParagraph = paragraphs.map(quoteSpans);
  const midSentenceKeys = new Set<string>();
  const pending: { mention: ActorMention; atStart: boolean }[] = [];
  const rolesByHead = new Map<string, Set<string>>();
  const epithetsByHead = new Map<string, Set<string>>();
  const titleOnly: { label: string; head: string; modifier: string; sentence: number; inQuote: boolean }[] = [];
  const compassCapitals: { key: string; word: string }[] = [];
  // "President" read off "President Trump": a bare title, which names someone only where one person holds it.
  const bareTitles: { mention: ActorMention | undefined; head: string }[] = [];
  // Where each name is written (sentence and offset): "the president" is the holder named just before it.
  const written: NamedAt[] = [];
  // Capitals and seats standing for their governments ("Seoul and Pyongyang agreed ... the two countries").
  const seatsWritten: NamedAt[] = [];
  // States and bodies by their initials ("let the U.S. and France stand ... our two countries").
  const initialsWritten: NamedAt[] = [];
  // "North Korea's Kim": kept where the name is part of a person's full name the article writes ("Kim Jong Un").
  const possessed: { mention: ActorMention | undefined; key: string }[] = [];
  const whole: ActorMention[] = [];
  // "the Russian ambassador": kept as the state's only where no one holds that title for that state.
  const stateAgents: { mention: ActorMention | undefined; modifier: string; head: string }[] = [];

  for (const s of sentences) {
    const text = s.text;
    const quotes: Span[] = (quotesByParagraph[s.paragraph] ?? []).map((q) => ({ start: q.start - s.start, end: q.end - s.start }));
    const inQuote = (offset: number) => insideAny(offset, quotes);
    const sentenceMentions: { mention: ActorMention; start: number; end: number }[] = [];
    const add = (label: string, key: string, kind: MentionKind, start: number, end: number, atStart = false) => {
      if (!key || label.length > MAX_LABEL || key.length > MAX_LABEL + 4) return;
      const mention: ActorMention = { label, key, kind, sentence: s.index, inQuote: inQuote(start), count: 1 };
      sentenceMentions.push({ mention, start, end });
      pending.push({ mention, atStart });
    };

    // Governments described by who leads them or where they rule.
    const govSpans: Span[] = [];
    for (const gov of governmentPhrases(text)) {
      govSpans.push({ start: gov.start, end: gov.end });
      const rulers = gov.keys.filter((k) => !gov.territories.includes(k));
      const ruler = rulers[rulers.length - 1] ?? gov.keys[gov.keys.length - 1] ?? '';
      // "the Tehran government", "Islamabad's government": a capital's government is its state's, joined where the
      // coverage names the state (as "Tehran signaled" is); else the city's, as any other mention of it.
      add(gov.label, seatState(ruler).length > 0 && gov.keys.length === 1 ? `${SEAT_OF}${ruler}` : `gov:${ruler}`, 'description', gov.start, gov.end);
      for (let i = 1; i < gov.keys.length; i++) links.push([`gov:${gov.keys[i - 1]}`, `gov:${gov.keys[i]}`]);
      for (const t of gov.territories) links.push([`gov:${t}`, `${TERRITORY}${t}`]);
    }

    const datelineEnd = readDateline(text)?.length ?? 0;
    const chunks = nameChunks(text).flatMap(coordinatedPeople);
    chunks.forEach((raw) => {
      const opened = raw.atSentenceStart ? dropOpeningWord(raw) : raw;
      // "President Moon Jae-in of South Korea", "Vladimir V. Putin of Russia": a person and the country they
      // lead or represent, two actors (the country's name stays a mention of its own).
      const of = personOfPlace(opened);
      if (of) add(of.place, nameKey(of.place), 'name', of.placeStart, opened.end);
      const personal = of ? { ...opened, text: opened.text.slice(0, of.personEnd - opened.start), end: of.personEnd } : opened;
      // "Robert S. Mueller III", "Donald F. McGahn II": a generational numeral is no way of naming the person ("Mueller",
      // "Robert Mueller"); it is read past. Two words before it ("Queen Elizabeth II", "John Smith III") keep it.
      // (Read word by word: a regex anchored at the end would rescan from every start.)
      const personalWords = personal.text.split(' ');
      const lastWord = personalWords[personalWords.length - 1] ?? '';
      const beforeNumeral = personalWords.slice(0, -1).join(' ');
      const numbered = /^(?:II|III|IV)$/u.test(lastWord) && (splitTitle(beforeNumeral, 'name', 'last').name ?? '').split(' ').slice(-3).filter((w) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w)).length === 3;
      const numeralLength = numbered ? lastWord.length + 1 : 0;
      const chunk = numbered ? { ...personal, text: beforeNumeral, end: personal.end - numeralLength } : personal;
      const after = text.slice(chunk.end + numeralLength, chunk.end + 120);
      // "Justice Department", "Senate Foreign Relations Committee", "National Economic Council": title words
      // inside an institution's name are the name, not a title in front of it.
      const name = INSTITUTION_LAST.test(chunk.text) ? chunk.text : splitTitle(chunk.text, 'name', 'last').name;
      if (!name) return;
      // "WASHINGTON —", "SEOUL, South Korea —", "Alwaght-": a dateline says where the story was filed, no actor; nor does a
      // word in capitals that is no acronym.
      if (/^\p{Lu}{3,}(?:\s+\p{Lu}{3,})*$/u.test(chunk.text) && !isAcronym(chunk.text) || chunk.start < datelineEnd) return;
      if (/^(?:Jr|Sr|II|III|IV)$/u.test(name)) return;
      // "US President", "French President" with no name: the title alone names the one person the article gives it.
      const words = name.split(/\s+/u);
      // (Not a head after "of": "Department of Justice" is a body, its last word no title.)
      if (words.length <= 3 && isRoleHead(words[words.length - 1] ?? '') && !words.slice(0, -1).some((w) => isRoleHead(w)) && words[words.length - 2] !== 'of') {
        titleOnly.push({ label: name, head: (words[words.length - 1] ?? '').toLowerCase(), modifier: words.slice(0, -1).join(' ').toLowerCase(), sentence: s.index, inQuote: inQuote(chunk.start) });
        return;
      }
      // "5 PM", "10 AM": a time, not an acronym ("28,500 U.S. troops" is the state's people).
      if (/\d\s*$/u.test(text.slice(Math.max(0, chunk.start - 4), chunk.start)) && isAcronym(name) && !STATE_PEOPLE.test(text.slice(chunk.end, chunk.end + 30))) return;
      const offset = chunk.start + chunk.text.length - name.length;
      if (/^(?:government|regime|administration)\s+of\s+/i.test(name)) {
        const place = name.replace(/^\S+\s+of\s+(?:the\s+)?/i, '');
        add(`the ${name}`, `gov:${nameKey(place)}`, 'description', offset, chunk.end);
        links.push([`gov:${nameKey(place)}`, `${TERRITORY}${nameKey(place)}`]);
        return;
      }
      // "U.S. Senators", "American Troops": the people who act for a state, written in capitals.
      const lastSpace = name.lastIndexOf(' ');
      const [state, plural] = lastSpace > 0 ? [name.slice(0, lastSpace), name.slice(lastSpace + 1)] : ['', ''];
      if (state && /^\p{Lu}\p{Ll}+s$/u.test(plural) && STATE_PEOPLE.test(` ${plural.toLowerCase()}`) && (isAcronym(state) || isDemonymShaped(state))) {
        add(name, nameKey(state), 'description', offset, chunk.end);
        return;
      }
      const acronym = isAcronym(name);
      const key = nameKey(name);
      // "Pyongyang signaled", "the White House has said", "talks with Washington", "the Kremlin's": a capital or seat of
      // government standing for its state's government (not "traveled to Pyongyang", "the Washington-based", a dateline).
      // "White House officials", "Kremlin officials": the people who act for that government.
      if (name === chunk.text && !acronym && seatState(name).length > 0) {
        const seatPeople = STATE_PEOPLE.exec(after);
        if (seatPeople?.[1] && !/^(?:military|intelligence)$/u.test(seatPeople[1])) {
          add(`${name} ${seatPeople[1]}`, `${SEAT_OF}${key}`, 'description', offset, chunk.end + seatPeople[0].length);
          return;
        }
        if (standsForGovernment(text, offset, chunk.end)) {
          add(name, `${SEAT_OF}${key}`, 'description', offset, chunk.end);
          return;
        }
      }
      add(name, key, acronym ? 'acronym' : 'name', offset, chunk.end, chunk.atSentenceStart);
      // "Prime Minister Benjamin Netanyahu of Israel": the state whose office the titled person holds.
      if (of && name !== chunk.text && !acronym) {
        links.push([`${STATE_OF}${key}`, nameKey(of.place)]);
        // "President Emmanuel Macron of France": the whole phrase is how the outlet names them (kept out of the
        // count of mentions that decides whom a bare title means: it writes the name once more, not a new mention).
        whole.push({ label: opened.text, key, kind: 'description', sentence: s.index, inQuote: inQuote(opened.start), count: 1 });
      }
      if (!chunk.atSentenceStart) midSentenceKeys.add(key);
      if (!acronym && isPersonLike(name)) {
        for (const role of personRoles(text, chunk, name)) {
          add(role.label, key, 'description', role.start, role.end);
          if (role.owned) possessed.push({ mention: sentenceMentions[sentenceMentions.length - 1]?.mention, key });
          const head = role.head.toLowerCase();
          if (role.title && role.label.toLowerCase() === head) bareTitles.push({ mention: sentenceMentions[sentenceMentions.length - 1]?.mention, head });
          if (role.epithet) epithetsByHead.set(role.head.toLowerCase(), new Set([...(epithetsByHead.get(role.head.toLowerCase()) ?? []), key]));
          if (!role.title) continue;
          rolesByHead.set(head, new Set([...(rolesByHead.get(head) ?? []), key]));
          // "Prime Minister", "Vice President", "former President": the title with the word that makes it another office.
          const titleWords = role.label.toLowerCase().split(/\s+/u);
          const qualifier = titleWords[titleWords.length - 2];
          if (qualifier && TITLE_MODIFIERS.has(qualifier)) rolesByHead.set(`${qualifier} ${head}`, new Set([...(rolesByHead.get(`${qualifier} ${head}`) ?? []), key]));
          // (Past a word that dates the title: "former U.S. President".)
          const modifier = /^((?:\p{Lu}[\p{L}.’'-]*\s+)+)/u.exec(role.label.replace(/^(?:former|acting|then-[\p{Ll}-]+|ex-[\p{Ll}-]*|newly-[\p{Ll}-]+)\s+/u, ''))?.[1]?.trim().toLowerCase().replace(/['’]s$/u, '');
          if (modifier) rolesByHead.set(`@${modifier}`, new Set([...(rolesByHead.get(`@${modifier}`) ?? []), key]));
          // "U.S. President Donald Trump", "North Korean leader Kim Jong Un": the state whose office the person holds.
          // "British Prime Minister": the state is "British", not "British Prime".
          const stateWords = modifier?.split(' ') ?? [];
          // ("U.S. Secretary of State": the state is "U.S.", not "U.S. Secretary".)
          const ofTitle = /\s(?:of|for)\s/u.test(role.label);
          while (stateWords.length > 1 && (TITLE_MODIFIERS.has(stateWords[stateWords.length - 1] ?? '') || (ofTitle && isRoleHead(stateWords[stateWords.length - 1] ?? '')))) stateWords.pop();
          const state = stateWords.join(' ');
          if (state && isRoleHead(head) && !isTitleWord(state.split(' ')[0] ?? '')) {
            links.push([`${STATE_OF}${key}`, nameKey(state)]);
            // "former FBI Director James Comey", "Pakistan's former special representative": an office held no more.
            // ("U.S. President-elect Barack Obama": an office not yet taken, no one's to act in; not "CIA director and secretary
            // of State-designate", where the office of the state named is held.)
            if (/(?:^|\s)(?:former|ex-)/iu.test(role.label) || (/[‐‑-](?:elect|designate)\b/iu.test(role.label) && !/\sand\s/u.test(role.label))) links.push([`${FORMER_OF}${key}`, nameKey(state)]);
          }
        }
      }
      // "American officials", "U.S. troops", "South Korean negotiators": the people who act for a state are a way
      // of naming it, as its government is. Only after a demonym or an acronym ("Trump officials" are no Trump).
      // ("U.S. immigration officials", "American border authorities", "United States immigration officials": one word
      // of their service between; not "U.S. said officials", nor "Russian and ...".)
      const plainAgents = STATE_PEOPLE.exec(after);
      const servingAgents = plainAgents ? null : STATE_PEOPLE_SERVING.exec(after);
      const agents = plainAgents ?? (servingAgents && !NOT_A_SERVICE.test(servingAgents[2] ?? '') ? ([servingAgents[0], `${servingAgents[2]} ${servingAgents[3]}`] as const) : null);
      // "between U.S. and North Korean leaders": the leaders of both, no label of either.
      const previous = text.slice(Math.max(0, chunk.start - 30), chunk.start).trim().split(/\s+/u);
      const coordinated = /^(?:and|or)$/u.test(previous[previous.length - 1] ?? '') && /^\p{Lu}/u.test(previous[previous.length - 2] ?? '');
      if (agents?.[1] && !coordinated && (acronym || isDemonymShaped(name) || (servingAgents !== null && STATE_NAME_KEYS.has(key)))) add(`${name} ${agents[1]}`, key, 'description', offset, chunk.end + agents[0].length);
      // "A South Korean government official", "a Russian ambassador", "the Russian ambassador to the United States": one
      // unnamed person who acts for the state, a label of the state as its officials are. Not before a name ("the Russian
      // ambassador, Sergey I. Kislyak": his title), and "the ..." only where no one in the article holds that title for
      // that state (decided below, once every title is read).
      const agent = mayBeStateAgent(after) ? STATE_AGENT.exec(after) : null;
      const determiner = /\b([Aa]n?|[Tt]he)\s+$/u.exec(text.slice(Math.max(0, chunk.start - 5), chunk.start))?.[1];
      // ("Zabihullah Mujahid, a Taliban spokesperson,": an apposition describes the person named before it.)
      // (Nor "Gerberding is the U.S. top spokesman": a predicate describes its subject.)
      const apposed = afterNameAndComma(text.slice(Math.max(0, chunk.start - 45), chunk.start).replace(/\b(?:an?|the)\s+$/iu, '')) || /\b(?:is|was|as|became|becomes)\s+(?:an?|the)\s+$/iu.test(text.slice(Math.max(0, chunk.start - 16), chunk.start));
      if (agent?.[1] && determiner && !apposed && chunk.start === offset && !coordinated && (acronym || isDemonymShaped(name)) && !/^,?\s+\p{Lu}\p{Ll}/u.test(text.slice(chunk.end + agent[0].length, chunk.end + agent[0].length + 4))) {
        add(`${name} ${agent[1].replace(/\s+/gu, ' ')}`, key, 'description', offset, chunk.end + agent[0].length);
        if (/^the$/iu.test(determiner)) stateAgents.push({ mention: sentenceMentions[sentenceMentions.length - 1]?.mention, modifier: name.toLowerCase(), head: (agent[2] ?? '').toLowerCase() });
      }
      // "officials from Japan": the same people, the state named after them (not "officials from Trump's campaign", whose
      // owner is a person's, nor "diplomats from Afghanistan and Western nations", several states' people, nor "representatives
      // from European countries", where the name is a modifier).
      const agentsBefore = chunk.start === offset && !/^(?:['’]s\b|,?\s+(?:and|or)\s)/u.test(after) && !(isDemonymShaped(name) && /^\s+\p{Ll}+s\b/u.test(after)) ? AGENTS_FROM.exec(text.slice(Math.max(0, chunk.start - 40), chunk.start)) : null;
      if (agentsBefore?.[1] && !coordinated) add(`${agentsBefore[0].trim()} ${name}`.replace(/\s+/gu, ' '), key, 'description', chunk.start - agentsBefore[0].length, chunk.end);
      // "Iran's leaders", "China's negotiators": the state's people where the name is a place (decided across outlets).
      const owners = /^['’]s(\s+(?:officials|diplomats|negotiators|authorities|troops|forces|soldiers|agents|lawmakers|legislators|envoys|leaders))\b/u.exec(after);
      if (owners?.[1] && !acronym) add(`${name}${owners[0].slice(0, 2)}${owners[1]}`, `${PEOPLE_OF}${key}`, 'description', offset, chunk.end + owners[0].length);
      const defined = /^\s*\(((?:\p{Lu}\.?){2,7})\)/u.exec(after);
      // "Tehreek-e-Taliban Pakistan (TTP)" defines an acronym; "Washington (AFP)" credits an agency.
      const acr = nameKey(defined?.[1] ?? '').replace(/\./g, '');
      const init = initials(name);
      if (defined && !acronym && (init.startsWith(acr) || acr.startsWith(init) || [...acr].sort().join('') === [...init].sort().join(''))) links.push([key, nameKey(defined[1] ?? '')]);
      const capital = after.startsWith(',') ? CAPITAL_AFTER.exec(after) : null;
      // "Pyongyang, the North's capital": the compass word is the one name the article opens with it ("North Korea").
      if (capital && /^(?:North|South|East|West)$/u.test(capital[1] ?? '') && capital[2]) compassCapitals.push({ key, word: capital[1] ?? '' });
      else if (capital) links.push([key, nameKey(capital[1] ?? '')], [`${CAPITAL_OF}${key}`, nameKey(capital[1] ?? '')]);
      for (const pattern of [APPOSITION_AFTER, COPULA_AFTER]) {
        const m = pattern.exec(after);
        if (m?.[1] && !isGovernmentWord(m[1])) add(m[1], key, 'description', chunk.end + (m.index ?? 0) + m[0].indexOf(m[1]), chunk.end + m[0].length);
      }
      const before = text.slice(Math.max(0, chunk.start - 80), chunk.start);
      // ("militant groups including the TTP", "armed groups such as the Taliban Pakistan": a plural names the class the name
      // is one of, not what the outlet calls it; "an advocacy group such as ..." describes the one it names.)
      const described = DESCRIPTOR_BEFORE.exec(before) ?? [SUCH_AS_BEFORE.exec(before)].find((m) => m?.[1] !== undefined && !/[^s]s$/u.test(m[1])) ?? null;
      const phrase = described?.[1] ? trimFunctionWords(described[1]) : '';
      if (described && phrase && !/^the\s+\S+$/.test(phrase)) {
        const at = chunk.start - before.length + (described.index ?? 0);
        add(phrase, key, 'description', at, chunk.start);
      }
      if (VIEW_AS.test(before)) {
        const m = AS_DESC_AFTER.exec(after);
        if (m?.[1]) add(m[1], key, 'description', chunk.end + m[0].indexOf(m[1]), chunk.end + m[0].length);
      }
    });

    aliasLinks(text, sentenceMentions, links);
    nicknameLinks(text, sentenceMentions, links);
    for (const e of quotedEpithets(text, sentenceMentions)) add(e.label, e.key, 'description', e.start, e.end);
    pairLinks(text, sentenceMentions, links);
    mentions.push(...sentenceMentions.map((m) => m.mention));
    for (const m of sentenceMentions) if (m.mention.kind === 'name') written.push({ sentence: s.index, start: m.start, key: m.mention.key });
    for (const m of sentenceMentions) if (m.mention.key.startsWith(SEAT_OF)) seatsWritten.push({ sentence: s.index, start: m.start, key: m.mention.key });
    for (const m of sentenceMentions) if (m.mention.kind === 'acronym') initialsWritten.push({ sentence: s.index, start: m.start, key: m.mention.key });
    if (mentions.length > MAX_MENTIONS) break;
  }
  // "The president", "the North Korean leader": a title alone names the one person the article gives that title.
  const salience = new Map<string, number>();
  // Each mention once: names and "Mr. Trump" (the way some outlets write every mention), not the title runs of
  // "U.S. President Donald Trump" besides its name.
  for (const m of mentions) if (m.kind !== 'acronym') salience.set(m.key, (salience.get(m.key) ?? 0) + 1);
  // "Donald Trump" once, "Trump" thirty times: a surname's mentions count for the full name it ends.
  for (const k of [...salience.keys()]) {
    const last = k.includes(' ') ? k.slice(k.lastIndexOf(' ') + 1) : '';
    if (last && salience.has(last)) salience.set(k, (salience.get(k) ?? 0) + (salience.get(last) ?? 0));
  }
  const referred: NamedAt[] = [];
  mentions.push(...roleReferences(sentences, quotesByParagraph, rolesByHead, salience, written, referred), ...whole);
  // "the leader of Japan", "the president of the United States": the one person whose title gives them that state's office.
  mentions.push(...officeOfPlaceReferences(sentences, quotesByParagraph, rolesByHead, links, referred, salience));
  // "his administration", "his government": the government of the leader the text names just before ("The president ... his administration").
  mentions.push(...pronounGovernments(sentences, quotesByParagraph, rolesByHead, mentions, [...written, ...referred], salience));
  // "the billionaire": an epithet the article itself set after one person's name, used again alone.
  mentions.push(...epithetReferences(sentences, quotesByParagraph, epithetsByHead));
  // "The committee", "the administration": a body's head noun alone names the one body the article calls so.
  mentions.push(...bodyReferences(sentences, quotesByParagraph, mentions));
  // "the country", "the nation": the place named just before it.
  mentions.push(...countryReferences(sentences, quotesByParagraph, written, mentions, links));
  // "North and South Korea", "the two Koreas", "both countries", "the two leaders": one mention of several actors.
  mentions.push(...jointMentions(sentences, quotesByParagraph, [...written, ...seatsWritten], mentions, rolesByHead, links, { speakers, initials: initialsWritten }));
  // "The migrants", "the caravan", "the protesters": unnamed groups are actors too.
  // "Trump's lawyers", "Mueller's team": a group named for whom it works for.
  const holderOf = (head: string) => {
    const people = dominant(rolesByHead.get(head), salience);
    return people?.size === 1 ? [...people][0] : undefined;
  };
  const owned = possessiveGroups(sentences, quotesByParagraph, holderOf);
  mentions.push(...owned);
  ownedTeamLinks(owned, links);
  mentions.push(...collectiveMentions(sentences, quotesByParagraph, owned, holderOf));
  collectiveLinks(sentences, links);
  mentions.push(...organizerMentions(sentences, quotesByParagraph, mentions, links));
  for (const t of titleOnly) {
    const byHead = rolesByHead.get(t.head);
    const fits = (key: string) => !t.modifier || (rolesByHead.get(`@${t.modifier}`)?.has(key) ?? false);
    const people = byHead?.size === 1 && fits([...byHead][0] ?? '') ? byHead : t.modifier ? holdersByModifier(rolesByHead, t.modifier, t.head) : dominant(byHead, salience);
    if (people?.size === 1) mentions.push({ label: t.label, key: [...people][0] ?? '', kind: 'description', sentence: t.sentence, inQuote: t.inQuote, count: 1 });
  }
  for (const c of compassCapitals) {
    const countries = new Set(mentions.filter((m) => m.kind === 'name' && m.label.startsWith(`${c.word} `) && m.label.split(/\s+/u).length === 2 && !isDemonymShaped(m.label)).map((m) => m.key));
    const country = countries.size === 1 ? [...countries][0] : undefined;
    if (country) links.push([c.key, country], [`${CAPITAL_OF}${c.key}`, country]);
  }
  // "President" before "Vladimir V. Putin" and before "Trump": a bare title several people hold labels only the one
  // the article is about, as "the president" does.
  const shared = new Set(bareTitles.filter((t) => { const people = dominant(rolesByHead.get(t.head), salience); return !people || people.size !== 1 || !people.has(t.mention?.key ?? ''); }).map((t) => t.mention));
  const fullNames = mentions.filter((m) => m.kind === 'name' && m.key.includes(' ') && isPersonLike(m.label)).map((m) => m.key.split(' '));
  for (const p of possessed) if (!p.key.includes(' ') && !fullNames.some((words) => words[0] === p.key || words[words.length - 1] === p.key)) shared.add(p.mention);
  for (const a of stateAgents) if (holdersByModifier(rolesByHead, a.modifier, a.head).size > 0) shared.add(a.mention);
  if (shared.size > 0) mentions.splice(0, mentions.length, ...mentions.filter((m) => !shared.has(m)));
  // A title left to the coverage that another reading of the article gives its holder ("the Israeli leader" by his state's
  // office) is that holder's.
  const resolved = new Set(mentions.filter((m) => !m.key.startsWith(ROLE_OF)).map((m) => `${m.sentence}\u0000${m.label}`));
  if (mentions.some((m) => m.key.startsWith(ROLE_OF))) mentions.splice(0, mentions.length, ...mentions.filter((m) => !m.key.startsWith(ROLE_OF) || !resolved.has(`${m.sentence}\u0000${m.label}`)));
  // A capitalised first word is a name if the article also writes it mid-sentence, or writes mid-sentence a person's full
  // name it ends ("Boente is a former acting attorney general" after "Dana Boente"); otherwise grouping decides from the
  // other outlets. (Not a body's last word or any word the article also writes in lower case: "Police said" beside "Surrey
  // Police", "One" beside "BBC One".)
  const unconfirmed = pending.some((p) => p.atStart && !midSentenceKeys.has(p.mention.key));
  const lowerCase = unconfirmed ? new Set(sentences.flatMap((s) => tokensOf(s.text, TOKEN_PATTERNS.term).map((t) => t.text)).filter((w) => /^\p{Ll}/u.test(w))) : new Set<string>();
  const surnames = new Set(unconfirmed ? mentions.filter((m) => m.kind === 'name' && midSentenceKeys.has(m.key) && m.key.includes(' ') && isPersonLike(m.label)).map((m) => m.key.slice(m.key.lastIndexOf(' ') + 1)).filter((w) => w.length >= 3 && !NOT_PERSON_LAST.test(w) && !lowerCase.has(w)) : []);
  for (const p of pending) if (p.atStart && !midSentenceKeys.has(p.mention.key) && !surnames.has(p.mention.key) && !p.mention.label.includes(' ')) p.mention.atStart = true;
  return {
    mentions: compact(mentions).slice(0, MAX_MENTIONS),
    links: dedupeLinks(links).slice(0, MAX_LINKS),
  };
}

/**
 * "Prime Minister Shinzo Abe of Japan": a person's name (two to four capitalised words, no title, no
 * acronym, no institution's last word) then "of" and a place. "Bank of America", "U.S. Chamber of
 * Commerce", "Democratic Party of Korea" stay one name.
 */
/**
 * "Chancellor Angela Merkel of Germany and Prime Minister Theresa May of Britain": two titled people of their places, one
 * run of capitals only because "of" lets "and" join it (as in "Center for Research and Security Studies"). Split where
 * a title opens the part after "and" and the part before is a person of a place, so the first is no title of the second.
 */
function coordinatedPeople(chunk: NameChunk): NameChunk[] {
  const at = chunk.text.indexOf(' and ');
  if (at < 0) return [chunk];
  const rest = chunk.text.slice(at + 5);
  const first: NameChunk = { ...chunk, text: chunk.text.slice(0, at), end: chunk.start + at };
  if (!isTitleWord(rest.split(' ')[0] ?? '') || personOfPlace(first) === undefined) return [chunk];
  return [first, ...coordinatedPeople({ text: rest, start: chunk.start + at + 5, end: chunk.end, atSentenceStart: false })];
}

function personOfPlace(chunk: NameChunk): { personEnd: number; place: string; placeStart: number } | undefined {
  // Read from the last " of " (a regex anchored at the end would rescan from every start).
  const at = chunk.text.lastIndexOf(' of ');
  const m = at < 0 ? null : /^(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2})$/u.exec(chunk.text.slice(at + 4));
  if (!m?.[1] || isTitleWord(m[1].split(/\s+/u)[0] ?? '')) return undefined;
  const before = chunk.text.slice(0, at);
  const person = (splitTitle(before, 'name', 'last').name ?? before).trim();
  const words = person.split(/\s+/u);
  if (words.length < 2 || !isPersonLike(person) || words.some((w) => isAcronym(w.replace(/\.$/u, '')) && w.length > 2) || NOT_PERSON_LAST.test((words[words.length - 1] ?? '').toLowerCase())) return undefined;
  return { personEnd: chunk.start + at, place: m[1], placeStart: chunk.start + chunk.text.length - m[1].length };
}

/** Words before a name that make it the place where something happens or where someone goes, not a party. */
const LOCATIVE_BEFORE = /^(?:in|at|to|from|into|onto|near|outside|inside|visiting|visited|visit|visits|toward|towards|via|across|around|through|throughout|within|of|for|on|over|under|between|beyond|leave|left|leaving|reach|reached|fly|flew|return|returned)$/iu;
/** Nouns and verbs of a relation between parties, before "with"/"to"/"from"/"on" and the party ("ties with Washington", "links to the Kremlin", "assistance from Moscow", "sanctions on Moscow"). */
const PARTY_BEFORE: Record<string, RegExp> = wordTable({
  to: /^(?:ties|links|linked|connected|close|closer|loyal|tied|out|outreach|overtures|message|appeal|according)$/iu,
  from: /^(?:assistance|help|support|pressure|interference|response|demands|threats?|signals?|message|orders?|approval|reaction|opposition|offers?)$/iu,
  on: /^(?:sanctions|pressure|tariffs|demands)$/iu,
  // ("differences between Paris and Washington", "the nuclear agreement between Tehran and world powers": a relation of
  // parties, not "flights between Paris and London".)
  between: /^(?:agreements?|deals?|talks|negotiations|relations|relationship|ties|tensions|differences|disputes?|rift|communications?|contacts|dialogue|accords?|pacts?|treaty|summit|standoff|conflict|confrontation|war|cooperation|friendship|alliance|split|gap|channel|hotline)$/iu,
});
/** What a state has or does, as no city does: its programs, decisions, positions, allies and forces. */
const STATE_POSSESSIONS = /^(?:programs?|programmes?|decisions?|polic(?:y|ies)|responses?|positions?|stance|ambitions|activities|allies|ally|support|insistence|development|government|leadership|claims?|demands?|efforts?|refusal|offers?|proposals?|threats?|relations|ties|involvement|interference|weapons|arsenal|missiles?|military|troops|forces|regime|leaders?|envoys?|officials|diplomats|intentions|plans?|strategy|actions|moves?|behaviou?r|provocations|tests|sanctions|concessions|commitments?|denials?|reactions?|approach|influence|rhetoric|overtures|interests|agenda|demands|negotiators|delegation|warnings?|statements?|objections?|crackdown|invasion|annexation|retaliation|practices|intelligence|spies|hackers|meddling|nuclear|stance)$/u;
/** Verbs whose subject is the place where something happens, not a party: "Paris also witnessed", "Athens burned". */
const SCENE_VERBS = /^(?:witnessed|saw|sees|burned|burns|hosted|hosts|experienced|suffered|shook|woke)$/u;
/** The auxiliaries, common present forms and the past forms that do not end in -ed (english/verbs.ts): what a subject is followed by. */
const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  ...`has have had will would could can did does do may might must should wants seems appears remains rejects hopes fears
   plans seeks refuses agrees considers needs believes expects continues views sees`
    .split(/\s+/u)
    .filter(Boolean),
  ...IRREGULAR_PAST,
  ...UNCHANGED_PAST,
]);

/**
 * Whether a capital or seat of government stands for its state's government in its sentence: the subject of a verb
 * ("Pyongyang signaled", "the White House has said"), a possessor ("Pyongyang's nuclear program"), the party of a
 * relation ("talks with Washington", "colluded with the Kremlin", "links to the Kremlin", "seeking assistance from
 * Moscow", "according to the White House"). Not the place where something happens or where someone goes ("traveled to
 * Pyongyang", "in Washington", "a Moscow real estate deal"), a dateline ("Washington (AFP) –"), or part of a longer name.
 */
export function standsForGovernment(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  // "via the White House press office", "a Kremlin spokesman said": the seat's own voice speaks for the government (not
  // "White House correspondent John Roberts", who reports on it).
  if (/^\s+(?:press\s+(?:office|secretary|team|shop)|spokes(?:man|woman|person)|communications\s+(?:office|director|team))\b/u.test(after)) return true;
  // A possessor of what a state has or does ("Pyongyang's nuclear program", "Berlin's decision to lend"), not of a city's own
  // ("London's mayor", "Athens's main courthouse", "Tehran's seismologic center").
  const owned = /^['’]s?\s+((?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(after);
  if (owned) return (owned[1] ?? '').split(/\s+/u).some((w) => STATE_POSSESSIONS.test(w));
  const before = text.slice(Math.max(0, start - 40), start).replace(/\b[Tt]he\s+$/u, '').trimEnd().split(/\s+/u);
  const previous = before[before.length - 1] ?? '';
  const earlier = before[before.length - 2] ?? '';
  if (/^(?:with|against|by)$/iu.test(previous)) return true;
  const party = PARTY_BEFORE[previous.toLowerCase()];
  if (party) return party.test(earlier);
  if (LOCATIVE_BEFORE.test(previous) || /[-‐‑(]$/u.test(previous)) return false;
  // ("Quito and Lima agreed": past a name coordinated with it, the subject's verb.)
  const verb = /^(?:\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?)?\s+(?:(?:also|still|now|then|already|again|never|not|only|reportedly|repeatedly|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)\b(?![-‐‑])/u.exec(after)?.[1] ?? '';
  // "Athens was calm", "Paris has also been the scene": a copula says what the place is like, not what a party does.
  // ("The White House was looking", "Pyongyang was accused", "Seoul is still subject to U.S. tariffs", "Moscow is ready to":
  // what a party does, undergoes or is disposed to.)
  if (/^(?:is|was|were|are)$/u.test(verb)) return /^\s+(?:is|was|were|are)\s+(?:(?:also|still|now|not|already|\p{Ll}+ly)\s+)?(?:\p{Ll}{3,}(?:ing|ed)|ready|willing|unwilling|prepared|eager|keen|reluctant|determined|open|opposed|subject|committed|concerned|worried|unhappy|angry|likely|unlikely|expected|set)\b/u.test(after);
  if (/^\s+(?:\p{Ll}+\s+)?(?:has|have|had)\s+(?:also\s+)?been\s+(?:the|a|an)\b/u.test(after) || SCENE_VERBS.test(verb)) return false;
  return SUBJECT_VERBS.has(verb) || REPORTING_VERBS.has(verb) || (/^\p{Ll}{3,}ed$/u.test(verb) && !/^(?:based|led|backed|controlled|run)$/u.test(verb));
}

/**
 * Nouns for the people and bodies who act for a state, right after its name or demonym: plurals ("officials", "Russian
 * entities", "nationals"; not "contacts", more often meetings than people: "Russian contacts with the campaign") and the services named in the singular ("U.S. intelligence", "the French
 * military").
 */
const STATE_PEOPLE = /^\s+(officials|officers|diplomats|negotiators|authorities|troops|forces|soldiers|agents|lawmakers|senators|legislators|envoys|leaders|entities|operatives|spies|nationals|citizens|intelligence|military|state\s+(?:television|TV|radio|media|broadcaster))\b/u;
/** A state's armed forces and ministries by their common names, after its demonym ("Israeli Defense Forces", "Indian Navy"). */
const STATE_FORCES = /^(?:Defen[cs]e\s+Forces|Armed\s+Forces|Army|Navy|Air\s+Force|Coast\s+Guard|(?:Foreign|Defen[cs]e|Interior|Foreign\s+Affairs)\s+Ministry)$/u;
/** "U.S. immigration officials": the state's people named with the service they work in (one lower-case word). */
const STATE_PEOPLE_SERVING = /^(\s+(\p{Ll}{3,})\s+(officials|officers|authorities|agents|diplomats|negotiators))\b/u;
/** Words that are no service: verbs, adverbs, conjunctions and quantities ("U.S. said officials", "U.S. and Mexican officials"). */
const NOT_A_SERVICE = /^(?:and|or|but|nor|the|who|which|that|said|says|told|also|still|now|then|had|has|have|was|were|are|is|did|does|will|would|could|should|may|might|must|can|not|other|all|some|many|most|more|few|two|three|several|local)$|(?:ed|ly|ing)$/u;
/** The gazetteer's states as name keys ("united states"): "United States immigration officials" names its people. */
const STATE_NAME_KEYS = new Set(stateNames());
/**
 * One person who acts for a state, after its demonym or acronym ("a Russian ambassador", "A South Korean government
 * official"); an ambassador or envoy with the state they are sent to ("the Russian ambassador to the United States").
 */
/** What STATE_AGENT's heads start with: one of them stands in each of its matches (a guard, text/guards.ts). */
const STATE_AGENT_HEADS = ['official', 'diplomat', 'ambassador', 'envoy', 'spokes', 'negotiator'];
const mayBeStateAgent = (text: string) => holdsAny(text, STATE_AGENT_HEADS);
const STATE_AGENT = /^\s+((?:(?:government|embassy|military|intelligence|defen[cs]e|foreign\s+ministry|senior|top)\s+){0,2}(official|diplomat|ambassador|envoy|spokes(?:man|woman|person)|negotiator)(?:\s+to\s+(?:the\s+)?\p{Lu}(?:(?:\.\p{Lu})+\.|\p{L}*)(?:\s+\p{Lu}(?:(?:\.\p{Lu})+\.|\p{L}*)){0,2})?)(?![\p{L}‐‑-])/u;
/** People who act for a state, before "from" or "of" and its name ("officials from Japan"). */
const AGENTS_FROM = /\b(officials|diplomats|negotiators|envoys|lawmakers|legislators|delegates|representatives|troops|soldiers|agents|nationals|citizens)\s+(?:from|of)\s+(?:the\s+)?$/u;
/** A demonym's spelling ("American", "South Korean", "Chinese", "British", "Pakistani"), which no person's name has alone. */
const DEMONYM_SUFFIXED = /^(?:(?:North|South|East|West)\s+)?\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u;
/** (Also the demonyms no suffix gives: "the French military", "Greek officials".) */
const isDemonymShaped = (name: string) => DEMONYM_SUFFIXED.test(name) || (/^\p{Lu}\p{Ll}+$/u.test(name) && isIrregularDemonym(name));

/** Last words of names of places and buildings, not people ("Trump Tower"). */
const NOT_PERSON_LAST = /^(?:tower|towers|house|hotel|street|avenue|square|plaza|park|road|bridge|hall|airport|station|building|center|centre|university|college|school|church|group|foundation|organi[sz]ation|company|corp|inc|department|committee|council|court|ministry|office|agency|commission|party|service|bureau|assembly|parliament|administration|institute|forces?|army|navy|guard|corps|front|movement|alliance|union|league|association|network|project|emirates?|states?|nations|islands|republic|kingdom|news|times|post|journal)$/u;
const INSTITUTION_LAST = /\s(?:Department|Committee|Council|Court|Ministry|Office|Agency|Commission|Party|Service|Bureau|Assembly|Parliament|Administration|Institute|Cent(?:er|re)|Forces?|Army|Navy|Guard|Corps)$/u;

/** Heads of a person's title or epithet written in lower case before or after the name ("North Korean leader", "the fired FBI director"). */
const EPITHET_HEADS = new Set(['dictator', 'strongman', 'despot', 'autocrat', 'counsel', 'chair', 'nominee', 'pick', 'counterpart']);
/** Title words that modify a title rather than head it ("former", "acting"): "run by a former" names no role. */
const TITLE_MODIFIERS = new Set(['former', 'acting', 'deputy', 'vice', 'senior', 'special', 'junior', 'state', 'national', 'federal', 'supreme', 'crown', 'cabinet', 'foreign', 'home', 'interior', 'finance', 'defence', 'defense', 'information', 'security', 'intelligence', 'military', 'army', 'prime']);
const isRoleHead = (word: string) => !TITLE_MODIFIERS.has(word.toLowerCase()) && (isTitleWord(word) || EPITHET_HEADS.has(word.toLowerCase()));
const HONORIFIC_LABEL = new RegExp(String.raw`^(?:${HONORIFIC})\.?\s`, 'u');
const HONORIFIC_BEFORE = new RegExp(String.raw`\b(${HONORIFIC})\.?\s+$`, 'u');
const MAX_ROLE_WORDS = 6;

const TITLE_STOP = /^(?:the|a|an|and|or|said|says|told|with|by|as|to|of|for|from|that|when|while|is|was|were|are|has|had|have|but|in|on|at|reported|former)$/iu;
/**
 * The lower-case title that ends in "of" or "for" before capitals ("secretary of" before "State-designate"), read back
 * over its modifiers and initials ("CIA director"), and one title coordinated before it ("director and secretary of").
 */
function titleBefore(before: string): { text: string; head: string } | undefined {
  const words = before.trimEnd().split(/\s+/u);
  const n = words.length;
  if (n < 2 || !/^(?:of|for)$/u.test(words[n - 1] ?? '') || !isRoleHead(words[n - 2] ?? '')) return undefined;
  const modifier = (w: string) => !TITLE_STOP.test(w) && (/^[\p{Ll}-]+$/u.test(w) || /^\p{Lu}{2,}$/u.test(w));
  let from = n - 2;
  const extend = () => {
    while (from > 0 && modifier(words[from - 1] ?? '') && from > n - 6) from--;
  };
  extend();
  if (from > 1 && words[from - 1] === 'and' && isRoleHead(words[from - 2] ?? '')) {
    from -= 2;
    extend();
  }
  // A lower-case word in front of initials ("met CIA director") is no part of the title.
  while (from < n - 2 && /^\p{Ll}/u.test(words[from] ?? '') && /^\p{Lu}/u.test(words[from + 1] ?? '')) from++;
  return { text: words.slice(from).join(' '), head: (words[n - 2] ?? '').toLowerCase() };
}

/** An apposition naming the office someone is put forward for: "..., now Trump's nominee to serve as Secretary of State,". */
const NOMINATED = /^,\s+(?:now\s+)?(?:[\p{L}.’'&-]+\s+){0,4}?(nominee|pick|choice)\s+to\s+\p{Ll}+(?:\s+as)?\s+[^,;.]{2,60}?(?=\s*[,;.)])/u;

/** "Russians, the Trump campaign and WikiLeaks": commas in a list, not an apposition. */
function inList(text: string, chunk: NameChunk, apposition: string): boolean {
  const after = text.slice(chunk.end + apposition.length, chunk.end + apposition.length + 12);
  return /^,?\s+(?:and|or)\s/u.test(after) || /,\s*$/u.test(text.slice(Math.max(0, chunk.start - 3), chunk.start));
}

/** A lower-case noun that can head a description of a person: not a function word, a number or a verb form. */
/** Title words that in lower case are adjectives ("Washington's major European allies"): the rank is written "Major". */
const LOWER_CASE_ADJECTIVES = new Set(['major']);

/**
 * "the Iran deal, which was negotiated by President Obama, a centerpiece of his campaign": a name closing a relative
 * clause as the agent of its passive; the comma after it ends the clause, and what follows goes with the sentence's own
 * verb ("made ... a centerpiece"), not with the name.
 */
function closesPassiveClause(before: string): boolean {
  return /\b(?:which|that)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+ed\s+by\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(before);
}

function isEpithetHead(word: string): boolean {
  // Singular: a plural ("the agencies") describes no one person.
  return word.length >= 3 && !/(?:ed|ing|ly)$/u.test(word) && !/[^s]s$/u.test(word) && !/^(?:people|the|and|but|who|which|that|this|these|those|was|were|has|had|have|will|would|said|says|told|also|then|there|here|now|not|one|two|three|year|years|time|day|week|month)$/u.test(word);
}

/** Two to four capitalised words, or one after an honorific: what a person's name looks like (not "Trans-Pacific Partnership"). */
function isPersonLike(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) && !isTitleWord(w));
}

interface PersonRole {
  label: string;
  head: string;
  /** A title the person holds (a later "the <head>" can mean them), not only a way of writing the name. */
  title: boolean;
  /** A description set off after the name ("Trump, the billionaire tycoon,"): a later "the <head>" can mean them. */
  epithet?: boolean;
  /** "North Korea's Kim": a label only where the name is a person's ("Mueller's Russia investigation" names a country). */
  owned?: boolean;
  start: number;
  end: number;
}

/**
 * How the sentence names and describes a person around one mention: "Mr. Trump"; the title run before
 * the name ("U.S. President" and "U.S. President Donald Trump"); a lower-case role before it ("North
 * Korean leader Kim Jong Un", "special counsel Robert Mueller"); an apposition after it ("James Comey,
 * the fired FBI director,").
 */
function personRoles(text: string, chunk: NameChunk, name: string): PersonRole[] {
  const roles: PersonRole[] = [];
  // Past a generational numeral ("Robert S. Mueller III, the special counsel").
  const end = chunk.end + (/^\s+(?:II|III|IV)\b/u.exec(text.slice(chunk.end, chunk.end + 5))?.[0].length ?? 0);
  // "White House correspondent", "Fox News anchor": a name in front of a role is a modifier, not a person.
  const next = /^\s+([\p{Ll}-]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  if (isRoleHead(next)) return roles;
  const nameStart = chunk.start + chunk.text.length - name.length;
  const before = text.slice(Math.max(0, nameStart - 80), nameStart);
  const honorific = HONORIFIC_BEFORE.exec(before);
  if (honorific && chunk.start === nameStart) roles.push({ label: `${honorificAsLabel(honorific[1] ?? '')} ${name}`, head: honorific[1] ?? '', title: false, start: nameStart - honorific[0].length, end: chunk.end });
  if (nameStart > chunk.start) {
    // A capitalised title run inside the chunk: "U.S. President Donald Trump".
    const role = text.slice(chunk.start, nameStart).trim();
    // "Secretary of State Mike Pompeo", "Secretary of Homeland Security": the office is the word before "of".
    const ofHead = /^(?:\S+\s+){0,3}?(\p{L}+)\s+(?:of|for)\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){0,2}$/u.exec(role)?.[1] ?? '';
    const head = isRoleHead(ofHead) && !isRoleHead(role.split(/\s+/u).pop() ?? '') ? ofHead : (role.split(/\s+/u).pop() ?? '');
    // "secretary of State-designate Mike Pompeo": the capitals end a lower-case title, and alone are a fragment of it.
    const continues = isRoleHead(/\b(\p{Ll}+)\s+(?:of|for)\s+$/u.exec(text.slice(Math.max(0, chunk.start - 30), chunk.start))?.[1] ?? '');
    if (isRoleHead(head) && !continues) {
      // "former FBI Director James Comey", "newly-minted President Donald Trump": the word that dates the title is part of it.
      // (Also before a capitalised qualifier: "then-Acting Attorney General Dana Boente".)
      const dated = /(?:^|\s)((?:former|acting|then-[\p{Ll}-]+|ex-[\p{Ll}-]*|newly-[\p{Ll}-]+|(?:then|ex)-(?:Acting|Deputy|Vice))\s+)$/u.exec(text.slice(Math.max(0, chunk.start - 30), chunk.start))?.[1];
      const start = dated ? chunk.start - dated.length : chunk.start;
      const titled = dated ? `${dated.trimEnd()} ${role}` : role;
      roles.push({ label: titled, head, title: true, start, end: nameStart });
      roles.push({ label: `${titled} ${name}`, head, title: false, start, end: chunk.end });
    } else if (continues && !isRoleHead(head.replace(/-(?:designate|elect)$/iu, ''))) {
      // The whole lower-case title the capitals end: "secretary of State-designate", and a title coordinated before it
      // ("CIA director and secretary of State-designate Mike Pompeo"); not "spokesman for Texas Attorney General Greg
      // Abbott", whose capitals are a title of their own, another person's.
      const title = titleBefore(text.slice(Math.max(0, chunk.start - 60), chunk.start));
      if (title) {
        const label = `${title.text} ${role}`;
        roles.push({ label, head: title.head, title: true, start: chunk.start - title.text.length - 1, end: nameStart });
        roles.push({ label: `${label} ${name}`, head: title.head, title: false, start: chunk.start - title.text.length - 1, end: chunk.end });
      }
    }
  } else {
    // A lower-case role just before the name, with its modifiers: "North Korean leader", "special counsel";
    // or set off by a comma: "North Korea's leader, Kim Jong-un,".
    // Read word by word from the name backwards (a regex anchored at the end would rescan from every start).
    const tail = before.trimEnd().replace(/(?<=\S),$/u, '');
    const words = tail.split(/\s+/u).slice(-4);
    const head = /^[\p{Ll}-]+$/u.test(words[words.length - 1] ?? '') ? (words[words.length - 1] ?? '') : '';
    // "North Korea's Kim": the person named by the place or body they belong to.
    const owner = /(?:^|[^\p{L}.’'-])((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s)\s$/u.exec(before);
    if (owner?.[1] && !/^(?:The|A|An|His|Her|Its|Their)$/u.test(owner[1].split(/\s+/u)[0] ?? '') && !isTitleWord(owner[1].split(/\s+/u)[0] ?? '')) {
      roles.push({ label: `${owner[1]} ${name}`, head: '', title: false, owned: true, start: nameStart - owner[1].length - 1, end: chunk.end });
    }
    // "then-President Barack Obama": a capitalised title joined by its hyphen to the word that dates it.
    const hyphenDated = /(?:^|\s)((?:then|ex)-(\p{Lu}\p{Ll}+))\s$/u.exec(before);
    if (hyphenDated?.[1] && isRoleHead(hyphenDated[2] ?? '')) {
      const start = nameStart - hyphenDated[1].length - 1;
      roles.push({ label: hyphenDated[1], head: hyphenDated[2] ?? '', title: true, start, end: nameStart });
      roles.push({ label: `${hyphenDated[1]} ${name}`, head: hyphenDated[2] ?? '', title: false, start, end: chunk.end });
    }
    // ("Washington's major European allies": "major" in lower case is the adjective, the rank is written "Major".)
    if (head && isRoleHead(head) && !LOWER_CASE_ADJECTIVES.has(head) && /\s$/u.test(before)) {
      let from = words.length - 1;
      // A word that dates the title ("former", "then-national") begins it: "discuss then-national security adviser".
      const dates = (w: string) => /^(?:former|acting|then-[\p{Ll}-]+|ex-[\p{Ll}-]*|newly-[\p{Ll}-]+)$/u.test(w);
      while (from > 0 && !dates(words[from] ?? '') && /^(?:\p{Lu}[\p{L}.’'-]*|[\p{Ll}-]+)$/u.test(words[from - 1] ?? '') && !/^(?:the|a|an|and|said|says|told|with|by|as|to|of|for|from|that|when|while|is|was|were|are|has|had|have|but|or|in|on|at)$/iu.test(words[from - 1] ?? '')) from--;
      // A lower-case word in front of capitals ("run by former Obama") is not part of the title, unless it dates it
      // ("former FBI director James Comey").
      while (from < words.length - 1 && /^\p{Ll}/u.test(words[from] ?? '') && /^\p{Lu}/u.test(words[from + 1] ?? '') && !(dates(words[from] ?? '') && from + 2 < words.length)) from++;
      const role = words.slice(from).join(' ');
      const start = nameStart - (before.length - tail.lastIndexOf(role)) ;
      if (role && tail.endsWith(role)) {
        roles.push({ label: role, head, title: true, start, end: nameStart });
        roles.push({ label: `${role} ${name}`, head, title: false, start, end: chunk.end });
      }
    }
  }
  // "James Comey, the fired FBI director," / "Tom Perez, chair of the DNC,".
  // "Robert S. Mueller III, the special counsel investigating Russia's election interference,": a participle ends it too.
  const following = text.slice(end, end + 120);
  // (Both expressions start at a comma: not run, nor compiled, where none follows.)
  const apposition = !following.startsWith(',') ? null : /^,\s+((?:the|a|an)\s+(?:[\p{L}.’'&-]+\s+){0,3}?([\p{Ll}-]+))(?=\s+\p{Ll}{3,}ing\s)/u.exec(following) ?? ROLE_APPOSITION.exec(following);
  if (apposition?.[1] && isRoleHead(apposition[2] ?? '')) {
    // "Mike Pompeo, who is awaiting confirmation as secretary of state,": the description, not the relative
    // pronoun, and no title the person holds yet.
    const clause = /^,\s+who\s+(?:is|was)\s+/u.exec(apposition[0]);
    const label = apposition[0].slice(clause ? clause[0].length : 0).replace(/^,\s+/u, '').trim();
    if (label.split(/\s+/u).length <= MAX_ROLE_WORDS + 4) roles.push({ label, head: apposition[2] ?? '', title: !clause, start: end + 2, end: end + apposition[0].length });
  } else if (following.startsWith(',') && NOMINATED.test(following)) {
    // "Mike Pompeo, now President Donald Trump's nominee to serve as Secretary of State,": the office a person is put
    // forward for is how the outlet describes them ("now" dates it, and is no part of the label).
    const nominated = NOMINATED.exec(following);
    const label = (nominated?.[0] ?? '').replace(/^,\s+(?:now\s+)?/u, '').trim();
    if (nominated && label.split(/\s+/u).length <= MAX_ROLE_WORDS + 4) roles.push({ label, head: nominated[1] ?? '', title: true, start: end + nominated[0].length - label.length, end: end + nominated[0].length });
  } else if (apposition?.[1] && /^,\s+(?:the|a|an)\s/u.test(apposition[0]) && isEpithetHead(apposition[2] ?? '') && !inList(text, { ...chunk, end }, apposition[0]) && !closesPassiveClause(text.slice(Math.max(0, nameStart - 80), chunk.start))) {
    // "Donald Trump, the billionaire tycoon,", "Theresa May, a close ally,": how the outlet describes them.
    const label = apposition[0].replace(/^,\s+/u, '').trim();
    if (label.split(/\s+/u).length <= MAX_ROLE_WORDS) roles.push({ label, head: apposition[2] ?? '', title: false, epithet: true, start: end + 2, end: end + apposition[0].length });
  }
  return roles.filter((r) => r.label.length <= MAX_LABEL);
}

/**
 * Nouns for groups of people the coverage may never name: general English, no story's words. Each
 * head is its own actor across outlets ("the migrants" in one outlet and "migrants" in another); two
 * heads are not joined ("the caravan" and "the migrants" stay apart: nothing in the spelling ties them).
 */
const COLLECTIVE_HEADS = new Set(
  `migrants immigrants refugees asylum-seekers caravan protesters demonstrators marchers rioters defendants plaintiffs
   prosecutors investigators rebels insurgents militants fighters troops soldiers voters workers strikers students
   residents villagers settlers victims survivors hostages detainees prisoners activists campaigners critics supporters
   opponents lawmakers senators negotiators mediators`
    .split(/\s+/)
    .filter(Boolean),
);
/** Nouns for the people working for someone, by the one group they make up ("attorneys" and "legal team" are "lawyers"). */
const OWNED_GROUPS: Record<string, string> = wordTable({
  lawyers: 'lawyers', attorneys: 'lawyers', 'legal team': 'lawyers', 'legal teams': 'lawyers', 'defense team': 'lawyers', 'defence team': 'lawyers',
  investigators: 'investigators', prosecutors: 'investigators',
  team: 'team', staff: 'team', aides: 'aides', advisers: 'aides', advisors: 'aides',
});
const OWNED_PATTERN = new RegExp(String.raw`((?:(?:${HONORIFIC})\.?\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}|\b[Tt]he\s+([\p{Ll}-]+))['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(${Object.keys(OWNED_GROUPS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, String.raw`\s+`)})\b`, 'gu');
/** "lawyers for President Trump", "investigators for Mr. Mueller": the group, then whom it works for. */
/** The last word of each kind of group OWNED_PATTERN reads ("team" for "legal team"): one of them stands in each of its matches. */
const OWNED_WORDS = [...new Set(Object.keys(OWNED_GROUPS).map((k) => k.slice(k.lastIndexOf(' ') + 1)))];
const OWNED_FOR_WORDS = Object.keys(OWNED_GROUPS).filter((k) => !k.includes(' ') && OWNED_GROUPS[k] !== 'team');
const mayOwn = (text: string) => holdsAny(text, OWNED_WORDS);
const mayOwnFor = (text: string) => holdsAny(text, OWNED_FOR_WORDS);
const OWNED_FOR_PATTERN = new RegExp(String.raw`\b(${OWNED_FOR_WORDS.join('|')})\s+for\s+((?:(?:${HONORIFIC})\.?\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})`, 'gu');
const ownedKey = (owner: string, head: string) => `group:${owner.slice(owner.lastIndexOf(' ') + 1)} ${OWNED_GROUPS[head.replace(/\s+/gu, ' ')] ?? head}`;

/**
 * "Trump's lawyers", "Mr. Trump's legal team", "the president's attorneys" (the one person the article gives
 * the title), "Mueller's investigators": one group per owner (by surname) and kind of group.
 */
function possessiveGroups(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], holderOf: (head: string) => string | undefined): ActorMention[] {
  const found: ActorMention[] = [];
  for (const s of sentences) {
    // Guarded (text/guards.ts): each pattern ends on, or starts with, one of its group words.
    if (mayOwn(s.text)) for (const m of s.text.matchAll(OWNED_PATTERN)) {
      const head = (m[3] ?? '').replace(/\s+/gu, ' ');
      const owner = m[2] ? holderOf(m[2]) : nameKey(withoutHonorific(m[1] ?? ''));
      if (!owner || (!m[2] && (isTitleWord((m[1] ?? '').split(/\s+/u)[0] ?? '') && !hasHonorific(m[1] ?? '')))) continue;
      // A sentence's first word is no owner unless it is a name ("Trump's lawyers said", not "Its lawyers").
      if (!m[2] && /^(?:The|A|An|This|That|Its|Their|His|Her|Our|Your|My)$/u.test(m[1] ?? '')) continue;
      // "Although Mueller's team": a capitalised opening word is not part of the owner's name.
      const opener = /^(?:Although|Though|But|And|When|While|If|As|After|Before|Because|Since|So|Then|Yet|Still|However|Meanwhile|Now|Even|Unlike|Like|With|Without|For|In|On|At|By)\s+/u.exec(m[0]);
      const at = s.start + (m.index ?? 0) + (opener?.[0].length ?? 0);
      found.push({ label: m[0].slice(opener?.[0].length ?? 0), key: ownedKey(owner, head), kind: 'description', sentence: s.index, inQuote: insideAny(at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
      if (found.length >= MAX_MENTIONS) return compact(found);
    }
    if (mayOwnFor(s.text)) for (const m of s.text.matchAll(OWNED_FOR_PATTERN)) {
      // "lawyers for President Trump": the owner is the name after its title ("attorneys for Trump Jr." is no one's surname "Jr.").
      const written = withoutHonorific(m[2] ?? '').replace(/\.$/u, '');
      const name = splitTitle(written, 'name', 'last').name ?? written;
      if (!name || /^(?:Jr|Sr|II|III|IV)$/u.test(name.split(/\s+/u).pop() ?? '') || isTitleWord(name.split(/\s+/u)[0] ?? '')) continue;
      const at = s.start + (m.index ?? 0);
      found.push({ label: m[0], key: ownedKey(nameKey(name), m[1] ?? ''), kind: 'description', sentence: s.index, inQuote: insideAny(at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
      if (found.length >= MAX_MENTIONS) return compact(found);
    }
  }
  return compact(found);
}

/**
 * "Mueller's team" and "Mueller's investigators" in one article: a person's team is the one other group the
 * article says works for them (two such groups, "Trump's lawyers" and "Trump's aides", and it is neither).
 */
function ownedTeamLinks(owned: readonly ActorMention[], links: [string, string][]): void {
  const kindsByOwner = new Map<string, Set<string>>();
  for (const m of owned) {
    const owner = m.key.slice(0, m.key.lastIndexOf(' '));
    kindsByOwner.set(owner, new Set([...(kindsByOwner.get(owner) ?? []), m.key]));
  }
  for (const [owner, keys] of kindsByOwner) {
    const team = `${owner} team`;
    const others = [...keys].filter((k) => k !== team);
    if (keys.has(team) && others.length === 1) links.push([team, others[0] ?? '']);
  }
}

const PRONOUN_GROUP = new RegExp(String.raw`\b([Hh]is|[Hh]er|[Tt]heir)\s+(${Object.keys(OWNED_GROUPS).filter((k) => OWNED_GROUPS[k] !== 'team').sort((a, b) => b.length - a.length).join('|').replace(/ /g, String.raw`\s+`)})\b`, 'gu');

const COLLECTIVE_WORDS = [...COLLECTIVE_HEADS];
const COLLECTIVE_PATTERN = COLLECTIVE_WORDS.join('|');
/** "a caravan of Central American migrants", "the migrants in the caravan": two heads the text gives one group. */
const COLLECTIVE_OF = new RegExp(String.raw`\b(${COLLECTIVE_PATTERN})\s+of\s+(?:(?:hundreds|thousands|dozens|some|about|more|than|\d[\d,]*|[\p{Lu}][\p{L}-]*)\s+){0,3}(${COLLECTIVE_PATTERN})\b`, 'giu');
// ("Asylum-seekers in a "caravan" from Central America": the group they are in may be introduced, and quoted.)
const COLLECTIVE_IN = new RegExp(String.raw`\b(${COLLECTIVE_PATTERN})\s+(?:in|with|traveling\s+with|travelling\s+with|from)\s+(?:the|an?)\s+["“]?(?:[\p{Ll}-]+\s+)?(${COLLECTIVE_PATTERN})\b`, 'giu');
/** The article just before a group introduced by what it is made of ("a caravan of hundreds of migrants"). */
const INDEFINITE_BEFORE = /(?<![\p{L}])[Aa]n?\s+$/u;

/** "the caravan's members", "members of the caravan": the group itself, by the people in it. */
const MEMBERS_OF = new RegExp(String.raw`\b(?:[Tt]he\s+(${COLLECTIVE_PATTERN})['’]s\s+(?:members|participants)|(?:[Tt]he\s+)?(?:members|participants)\s+(?:of|in)\s+the\s+(${COLLECTIVE_PATTERN}))\b`, 'gu');
const MEMBER_WORDS = ['members', 'participants'];
/** Nouns that make "<noun> members" members of something else ("family members", "staff members"). */
const MEMBER_COMPOUNDS = /^(?:family|board|staff|crew|cabinet|party|council|committee|team|club|union|gang|jury|panel|faculty|church|community|congregation|household|cast|band)$/iu;

const mayJoinCollectives = (text: string) => countParts(foldedForGuard(text), COLLECTIVE_WORDS, 2) >= 2;

/** Links between two collective heads the text says are one group (the first is made of the second, or the second holds the first). */
function collectiveLinks(sentences: readonly ArticleSentence[], links: [string, string][]): void {
  for (const s of sentences) {
    // Guarded (text/guards.ts): both patterns hold two collective heads, in any case.
    if (!mayJoinCollectives(s.text)) continue;
    for (const m of [...s.text.matchAll(COLLECTIVE_OF), ...s.text.matchAll(COLLECTIVE_IN)]) {
      const [a, b] = [(m[1] ?? '').toLowerCase(), (m[2] ?? '').toLowerCase()];
      if (a !== b) links.push([`group:${a}`, `group:${b}`]);
    }
  }
}

/** "the caravan's organizers", "caravan organizers", "the organizers of the march": the people who organised a group. */
const ORGANIZERS_OF = new RegExp(String.raw`\b(?:the\s+(${COLLECTIVE_PATTERN})['’]s\s+(?:main\s+)?organi[sz]ers|(${COLLECTIVE_PATTERN})\s+organi[sz]ers|(?:the\s+)?organi[sz]ers\s+of\s+the\s+(${COLLECTIVE_PATTERN}))\b`, 'giu');
/** "a transnational group that organized the caravan": a body described by the group it organised. */
const ORGANIZED_GROUP = new RegExp(String.raw`\b(?:that|which|who)\s+organi[sz]ed\s+the\s+(${COLLECTIVE_PATTERN})\b`, 'iu');
/** "the caravan's main organizing group, Pueblos Sin Fronteras": the body named as the group's organiser. */
const ORGANIZING_BODY = new RegExp(String.raw`\bthe\s+(${COLLECTIVE_PATTERN})['’]s\s+(?:main\s+)?organi[sz]ing\s+(?:group|body|organi[sz]ation),\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})`, 'iu');
const ORGANIZER_WORDS = ['organizers', 'organisers', 'organizing', 'organising'];
const mayOrganize = (text: string) => holdsAny(foldedForGuard(text), ORGANIZER_WORDS);
/** "organizers said", "the organizers": the word alone, as a noun phrase of its own. */
const BARE_ORGANIZERS = /(?<![\p{L}'’-]\s?)(?:[Tt]he\s+)?[Oo]rgani[sz]ers\b(?!\s+of\b)/gu;

/**
 * The people who organised a group the article names ("the caravan's organizers", "caravan organizers", and "organizers"
 * alone where the article names the organisers of one group only), keyed as that group's organisers; and links from a body
 * to them where the text says the body organised the group ("a transnational group that organized the caravan", "the
 * caravan's main organizing group, Pueblos Sin Fronteras"). An agent noun and its verb: general English, no story's words.
 */
function organizerMentions(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], mentions: readonly ActorMention[], links: [string, string][]): ActorMention[] {
  const found: ActorMention[] = [];
  const bare: { label: string; sentence: ArticleSentence; at: number }[] = [];
  const keyOf = (group: string) => `group:${group.toLowerCase()} organizers`;
  const inQuote = (s: ArticleSentence, at: number) => insideAny(s.start + at, quotesByParagraph[s.paragraph] ?? []);
  for (const s of sentences) {
    // Guarded (text/guards.ts): every pattern holds one of the organiser words, in any case.
    if (!mayOrganize(s.text)) continue;
    const typed: [number, number][] = [];
    for (const m of s.text.matchAll(ORGANIZERS_OF)) {
      const group = m[1] ?? m[2] ?? m[3] ?? '';
      found.push({ label: m[0], key: keyOf(group), kind: 'description', sentence: s.index, inQuote: inQuote(s, m.index ?? 0), count: 1 });
      typed.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
    for (const m of s.text.matchAll(BARE_ORGANIZERS)) {
      const at = m.index ?? 0;
      if (typed.some(([from, to]) => at >= from && at < to)) continue;
      bare.push({ label: m[0], sentence: s, at });
    }
    const body = ORGANIZING_BODY.exec(s.text);
    if (body?.[1] && body[2]) links.push([nameKey(body[2]), keyOf(body[1])]);
  }
  for (const m of mentions) {
    const organized = m.kind === 'description' && !m.key.startsWith('group:') ? ORGANIZED_GROUP.exec(m.label) : null;
    if (organized?.[1]) links.push([m.key, keyOf(organized[1])]);
  }
  // "organizers said": the one group's organisers the article names; none where it names two groups' or none.
  const keys = new Set([...found.map((f) => f.key), ...links.filter(([, y]) => y.endsWith(' organizers')).map(([, y]) => y)]);
  if (keys.size === 1) for (const b of bare) found.push({ label: b.label, key: [...keys][0] ?? '', kind: 'description', sentence: b.sentence.index, inQuote: inQuote(b.sentence, b.at), count: 1 });
  return compact(found);
}

/** Words after which a plural stands bare, as a noun phrase of its own ("to investigators"; a reporting verb too: "told investigators"). */
const BEFORE_BARE_GROUP = /^(?:to|by|with|and|that|as|but|while|when)$/iu;

/**
 * "the special counsel investigators": how many words back "the" stands, when the words between are a title
 * whose one holder owns the group ("special counsel" for Mueller, owner of "Mueller's investigators").
 */
function titledOwner(before: readonly string[], owned: string | undefined, holderOf: (head: string) => string | undefined): number | undefined {
  if (!owned) return undefined;
  for (let n = 2; n <= before.length; n++) {
    const [article, ...title] = before.slice(before.length - n);
    if (!/^[Tt]he$/u.test(article ?? '') || !title.every((w) => /^\p{Ll}+$/u.test(w))) continue;
    const holder = holderOf((title[title.length - 1] ?? '').toLowerCase());
    if (holder && ownedKey(holder, owned.slice(owned.lastIndexOf(' ') + 1)) === owned) return n;
  }
  return undefined;
}

function collectiveMentions(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], owned: readonly ActorMention[] = [], holderOf: (head: string) => string | undefined = () => undefined): ActorMention[] {
  // "The investigators", "investigators": the one owned group of that kind the article names ("Mueller's investigators").
  const ownedByKind = new Map<string, Set<string>>();
  for (const m of owned) {
    const kind = m.key.slice(m.key.lastIndexOf(' ') + 1);
    ownedByKind.set(kind, new Set([...(ownedByKind.get(kind) ?? []), m.key]));
  }
  const ownerOf = (head: string) => {
    const keys = ownedByKind.get(OWNED_GROUPS[head] ?? '');
    return keys?.size === 1 ? [...keys][0] : undefined;
  };
  const found: ActorMention[] = [];
  for (const s of sentences) {
    // "his lawyers", "his legal team": a pronoun's group is the one group of that kind the article gives anyone
    // ("Trump's lawyers"), as "the lawyers" is.
    for (const m of s.text.matchAll(PRONOUN_GROUP)) {
      const owner = ownerOf((m[2] ?? '').replace(/\s+/gu, ' '));
      if (!owner) continue;
      found.push({ label: m[0], key: owner, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + (m.index ?? 0), quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
    // "a caravan of immigrants", "A caravan of hundreds of migrants": the story's group where the text introduces it, by
    // the group and what it is made of (the definite "the caravan" is read below).
    // Guarded (text/guards.ts): the pattern holds two collective heads.
    if (mayJoinCollectives(s.text)) for (const m of s.text.matchAll(COLLECTIVE_OF)) {
      const article = INDEFINITE_BEFORE.exec(s.text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0));
      if (!article) continue;
      const from = (m.index ?? 0) - article[0].length;
      found.push({ label: s.text.slice(from, (m.index ?? 0) + m[0].length), key: `group:${(m[1] ?? '').toLowerCase()}`, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + from, quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
    // Guarded (text/guards.ts): the pattern holds one of its member words.
    if (holdsAny(s.text, MEMBER_WORDS)) for (const m of s.text.matchAll(MEMBERS_OF)) {
      // "family members of the victims" are not the victims: members of a body named before them are the body's.
      const previous = s.text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0).trimEnd().split(' ').pop() ?? '';
      if (m[2] && MEMBER_COMPOUNDS.test(previous)) continue;
      const at = s.start + (m.index ?? 0);
      found.push({ label: m[0], key: `group:${(m[1] ?? m[2] ?? '').toLowerCase()}`, kind: 'description', sentence: s.index, inQuote: insideAny(at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
    const words = tokensOf(s.text, TOKEN_PATTERNS.term);
    for (let i = 1; i < words.length; i++) {
      const head = words[i]?.text ?? '';
      // Only "the lawyers" right after the article: a bare plural ("lawyers for both advisers"), a modified one
      // ("campaign staff", "his legal team") or a generic "team" may be someone else's.
      const owned = OWNED_GROUPS[head] !== undefined && OWNED_GROUPS[head] !== 'team' ? ownerOf(head) : undefined;
      // Also "investigators remain interested", "lying to investigators about": a bare plural where no owner follows
      // ("lawyers for both advisers") and nothing modifies it; and "the special counsel investigators", modified by
      // the title of the one person who owns such a group ("Mueller's investigators", "Special Counsel Robert Mueller").
      const gap = s.text.slice((words[i - 1]?.start ?? 0) + (words[i - 1]?.text.length ?? 0), words[i]?.start ?? 0);
      // ("investigators in the Russia inquiry": "in" the inquiry they work on, not a place or body that owns them.)
      const following = s.text.slice((words[i]?.start ?? 0) + head.length, (words[i]?.start ?? 0) + head.length + 50);
      const bare = (i === 0 || BEFORE_BARE_GROUP.test(words[i - 1]?.text ?? '') || REPORTING_VERBS.has((words[i - 1]?.text ?? '').toLowerCase()) || /[,;:—–]/u.test(gap)) && (!/^\s+(?:for|of|from|at|in)\b/u.test(following) || /^\s+in\s+the\s+(?:[\p{L}’'-]+\s+){0,2}(?:inquiry|investigation|probe)\b/u.test(following));
      const titled = titledOwner(words.slice(Math.max(0, i - 3), i).map((w) => w.text), owned, holderOf);
      const owner = owned && (/^[Tt]he$/u.test(words[i - 1]?.text ?? '') || bare || titled !== undefined) ? owned : undefined;
      if (owner) {
        const from = bare ? (words[i]?.start ?? 0) : titled !== undefined ? (words[i - titled]?.start ?? 0) : (words[i - 1]?.start ?? 0);
        found.push({ label: s.text.slice(from, (words[i]?.start ?? 0) + head.length), key: owner, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + from, quotesByParagraph[s.paragraph] ?? []), count: 1 });
        continue;
      }
      // "the asylum seekers": the open spelling of "asylum-seekers", one head.
      const compound = /^seekers$/iu.test(head) && /^asylum$/iu.test(words[i - 1]?.text ?? '') ? 'asylum-seekers' : undefined;
      if (!COLLECTIVE_HEADS.has(head.toLowerCase()) && !compound) continue;
      // "The migrants", "the Central American migrants", "these migrants": a definite group of the story; a bare
      // plural ("fighters", "voters") speaks of people in general.
      const article = [i - 1, i - 2, i - 3].find((j) => j >= 0 && /^(?:the|these|those)$/iu.test(words[j]?.text ?? ''));
      if (article === undefined || words.slice(article + 1, i).some((w) => /^(?:of|and|or|to|in|on|for|with|by)$/iu.test(w.text))) continue;
      // "the program matching migrants with sponsors": a participle after a noun takes the group as its object, and the
      // article is the noun's ("the remaining migrants", a participle right after it, still modifies the group).
      // ("the company's remaining workers": after a possessive it still does.)
      if (words.slice(article + 2, i).some((w, j) => /^\p{Ll}+ing$/u.test(w.text) && !/['’]s?$/u.test(words[article + 1 + j]?.text ?? ''))) continue;
      const from = words[article]?.start ?? 0;
      const label = s.text.slice(from, (words[i]?.start ?? 0) + head.length);
      // "the U.S., immigrants": the article belongs to another phrase.
      if (/[,;:()“”"—–]/u.test(label)) continue;
      const at = s.start + from;
      found.push({ label, key: `group:${compound ?? head.toLowerCase()}`, kind: 'description', sentence: s.index, inQuote: insideAny(at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
      if (found.length >= MAX_MENTIONS) return compact(found);
    }
  }
  return compact(found);
}

/** Head nouns of bodies a text names once and then calls by the head alone ("the Democratic National Committee" ... "the committee"). */
// Not "government" or "regime": an article calls its own country's government "the government" without naming it
// ("the government considers a threat to Pakistan" beside "Afghanistan's Taliban government").
const BODY_HEADS = new Set(['committee', 'party', 'administration', 'agency', 'bureau', 'department', 'council', 'commission', 'ministry', 'campaign', 'company', 'union', 'league', 'alliance', 'court', 'parliament', 'senate', 'congress', 'embassy', 'foundation', 'network', 'newspaper']);

/**
 * "the committee", "the administration's": the head noun alone, where the article names exactly one
 * body with that head ("the Democratic National Committee", "the Trump administration"). Two such
 * bodies, or none, and the phrase names nobody.
 */
function bodyReferences(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], named: readonly ActorMention[]): ActorMention[] {
  const byHead = new Map<string, Set<string>>();
  for (const m of named) {
    if (m.kind === 'acronym' || (m.kind === 'description' && !m.key.startsWith('gov:'))) continue;
    const words = m.label.trim().split(/\s+/u);
    const head = (words[words.length - 1] ?? '').toLowerCase();
    // The head alone ("Senate", "Congress") is the name itself, not a reference back to it.
    if (words.length < 2 || !BODY_HEADS.has(head)) continue;
    byHead.set(head, new Set([...(byHead.get(head) ?? []), m.key]));
  }
  // "the North", "the South": the one name the article opens with that compass word ("North Korea").
  for (const m of named) {
    const [first, second] = m.label.trim().split(/\s+/u);
    if (m.kind === 'name' && second && /^(?:North|South)$/u.test(first ?? '')) byHead.set(first ?? '', new Set([...(byHead.get(first ?? '') ?? []), m.key]));
  }
  const found: ActorMention[] = [];
  if (byHead.size === 0) return found;
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\b[Tt]he\s+(\p{Ll}+|North|South)\b(?!\s+(?:of|for)\b|\s+\p{Lu}|[‐‑-])/gu)) {
      // "North Korea" and "North Korean" are one candidate: the demonym begins with the place's name.
      const keys = [...(byHead.get(m[1] ?? '') ?? [])].filter((k, _, all) => !all.some((o) => o !== k && k.startsWith(o)));
      if (keys.length !== 1) continue;
      const at = s.start + (m.index ?? 0);
      found.push({ label: m[0], key: keys[0] ?? '', kind: 'description', sentence: s.index, inQuote: insideAny(at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
      if (found.length >= MAX_MENTIONS) return compact(found);
    }
  }
  return compact(found);
}

/** Whether text ends with a capitalised word and a comma ("Trump, "): read by hand, a regex anchored at the end rescans. */
function afterNameAndComma(before: string): boolean {
  const tail = before.trimEnd();
  if (!tail.endsWith(',')) return false;
  const word = tail.slice(0, -1).split(/\s+/u).pop() ?? '';
  return /^\p{Lu}/u.test(word);
}

function epithetReferences(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], epithetsByHead: ReadonlyMap<string, ReadonlySet<string>>): ActorMention[] {
  const found: ActorMention[] = [];
  if (epithetsByHead.size === 0) return found;
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\b(?!\s+(?:of|\p{Lu})|,\s+\p{Lu})/gu)) {
      const people = epithetsByHead.get(m[1] ?? '');
      // Not the apposition itself ("Trump, the billionaire tycoon,"): that is already the person's label.
      if (!people || people.size !== 1 || afterNameAndComma(s.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0))) continue;
      const at = s.start + (m.index ?? 0);
      found.push({ label: m[0], key: [...people][0] ?? '', kind: 'description', sentence: s.index, inQuote: insideAny(at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
      if (found.length >= MAX_MENTIONS) return compact(found);
    }
  }
  return compact(found);
}

/** "the president", "the North Korean leader": a title alone, where the article gives it to one person only. */
/**
 * Of several people holding a title, the one the article is about: "the president" in a story that names
 * Donald Trump thirty times and South Korea's president twice. Only a clear lead (three times every other).
 */
const DOMINANCE = 3;
function dominant(keys: ReadonlySet<string> | undefined, salience: ReadonlyMap<string, number>): ReadonlySet<string> | undefined {
  if (!keys || keys.size < 2) return keys;
  // "President Trump" and "President Donald Trump" are one holder: the surname gives way to the full name.
  const holders = [...keys].filter((k) => ![...keys].some((other) => other.endsWith(` ${k}`)));
  if (holders.length === 1) return new Set(holders);
  const ranked = holders.map((k) => [k, salience.get(k) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && second && first[1] >= DOMINANCE * Math.max(1, second[1]) ? new Set([first[0]]) : undefined;
}

const PRONOUN_GOVERNMENT = /\b(?:[Hh]is|[Hh]er)\s+(administration|government)\b/gu;

/**
 * "Trump's not knowing ... has put his administration in a bind": the government of a person who leads (holds a
 * leading office, or whose government the article names). One such person in the article is the one meant; of
 * several, the one named last before it in the sentence, else the first named in the sentence before.
 */
function pronounGovernments(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], rolesByHead: ReadonlyMap<string, ReadonlySet<string>>, mentions: readonly ActorMention[], written: readonly NamedAt[], salience: ReadonlyMap<string, number> = new Map()): ActorMention[] {
  const leaders = new Set<string>();
  for (const office of LEADING_OFFICES) for (const k of rolesByHead.get(office) ?? []) leaders.add(k);
  const titled = new Set(leaders);
  for (const m of mentions) if (m.key.startsWith('gov:') && mentions.some((n) => n.kind === 'name' && n.key === m.key.slice(4))) leaders.add(m.key.slice(4));
  // A leader's key and its surname ("donald trump", "trump") are one leader.
  const leaderOf = (key: string) => [...leaders].find((l) => l === key || l.endsWith(` ${key}`));
  const distinct = new Set([...leaders].map((l) => [...leaders].find((o) => o !== l && o.endsWith(` ${l}`)) ?? l));
  const found: ActorMention[] = [];
  if (distinct.size === 0) return found;
  let administrationLeader: string | undefined;
  for (const s of sentences) {
    for (const m of s.text.matchAll(PRONOUN_GOVERNMENT)) {
      const before = written.filter((w) => w.sentence === s.index && w.start < (m.index ?? 0) && leaderOf(w.key)).sort((a, b) => b.start - a.start)[0];
      const previous = written.filter((w) => w.sentence === s.index - 1 && leaderOf(w.key)).sort((a, b) => a.start - b.start)[0];
      const leader = distinct.size === 1 ? [...distinct][0] : leaderOf((before ?? previous)?.key ?? '');
      if (!leader) continue;
      found.push({ label: m[0], key: `gov:${leader}`, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + (m.index ?? 0), quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
    // "The administration echoed the claims", "this administration": the one administration the article is about, that of
    // the leader whose administration it names ("the Trump administration"), else of its one leader; of several, the one it
    // names three times as often as any other (not "the administration of ...", a government named for its place).
    for (const m of s.text.matchAll(DEFINITE_ADMINISTRATION)) {
      const leader = administrationLeader ??= theAdministration(mentions, distinct, titled, salience) ?? '';
      if (!leader) break;
      found.push({ label: m[0], key: `gov:${leader}`, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + (m.index ?? 0), quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
    // "Mr. Moon's office also praised the announcement": a leader's office speaks for the government they lead (not
    // "Mueller's office": a special counsel leads no state).
    for (const m of s.text.matchAll(LEADER_OFFICE)) {
      const leader = leaderOf(nameKey(m[2] ?? ''));
      if (!leader) continue;
      found.push({ label: m[0], key: `gov:${leader}`, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + (m.index ?? 0), quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
  }
  return compact(found);
}

const DEFINITE_ADMINISTRATION = /\b(?:[Tt]he|[Tt]his)\s+[Aa]dministration\b(?!\s+of\b)/gu;

/** The leader whose administration "the administration" is, by `pronounGovernments`' rule; none where it cannot tell. */
function theAdministration(mentions: readonly ActorMention[], leaders: ReadonlySet<string>, titled: ReadonlySet<string>, salience: ReadonlyMap<string, number>): string | undefined {
  const named = new Set(mentions.filter((m) => m.key.startsWith('gov:') && /\badministration\b/iu.test(m.label)).map((m) => m.key.slice(4)).filter((k) => [...leaders].some((l) => l === k || l.endsWith(` ${k}`))));
  const candidates = new Set([...(named.size > 0 ? named : leaders)].map((k) => [...leaders].find((l) => l.endsWith(` ${k}`)) ?? k));
  // ("The administration echoed ..." beside "the Obama administration" and "President Trump": the one whose leader the
  // article titles with a leading office, as it writes of the sitting one.)
  const sitting = [...candidates].filter((k) => [...titled].some((t) => t === k || t.endsWith(` ${k}`) || k.endsWith(` ${t}`)));
  const one = sitting.length === 1 ? new Set(sitting) : dominant(candidates, salience);
  return one?.size === 1 ? [...one][0] : undefined;
}

/** "Mr. Moon's office", "Abe's office": the office of a person named by their name (lower case: not "the Oval Office"). */
const LEADER_OFFICE = new RegExp(String.raw`(?<![\p{L}.])((?:${HONORIFIC})\.?\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s?\s+office\b`, 'gu');

/** "North and South Korea", "the North and the South", "South and North Korean officials". */
const COMPASS_PAIR = /\b(?:[Tt]he\s+)?(North|South|East|West)\s+and\s+(?:the\s+)?(North|South|East|West)\b(?:\s+(\p{Lu}\p{Ll}+))?/gu;
/** "the two Koreas", "both Koreas", "the Koreas": the plural of the last word two names share. */
const PLURAL_OF_NAMES = /\b(?:([Tt]he|[Bb]oth)\s+)?(?:(two|both)\s+)?(\p{Lu}\p{Ll}+)s\b(?!\s+\p{Lu})/gu;
/** A state as a modifier: its demonym ("American", "South Korean") or its initials ("U.S.", "UK"). */
const STATE_MODIFIER = String.raw`(?:(?:North|South|East|West)\s+)?\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)|(?:\p{Lu}\.){2,}|\p{Lu}{2,3}`;
/** "North Korean and South Korean athletes", "American and South Korean state media", "U.S. and North Korean leaders": two states' people or bodies. */
const COORDINATED_STATES = new RegExp(String.raw`(?<![\p{L}.])(${STATE_MODIFIER})\s+and\s+(${STATE_MODIFIER})\s+((?:[\p{Ll}-]+\s+){0,2}(?:officials|diplomats|negotiators|authorities|troops|forces|soldiers|leaders|envoys|athletes|media|delegations|delegates|teams|governments|presidents|militaries|lawmakers|nationals|citizens))\b`, 'gu');
/** "both countries", "the two nations", "those two countries", "both leaders", "the two leaders". */
const TWO_OF_KIND = /\b(?:[Bb]oth|[Tt]he\s+two|[Tt]hose\s+two|[Tt]hese\s+two)\s+(countries|nations|governments|leaders|presidents)\b/gu;
/** "their leaders", "their top leaders" (not "their top leaders' offices": the offices are no leaders). */
const THEIR_LEADERS = /\b[Tt]heir\s+(?:top\s+)?leaders\b(?!['’])/gu;
/** Sentences before a "the two countries" whose names it may refer to (its own, and the one before). */
const JOINT_WINDOW = 1;
/** "our two nations", "our two countries" (in a quotation: the speaker's state and the one the speaker addresses). */
const OUR_TWO = /\b[Oo]ur\s+two\s+(?:countries|nations|peoples)\b/gu;
/** Key infix of "our two nations": the speaker's key, then the names before it, one sentence a tier (";"). */
const OURS = 'ours:';
/** Sentences before an "our two nations" whose names may give the state addressed (the quote's attribution often stands alone before it). */
const OURS_WINDOW = 2;

/**
 * Mentions that name several actors at once, each shown in every actor's row: two names sharing their last word
 * ("North and South Korea"; "the North and the South", where the article names one "North ..." and one "South ...");
 * the plural of that word ("the two Koreas", where the article names two "... Korea"); and "both countries", "the two
 * leaders", which grouping reads as the two places or people the sentences before name.
 */
function jointMentions(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], written: readonly NamedAt[], mentions: readonly ActorMention[], rolesByHead: ReadonlyMap<string, ReadonlySet<string>>, links: readonly [string, string][], quoted: { speakers: ReadonlyMap<number, string>; initials: readonly NamedAt[] }): ActorMention[] {
  // "the two leaders": people who hold a state's leading office ("Mr. Pompeo's mission ... a meeting of the two leaders" is no
  // meeting of Pompeo's). "the two nations": a person stands for the state whose office the article gives them ("Abe's
  // government fears that Trump's policy will reduce trade between the two nations").
  const leaders = LEADING_OFFICES.flatMap((o) => [...(rolesByHead.get(o) ?? [])]);
  const isLeader = (key: string) => leaders.some((l) => sameHolder(l, key));
  const states = links.filter(([x]) => x.startsWith(STATE_OF)).map(([x, y]) => ({ holder: x.slice(STATE_OF.length), state: y }));
  const asPlaces = (key: string) => [key, ...states.filter((x) => sameHolder(x.holder, key)).map((x) => x.state)];
  const names = mentions.filter((m) => m.kind === 'name' && m.label.split(/\s+/u).length === 2);
  // "North" -> "north korea": the one two-word name the article opens with the compass word.
  const compass = new Map<string, Set<string>>();
  const byLast = new Map<string, Set<string>>();
  for (const m of names) {
    const [first = '', last = ''] = m.label.split(/\s+/u);
    if (/^(?:North|South|East|West)$/u.test(first) && !isDemonymShaped(m.label)) compass.set(first, (compass.get(first) ?? new Set<string>()).add(m.key));
    byLast.set(last, (byLast.get(last) ?? new Set<string>()).add(m.key));
  }
  const writtenIn = new Map<number, NamedAt[]>();
  for (const w of written) {
    const list = writtenIn.get(w.sentence) ?? [];
    list.push(w);
    writtenIn.set(w.sentence, list);
  }
  const found: ActorMention[] = [];
  // The actors a joint mention names, where it is written: "South and North Korea are discussing ... the two countries".
  const named: NamedAt[] = [];
  for (const s of sentences) {
    const inQuote = (at: number) => insideAny(s.start + at, quotesByParagraph[s.paragraph] ?? []);
    const add = (label: string, key: string, at: number) => {
      if (key.length > MAX_LABEL || found.length >= MAX_MENTIONS) return;
      found.push({ label, key, kind: 'description', sentence: s.index, inQuote: inQuote(at), count: 1 });
      if (key.startsWith(`${JOINT}=`)) for (const k of key.slice(JOINT.length + 1).split('|')) named.push({ sentence: s.index, start: at, key: k });
    };
    if (found.length >= MAX_MENTIONS) break;
    for (const m of s.text.matchAll(COORDINATED_STATES)) {
      const [a = '', b = ''] = [m[1], m[2]].map((w) => nameKey(w ?? ''));
      if (a !== b) add(m[0], `${JOINT}=${a}|${b}`, m.index ?? 0);
    }
    for (const m of s.text.matchAll(COMPASS_PAIR)) {
      const [a = '', b = '', head] = [m[1], m[2], m[3]];
      if (a === b) continue;
      const members = head ? [nameKey(`${a} ${head}`), nameKey(`${b} ${head}`)] : [a, b].map((w) => (compass.get(w)?.size === 1 ? [...(compass.get(w) ?? [])][0] : undefined));
      if (members.some((k) => !k)) continue;
      add(m[0], `${JOINT}=${members.join('|')}`, m.index ?? 0);
    }
    for (const m of s.text.matchAll(PLURAL_OF_NAMES)) {
      if (!m[1] && !m[2]) continue;
      const members = [...(byLast.get(m[3] ?? '') ?? [])];
      if (members.length < 2 || ((m[2] || m[1] === 'both' || m[1] === 'Both') && members.length !== 2)) continue;
      add(m[0], `${JOINT}=${members.join('|')}`, m.index ?? 0);
    }
    // "North and South Korea installed ... the first-ever hotline between their top leaders": the leaders of the two states
    // a joint name before it in its sentence gives, where the article gives each state's leading office to one person.
    for (const m of s.text.matchAll(THEIR_LEADERS)) {
      const at = m.index ?? 0;
      const places = named.filter((w) => w.sentence === s.index && w.start < at).map((w) => w.key);
      const heads = [...new Set(places.map((place) => {
        const holders = states.filter((x) => isLeader(x.holder) && (x.state === place || sameWordsButDemonym(x.state, place))).map((x) => x.holder);
        const distinct = holders.filter((h) => !holders.some((o) => o !== h && sameHolder(o, h) && o.length > h.length));
        return new Set(distinct).size === 1 ? distinct[0] : undefined;
      }))];
      if (places.length === 2 && heads.length === 2 && heads.every((h) => h !== undefined)) add(m[0], `${JOINT}=${heads.join('|')}`, at);
    }
    for (const m of s.text.matchAll(TWO_OF_KIND)) {
      if (found.length >= MAX_MENTIONS) break;
      const at = m.index ?? 0;
      const kind = /^(?:leaders|presidents)$/u.test(m[1] ?? '') ? 'people' : 'places';
      const near = (sentence: number) => [...(writtenIn.get(sentence) ?? []), ...named.filter((w) => w.sentence === sentence)];
      const tiers = [near(s.index).filter((w) => w.start < at).sort((x, y) => y.start - x.start)];
      for (let back = 1; back <= JOINT_WINDOW; back++) tiers.push(near(s.index - back).sort((x, y) => y.start - x.start));
      const keys = (tier: readonly NamedAt[]) => [...new Set(tier.flatMap((w) => (kind === 'people' ? (isLeader(w.key) ? [w.key] : []) : asPlaces(w.key))))].slice(0, 6).join('|');
      add(m[0], `${JOINT}${kind}:${tiers.map(keys).join(';')}`, at);
    }
    // "the historic friendship between our two nations," Trump said: the speaker's state and the other state named just
    // before (the speaker's guest or host), read by grouping from the speaker and the names before it, nearest first.
    const speaker = quoted.speakers.get(s.index);
    if (speaker !== undefined && !/[|;:]/u.test(speaker)) {
      const before = [...written, ...quoted.initials];
      for (const m of s.text.matchAll(OUR_TWO)) {
        const at = m.index ?? 0;
        if (!inQuote(at)) continue;
        const tiers = [before.filter((w) => w.sentence === s.index && w.start < at).sort((x, y) => y.start - x.start)];
        for (let back = 1; back <= OURS_WINDOW; back++) tiers.push(before.filter((w) => w.sentence === s.index - back).sort((x, y) => y.start - x.start));
        add(m[0], `${JOINT}${OURS}${nameKey(speaker)};${tiers.map((t) => [...new Set(t.map((w) => w.key))].slice(0, 6).join('|')).join(';')}`, at);
      }
    }
  }
  return compact(found);
}

/** A name as written: its sentence, its offset in the sentence and its key. */
interface NamedAt {
  sentence: number;
  start: number;
  key: string;
}

/**
 * Of several people holding a title, the one the text names just before "the <title>": in this sentence before
 * it, or in the sentence before ("Mr. Trump welcomed what Mr. Kim said. ... the president said", where the
 * article's other president is named far more often). Only when exactly one holder is named there.
 */
function recentHolder(holders: ReadonlySet<string>, written: readonly NamedAt[], sentence: number, offset: number): string | undefined {
  const holds = (holder: string, key: string) => key === holder || holder.endsWith(` ${key}`) || key.endsWith(` ${holder}`);
  const near = written.filter((w) => (w.sentence === sentence && w.start < offset) || w.sentence === sentence - 1);
  const named = new Set([...holders].filter((h) => near.some((w) => holds(h, w.key))));
  // "President Trump" and "President Donald Trump" are one holder: the surname gives way to the full name.
  const people = [...named].filter((k) => ![...named].some((o) => o !== k && o.endsWith(` ${k}`)));
  return people.length === 1 ? people[0] : undefined;
}

function roleReferences(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], rolesByHead: ReadonlyMap<string, ReadonlySet<string>>, salience: ReadonlyMap<string, number>, written: readonly NamedAt[] = [], referred: NamedAt[] = []): ActorMention[] {
  const found: ActorMention[] = [];
  for (const s of sentences) {
    // The head in capitals too: "The US President had been warned", "calling the Mayor".
    // (Two passes: a capitalised head read in the first would swallow "the North Korean leader" at "Korean".)
    // A word that qualifies a title ("prime", "vice", "former") is no head: "the prime minister" reads to "minister".
    const lower = s.text.matchAll(LOWER_ROLE_REFERENCE);
    const upper = s.text.matchAll(/\b[Tt]he\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}?(\p{Lu}\p{Ll}+))\b(?!\s+\p{Lu})/gu);
    // Guarded (text/guards.ts): few sentences say "counterpart".
    if (mayCounterpart(s.text)) for (const m of s.text.matchAll(COUNTERPART_REFERENCE)) {
      // "his French counterpart": the one person a title of the article gives that state ("French President Emmanuel Macron").
      // ("Japanese Prime Minister" is filed under "japanese prime": the state, then the word that qualifies the title.)
      const state = `@${(m[1] ?? '').toLowerCase()}`;
      const people = new Set([...rolesByHead].filter(([k]) => k === state || (k.startsWith(`${state} `) && k.slice(state.length + 1).split(' ').every((w) => TITLE_MODIFIERS.has(w)))).flatMap(([, v]) => [...v]));
      if (people.size !== 1) continue;
      found.push({ label: m[0], key: [...people][0] ?? '', kind: 'description', sentence: s.index, inQuote: insideAny(s.start + (m.index ?? 0), quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
    for (const m of [...lower, ...upper, ...s.text.matchAll(POSSESSED_ROLE_REFERENCE)]) {
      const word = (m[2] ?? '').toLowerCase();
      if (!isRoleHead(word)) continue;
      // No one in the article holds it: a title by its body or state ("the former FBI director", "The US President") is
      // left to the coverage (the one person an outlet gives that title).
      const leftToCoverage = () => {
        const title = /^[Tt]he\s/u.test(m[0]) ? titleKey(m[1] ?? '') : undefined;
        if (title) found.push({ label: m[0], key: `${ROLE_OF}${title}`, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + (m.index ?? 0), quotesByParagraph[s.paragraph] ?? []), count: 1 });
      };
      if (/^\p{Lu}/u.test(m[2] ?? '') && !rolesByHead.has(word)) {
        leftToCoverage();
        continue;
      }
      // "the prime minister", "the vice president": the office with its qualifier, held by whoever holds that title.
      const qualifier = /(?:^|\s)(\p{Ll}+)\s+\S+$/u.exec(m[1] ?? '')?.[1] ?? '';
      const head = TITLE_MODIFIERS.has(qualifier) ? `${qualifier} ${word}` : word;
      // By its title, else by the place or body in front of it ("the North Korean leader" for the one "North Korean dictator").
      const modifier = /^((?:\p{Lu}[\p{L}.’'-]*\s+)+)/u.exec(m[1] ?? '')?.[1]?.trim().toLowerCase();
      // A title's own place or body must be the person's ("the F.B.I. director" is not the NSC's senior director).
      const byHead = rolesByHead.get(head);
      const fits = (key: string) => !modifier || (rolesByHead.get(`@${modifier}`)?.has(key) ?? false);
      // A place no title in the article carries ("the F.B.I. director" beside only the NSC's senior director) names no one.
      const recent = !modifier && byHead && byHead.size > 1 ? recentHolder(byHead, written, s.index, m.index ?? 0) : undefined;
      const people = rolesByHead.size === 0 ? undefined : recent ? new Set([recent]) : byHead?.size === 1 && fits([...byHead][0] ?? '') ? byHead : modifier ? holdersByModifier(rolesByHead, modifier, head) : dominant(byHead, salience);
      if (!people || people.size === 0) {
        if (!byHead?.size) leftToCoverage();
        continue;
      }
      if (people.size !== 1) continue;
      const at = s.start + (m.index ?? 0);
      const quotes = quotesByParagraph[s.paragraph] ?? [];
      found.push({ label: m[0], key: [...people][0] ?? '', kind: 'description', sentence: s.index, inQuote: insideAny(at, quotes), count: 1 });
      referred.push({ sentence: s.index, start: m.index ?? 0, key: [...people][0] ?? '' });
      if (found.length >= MAX_MENTIONS) return compact(found);
    }
  }
  return compact(found);
}

/**
 * A title by its body or state, as a key: "former FBI Director" and "the former F.B.I. director" are "former fbi director",
 * "US President" and "U.S. President" are "us president". Undefined for a title with no body or state in capitals
 * ("the president", "the special counsel"), or with a possessive or a name in it.
 */
function titleKey(label: string): string | undefined {
  const words = label.trim().replace(/^(?:the|The)\s+/u, '').split(/\s+/u);
  const rest = words[0] === 'former' ? words.slice(1) : words;
  if (rest.length < 2 || rest.length > 4 || !isRoleHead(rest[rest.length - 1] ?? '')) return undefined;
  // The words before the head: the body or state in capitals ("FBI", "U.S.", "North Korean"), then lower-case qualifiers.
  const before = rest.slice(0, -1);
  if (!/^\p{Lu}/u.test(before[0] ?? '') || before.some((w) => /['’]/u.test(w)) || before.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(before[i - 1] ?? ''))) return undefined;
  if (before.some((w) => /^\p{Lu}/u.test(w) && isTitleWord(w))) return undefined;
  return words.join(' ').toLowerCase().replace(/\./gu, '');
}

/**
 * The people a title's place or body names, who hold that office too: "the North Korean leader" is the one "North Korean
 * dictator" (a state's leading office under another name), but "The US President" is not "US Ambassador Woody Johnson".
 */
function holdersByModifier(rolesByHead: ReadonlyMap<string, ReadonlySet<string>>, modifier: string, head: string): Set<string> {
  // "the CIA chief" for the article's one "CIA Director": a body's chief or head is whoever holds its one titled office
  // (a body's, not a state's: "the Russian chief" names no one by that).
  if (BODY_CHIEFS.has(head) && !isDemonymShaped(modifier.replace(/^./u, (c) => c.toUpperCase()))) {
    // (Under its name or its initials: "the CIA chief" for the "Central Intelligence Agency Director".)
    const spelled = (k: string) => k === `@${modifier}` || (k.startsWith('@') && k.includes(' ') && initials(k.slice(1).replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase())) === modifier.replace(/\./gu, ''));
    const holders = new Set([...rolesByHead].filter(([k]) => spelled(k)).flatMap(([, v]) => [...v]));
    if (holders.size === 1) return holders;
  }
  const leading = (k: string) => LEADING_OFFICES.some((o) => rolesByHead.get(o)?.has(k));
  const sameOffice = (k: string) => (rolesByHead.get(head)?.has(k) ?? false) || (LEADING_OFFICES.includes(head) && leading(k));
  return new Set([...(rolesByHead.get(`@${modifier}`) ?? [])].filter(sameOffice));
}

/** Heads that name whoever holds a body's titled office ("the CIA chief" for its director). */
const BODY_CHIEFS = new Set(['chief', 'head', 'boss']);
/** Heads that name whoever leads a state, whatever their title ("the leader of Japan" is its prime minister). */
const LEADER_HEADS = new Set(['leader', 'head']);
const OFFICE_OF_PLACE = /\b[Tt]he\s+((?:\p{Ll}+\s+)?(\p{Ll}+))\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})/gu;

function officeOfPlaceReferences(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], rolesByHead: ReadonlyMap<string, ReadonlySet<string>>, links: [string, string][], referred: NamedAt[] = [], salience: ReadonlyMap<string, number> = new Map()): ActorMention[] {
  const states = links.filter(([x]) => x.startsWith(STATE_OF)).map(([x, y]) => ({ holder: x.slice(STATE_OF.length), state: y }));
  const stated = new Set(states.map((x) => x.holder));
  // "U.S." for "the United States", "Japanese" for "Japan": the state as a title writes it.
  const sameState = (written: string, place: string) => {
    const key = nameKey(place);
    return written === key || sameWordsButDemonym(written, key) || written.replace(/\./gu, '') === initials(place);
  };
  // "the leader": whoever holds the state's leading office, whatever its title.
  const leads = (holder: string) => LEADING_OFFICES.some((o) => rolesByHead.get(o)?.has(holder));
  const found: ActorMention[] = [];
  for (const s of sentences) {
    // "the leader of Japan"; "Israel's prime minister"; "the Israeli leader" (where no title the article gives reads "Israeli").
    const ofPlace = [...s.text.matchAll(OFFICE_OF_PLACE)].map((m) => ({ m, office: m[1] ?? '', head: m[2] ?? '', place: m[3] ?? '' }));
    // "prime minister", "leader": a qualifier and its title, or the title alone; the label ends with the title.
    const titled = (m: RegExpMatchArray) => {
      const [first = '', second = ''] = [m[2] ?? '', m[3] ?? ''];
      const pair = TITLE_MODIFIERS.has(first) && isRoleHead(second);
      const words = pair ? `${first} ${second}` : first;
      return { m: { ...m, 0: m[0].slice(0, m[0].indexOf(words) + words.length), index: m.index } as RegExpMatchArray, office: words, head: pair ? second : first, place: m[1] ?? '' };
    };
    const possessed = mayPossess(s.text) ? [...s.text.matchAll(PLACE_POSSESSIVE_OFFICE)].map(titled) : [];
    const demonym = [...s.text.matchAll(DEMONYM_OFFICE)].filter((m) => !rolesByHead.has(`@${(m[1] ?? '').toLowerCase()}`)).map(titled);
    const acronym = [...s.text.matchAll(ACRONYM_OFFICE)].map(titled);
    for (const { m, office: written, head, place } of [...ofPlace, ...possessed, ...demonym, ...acronym]) {
      const qualifier = written.includes(' ') ? written.split(/\s+/u)[0] ?? '' : '';
      if (!isRoleHead(head) || (qualifier && !TITLE_MODIFIERS.has(qualifier))) continue;
      const office = qualifier ? `${qualifier} ${head}` : head;
      const holders = new Set(states.filter((x) => (sameState(x.state, place) || sameState(nameKey(place), x.state)) && (LEADER_HEADS.has(head) ? leads(x.holder) : rolesByHead.get(office)?.has(x.holder))).map((x) => x.holder));
      // "President Trump" and "President Donald Trump": the surname gives way to the full name.
      let people = [...holders].filter((k) => ![...holders].some((o) => o !== k && o.endsWith(` ${k}`)));
      // "a meeting with the U.S. president" where the article calls Trump "President Trump" and gives no one that state:
      // a state's leading office is the one holder of that office whose state the article leaves unsaid (Moon, "South
      // Korean President", is another state's), and the article now gives him that state.
      // (Not "the head of Iran's Atomic Energy Organization": a body's head, and no state's.)
      // (Not "Scott Paul, the president of the Alliance for American Manufacturing": an apposition is the named person's
      // title, and a name that goes on past the place is a body's.)
      const named = afterNameAndComma(s.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0)) || /^\s+(?:for|of|on)\s+\p{Lu}/u.test(s.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12));
      if (people.length === 0 && LEADING_OFFICES.includes(office) && !/['’]/u.test(place) && !named) {
        const unstated = [...new Set((office === 'leader' ? LEADING_OFFICES : [office]).flatMap((o) => [...(rolesByHead.get(o) ?? [])]))].filter((k) => !stated.has(k));
        people = unstated.filter((k) => !unstated.some((o) => o !== k && o.endsWith(` ${k}`)));
        // Of several such holders ("President Trump", and "President George W. Bush" named once in a quotation), the one
        // the article is about, as for "the president" (three times the mentions of any other).
        if (people.length > 1) people = [...(dominant(new Set(people), salience) ?? [])];
        // (Given once: "the American president" gives Trump his state, and a later "the North Korean leader" is not his too.)
        if (people.length === 1) {
          links.push([`${STATE_OF}${people[0] ?? ''}`, nameKey(place)]);
          states.push({ holder: people[0] ?? '', state: nameKey(place) });
          stated.add(people[0] ?? '');
        }
      }
      if (people.length !== 1) continue;
      const at = s.start + (m.index ?? 0);
      found.push({ label: m[0], key: people[0] ?? '', kind: 'description', sentence: s.index, inQuote: insideAny(at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
      referred.push({ sentence: s.index, start: m.index ?? 0, key: people[0] ?? '' });
    }
  }
  return compact(found);
}

const mayCounterpart = (text: string) => text.includes('counterpart');
const COUNTERPART_REFERENCE = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+counterpart\b(?!,?\s+\p{Lu})/gu;
/** Offices that lead a state, whatever the state calls them: "the Israeli leader" is its prime minister. */
const LEADING_OFFICES = ['president', 'prime minister', 'leader', 'chancellor', 'premier', 'king', 'queen', 'dictator'];
/** "Israel's prime minister said": a state's office by the state's name (not "North Korea's leader, Kim Jong-un," before the name). */
const PLACE_POSSESSIVE_OFFICE = /(?<![\p{L}.])(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)['’]s\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?\b(?!['’])(?!\s+\p{Lu}|,\s+\p{Lu})/gu;
// Guarded (text/guards.ts): a possessive "'s" stands in each of its matches.
const mayPossess = (text: string) => holdsAny(text, ["'s", '’s']);
/** "the U.S. president", "the UK prime minister": a state's office by its acronym. */
const ACRONYM_OFFICE = /\b[Tt]he\s+((?:\p{Lu}\.){2,}|\p{Lu}{2,3})\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?\b(?!\s+\p{Lu}|,\s+\p{Lu})/gu;
/** "the Israeli leader", "the French president"; "The North Korean leader's move" (the title, its possessive aside). */
const DEMONYM_OFFICE = /\b[Tt]he\s+((?:(?:North|South|East|West)\s+)?\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i))\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?\b(?!\s+\p{Lu}|,\s+\p{Lu})/gu;

/**
 * Whether a demonym, or a state's name, is written for a state's name: "israeli" for "israel", and word by word,
 * "north korean" for "north korea" (the words before the last the same).
 */
function sameWordsButDemonym(written: string, place: string): boolean {
  const w = written.split(' ');
  const p = place.split(' ');
  if (w.length !== p.length || w.slice(0, -1).join(' ') !== p.slice(0, -1).join(' ')) return false;
  const [lw = '', lp = ''] = [w[w.length - 1], p[p.length - 1]];
  return lw === lp || isDemonymOf(lw, lp);
}

/** "the nation's reclusive leader", "the country's leader": a possessive noun between the article and the title. */
const POSSESSED_ROLE_REFERENCE = /\b[Tt]he\s+(\p{Ll}+['’]s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))\b(?!['’])(?!\s+\p{Lu})/gu;
const LOWER_ROLE_REFERENCE = new RegExp(String.raw`\b[Tt]he\s+((?:(?:\p{Lu}[\p{L}.’'-]*|[\p{Ll}-]+)\s+){0,2}?(?!(?:${[...TITLE_MODIFIERS].join('|')})\s)([\p{Ll}-]+))\b(?!\s+\p{Lu})`, 'gu');

/** "Representing Afghanistan" at a sentence's start: the capital of the first word says nothing, so a participle or adverb there is not part of the name. */
function dropOpeningWord(chunk: NameChunk): NameChunk {
  // Nor a number or quantifier: "Three Russian entities and 13 Russian nationals were indicted".
  const m = /^(\p{L}+(?:ing|ed|ly)|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Thousands|Several|Many|Most|Some|Both|All)\s+/u.exec(chunk.text);
  if (!m) return chunk;
  return { text: chunk.text.slice(m[0].length), start: chunk.start + m[0].length, end: chunk.end, atSentenceStart: false };
}

const FUNCTION_WORDS = /^(?:against|in|on|of|for|to|with|by|from|at|and|or|its|their|his|her|other|into|over|as)\s+/i;

/** "against militant groups" is the label "militant groups". */
function trimFunctionWords(phrase: string): string {
  let p = phrase.trim();
  while (FUNCTION_WORDS.test(p)) p = p.replace(FUNCTION_WORDS, '');
  return p;
}

/** One entry per way of naming: repeated mentions only raise the count, which keeps pack features small. */
/** "the country", "that nation", "the country's northern region" (not "the country music", "a nation-state"). */
// (Not "the country of the visiting foreign leader": the "of" names which country, not the one before it.)
const COUNTRY_REFERENCE = /\b(?:[Tt]he|[Tt]hat)\s+(?:country|nation)\b(?![‐‑-])(?!\s+(?:of|club|music|singer|star|side|road|house)\b)/gu;
const MAX_REFERENCE_NAMES = 4;

/**
 * "North Korean dictator Kim Jong Un said the country ...": a state named by its common noun. Which names it could be
 * is read here (see PLACE_REFERENCE); which of them is a country, across the outlets.
 */
function countryReferences(sentences: readonly ArticleSentence[], quotesByParagraph: readonly Span[][], written: readonly NamedAt[], mentions: readonly ActorMention[], links: readonly [string, string][] = []): ActorMention[] {
  // "The North will shut down a nuclear test site in the country's northern side": "North" is what "the North" names.
  const compass = new Map(mentions.filter((m) => m.kind === 'description' && /^[Tt]he\s+(?:North|South|East|West)$/u.test(m.label)).map((m) => [nameKey(m.label.slice(4)), m.key]));
  const clean = (keys: string[]) => [...new Set(keys.map((k) => compass.get(k) ?? k))].filter((k) => !/[;|]/u.test(k)).slice(0, MAX_REFERENCE_NAMES);
  const states = links.filter(([x]) => x.startsWith(STATE_OF)).map(([x, y]) => ({ holder: x.slice(STATE_OF.length), state: y }));
  const found: ActorMention[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(COUNTRY_REFERENCE)) {
      const at = m.index ?? 0;
      const near = clean(written.filter((w) => w.sentence === s.index && w.start < at).sort((x, y) => y.start - x.start).map((w) => w.key));
      const previous = clean(written.filter((w) => w.sentence === s.index - 1).map((w) => w.key));
      const key = `${PLACE_REFERENCE}${near.join('|')};${previous.join('|')}`;
      if (key.length > MAX_LABEL) continue;
      found.push({ label: m[0], key, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
    // "crippling his impoverished nation", "his country": the state of the person named just before, as the article
    // gives it ("North Korean dictator Kim Jong Un"); no one, where that person's state is not given.
    for (const m of s.text.matchAll(PERSON_COUNTRY_REFERENCE)) {
      const at = m.index ?? 0;
      const before = written.filter((w) => (w.sentence === s.index && w.start < at) || w.sentence === s.index - 1).sort((x, y) => y.sentence - x.sentence || y.start - x.start);
      const person = before.find((w) => states.some((x) => sameHolder(x.holder, w.key)));
      if (!person) continue;
      const key = `${PLACE_REFERENCE}${clean(states.filter((x) => sameHolder(x.holder, person.key)).map((x) => x.state)).join('|')};`;
      if (key.length > MAX_LABEL) continue;
      found.push({ label: m[0], key, kind: 'description', sentence: s.index, inQuote: insideAny(s.start + at, quotesByParagraph[s.paragraph] ?? []), count: 1 });
    }
  }
  return found;
}

/** "his country", "her impoverished nation". */
const PERSON_COUNTRY_REFERENCE = /\b(?:[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+)?(?:country|nation)\b(?![‐‑-])(?!['’]s)/gu;
/** Whether a name as written ("Kim", "Trump") is the holder a link names ("kim jong un", "donald trump"). */
const sameHolder = (holder: string, key: string) => holder === key || holder.endsWith(` ${key}`) || holder.startsWith(`${key} `);

/**
 * The place a PLACE_REFERENCE key names, by the coverage's places: the nearest name before it in its sentence, a
 * person's aside, where that name is a place ("talks with Japan, the largest American ally ... because of the country's
 * trade patterns": Japan, or no one where Japan is not known for a place, never the United States its demonym names);
 * where its sentence names no one but people, a place its demonym names ("North Korean dictator Kim Jong Un said the
 * country"); where it names no one, the one place of the sentence before. Not the place the article names most:
 * "what's best for the country", "the interior of the country" in American reports of Iran or Mexico are the United
 * States, which they hardly name.
 */
function placeReferred(key: string, reader: { placeRoot: (name: string) => string | undefined; isWrittenName: (name: string) => boolean; isPerson: (name: string) => boolean }): string | undefined {
  const [near = '', previous = ''] = key.slice(PLACE_REFERENCE.length).split(';');
  const list = (tier: string) => tier.split('|').filter(Boolean);
  const named = list(near).filter((k) => !reader.isPerson(k));
  const first = named.find(reader.isWrittenName);
  if (first !== undefined) return reader.placeRoot(first);
  for (const k of named) {
    const root = reader.placeRoot(k);
    if (root) return root;
  }
  if (list(near).length > 0) return undefined;
  const before = new Set(list(previous).map(reader.placeRoot).filter((r): r is string => r !== undefined));
  return before.size === 1 ? [...before][0] : undefined;
}

function compact(mentions: readonly ActorMention[]): ActorMention[] {
  const byWay = new Map<string, ActorMention>();
  for (const m of mentions) {
    const way = [m.label, m.key, m.kind, m.inQuote ? 'q' : '', m.atStart ? 's' : ''].join('\u0000');
    const seen = byWay.get(way);
    if (seen) seen.count++;
    else byWay.set(way, { ...m });
  }
  return [...byWay.values()];
}

function isGovernmentWord(phrase: string): boolean {
  return /\b(?:government|regime|administration)$/i.test(phrase);
}

interface GovernmentPhrase {
  label: string;
  keys: string[];
  /** Keys the phrase marks as the territory governed ("of Afghanistan", "Afghanistan’s"), not who governs. */
  territories: string[];
  start: number;
  end: number;
}

/**
 * "the Taliban-led government of Afghanistan", "Afghanistan’s Taliban
 * government", "the Afghan regime", "Islamabad’s government": the names that
 * qualify a government head word, read from the words around it.
 */
export function governmentPhrases(text: string): GovernmentPhrase[] {
  const tokens = tokensOf(text, TOKEN_PATTERNS.possessive);
  const found: GovernmentPhrase[] = [];
  tokens.forEach((token, i) => {
    // ("the Syrian regime's use of chemical weapons": the government, its possessive read past.)
    const possessive = /['’]s?$/u.exec(token.text)?.[0] ?? '';
    if (!GOV_HEAD.test(token.text.slice(0, token.text.length - possessive.length))) return;
    const keys: string[] = [];
    const territories: string[] = [];
    let first = i;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const w = tokens[j]?.text ?? '';
      if (text.slice(tokens[j]?.end ?? 0, tokens[j + 1]?.start ?? 0).trim() !== '') break;
      const qualified = /^(\p{Lu}[\p{L}]*)[‐‑-](?:led|run|backed|controlled|dominated)$/u.exec(w);
      const named = /^(\p{Lu}[\p{L}]*)(?:['’]s?)?$/u.exec(w);
      const hit = qualified?.[1] ?? named?.[1];
      if (!hit || /^(?:The|A|An|This|That|Its|Their|His|Her)$/.test(hit) || isTitleWord(hit)) break;
      // "North Korea's government", "South Korean government": a word that is not a demonym belongs with the
      // name after it; "Afghan Taliban government" keeps the demonym apart from the group.
      const next = keys[0];
      const joined = next !== undefined && !qualified && !/['’]s?$/u.test(w) && !/(?:an|i|ese|ish)$/u.test(hit) && j + 1 < i && first === j + 1;
      if (joined) {
        const merged = `${nameKey(hit)} ${next}`;
        const t = territories.indexOf(next);
        if (t >= 0) territories[t] = merged;
        keys[0] = merged;
      } else {
        keys.unshift(nameKey(hit));
        if (named && /['’]s?$/u.test(w) && !qualified) territories.push(nameKey(hit));
      }
      first = j;
    }
    let end = token.end - possessive.length;
    const of = possessive ? null : /^\s+of\s+(?:the\s+)?(\p{Lu}\p{L}+)/u.exec(text.slice(token.end, token.end + 60));
    if (of?.[1]) {
      keys.unshift(nameKey(of[1]));
      territories.push(nameKey(of[1]));
      end = token.end + of[0].length;
    }
    if (keys.length === 0) return;
    let start = tokens[first]?.start ?? token.start;
    const article = /\b(?:the|a|an)\s+$/i.exec(text.slice(Math.max(0, start - 4), start));
    if (article) start -= article[0].length;
    found.push({ label: text.slice(start, end), keys, territories, start, end });
  });
  return found;
}

/**
 * "the Tehreek-e-Taliban Pakistan (TTP) and the Balochistan Liberation Army (BLA)
 * referred to by Pakistani officials as Fitna al-Khawarij and Fitna
 * al-Hindustan": names before the marker pair up, in order, with names after it.
 */
function aliasLinks(text: string, sentenceMentions: readonly { mention: ActorMention; start: number; end: number }[], links: [string, string][]): void {
  for (const marker of text.matchAll(ALIAS_MARKER)) {
    const at = marker.index ?? 0;
    const after = at + marker[0].length;
    const afterMentions = sentenceMentions
      .filter((m) => m.start >= after && m.start <= after + 80 && m.mention.kind !== 'description' || (m.start >= after && m.start <= after + 12 && m.mention.key.startsWith('gov:')))
      .sort((a, b) => a.start - b.start)
      .slice(0, 3);
    const followers = afterMentions.filter((m, i) => i === 0 || /^\s+and\s+(?:the\s+)?$/u.test(text.slice(afterMentions[i - 1]?.end ?? 0, m.start)));
    const before = sentenceMentions
      .filter((m) => m.end <= at && m.mention.kind !== 'acronym' && m.mention.kind !== 'description' && at - m.end <= 120)
      .sort((a, b) => a.start - b.start);
    const leaders = before.slice(-followers.length);
    if (leaders.length !== followers.length) continue;
    // "the Iran nuclear deal known as the Joint Comprehensive Plan of Action": the name the marker follows is the
    // one it renames only where nothing but an acronym or an adverb stands between ("Iran" modifies "deal").
    const gap = text.slice(leaders[leaders.length - 1]?.end ?? 0, at);
    // A speech tag may stand there too (“the Islamic Emirate” he said, referring to the official name of ...).
    const tag = /^[\s,()\p{Lu}.”"’]*(?:(?:he|she|they|it)\s+(\p{Ll}+)[\s,]*)?(?:(?:also|commonly|formally|officially|widely|better|sometimes|often|now|collectively)\s+)*$/u.exec(gap);
    if (!tag || (tag[1] !== undefined && !REPORTING_VERBS.has(tag[1]))) continue;
    leaders.forEach((l, i) => {
      const f = followers[i];
      if (f) links.push([l.mention.key, f.mention.key]);
    });
  }
}

/** What NICKNAME and EPITHET_GIVEN's verbs start with: one of them stands in each of their matches (a guard, text/guards.ts). */
const GIVING_WORDS = ['refer', 'describe', 'call', 'dub', 'nicknamed', 'branded', 'label'];
const mayGive = (text: string) => holdsAny(text, GIVING_WORDS);
/** "referred to Kim as "Rocket Man"", "dubbed Clinton "Crooked Hillary"": a name someone gives a person, in quotation marks. */
const NICKNAME = /\b(?:referred\s+to|refers\s+to|refer\s+to|described|describes|called|calls|dubbed|dubs|nicknamed|branded|labell?ed)\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:as\s+)?["“‘]([^"”’]{2,40}?)[,.]?["”’]/gu;

/**
 * "the dictator described Trump as a "mentally deranged U.S. dotard."": an epithet someone gives a named person, in
 * quotation marks and in lower case (a capitalised one is a nickname, joined by `nicknameLinks`), is a label of that person.
 */
const EPITHET_GIVEN = /\b(?:referred\s+to|refers\s+to|refer\s+to|described|describes|called|calls|dubbed|dubs|nicknamed|branded|labell?ed)\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:as\s+)?(?:(?:a|an|the)\s+)?["“‘](\p{Ll}[^"”’]{1,60}?)[,.]?["”’]/gu;

/**
 * "Mr. Abe, whom he described in Twitter as a "truly fine gentleman."": the same, given to the person a relative "whom"
 * stands for, the name right before its comma (the giver a pronoun or a name; a short "in Twitter", "on Friday" between).
 */
const EPITHET_GIVEN_WHOM = /,\s+whom\s+(?:\p{Ll}+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+(?:has\s+|had\s+|once\s+|repeatedly\s+)?(?:referred\s+to|described|called|dubbed|branded|labell?ed)(?:\s+(?:in|on)\s+(?:a\s+)?\p{L}{2,20})?\s+(?:as\s+)?(?:(?:a|an|the)\s+)?["“‘](\p{Ll}[^"”’]{1,60}?)[,.]?["”’]/gu;

function quotedEpithets(text: string, sentenceMentions: readonly { mention: ActorMention; start: number; end: number }[]): { label: string; key: string; start: number; end: number }[] {
  const found: { label: string; key: string; start: number; end: number }[] = [];
  if (!mayGive(text)) return found;
  for (const m of text.matchAll(EPITHET_GIVEN)) {
    const person = sentenceMentions.find((x) => x.mention.kind === 'name' && x.mention.label === m[1]);
    if (!person || !m[2]) continue;
    const label = m[2].trim().replace(/[,.]$/u, '');
    const start = (m.index ?? 0) + m[0].indexOf(m[2]);
    found.push({ label, key: person.mention.key, start, end: start + label.length });
  }
  for (const m of text.matchAll(EPITHET_GIVEN_WHOM)) {
    // The person: a name (or "Mr. Abe") ending at the comma; a place or body is given no epithet this way.
    const person = sentenceMentions.find((x) => x.end === m.index && (x.mention.kind === 'name' || x.mention.kind === 'description') && isPersonLike(x.mention.label.replace(HONORIFIC_LABEL, '')));
    if (!person || !m[1]) continue;
    const label = m[1].trim().replace(/[,.]$/u, '');
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    found.push({ label, key: person.mention.key, start, end: start + label.length });
  }
  return found;
}

/** A nickname written as a name ("Rocket Man") joins the person it is given to. */
function nicknameLinks(text: string, sentenceMentions: readonly { mention: ActorMention; start: number; end: number }[], links: [string, string][]): void {
  // Guarded (text/guards.ts), as quotedEpithets.
  if (!mayGive(text)) return;
  for (const m of text.matchAll(NICKNAME)) {
    const person = sentenceMentions.find((x) => x.mention.kind === 'name' && x.mention.label === m[1]);
    const nickname = sentenceMentions.find((x) => x.mention.kind === 'name' && x.mention.label === m[2]);
    if (person && nickname && person.mention.key !== nickname.mention.key) links.push([person.mention.key, nickname.mention.key]);
  }
}

const PAIR_ACTS = /^\s+(?:(?:also|both|now|then|later|jointly|have|has|had)\s+){0,2}(?:have|has|had|will|would|are|were|did|can|could|must|agree|commit|sign|meet|say|accuse|blame|clash|reject|\p{Ll}+ed|\p{Ll}{3,}s)\b/u;

/** "Islamabad and Kabul", "Pakistan and Afghanistan": two single names coordinated, kept as a parallel for grouping. */
function pairLinks(text: string, sentenceMentions: readonly { mention: ActorMention; start: number; end: number }[], links: [string, string][]): void {
  const names = sentenceMentions.filter((m) => m.mention.kind === 'name' && !m.mention.key.includes(' ')).sort((a, b) => a.start - b.start);
  for (let i = 1; i < names.length; i++) {
    const a = names[i - 1];
    const b = names[i];
    if (!a || !b || a.mention.key === b.mention.key || !/^\s+and\s+$/u.test(text.slice(a.end, b.start))) continue;
    // Only a pair that acts ("Islamabad and Kabul agreed", "... have clashed"): "strikes targeting Kabul and
    // Kandahar" lists places where something happened, not two parties.
    if (!PAIR_ACTS.test(text.slice(b.end, b.end + 40))) continue;
    links.push([`${PAIRED}${a.mention.key}`, b.mention.key]);
  }
}

function dedupeLinks(links: readonly [string, string][]): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const [a, b] of links) {
    if (!a || !b || a === b) continue;
    const id = `${a}\u0000${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push([a, b]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Grouping across outlets

export interface ActorLabel {
  label: string;
  inQuote: boolean;
  /** How often the outlet uses it. */
  count?: number;
  /** The other actors a label names together with this one ("North and South Korea" in North Korea's row: South Korea). */
  with?: string[];
  /**
   * Set on a label of someone who acts for the row's actor, not of the actor itself ("Russian Ambassador" in Russia's row,
   * naming Sergey Kislyak): the person it names. Such labels are shown apart, after the actor's own, and say nothing of
   * what the row is.
   */
  actingFor?: string;
}

export interface ActorGroup {
  /** The name most outlets use. */
  actor: string;
  labels: Record<string, ActorLabel[]>;
  /** Normalised keys in the group, for resolving voices' sides. */
  keys: string[];
  mentionCount: number;
}

/** A union-find over keys. */
class Groups {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression keeps later finds short.
    let k = key;
    while (k !== root) {
      const next = this.parent.get(k) ?? root;
      this.parent.set(k, root);
      k = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** How to fold one key onto the corpus's spelling of it: demonyms onto places, word order ignored. */
export interface KeyResolver {
  normalise: (key: string) => string;
  groups: Groups;
  /** Normalised keys that are places (some demonym points at them). */
  places: Set<string>;
  /** The roots of the actors a JOINT key names together (none where it cannot tell which). */
  joint: (key: string) => string[];
  /** Roots of the states the coverage names, under any name the gazetteer knows (`stateNames`), that are no person's. */
  states: ReadonlySet<string>;
  /**
   * Per state (its root), the people the coverage presents as acting for it (their roots): those whose title gives them
   * that state's office ("Russian Ambassador Sergey Kislyak", "U.S. President Donald Trump"). Shown apart in the state's
   * row, never part of its identity: a person is no state.
   */
  agents: ReadonlyMap<string, ReadonlySet<string>>;
  /** Governments ("gov:trump") joined to a state only by the seat of its head the coverage names (`seatOfUnplacedHead`). */
  seatGovernments: ReadonlySet<string>;
}

export function resolveActors(articles: readonly { id: string; actors: ActorFeatures }[]): KeyResolver {
  const nameKeys = new Set<string>();
  for (const a of articles) for (const m of usable(a.actors.mentions, articles)) if (m.kind !== 'description') nameKeys.add(m.key);
  const singles = [...new Set([...nameKeys].filter((k) => !k.startsWith('gov:')).flatMap((k) => k.split(' ')))].filter((w) => /^\p{L}{4,}$/u.test(w));
  const demonym = new Map<string, string>();
  const places = new Set<string>();
  // Pakistan/Pakistani read both ways: the shorter spelling is the place. A plural names the people
  // ("Russians", "Americans": the country, as "Russian" does), and is no place itself: of the spellings a
  // demonym could come from ("Russian": "Russia" or "Russians"), the shortest is the place.
  const singular = (w: string) => (/[^s]s$/u.test(w) ? w.slice(0, -1) : undefined);
  // "North" is no demonym of "Northeast": a compass word names no people.
  const demonymOf = (w: string, p: string) => !/^(?:north|south|east|west)$/u.test(w) && ( (isDemonymOf(w, p) && !(isDemonymOf(p, w) && w.length < p.length)) || (singular(w) !== undefined && singular(w) !== p && isDemonymOf(singular(w) ?? '', p)));
  // "Iranians" is no place "Iran" could be the demonym of: a plural whose singular names the people of the word.
  const peopleOf = (p: string, w: string) => singular(p) !== undefined && (singles.includes(singular(p) ?? '') || isDemonymOf(singular(p) ?? '', w));
  // "Obama" is no demonym of "Obamacare": a word some outlet writes after a person's title ("President Obama",
  // "Mr. Obama", "President Barack Obama") is a person's name.
  const personWords = new Set<string>();
  for (const a of articles) {
    for (const m of a.actors.mentions) {
      if (m.kind !== 'description' || m.key.startsWith('gov:') || m.key.startsWith('group:')) continue;
      const last = m.key.split(' ').pop() ?? '';
      const title = m.label.split(/\s+/u).slice(-1 - m.key.split(' ').length, -m.key.split(' ').length)[0] ?? '';
      if (m.label.toLowerCase().endsWith(` ${m.key}`) && (HONORIFIC_LABEL.test(`${title} `) || (/^\p{Lu}/u.test(title) && isTitleWord(title)))) personWords.add(last);
    }
  }
  // A demonym and its place share their first four letters (isDemonymOf, also for a plural's singular): each word is
  // tried against the words that begin as it does, in their order among the singles, not against every single.
  const byOpening = new Map<string, string[]>();
  for (const p of singles) {
    const opening = p.toLowerCase().slice(0, 4);
    const same = byOpening.get(opening);
    if (same) same.push(p);
    else byOpening.set(opening, [p]);
  }
  for (const w of singles) {
    if (personWords.has(w)) continue;
    // ("American" still folds onto "Americans" where no "America" is written: the modifier, not a name of its own.)
    const candidates = byOpening.get(w.toLowerCase().slice(0, 4)) ?? [];
    const place = candidates.filter((p) => p !== w && demonymOf(w, p) && (!peopleOf(p, w) || p === `${w}s`)).sort((x, y) => x.length - y.length || x.localeCompare(y))[0];
    if (place === undefined) continue;
    demonym.set(w, place);
    places.add(place);
  }
  const normalise = (key: string): string => {
    if (key.startsWith('gov:')) return `gov:${normalise(key.slice(4))}`;
    if (key.startsWith(PLACE_REFERENCE) || key.startsWith(SEAT_OF) || key.startsWith(JOINT) || key.startsWith(ROLE_OF)) return key;
    if (key.startsWith(PEOPLE_OF)) {
      const place = normalise(key.slice(PEOPLE_OF.length));
      return places.has(place) ? place : key;
    }
    const parts = key.split(' ').map((w) => demonym.get(w) ?? w);
    return (parts.length > 1 ? parts.sort() : parts).join(' ');
  };
  const groups = new Groups();
  const allKeys = new Set<string>();
  const labelsOfKey = new Map<string, Set<string>>();
  const territories = new Set<string>();
  const pairs: [string, string][] = [];
  const capitals = new Set<string>();
  const statesOf = new Map<string, string[]>();
  const bodyOffices: [string, string][] = [];
  // Offices some article gives a person as held now (not "former"): person and state keys.
  const heldOffices: [string, string][] = [];
  for (const a of articles) {
    for (const m of usable(a.actors.mentions, articles)) {
      const k = normalise(m.key);
      allKeys.add(k);
      groups.find(k);
      if (m.kind === 'name') {
        const set = labelsOfKey.get(k) ?? new Set<string>();
        set.add(m.label);
        labelsOfKey.set(k, set);
      }
    }
    // The offices this article gives as held no more ("former FBI Director"): its links to them make no one act for a state.
    const former = new Set(a.actors.links.filter(([x]) => x.startsWith(FORMER_OF)).map(([x, y]) => `${x.slice(FORMER_OF.length)}|${y}`));
    for (const [x, y] of a.actors.links) {
      if (x.startsWith(FORMER_OF)) continue;
      if (x.startsWith(PAIRED)) {
        pairs.push([normalise(x.slice(PAIRED.length)), normalise(y)]);
        continue;
      }
      if (x.startsWith(STATE_OF)) {
        const person = normalise(x.slice(STATE_OF.length));
        statesOf.set(person, [...(statesOf.get(person) ?? []), normalise(y)]);
        if (former.has(`${x.slice(STATE_OF.length)}|${y}`)) continue;
        heldOffices.push([person, normalise(y)]);
        // "CIA Director Mike Pompeo": an office in a state's own body.
        const body = bodyState(y);
        if (body) bodyOffices.push([person, body]);
        continue;
      }
      if (x.startsWith(CAPITAL_OF)) {
        capitals.add(normalise(x.slice(CAPITAL_OF.length)));
        continue;
      }
      if (y.startsWith(TERRITORY)) {
        territories.add(normalise(y.slice(TERRITORY.length)));
        continue;
      }
      allKeys.add(normalise(x));
      allKeys.add(normalise(y));
      groups.union(normalise(x), normalise(y));
    }
  }
  joinCapitals(pairs, capitals, places, groups);
  // "America", "American officials" and "the United States", "U.S.": one state under its everyday and its formal name.
  for (const k of [...allKeys]) {
    const formal = formalStateName(k);
    if (!formal) continue;
    const named = [formal, formal.split(' ').map((w) => w[0]).join('')].map(normalise).filter((f) => allKeys.has(f));
    for (const f of named) groups.union(f, k);
  }
  // "the DPRK" beside "North Korea": a state's formal initials, where the coverage names the state.
  for (const k of [...allKeys]) {
    const everyday = stateOfInitials(k);
    if (everyday && allKeys.has(normalise(everyday))) groups.union(normalise(everyday), k);
  }
  // "Pyongyang signaled", "the White House said": the state's government, where the coverage names that state
  // (under its name, its everyday name or its initials); else the city or building alone, as any other mention of it.
  // (The states whose seat the coverage names, for the head of government it titles without a state.)
  const seatedStates = new Set<string>();
  for (const k of [...allKeys]) {
    if (!k.startsWith(SEAT_OF)) continue;
    const seat = k.slice(SEAT_OF.length);
    const written = seatState(seat).flatMap((state) => {
      const formal = nameKey(state);
      const everyday = [...allKeys].filter((x) => formalStateName(x) === formal);
      return [normalise(formal), ...(formal.includes(' ') ? [formal.split(' ').map((w) => w[0]).join('')] : []), ...everyday];
    });
    const state = written.find((x) => allKeys.has(x) && !x.startsWith(SEAT_OF));
    if (state !== undefined) seatedStates.add(state);
    if (state === undefined) allKeys.add(normalise(seat));
    groups.union(state ?? normalise(seat), k);
  }
  const names = [...allKeys].filter((k) => !k.startsWith('gov:') && !k.startsWith(SEAT_OF) && !k.startsWith(ROLE_OF));
  const acronymKeys = new Set<string>();
  for (const a of articles) for (const m of usable(a.actors.mentions, articles)) if (m.kind === 'acronym') acronymKeys.add(normalise(m.key));
  // "British Prime Minister Theresa May" and "U.K. Prime Minister Theresa May": one person's office given to
  // two names of a state makes them one state (read on places and acronyms only, not on bodies a title names).
  const offices = new Map<string, Set<string>>();
  for (const [holder, states] of statesOf) {
    const root = groups.find(holder);
    for (const st of states) if (allKeys.has(st) && (places.has(st) || acronymKeys.has(st)) && groups.find(st) !== root) offices.set(root, new Set([...(offices.get(root) ?? []), st]));
  }
  for (const states of offices.values()) {
    const [first, ...rest] = [...states];
    for (const st of rest) if (first !== undefined) groups.union(first, st);
  }
  // Transliteration variants: the same consonant skeleton.
  const bySkeleton = new Map<string, string>();
  for (const k of names) {
    if (acronymKeys.has(k)) continue;
    // Word order and hyphens aside: "Kim Jong-un" is "Kim Jong Un".
    const sk = k.includes(' ') || /[‐‑-]/u.test(k) ? k.split(/[\s‐‑-]+/u).sort().map(skeleton).join(' ') : skeleton(k);
    if (sk.replace(/\s/gu, '').length < 3) continue;
    const other = bySkeleton.get(sk);
    if (other === undefined) bySkeleton.set(sk, k);
    else if (sk.length >= 5 || other.slice(0, 2) === k.slice(0, 2)) groups.union(other, k);
  }
  // "the Department of Justice" and "the Justice Department", "the Ministry of Defence" and "the Defence Ministry": one
  // body's name written in either order (keys sort their words: the same words but "of").
  const bodyByWords = new Map<string, string>();
  for (const k of names) {
    const words = k.split(' ');
    if (words.length < 2 || !words.some((w) => BODY_NAME_HEADS.has(w))) continue;
    const bare = words.filter((w) => w !== 'of').join(' ');
    const other = bodyByWords.get(bare);
    if (other === undefined) bodyByWords.set(bare, k);
    else if (other.split(' ').includes('of') !== words.includes('of')) groups.union(other, k);
  }
  // Acronyms and the names whose initials spell them.
  for (const [k, labels] of labelsOfKey) {
    for (const label of labels) {
      const init = initials(label);
      if (init.length >= 2 && acronymKeys.has(init) && k.includes(' ') || (init.length >= 2 && acronymKeys.has(init) && /[‐‑-]/.test(label))) groups.union(init, k);
      // ("DOJ", "DOD": a body's initials that keep the "of" of "Department of Justice".)
      const withOf = initials(label.split(/\s+/u).map((w) => (w === 'of' ? 'Of' : w)).join(' '));
      if (withOf !== init && withOf.length >= 3 && acronymKeys.has(withOf) && BODY_NAME_HEADS.has(k.split(' ').find((w) => BODY_NAME_HEADS.has(w)) ?? '')) groups.union(withOf, k);
    }
  }
  const persons = new Set<string>();
  // Surnames: "Mujahid" is the article's "Zabihullah Mujahid" when it names only one such person.
  for (const a of articles) {
    const full = new Map<string, Set<string>>();
    const byFirst = new Map<string, Set<string>>();
    for (const m of usable(a.actors.mentions, articles)) {
      if (m.kind !== 'name') continue;
      const k = normalise(m.key);
      const words = nameKey(m.label).split(' ');
      // A hyphen inside a given name ("Moon Jae-in", "Kim Jong-un") is a person's; one before a capital
      // ("Tehreek-e-Taliban", "Al-Qaeda") or an ampersand is an organisation's.
      // (A capital is no person: "Mexico City" is not the person a lone "Mexico" would be the first name of.)
      const personLike = words.length >= 2 && words.length <= 4 && !/&|[‐‑-](?!\p{Ll}+(?:\s|$))/u.test(m.label) && !words.some((w) => places.has(demonym.get(w) ?? w) || /^(?:of|for|and)$/.test(w)) && !NOT_PERSON_LAST.test(words[words.length - 1] ?? '') && seatState(m.label).length === 0;
      if (personLike) persons.add(k);
      if (personLike) {
        const last = words[words.length - 1] ?? '';
        const set = full.get(last) ?? new Set<string>();
        set.add(k);
        full.set(last, set);
        // Family name first ("Kim Jong Un" is "Kim", "Xi Jinping" is "Xi"), or a first name alone ("Donald"): the one person it begins.
        const first = words[0] ?? '';
        const firsts = byFirst.get(first) ?? new Set<string>();
        firsts.add(k);
        byFirst.set(first, firsts);
      }
    }
    for (const m of usable(a.actors.mentions, articles)) {
      const k = normalise(m.key);
      // (Nor a capital: "Washington" alone is no surname of George Washington's.)
      if (m.kind !== 'name' || k.includes(' ') || places.has(k) || seatState(m.label).length > 0) continue;
      const owners = full.get(k);
      if (owners && owners.size === 1) groups.union([...owners][0] ?? k, k);
      else if (!owners) {
        const begun = byFirst.get(k);
        if (begun && begun.size === 1) groups.union([...begun][0] ?? k, k);
      }
    }
  }
  // "Democrats" and "the Democratic Party", "Republicans" and "the Republican Party": a party is named by its members too.
  for (const k of names) {
    const stem = /^(\p{L}{4,})s$/u.exec(k)?.[1];
    if (!stem) continue;
    const parties = names.filter((n) => {
      const [a, b] = n.split(' ');
      const adjective = a === 'party' ? b : b === 'party' ? a : undefined;
      return n.split(' ').length === 2 && adjective !== undefined && adjective.startsWith(stem) && adjective.length - stem.length <= 2;
    });
    if (parties.length === 1) groups.union(parties[0] ?? k, k);
  }
  const personRoots = new Set([...persons].map((k) => groups.find(k)));
  // A government named for who leads it is that actor ("the Taliban government" is the Taliban);
  // one named for a place stays the place's government.
  // ("The Trump administration" and "his administration", read as Donald Trump's: one person's government is one.)
  const governmentOfPerson = new Map<string, string>();
  const seatGovernments = new Set<string>();
  const seatHead = seatOfUnplacedHead(articles, seatedStates, allKeys, personRoots, statesOf, (k) => groups.find(normalise(k)));
  for (const k of allKeys) {
    if (!k.startsWith('gov:')) continue;
    const ruler = k.slice(4);
    // "The Trump administration", "the Kim regime": a person's government is the state's, not the person:
    // it joins the state the text gives the person's office to ("U.S. President"), when it names one.
    if (personRoots.has(groups.find(ruler))) {
      const root = groups.find(ruler);
      const same = governmentOfPerson.get(root);
      if (same === undefined) governmentOfPerson.set(root, k);
      else groups.union(same, k);
      const written = [...new Set([...statesOf].filter(([person]) => groups.find(person) === root).flatMap(([, st]) => st).filter((st) => allKeys.has(st) && !personRoots.has(groups.find(st))))];
      // "North's leader" beside "North Korean leader": a word of the other state's name is that state, not a second one.
      const whole = new Set(written.filter((st) => !written.some((o) => o !== st && !st.includes(' ') && o.split(' ').includes(st))).map((st) => groups.find(st)));
      if (whole.size === 1) groups.union([...whole][0] ?? k, k);
      else if (written.length === 0 && seatHead?.head === root) {
        groups.union(seatHead.state, k);
        seatGovernments.add(k);
      }
      continue;
    }
    if (!places.has(ruler) && !territories.has(ruler) && allKeys.has(ruler)) groups.union(ruler, k);
  }
  // "The Russian government", "the Pakistani government": a country's government is the country, unless a
  // group that rules it is named for it ("the Taliban-led government of Afghanistan" stays the Taliban's).
  const members = new Map<string, string[]>();
  for (const k of allKeys) members.set(groups.find(k), [...(members.get(groups.find(k)) ?? []), k]);
  for (const k of allKeys) {
    if (!k.startsWith('gov:')) continue;
    const place = k.slice(4);
    if (!places.has(place) || !allKeys.has(place)) continue;
    const ruled = (members.get(groups.find(k)) ?? []).some((m) => !m.startsWith('gov:') && !m.startsWith(TERRITORY) && m !== place && !places.has(m));
    if (!ruled) groups.union(place, k);
  }
  // "Afghan Taliban" is the Taliban when the text speaks of an Afghan Taliban government;
  // "Pakistani Taliban" stays apart when no text does.
  for (const k of names) {
    const parts = k.split(' ');
    if (parts.length !== 2) continue;
    const place = parts.find((p) => places.has(p));
    const rest = parts.find((p) => p !== place);
    if (!place || !rest || !allKeys.has(rest)) continue;
    if (groups.find(`gov:${place}`) === groups.find(rest) && allKeys.has(`gov:${place}`)) groups.union(rest, k);
  }
  // "the country": the place it names, where the coverage makes one of its names a place.
  const compass = /^(?:north|south|east|west)$/u;
  const placeRoots = new Set([...allKeys].filter((k) => !isContinent(k)).filter((k) => places.has(k) || (k.split(' ').some((w) => places.has(w)) && k.split(' ').every((w) => places.has(w) || compass.test(w)))).map((k) => groups.find(k)));
  const placeRoot = (name: string) => {
    const k = normalise(name);
    return allKeys.has(k) && placeRoots.has(groups.find(k)) ? groups.find(k) : undefined;
  };
  for (const k of allKeys) {
    if (!k.startsWith(PLACE_REFERENCE)) continue;
    const place = placeReferred(k, { placeRoot, isWrittenName: (name) => normalise(name) === name.split(' ').sort().join(' '), isPerson: (name) => personRoots.has(groups.find(normalise(name))) });
    if (place) groups.union(place, k);
  }
  // "North and South Korea", "the two countries": the actors a joint mention names, each a root of its own.
  const peopleNow = () => new Set([...persons].map((k) => groups.find(k)));
  const joint = (key: string): string[] => {
    const body = key.slice(JOINT.length);
    const root = (k: string) => (allKeys.has(normalise(k)) ? groups.find(normalise(k)) : undefined);
    if (body.startsWith('=')) {
      const members = new Set(body.slice(1).split('|').map(root));
      return members.has(undefined) || members.size < 2 ? [] : ([...members] as string[]);
    }
    const at = body.indexOf(':');
    const people = peopleNow();
    // "our two nations": the speaker's state (a person's, the one the coverage shows them acting for), and the nearest
    // state named before it, or acted for by a person named before it, that is not the speaker's.
    if (body.startsWith(OURS)) {
      const [speaker = '', ...tiers] = body.slice(OURS.length).split(';');
      const stateOf = (r: string | undefined) => (r === undefined ? undefined : placeRoots.has(r) || stateRoots.has(r) ? r : people.has(r) ? stateActedFor(r) : undefined);
      const own = stateOf(root(speaker));
      if (own === undefined) return [];
      for (const tier of tiers) {
        const other = tier.split('|').filter(Boolean).map((k) => stateOf(root(k))).find((r) => r !== undefined && r !== own);
        if (other !== undefined) return [own, other];
      }
      return [];
    }
    const ofPeople = body.slice(0, at) === 'people';
    const fits = ofPeople ? (r: string) => people.has(r) : (r: string) => placeRoots.has(r);
    // The first sentence (its own words before it, else the sentence before) naming two or more such actors: the two it names.
    for (const tier of body.slice(at + 1).split(';')) {
      const roots = tier.split('|').filter(Boolean).map(root).filter((r): r is string => r !== undefined);
      const seen = new Set(roots.filter(fits));
      // "Macron ... Trump ... the two countries": a person stands for the one state the coverage shows them acting for;
      // then every state the sentence names counts, those no demonym makes a place too ("Trump ... Mexico and Canada ...
      // those two countries" names three).
      const acting = ofPeople ? [] : roots.filter((r) => people.has(r)).map(stateActedFor).filter((r): r is string => r !== undefined);
      if (acting.length > 0) for (const r of [...acting, ...roots.filter((x) => stateRoots.has(x))]) seen.add(r);
      if (seen.size >= 2) return seen.size === 2 ? [...seen] : [];
    }
    return [];
  };
  const agents = new Map<string, Set<string>>();
  // (A state acts through its people and bodies also where no outlet writes its demonym, which is what makes a name a place
  // here: "the U.S.", "America" in a story that never says "American". Not where the name is a person's: Jim Jordan.)
  const stateKeys = new Set(stateNames().map((n) => normalise(nameKey(n))));
  const stateRoots = new Set([...allKeys].filter((k) => stateKeys.has(k) || formalStateName(k) !== undefined).map((k) => groups.find(k)).filter((r) => !personRoots.has(r)));
  const addAgent = (state: string | undefined, agent: string) => {
    if (state === undefined || state === agent || !(placeRoots.has(state) || stateRoots.has(state))) return;
    agents.set(state, new Set([...(agents.get(state) ?? []), agent]));
  };
  const peopleRoots = peopleNow();
  // The state's root where the coverage names it, under its name, its initials or its everyday name.
  const stateRoot = (state: string): string | undefined => {
    const formal = nameKey(state);
    const everyday = [...allKeys].filter((x) => formalStateName(x) === formal);
    const written = [normalise(formal), ...(formal.includes(' ') ? [formal.split(' ').map((w) => w[0]).join('')] : []), ...everyday].find((x) => allKeys.has(x));
    return written === undefined ? undefined : groups.find(written);
  };
  // People whose title gives them the state's office ("Russian Ambassador Sergey Kislyak").
  for (const [holder, st] of heldOffices) {
    const person = groups.find(holder);
    if (peopleRoots.has(person)) addAgent(allKeys.has(st) ? groups.find(st) : undefined, person);
  }
  // The state's own bodies ("the CIA", "KCNA", "the Justice Department"), and people holding an office in one ("CIA Director Mike Pompeo").
  for (const a of articles) {
    for (const m of usable(a.actors.mentions, articles)) {
      if (m.kind === 'description') continue;
      const state = bodyState(m.key);
      if (state) addAgent(stateRoot(state), groups.find(normalise(m.key)));
      // "Congress" in a coverage naming the United States and no other state with a congress (nor India, whose Congress is a party).
      const shared = state === undefined ? sharedBodyStates(m.key) : undefined;
      if (shared === undefined || shared.parties.some((p) => stateRoot(p) !== undefined)) continue;
      const named = new Set(shared.states.map(stateRoot).filter((r): r is string => r !== undefined));
      if (named.size === 1) addAgent([...named][0], groups.find(normalise(m.key)));
    }
  }
  // "the Israeli Defense Forces", "the Indian Navy", "the Russian Foreign Ministry": a state's own forces or ministry
  // named by its demonym, where the demonym makes the state a place of the coverage.
  for (const a of articles) {
    for (const m of usable(a.actors.mentions, articles)) {
      if (m.kind !== 'name') continue;
      const words = m.label.split(' ');
      const place = demonym.get((words[0] ?? '').toLowerCase());
      if (words.length >= 2 && place !== undefined && places.has(place) && STATE_FORCES.test(words.slice(1).join(' '))) addAgent(groups.find(place), groups.find(normalise(m.key)));
    }
  }
  for (const [holder, state] of bodyOffices) if (peopleRoots.has(groups.find(holder))) addAgent(stateRoot(state), groups.find(holder));
  // "Attorney General Loretta Lynch": an office in a state's body whose title does not name it, where the coverage names the
  // body ("the Justice Department"); not an office the article gives as held no more.
  for (const a of articles) {
    for (const m of usable(a.actors.mentions, articles)) {
      if (m.kind !== 'description' || !persons.has(normalise(m.key))) continue;
      const body = officeBody(m.label).find((b) => allKeys.has(normalise(nameKey(b))));
      const state = body === undefined ? undefined : bodyState(body);
      if (state && peopleRoots.has(groups.find(normalise(m.key)))) addAgent(stateRoot(state), groups.find(normalise(m.key)));
    }
  }
  // "the former FBI director" in an article that gives no one the title: the one person another outlet gives it to.
  // (A title written before the holder's name, "former FBI Director James Comey": not one a clause gives, "who later became
  // surgeon general", which may be an office held long before.)
  const titled = new Map<string, Set<string>>();
  for (const a of articles) for (const m of usable(a.actors.mentions, articles)) {
    if (m.kind !== 'description' || !persons.has(normalise(m.key))) continue;
    if (!a.actors.mentions.some((o) => o.key === m.key && o.label.startsWith(`${m.label} `) && /^\p{Lu}/u.test(o.label.slice(m.label.length + 1)))) continue;
    const t = titleKey(m.label);
    if (t) titled.set(t, new Set([...(titled.get(t) ?? []), groups.find(normalise(m.key))]));
  }
  for (const k of allKeys) {
    if (!k.startsWith(ROLE_OF)) continue;
    const holders = new Set([...(titled.get(k.slice(ROLE_OF.length)) ?? chiefTitled(k.slice(ROLE_OF.length)))].map((h) => groups.find(h)));
    if (holders.size === 1) groups.union([...holders][0] ?? k, k);
  }
  // "the former FBI chief" where the coverage writes "former FBI Director James Comey": a body's chief, head or boss is
  // whoever holds its titled office (as "the CIA chief" is, within an article); not a state's ("the Russian chief").
  function chiefTitled(title: string): Set<string> {
    const words = title.split(' ');
    const body = words.filter((w) => w !== 'former');
    const named = body[0] ?? '';
    if (!BODY_CHIEFS.has(words[words.length - 1] ?? '') || body.length !== 2 || places.has(demonym.get(named) ?? named) || STATE_NAME_KEYS.has(named)) return new Set();
    const prefix = words.slice(0, -1).join(' ');
    return new Set([...titled].filter(([t]) => t.slice(0, t.lastIndexOf(' ')) === prefix).flatMap(([, v]) => [...v]));
  }
  // The one state a person acts for across the coverage (`agents`), else none.
  function stateActedFor(person: string): string | undefined {
    const states = [...agents].filter(([, people]) => people.has(person)).map(([state]) => state);
    return states.length === 1 ? states[0] : undefined;
  }
  return { normalise, groups, places, joint, agents, states: stateRoots, seatGovernments };
}

/**
 * A capital is its country where the text ties it: coordinated in parallel with a capital the text
 * already ties ("Islamabad and Kabul" beside "Pakistan and Afghanistan", where "Kabul, the Afghan
 * capital"), the other name of the pair joins the other country. Nothing joins by a list of capitals.
 */
function joinCapitals(pairs: readonly [string, string][], capitals: ReadonlySet<string>, places: ReadonlySet<string>, groups: Groups): void {
  const both = pairs.flatMap(([a, b]): [string, string][] => [[a, b], [b, a]]);
  for (const [x, y] of both) {
    if (!capitals.has(y) || places.has(x)) continue;
    for (const [p, q] of both) {
      if (q === y || groups.find(q) !== groups.find(y) || !places.has(p) || groups.find(p) === groups.find(y)) continue;
      groups.union(p, x);
    }
  }
}

/** Mentions that count: a sentence-initial capital only where some outlet also writes the word mid-sentence. */
/** A head of government's title ("President Trump", "Iranian President Hassan Rouhani", "then-President Obama"). */
const LEADING_TITLE = /(?<![\p{L}])(then-|former\s+|ex-)?(?:President|Prime\s+Minister|Chancellor|Premier)(?:\s|$)/u;

/**
 * The state whose seat of government ("the White House", "the Kremlin") the coverage names, for the one head of government
 * it titles without a state ("President Trump", where no outlet writes "U.S. President"): the seat is where that head sits,
 * when it is the one seat left once the heads the text gives a state are counted ("President Vladimir V. Putin of Russia"
 * sits in the Kremlin). Nothing where two seats are left. The head's government joins that state's row, but the head's
 * voice takes no side from it (`seatGovernments`): a seat says where a government sits, not that the story sets the state
 * against another.
 */
function seatOfUnplacedHead(articles: readonly { actors: ActorFeatures }[], seatedStates: ReadonlySet<string>, allKeys: ReadonlySet<string>, personRoots: ReadonlySet<string>, statesOf: ReadonlyMap<string, string[]>, root: (key: string) => string): { head: string; state: string } | undefined {
  // Each head with the number of times the coverage titles them so; a head no more ("then-President Obama") sits nowhere,
  // but a state whose head, past or present, the text names is no seat left for another.
  const titled = new Map<string, number>();
  const heads = new Set<string>();
  for (const a of articles) {
    for (const m of a.actors.mentions) {
      const title = m.kind === 'description' && personRoots.has(root(m.key)) ? LEADING_TITLE.exec(m.label) : null;
      if (!title) continue;
      heads.add(root(m.key));
      if (!title[1]) titled.set(root(m.key), (titled.get(root(m.key)) ?? 0) + m.count);
    }
  }
  const statesOfHead = (head: string) => [...statesOf].filter(([person]) => root(person) === head).flatMap(([, st]) => st).filter((st) => allKeys.has(st));
  const placedStates = new Set([...heads].flatMap(statesOfHead).map(root));
  const unplaced = [...titled.keys()].filter((head) => statesOfHead(head).length === 0);
  const seats = new Set([...seatedStates].map(root).filter((r) => !placedStates.has(r)));
  // (A head titled in passing, "executive action by President Barack Obama" beside a story's President Trump, is not the
  // one the coverage is about: of several, the one titled DOMINANCE times as often as any other.)
  const [head, next] = unplaced.sort((x, y) => (titled.get(y) ?? 0) - (titled.get(x) ?? 0));
  const [state] = seats;
  const alone = head !== undefined && (next === undefined || (titled.get(head) ?? 0) >= DOMINANCE * (titled.get(next) ?? 0));
  return alone && seats.size === 1 && head !== undefined && state !== undefined ? { head, state } : undefined;
}

export function usable(mentions: readonly ActorMention[], articles: readonly { actors: ActorFeatures }[]): ActorMention[] {
  if (!mentions.some((m) => m.atStart)) return [...mentions];
  const confirmed = confirmedKeys(articles);
  return mentions.filter((m) => !m.atStart || confirmed.has(m.key));
}

// The keys some outlet writes mid-sentence, per list of articles: `usable` is asked of each article of a list, several
// times per comparison, and the set is the same each time (a list of articles is not changed once compared).
const confirmedByArticles = new WeakMap<readonly { actors: ActorFeatures }[], Set<string>>();

function confirmedKeys(articles: readonly { actors: ActorFeatures }[]): Set<string> {
  let confirmed = confirmedByArticles.get(articles);
  if (confirmed) return confirmed;
  confirmed = new Set<string>();
  for (const a of articles) for (const m of a.actors.mentions) if (!m.atStart) confirmed.add(m.key);
  confirmedByArticles.set(articles, confirmed);
  return confirmed;
}

const MAX_ACTORS = 16;
const MAX_LABELS_PER_OUTLET = 12;
/** Labels read per outlet and actor before the most telling are kept. */
const MAX_LABELS_READ = 60;

/**
 * Actors that at least two outlets mention, and that either carry a
 * description or are written in more than one way: the rows where wording can
 * differ. Demonyms alone ("Afghan") are not labels of an actor.
 */
export function groupActors(articles: readonly { id: string; actors: ActorFeatures }[], resolver = resolveActors(articles)): ActorGroup[] {
  const { normalise, groups } = resolver;
  interface Pending {
    keys: Set<string>;
    labels: Map<string, ActorLabel[]>;
    nameCounts: Map<string, number>;
    descriptionCounts: Map<string, number>;
    count: number;
    forms: Set<string>;
    described: boolean;
  }
  const byRoot = new Map<string, Pending>();
  const joints: { article: string; mention: ActorMention; roots: string[] }[] = [];
  for (const a of articles) {
    for (const m of usable(a.actors.mentions, articles)) {
      const k = normalise(m.key);
      if (k.startsWith(JOINT)) {
        joints.push({ article: a.id, mention: m, roots: resolver.joint(k) });
        continue;
      }
      if (k.startsWith(PEOPLE_OF) || (k.startsWith(PLACE_REFERENCE) && groups.find(k).startsWith(PLACE_REFERENCE))) continue;
      const demonym = m.kind === 'name' && (isCompassDemonym(m.key, normalise) || (!m.key.includes(' ') && ((k !== m.key && !k.includes(' ')) || isStateAdjective(m.key))));
      // "Russian" is a modifier, no label, and so is "North Korean" or "South Asian"; "the Russians" names the people, as
      // the outlet chooses to.
      const people = demonym && /[^s]s$/u.test(m.key);
      if (demonym && !people) continue;
      const root = groups.find(k);
      const g: Pending = byRoot.get(root) ?? { keys: new Set(), labels: new Map(), nameCounts: new Map(), descriptionCounts: new Map(), count: 0, forms: new Set(), described: false };
      byRoot.set(root, g);
      g.keys.add(k);
      g.count += m.count;
      g.forms.add(nameKey(m.label));
      if (m.kind === 'description') g.described = true;
      const counts = m.kind === 'description' || people ? g.descriptionCounts : g.nameCounts;
      counts.set(m.label, (counts.get(m.label) ?? 0) + m.count);
      const list = g.labels.get(a.id) ?? [];
      const same = list.find((l) => l.label === m.label && l.inQuote === m.inQuote);
      if (same) same.count = (same.count ?? 1) + m.count;
      else if (list.length < MAX_LABELS_READ) list.push({ label: m.label, inQuote: m.inQuote, count: m.count });
      g.labels.set(a.id, list);
    }
  }
  // A label naming several actors is shown in each one's row (where the outlet's other mentions made one), with whom it names.
  const together = new Map<ActorLabel, string[]>();
  for (const j of joints) {
    for (const root of j.roots) {
      const g = byRoot.get(root);
      if (!g) continue;
      const list = g.labels.get(j.article) ?? [];
      const others = j.roots.filter((r) => r !== root);
      const same = list.find((l) => l.label === j.mention.label && l.inQuote === j.mention.inQuote && together.has(l));
      if (same) same.count = (same.count ?? 1) + j.mention.count;
      else if (list.length < MAX_LABELS_READ) {
        const label: ActorLabel = { label: j.mention.label, inQuote: j.mention.inQuote, count: j.mention.count };
        together.set(label, others);
        list.push(label);
      }
      g.labels.set(j.article, list);
    }
  }
  const nameOf = (root: string) => {
    const g = byRoot.get(root);
    return g ? (displayName(g.nameCounts, placeTest(resolver)) ?? displayName(g.descriptionCounts)) : undefined;
  };
  for (const [label, others] of together) {
    const named = others.map(nameOf).filter((n): n is string => n !== undefined);
    if (named.length > 0) label.with = named;
  }
  const result: ActorGroup[] = [];
  const spare: ActorGroup[] = [];
  for (const [root, g] of byRoot) {
    if (g.labels.size < 2) continue;
    // A country named outright is an actor even where every outlet writes it the same way.
    // (Not a continent: "Asia" is no actor for being named by every outlet the same way.)
    const placed = [...g.keys].some((k) => resolver.places.has(k) && !isContinent(k));
    // (Also one no outlet writes a demonym of, "Mexico" where the coverage never says "Mexican": such a row, with no other
    // choice of words to show, takes a place only where the rows that show choices leave one.)
    const stateAlone = g.forms.size < 2 && !g.described && !placed && resolver.states.has(root);
    if (g.forms.size < 2 && !g.described && !placed && !stateAlone) continue;
    // A title no outlet gives one person is no actor.
    if (root.startsWith(ROLE_OF)) continue;
    const actor = displayName(g.nameCounts, placeTest(resolver)) ?? displayName(g.descriptionCounts);
    if (!actor) continue;
    // Keyed by article ids, which come from imported packs: no prototype, so that an id such as "__proto__" stays a key.
    const labels: Record<string, ActorLabel[]> = Object.create(null);
    // Per outlet: the labels no other outlet uses first (the outlet's own choices), then the most used.
    const outletsOf = new Map<string, number>();
    for (const l of g.labels.values()) for (const label of new Set(l.map((x) => nameKey(x.label)))) outletsOf.set(label, (outletsOf.get(label) ?? 0) + 1);
    for (const a of articles) {
      const l = g.labels.get(a.id);
      if (!l) continue;
      const own = (x: ActorLabel) => (outletsOf.get(nameKey(x.label)) ?? 0) === 1 && g.labels.size > 1;
      // (A label naming this actor with others comes after those that name it alone: it says less of how the outlet sees it.)
      labels[a.id] = [...l].sort((x, y) => Number(!!x.with) - Number(!!y.with) || Number(own(y)) - Number(own(x)) || (y.count ?? 1) - (x.count ?? 1)).slice(0, MAX_LABELS_PER_OUTLET);
    }
    // Then, apart, the people the outlet shows acting for the actor, each with how the outlet names them.
    for (const a of articles) {
      const acting = agentLabels(a.id, resolver.agents.get(root), byRoot, together, nameOf);
      if (acting.length > 0) labels[a.id] = [...(labels[a.id] ?? []), ...acting];
    }
    (stateAlone ? spare : result).push({ actor, labels, keys: [...g.keys].sort(), mentionCount: g.count });
  }
  const ranked = (rows: ActorGroup[]) => rows.sort((x, y) => Object.keys(y.labels).length - Object.keys(x.labels).length || y.mentionCount - x.mentionCount);
  return [...ranked(result), ...ranked(spare)].slice(0, MAX_ACTORS);
}

/** Heads of a body's name written either "the <X> Department" or "the Department of <X>". */
const BODY_NAME_HEADS = new Set(['department', 'ministry', 'office', 'bureau', 'agency', 'secretariat']);

/** A compass word that opens a two-word demonym ("North Korean", "South Asian", "Central American"). */
const COMPASS_OPENING = /^(?:north|south|east|west|central|northern|southern|eastern|western|southeast|southwest|northeast|northwest)$/u;

/**
 * A two-word demonym ("North Korean", "South Asian", "Central American", "Central Americans"): a compass word, then a word
 * the coverage reads as a place's demonym (as one-word demonyms are read, `normalise`).
 */
function isCompassDemonym(key: string, normalise: (key: string) => string): boolean {
  const [first = '', last = '', ...more] = key.split(' ');
  return more.length === 0 && COMPASS_OPENING.test(first) && last !== '' && normalise(last) !== last && !normalise(last).includes(' ');
}

/** People shown acting for an actor per outlet, and labels shown per such person. */
const MAX_AGENTS_PER_OUTLET = 4;
const MAX_LABELS_PER_AGENT = 4;

/**
 * The labels one outlet gives the people who act for an actor (`resolver.agents`): the people it names most first, each
 * with the labels it uses most for them (not the ones naming them with others), marked with whom they name.
 */
function agentLabels(
  article: string,
  agents: ReadonlySet<string> | undefined,
  byRoot: ReadonlyMap<string, { labels: Map<string, ActorLabel[]>; descriptionCounts: Map<string, number> }>,
  together: ReadonlyMap<ActorLabel, string[]>,
  nameOf: (root: string) => string | undefined,
): ActorLabel[] {
  if (!agents) return [];
  const count = (ls: readonly ActorLabel[]) => ls.reduce((n, l) => n + (l.count ?? 1), 0);
  const named = [...agents]
    .map((root) => ({ name: nameOf(root), labels: (byRoot.get(root)?.labels.get(article) ?? []).filter((l) => !together.has(l)), described: byRoot.get(root)?.descriptionCounts }))
    .filter((x): x is { name: string; labels: ActorLabel[]; described: Map<string, number> | undefined } => x.name !== undefined && x.labels.length > 0)
    .sort((x, y) => count(y.labels) - count(x.labels) || x.name.localeCompare(y.name))
    .slice(0, MAX_AGENTS_PER_OUTLET);
  return named.flatMap((x) => {
    // How the outlet describes them (titles, roles: "the CIA chief", "Russian Ambassador") before its ways of writing the
    // name, which the agent's name above them already gives.
    const description = (l: ActorLabel) => Number(x.described?.has(l.label) ?? false);
    return [...x.labels]
      .sort((p, q) => description(q) - description(p) || (q.count ?? 1) - (p.count ?? 1))
      .slice(0, MAX_LABELS_PER_AGENT)
      .map((l) => ({ ...l, actingFor: x.name }));
  });
}

/**
 * The name most outlets use; a surname alone gives way to the full name it
 * stands for ("Mujahid" is shown as "Zabihullah Mujahid").
 */
export function displayName(counts: ReadonlyMap<string, number>, isPlace: (word: string) => boolean = () => false): string | undefined {
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length);
  const top = ranked[0]?.[0];
  if (top === undefined || top.includes(' ')) return top;
  // "Afghan Taliban" is not a first name and a surname: a place word in front names a branch, not a person.
  const fuller = ranked.find(([label]) => label.includes(' ') && label.endsWith(` ${top}`) && !/[‐‑-]/.test(label) && !isPlace(label.split(' ')[0] ?? ''));
  return fuller?.[0] ?? top;
}

export function placeTest(resolver: KeyResolver): (word: string) => boolean {
  return (word) => resolver.places.has(resolver.normalise(nameKey(word)));
}

/** The guarded expressions of this module with their guards (text/guards.ts), for the test that checks each guard on the corpora. */
export const ACTOR_GUARDS: readonly GuardedExpression[] = [
  { expression: STATE_AGENT, mayMatch: mayBeStateAgent },
  { expression: OWNED_PATTERN, mayMatch: mayOwn },
  { expression: OWNED_FOR_PATTERN, mayMatch: mayOwnFor },
  { expression: COLLECTIVE_OF, mayMatch: mayJoinCollectives },
  { expression: COLLECTIVE_IN, mayMatch: mayJoinCollectives },
  { expression: ORGANIZERS_OF, mayMatch: mayOrganize },
  { expression: ORGANIZING_BODY, mayMatch: mayOrganize },
  { expression: BARE_ORGANIZERS, mayMatch: mayOrganize },
  { expression: COUNTERPART_REFERENCE, mayMatch: mayCounterpart },
  { expression: NICKNAME, mayMatch: mayGive },
  { expression: EPITHET_GIVEN, mayMatch: mayGive },
  { expression: PLACE_POSSESSIVE_OFFICE, mayMatch: mayPossess },
];
