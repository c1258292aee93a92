// The places and the toll a lead sentence states, read for the argument-splits evaluation only: the product's relation
// decision reads a lead's predicate and patient (english/roles.ts `actOf`), never these. Moved out of english/roles.ts
// in stop 29 so that a pack build does not compute what no analysis reads; the reading is the one stop 28 measured.
import { tokenize } from '../../src/core/english/attribution.js';
import { isNotAName } from '../../src/core/english/names.js';
import { numberWordValue, parseDigits } from '../../src/core/english/numerals.js';
import type { EventRoles } from '../../src/core/english/roles.js';

export interface LeadParticulars {
  /** Names the sentence places the event at ("in Wasilla", "near Bandar Abbas"). */
  places: string[];
  /** The dead and the hurt it counts ("killing at least 10 people", "ten people are killed", "injured three"). */
  killed?: number;
  injured?: number;
}

const PLACE_WORDS = new Set(['in', 'near', 'outside']);
const KILLING = new Set(['killing', 'killed', 'kills', 'kill', 'leaving', 'left', 'claiming']);
const INJURING = new Set(['injuring', 'injured', 'injures', 'injure', 'wounding', 'wounded', 'hurting', 'hurt']);
const DEAD = new Set(['killed', 'dead', 'died', 'die', 'dies', 'deaths', 'death']);
const HURT = new Set(['injured', 'wounded', 'hurt', 'injuries']);
/** Words between a toll verb and its figure ("killing at least 10"). */
const APPROXIMATE = new Set(['at', 'least', 'more', 'than', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'up', 'to', 'another', 'a', 'further', 'an', 'estimated']);

const lower = (word: string) => word.replace(/\.$/u, '').toLowerCase();
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
function figureOf(word: string): number | undefined {
  return /^\d/u.test(word) ? parseDigits(word) : numberWordValue(lower(word));
}

/** The dead and the hurt a sentence counts. */
function tollOf(words: readonly string[]): { killed?: number; injured?: number } {
  const toll: { killed?: number; injured?: number } = {};
  const note = (kind: 'killed' | 'injured', value: number | undefined) => {
    if (value !== undefined && toll[kind] === undefined) toll[kind] = value;
  };
  words.forEach((word, i) => {
    const w = lower(word);
    // "killing at least 10 people", "injuring 80", "leaving 3 dead"
    if (KILLING.has(w) || INJURING.has(w)) {
      let j = i + 1;
      while (j < words.length && APPROXIMATE.has(lower(words[j] ?? ''))) j++;
      const value = figureOf(words[j] ?? '');
      const leaving = w === 'leaving' || w === 'left';
      if (value !== undefined && (!leaving || DEAD.has(lower(words[j + 1] ?? '')) || DEAD.has(lower(words[j + 2] ?? '')))) note(INJURING.has(w) ? 'injured' : 'killed', value);
    }
    // "10 people were killed", "three dead", "50 hurt"
    const value = figureOf(word);
    if (value !== undefined) {
      for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
        const next = lower(words[k] ?? '');
        if (next === ',' || next === 'and' || figureOf(words[k] ?? '') !== undefined) break;
        if (DEAD.has(next)) note('killed', value);
        if (HURT.has(next)) note('injured', value);
        if (DEAD.has(next) || HURT.has(next)) break;
      }
    }
  });
  return toll;
}

/** The places and the toll of the sentence a lead's roles were read from. */
export function leadParticulars(roles: Pick<EventRoles, 'sentence'>): LeadParticulars {
  const words = tokenize(roles.sentence).map((t) => t.text);
  const places = words.flatMap((w, i) => {
    if (!PLACE_WORDS.has(lower(w))) return [];
    const from = lower(words[i + 1] ?? '') === 'the' ? i + 2 : i + 1;
    if (!isCapitalised(words[from] ?? '')) return [];
    const run: string[] = [];
    for (let j = from; j < words.length && isCapitalised(words[j] ?? ''); j++) run.push(lower(words[j] ?? ''));
    return run.every((r) => isNotAName(r)) ? [] : [run.join(' ')];
  });
  return { places, ...tollOf(words) };
}
