import { ONES, TENS } from '../english/numerals.js';
import { compareNames, nameChunks } from '../english/names.js';
import { BARE_VERBS } from '../english/speech.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stem, termsOf, words } from '../text/tokens.js';
import type { TermWeigher } from './align.js';
import { figuresToAgree, isClockFigure, placesFact } from './units.js';

/**
 * "Already said there": a looser, recall-oriented test than the cross-outlet aligner, run
 * before a fact is listed as missing from the page (against the page) or as only on the page
 * (against every other article on the story).
 *
 * The aligner asks whether two units state the same fact and must not pair different facts
 * about the same actors. This test asks the reader's question instead: would someone who read
 * the other article find this statement there, perhaps in other words or spread over two
 * sentences? On NewsWCL50 and the seeds, before this test, a third of the "missing here" items
 * were already on the page ("killed all 157 on board" against "All 157 people on the plane were
 * killed") and two thirds of the "only here" items were in a sibling article
 * (docs/evaluation-facts.md). It looks for:
 *  - the same wording: a run of `SHARED_RUN` words, which is how a shared quotation shows;
 *  - the same content: most of the statement's rarity-weighted terms, in one sentence or two,
 *    with spelling variants and word forms merged; less is needed when a rare name (the
 *    speaker, the place) is shared, and more when both give numbers that disagree;
 *  - the same figure: a number other than a year, with some of its context.
 */

/** Words in a run that shows the same wording (a quotation, a wire sentence). */
export const SHARED_RUN = 6;
/** Share of the statement's weighted terms that makes it already said, by what else the two share. */
export const SAID_COVERAGE = {
  /** Terms alone. */
  plain: 0.55,
  /** A rare name is shared too. */
  withName: 0.42,
  /** Both sides give numbers and none agree. */
  numbersDisagree: 0.75,
  /**
   * A telling figure is shared too. 0.25 (stop 27, was 0.3): on the tune lists of seeds, NewsWCL50 and ECB+ it takes
   * out three already-said items ("A magnitude 4.6 earthquake struck Northern California" on a page with "An
   * earthquake measuring 4.6 rattled Sonoma and Lake counties early Thursday") and no right one; 0.2 loses a right one.
   */
  withFigure: 0.25,
} as const;
/** A name in at most this share of the story's sentences is rare (a speaker, a place), not a main actor. */
export const RARE_NAME_SHARE = 0.15;
/** Each sentence joined to cover a statement adds at least this many of its terms. */
const MIN_ADDED_TERMS = 2;

// Stems (as `termsOf` gives them) of the words that frame a report rather than state its content:
// the bare reporting verbs of the reading layer ("announced", "noted") and the nouns of a report's setting.
const REPORTING = new Set([
  ...[...BARE_VERBS].map(stem),
  'statement', 'releas', 'spokesman', 'spokesperson', 'spokeswoman', 'official', 'interview', 'press', 'conferenc', 'brief', 'reuter', 'sourc',
]);

// Common rewordings in news copy, as stems (`termsOf`): each group counts as one term in this test
// only (the aligner keeps them apart, where "attack" and "raid" may be different facts).
const REWORDINGS: readonly (readonly string[])[] = [
  ['ceasefir', 'truc'],
  ['kill', 'dead', 'death', 'died'],
  ['war', 'conflict', 'fight', 'hostility', 'clash'],
  ['talk', 'negotiation', 'dialogu'],
  ['sued', 'sue', 'lawsuit', 'suit', 'litigation'],
  ['tariff', 'duty', 'levy'],
  ['delay', 'postpon', 'postponement'],
  ['exemption', 'exempt', 'exclusion'],
  ['visit', 'trip'],
  ['meet', 'meeting', 'summit'],
  ['attack', 'strik', 'assault', 'raid', 'airstrik'],
  ['injur', 'injury', 'wound'],
  ['arrest', 'detain'],
  ['accus', 'alleg'],
  ['deny', 'reject', 'refut'],
  ['vow', 'pledg', 'promis'],
  ['warn', 'threaten'],
  ['abduct', 'abduction', 'kidnap'],
  ['shut', 'clos', 'closur'],
  ['halt', 'stop', 'suspend', 'suspension', 'freez', 'frozen'],
  ['mediat', 'mediation', 'broker'],
  ['troop', 'soldier'],
  ['deal', 'agreement', 'accord', 'pact'],
  ['resign', 'quit'],
  ['protest', 'protester', 'demonstration', 'demonstrator'],
  ['twitter', 'tweet'],
];
const REWORDING = new Map<string, string>(REWORDINGS.flatMap((group) => group.map((term) => [term, group[0]!] as [string, string])));

/**
 * The term forms this test compares: spelling variants and word forms merged over the story
 * (`canonicalTerms`), and each name of a people mapped to its place's name (`demonymForms`).
 */
export interface SayingForms {
  canonical: ReadonlyMap<string, string>;
  /** Canonical term -> canonical term it says the same as here ("chines" -> "china"). */
  places?: ReadonlyMap<string, string>;
  /** A title the story gives one person ("presid" -> "trump"): "the president" is that person here. */
  titles?: ReadonlyMap<string, string>;
}

// A number written in words is the same figure as in digits: "killed eight" and "8 killed". Its term (the
// stemmed word) is compared as the figure, and every sentence holds its figures as such terms (`profileSentence`).
const NUMBER_WORD_TERMS = new Map<string, string>(
  Object.entries({ ...ONES, ...TENS }).flatMap(([word, value]) => termsOf(word).map((term) => [term, figureTerm(String(value))] as [string, string])),
);

function figureTerm(value: string): string {
  return `#${value}`;
}

/** A term as this test compares it: a number word's figure, its spelling variant's form, its place if a people's name, its person if a title, then its rewording group's. */
export function sayingTerm(term: string, forms: SayingForms): string {
  const figure = NUMBER_WORD_TERMS.get(term);
  if (figure) return figure;
  const canonicalKey = forms.canonical.get(term) ?? term;
  const placeKey = forms.places?.get(canonicalKey) ?? canonicalKey;
  // A title is looked up as written too: the story's word forms may have merged it with a verb ("director", "direct").
  const key = forms.titles?.get(placeKey) ?? (placeKey === canonicalKey ? forms.titles?.get(term) : undefined) ?? placeKey;
  return REWORDING.get(term) ?? REWORDING.get(key) ?? key;
}

// Endings of a people's name, as the stemmer leaves them ("Chinese" -> "chines", "Turkish", "Korean", "Indian").
const DEMONYM_STEM_ENDINGS = ['ian', 'ean', 'an', 'ish', 'es', 'i', 'n'];

/**
 * The names of peoples among a story's names, each mapped to its place's name: "Chinese mediation"
 * and "China has attempted mediation" say the same thing. The stemmer's word forms leave these
 * apart when the place's name is short (Korea/Korean, China/Chinese, Turkey/Turkish). Both must be
 * names (capitalised) in the story, so "publish" never meets "public".
 */
export function demonymForms(names: Iterable<string>): Map<string, string> {
  const list = [...new Set(names)].filter((n) => !/\d/.test(n));
  const byPrefix = new Map<string, string[]>();
  for (const name of list) {
    if (name.length < 4) continue;
    const key = name.slice(0, 4);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), name]);
  }
  const places = new Map<string, string>();
  for (const word of list) {
    for (const ending of DEMONYM_STEM_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const root = word.slice(0, -ending.length);
      if (root.length < 4) continue;
      const place = (byPrefix.get(root.slice(0, 4)) ?? []).find((p) => p !== word && p.startsWith(root) && p.length - root.length <= 3 && p.length < word.length + 2);
      if (place) {
        places.set(word, place);
        break;
      }
    }
  }
  return places;
}

/** What a sentence offers to the test. */
export interface SentenceProfile {
  terms: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  runs: ReadonlySet<string>;
}

/** A statement to look for: canonical terms with their weights, names, numbers, word runs. */
export interface StatementProfile {
  weights: ReadonlyMap<string, number>;
  total: number;
  rareNames: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  runs: ReadonlySet<string>;
}

// Corpus articles' sentences are read again at every report that compares with them: their runs are kept.
const runsCache = new Map<string, Set<string>>();
const RUNS_CACHE_SIZE = 20_000;

/** Runs of `SHARED_RUN` lower-cased words, quotation marks and punctuation ignored. */
export function wordRuns(text: string): ReadonlySet<string> {
  const known = runsCache.get(text);
  if (known) return known;
  if (runsCache.size >= RUNS_CACHE_SIZE) runsCache.clear();
  const runs = readWordRuns(text);
  runsCache.set(text, runs);
  return runs;
}

function readWordRuns(text: string): Set<string> {
  const list = words(text).map((w) => w.surface.toLowerCase().replace(/’/g, "'"));
  const runs = new Set<string>();
  for (let i = 0; i + SHARED_RUN <= list.length; i++) runs.add(list.slice(i, i + SHARED_RUN).join(' '));
  return runs;
}

export function profileSentence(terms: readonly string[], numbers: readonly string[], runs: ReadonlySet<string>, forms: SayingForms): SentenceProfile {
  const held = new Set(terms.map((t) => sayingTerm(t, forms)));
  for (const n of numbers) held.add(figureTerm(n));
  return { terms: held, numbers: new Set(numbers), runs };
}

export function profileStatement(
  unit: { terms: readonly string[]; names: readonly string[]; numbers: readonly string[] },
  text: string,
  forms: SayingForms,
  weigh: TermWeigher,
  isRareName: (sayingName: string) => boolean,
): StatementProfile {
  const canonical = forms.canonical;
  const weights = new Map<string, number>();
  for (const term of unit.terms) {
    // Who said it and where is not what was said: "according to a statement released by the spokesman".
    if (REPORTING.has(term)) continue;
    const key = sayingTerm(term, forms);
    weights.set(key, Math.max(weights.get(key) ?? 0, weigh(term, canonical.get(term) ?? term)));
  }
  addFigureTerms(weights, unit.numbers, (n) => isRareName(figureTerm(n)));
  let total = 0;
  for (const w of weights.values()) total += w;
  const rareNames = new Set(unit.names.map((n) => sayingTerm(n, forms)).filter(isRareName));
  return { weights, total, rareNames, numbers: new Set(unit.numbers), runs: wordRuns(text) };
}

/**
 * A statement's figures are part of what it says, in digits as in words: "intercepted 3 pirate ships" and "intercepted
 * the remaining three" share the 3. A number written in words is a term already ("five" weighs as a word does); one in
 * digits, or a small number the word list drops ("two", "three"), weighs as the statement's mean term, when it is rare
 * in the story as a rare name is (`isRare`): the story's own figure ("a magnitude 4.6 quake", in most sentences) tells
 * one statement from another no more than its main actors do. A time of day is left to the figure rule (its
 * quarter-hour marks are two figures for one time).
 */
function addFigureTerms(weights: Map<string, number>, numbers: readonly string[], isRare: (figure: string) => boolean): void {
  if (weights.size === 0) return;
  let sum = 0;
  for (const w of weights.values()) sum += w;
  const mean = sum / weights.size;
  for (const n of numbers) {
    const key = figureTerm(n);
    if (isClockFigure(n) || weights.has(key) || !isRare(n)) continue;
    weights.set(key, mean);
  }
}

/**
 * Whether a sentence gives a statement's telling figure, or all of its figures when it has two or more: "two of them
 * managed to flee ... three boats were captured" and "While two of them managed to escape, ... the remaining three"
 * count alike, though two and three alone tell little.
 */
function sharesTellingFigures(statement: StatementProfile, sentence: SentenceProfile): boolean {
  if (tellingFigures(statement).some((n) => sentence.numbers.has(n))) return true;
  return statement.numbers.size >= 2 && [...statement.numbers].every((n) => sentence.numbers.has(n));
}

/** The figures that tell a statement apart: its telling counts, or when it gives none, its times of day (`figuresToAgree`). */
export function tellingFigures(statement: { numbers: ReadonlySet<string> }): string[] {
  return figuresToAgree([...statement.numbers].filter(isTellingNumber));
}

export function isTellingNumber(value: string): boolean {
  // A time of day ("at 20:49 GMT") or a day ("on March 2") places one moment of the story, as a large count does.
  if (placesFact(value)) return true;
  const n = Number(value);
  if (!Number.isFinite(n)) return false;
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) return false;
  return n >= 10 || !Number.isInteger(n);
}

interface ArticleIndex {
  /** Term -> the sentences (by position) that hold it. */
  byTerm: Map<string, number[]>;
  /** Word run -> the sentences that hold it. */
  byRun: Map<string, number[]>;
}

// Each article's sentence profiles are indexed once per report, however many statements are looked for in them.
const articleIndexes = new WeakMap<readonly SentenceProfile[], ArticleIndex>();

function indexOf(all: readonly SentenceProfile[]): ArticleIndex {
  let index = articleIndexes.get(all);
  if (index) return index;
  const byTerm = new Map<string, number[]>();
  const byRun = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  all.forEach((sentence, i) => {
    for (const term of sentence.terms) add(byTerm, term, i);
    for (const run of sentence.runs) add(byRun, run, i);
  });
  articleIndexes.set(all, (index = { byTerm, byRun }));
  return index;
}

/** What sentences of one article hold of a statement: for each sentence sharing a term, in order, the weight and which terms. */
interface Holding {
  /** Positions in the article of the sentences that share at least one term, ascending. */
  positions: number[];
  /** Per position (same order): the summed weight, in the statement's term order, and the terms held. */
  held: Held[];
}

/**
 * Through the article's term index: each posting adds its term's weight to its sentence, so the work is the
 * statement's postings, not every sentence times every term. Terms are added in the statement's order, so
 * the sums are the same as term-by-term.
 */
function holding(statement: StatementProfile, index: ArticleIndex): Holding {
  const bySentence = new Map<number, Held>();
  for (const [term, w] of statement.weights) {
    for (const i of index.byTerm.get(term) ?? []) {
      const held = bySentence.get(i);
      if (held) {
        held.weight += w;
        held.count++;
        held.terms.push(term);
      } else bySentence.set(i, { weight: w, count: 1, terms: [term] });
    }
  }
  const positions = [...bySentence.keys()].sort((a, b) => a - b);
  return { positions, held: positions.map((i) => bySentence.get(i)!) };
}

/** Positions of the sentences of `all` (one article) that each hold at least `share` of a statement's weighted terms. */
export function sentencesHolding(statement: StatementProfile, all: readonly SentenceProfile[], share: number): Set<number> {
  const found = new Set<number>();
  if (statement.total === 0) return found;
  const { positions, held } = holding(statement, indexOf(all));
  held.forEach(({ weight }, i) => {
    if (weight / statement.total >= share) found.add(positions[i]!);
  });
  return found;
}

/** Whether one sentence holds at least `share` of a statement's weighted terms. */
export function covers(statement: StatementProfile, sentence: SentenceProfile, share: number): boolean {
  if (statement.total === 0) return false;
  let weight = 0;
  for (const [term, w] of statement.weights) if (sentence.terms.has(term)) weight += w;
  return weight / statement.total >= share;
}

/** What one sentence holds of a statement: the weight and number of its terms, and which. */
interface Held {
  weight: number;
  count: number;
  terms: string[];
}

/** The share of the statement's weight a sentence (or two) must hold: less with a shared rare name, more when numbers disagree. */
function neededShare(statement: StatementProfile, hasTerm: (term: string) => boolean, hasNumber: (n: string) => boolean, anyNumbers: boolean): number {
  let threshold: number = SAID_COVERAGE.plain;
  for (const name of statement.rareNames) if (hasTerm(name)) threshold = SAID_COVERAGE.withName;
  if (statement.numbers.size > 0 && anyNumbers) {
    let agree = false;
    for (const n of figuresToAgree(statement.numbers)) if (hasNumber(n)) agree = true;
    if (!agree) threshold = SAID_COVERAGE.numbersDisagree;
  }
  return threshold;
}

/**
 * Whether `statement` is already said in the sentences `all` (one article): by shared
 * wording, by content (one sentence or the best two together) or by a shared figure.
 */
export function alreadySaid(statement: StatementProfile, all: readonly SentenceProfile[]): boolean {
  if (statement.total === 0) return false;
  // Only sentences sharing a term can say it: found through an index of the article's terms.
  const index = indexOf(all);
  const { positions, held: coverage } = holding(statement, index);
  if (positions.length === 0) return false;
  if (statement.runs.size > 0 && index.byRun.size > 0) {
    const sharing = new Set(positions);
    for (const run of statement.runs) for (const i of index.byRun.get(run) ?? []) if (sharing.has(i)) return true;
  }

  const within = positions.map((i) => all[i]!);
  // One sentence that says it.
  for (const [i, sentence] of within.entries()) {
    const { weight, count } = coverage[i]!;
    if (count < MIN_ADDED_TERMS) continue;
    const share = weight / statement.total;
    if (share >= neededShare(statement, (t) => sentence.terms.has(t), (n) => sentence.numbers.has(n), sentence.numbers.size > 0)) return true;
    if (share >= SAID_COVERAGE.withFigure && sharesTellingFigures(statement, sentence)) return true;
  }

  // Or two that say it together: the best sentence, and the one that adds most to it.
  let first = -1;
  let firstWeight = 0;
  coverage.forEach(({ weight, count }, i) => {
    if (count >= MIN_ADDED_TERMS && weight > firstWeight) {
      first = i;
      firstWeight = weight;
    }
  });
  if (first < 0) return false;
  const firstSentence = within[first]!;
  let added = 0;
  let second: SentenceProfile | undefined;
  coverage.forEach((held, i) => {
    if (i === first) return;
    // The terms this sentence holds that the first does not.
    let weight = 0;
    let count = 0;
    for (const term of held.terms) {
      if (firstSentence.terms.has(term)) continue;
      weight += statement.weights.get(term) ?? 0;
      count++;
    }
    if (count >= MIN_ADDED_TERMS && weight > added) {
      added = weight;
      second = within[i];
    }
  });
  if (!second) return false;
  const other = second;
  const needed = neededShare(
    statement,
    (t) => firstSentence.terms.has(t) || other.terms.has(t),
    (n) => firstSentence.numbers.has(n) || other.numbers.has(n),
    firstSentence.numbers.size + other.numbers.size > 0,
  );
  return (firstWeight + added) / statement.total >= needed;
}

/**
 * How much of a statement the sentences `within` hold, 0 to 1: the best sentence's weighted share, or the best
 * two together. Below the "already said" bar it still tells how likely the statement is there in other words.
 */
export function coverageIn(statement: StatementProfile, all: readonly SentenceProfile[]): number {
  if (statement.total === 0) return 0;
  const { positions, held } = holding(statement, indexOf(all));
  let best = -1;
  let bestWeight = 0;
  held.forEach(({ weight }, i) => {
    if (weight > bestWeight) {
      bestWeight = weight;
      best = i;
    }
  });
  if (best < 0) return 0;
  const first = all[positions[best]!]!;
  let added = 0;
  held.forEach(({ terms }, i) => {
    if (i === best) return;
    let weight = 0;
    for (const term of terms) if (!first.terms.has(term)) weight += statement.weights.get(term) ?? 0;
    added = Math.max(added, weight);
  });
  // A second sentence counts for half: two sentences hold more words by chance.
  return Math.min(1, (bestWeight + added / 2) / statement.total);
}

/** A title counts as its person when the story gives it before a name at least this often, */
const TITLE_MIN_USES = 3;
/** and before this one person's name at least this share of the time. */
const TITLE_ONE_PERSON_SHARE = 0.75;

/** How one article writes its words and names, as `titleForms` reads them. */
interface TitleReading {
  lowerCased: ReadonlySet<string>;
  namedAlone: ReadonlySet<string>;
  /** Name runs of two words or more, lower-cased. */
  runs: readonly (readonly string[])[];
}

// A corpus article's sentence list is the same array from one report to the next: read once.
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}\p{L}*/gu;
const titleReadings = new WeakMap<readonly string[], TitleReading>();

function readTitles(sentences: readonly string[]): TitleReading {
  let reading = titleReadings.get(sentences);
  if (reading) return reading;
  const lowerCased = new Set<string>();
  const namedAlone = new Set<string>();
  const runs: string[][] = [];
  // Words as written, lower-cased (not stemmed: stemming every word of the article costs more than the rest).
  for (const sentence of sentences) {
    for (const word of sentence.match(LOWER_CASE_WORD) ?? []) lowerCased.add(word);
    for (const chunk of nameChunks(sentence)) {
      if (!chunk.atSentenceStart && /^\p{L}+$/u.test(chunk.text)) namedAlone.add(chunk.text.toLowerCase());
      const parts = chunk.text.split(/\s+/u).filter((w) => /^\p{L}{2,}$/u.test(w)).map((w) => w.toLowerCase());
      if (parts.length >= 2) runs.push(parts);
    }
  }
  titleReadings.set(sentences, (reading = { lowerCased, namedAlone, runs }));
  return reading;
}

/**
 * The titles a story gives one person: in a name run ("President Donald Trump", "Special Counsel Robert
 * Mueller"), the words the story also writes in lower case are titles, the last word, never in lower case, the
 * person, whom the story also names by that word alone. A title used mostly for one person ("the president")
 * names that person there: "Trump planned to ignore his advice" and "the president planned to ignore it".
 */
export function titleForms(articles: readonly (readonly string[])[]): Map<string, string> {
  const readings = articles.map(readTitles);
  const lowerCased = (w: string) => readings.some((r) => r.lowerCased.has(w));
  const namedAlone = (w: string) => readings.some((r) => r.namedAlone.has(w));
  const uses = new Map<string, Map<string, number>>();
  for (const parts of readings.flatMap((r) => r.runs)) {
    const person = parts[parts.length - 1]!;
    // A person is named again by surname alone ("Trump said"); "Department" or "Organization" is not.
    if (lowerCased(person) || !namedAlone(person)) continue;
    for (const word of parts.slice(0, -1)) {
      if (STOPWORDS.has(word) || !lowerCased(word)) continue;
      const byPerson = uses.get(word) ?? new Map<string, number>();
      byPerson.set(person, (byPerson.get(person) ?? 0) + 1);
      uses.set(word, byPerson);
    }
  }
  const titles = new Map<string, string>();
  for (const [title, byPerson] of uses) {
    let total = 0;
    let top = '';
    let topCount = 0;
    for (const [person, n] of byPerson) {
      total += n;
      if (n > topCount) [top, topCount] = [person, n];
    }
    if (total >= TITLE_MIN_USES && topCount / total >= TITLE_ONE_PERSON_SHARE) titles.set(stem(title), stem(top));
  }
  return titles;
}

/**
 * The given names a story writes two ways for one person ("Rudy Giuliani" and "Rudolph W. Giuliani"), each mapped
 * to one form: "Rudy" says what "Rudolph" says. Two names are one person as the reading layer's one name comparison
 * (`compareNames`) reads them; only a name word the story never writes in lower case is a given name (not a title).
 */
export function givenNameForms(articles: readonly (readonly string[])[]): Map<string, string> {
  const readings = articles.map(readTitles);
  const lowerCased = (w: string) => readings.some((r) => r.lowerCased.has(w));
  // Surname -> the given names written right before it.
  const givenBySurname = new Map<string, Set<string>>();
  for (const parts of readings.flatMap((r) => r.runs)) {
    const surname = parts[parts.length - 1]!;
    const given = parts[parts.length - 2]!;
    if (lowerCased(surname) || lowerCased(given) || given.length < 3) continue;
    givenBySurname.set(surname, (givenBySurname.get(surname) ?? new Set<string>()).add(given));
  }
  const forms = new Map<string, string>();
  for (const [surname, givens] of givenBySurname) {
    const list = [...givens].sort((a, b) => b.length - a.length || a.localeCompare(b));
    for (const [i, short] of list.entries()) {
      // The longest given name the comparison joins this one to is its form.
      const full = list.slice(0, i).find((long) => compareNames(`${short} ${surname}`, `${long} ${surname}`) === 'same');
      if (full && stem(full) !== stem(short)) forms.set(stem(short), forms.get(stem(full)) ?? stem(full));
    }
  }
  return forms;
}
