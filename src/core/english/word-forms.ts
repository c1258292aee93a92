import { stem } from '../text/tokens.js';

/**
 * Word families English builds that the light stemmer (`text/tokens.ts`) leaves apart on purpose:
 * a verb and the noun made of it ("colluded" / "collusion", "removed" / "removal", "denied" /
 * "denial", "agreed" / "agreement") and a verb's irregular past ("met" / "meet", "withdrew" /
 * "withdraw"). A looser reading than the stemmer's: for tests that ask whether one sentence says
 * what another does in other words, never for the matcher's or the aligner's term weights.
 */

// Irregular past forms whose base every news story writes the same way; past forms that are also common
// other words ("left", "found", "saw", "lead", "spoke", "shot", "fell", "rose") are not here.
const IRREGULAR: Record<string, string> = {
  met: 'meet', told: 'tell', took: 'take', taken: 'take', gave: 'give', given: 'give', won: 'win',
  sought: 'seek', struck: 'strike', stricken: 'strike', fled: 'flee', held: 'hold', led: 'lead', brought: 'bring',
  began: 'begin', begun: 'begin', withdrew: 'withdraw', withdrawn: 'withdraw', sent: 'send', spent: 'spend',
  built: 'build', bought: 'buy', caught: 'catch', chose: 'choose', chosen: 'choose', fought: 'fight', froze: 'freeze',
  frozen: 'freeze', kept: 'keep', knew: 'know', known: 'know', paid: 'pay', sold: 'sell', spoken: 'speak', stole: 'steal',
  stolen: 'steal', swore: 'swear', sworn: 'swear', threw: 'throw', thrown: 'throw', wrote: 'write', written: 'write',
  drove: 'drive', driven: 'drive', broke: 'break', broken: 'break', arose: 'arise', arisen: 'arise', forbade: 'forbid',
  forbidden: 'forbid', overtook: 'overtake', undertook: 'undertake', undertaken: 'undertake', upheld: 'uphold',
  overthrew: 'overthrow', overthrown: 'overthrow', hid: 'hide', hidden: 'hide', bitten: 'bite', shaken: 'shake',
  shook: 'shake', sank: 'sink', sunk: 'sink', slain: 'slay', slew: 'slay', awoke: 'awake', woke: 'wake', wept: 'weep',
  await: 'wait',
};
// Keyed by stem, as the terms are: the stem of the irregular form -> the stem of its base.
const IRREGULAR_STEMS = new Map<string, string>(Object.entries(IRREGULAR).map(([form, base]) => [stem(form), stem(base)]));
Object.setPrototypeOf(IRREGULAR, null);

// Endings that make a noun of a verb, as the stemmer leaves the noun (it never cuts them), each with the
// endings the verb's stem may have instead and what the cut root must look like:
// "collusion" -> "collud" ("collude"), "accusation" -> "accus", "negotiation" -> "negotiat",
// "election" -> "elect", "denial" -> "deny", "removal" -> "remov", "agreement" -> "agre", "closure" -> "clos".
interface NounEnding {
  ending: string;
  verbEndings: readonly string[];
  /** What the root (the noun without its ending) must end in, when not anything. */
  rootEnds?: RegExp;
}
const NOUN_ENDINGS: readonly NounEnding[] = [
  { ending: 'sion', verbEndings: ['d', 's'] },
  { ending: 'ation', verbEndings: ['', 'at'] },
  { ending: 'ition', verbEndings: ['', 'it'] },
  // "election", "adoption", "exemption"; not "billion" / "bill" or "region".
  { ending: 'ion', verbEndings: [''], rootEnds: /t$/ },
  { ending: 'ial', verbEndings: ['y'] },
  // "removal", "refusal", "withdrawal", "betrayal"; not "signal" / "sign" or "formal" / "form".
  { ending: 'al', verbEndings: [''], rootEnds: /[vswy]$/ },
  { ending: 'ment', verbEndings: [''] },
  // "closure", "failure", "seizure"; not "pressure" / "press".
  { ending: 'ure', verbEndings: [''], rootEnds: /(?<!s)[szlt]$/ },
];
/** The root left once a noun's ending is cut has at least this many letters ("tension" is no "tend", "pension" no "pend"). */
const MIN_ROOT = 4;
/** But "-ial" from "-y": "denial" is "deny", "burial" "bury" (and "trial" no "try"). */
const MIN_ROOT_BEFORE_Y = 3;
// Nouns that look made of a verb but are named for another sense of the root: a statement is no state,
// a department no departure.
const NOT_OF_THE_VERB = new Set(['statement', 'department', 'apartment']);

/**
 * Of the stems `vocabulary` holds (one story's terms), each noun made of a verb that is also there,
 * mapped to that verb's stem: "collusion" -> "collud" when the story writes both "collusion" and
 * "colluded". Both must be written in the story, so a noun never meets a verb that only looks like
 * its root, and irregular past forms are mapped to their base ("met" -> "meet") when the base is
 * there too.
 */
export function wordFamilies(vocabulary: Iterable<string>): Map<string, string> {
  const known = new Set(vocabulary);
  const families = new Map<string, string>();
  for (const term of known) {
    if (/[^a-z]/.test(term) || NOT_OF_THE_VERB.has(term)) continue;
    const base = IRREGULAR_STEMS.get(term);
    if (base !== undefined) {
      if (known.has(base)) families.set(term, base);
      continue;
    }
    const noun = NOUN_ENDINGS.find(({ ending }) => term.endsWith(ending));
    if (!noun) continue;
    const root = term.slice(0, -noun.ending.length);
    if (root.length < (noun.ending === 'ial' ? MIN_ROOT_BEFORE_Y : MIN_ROOT) || (noun.rootEnds && !noun.rootEnds.test(root))) continue;
    for (const verbEnding of noun.verbEndings) {
      // The stemmer's last step: a final "e" goes ("agree" -> "agre", "settle" -> "settl").
      const written = root + verbEnding;
      const verb = written.endsWith('e') && written.length > 4 ? written.slice(0, -1) : written;
      if (verb === term || !known.has(verb)) continue;
      families.set(term, verb);
      break;
    }
  }
  return families;
}
