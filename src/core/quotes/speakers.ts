/**
 * Speaker identity: when two mentions name the same person. Transliterated
 * names vary between outlets ("Zabihullah" / "Zabiullah", "Mujahid" /
 * "Mujahed"), articles shorten a name to the surname ("Mr. Doe") and some give
 * only a title ("the foreign minister"); each is joined to a full name only
 * when the text makes the link.
 */
import { stem } from '../text/tokens.js';
import { STOPWORDS } from '../text/stopwords.js';
import { compareNames, nameTokens, sameNameWord } from '../english/names.js';

/** Stems of a title or description, compounds split ("Kabul-based analyst" -> kabul, bas, analyst). */
export function roleTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const raw of text.toLowerCase().replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    if (raw === 'former' || raw === 'acting') continue;
    // "the suit" and "the lawsuit" name one and the same paper.
    terms.add(stem(raw.replace(/defence/u, 'defense').replace(/^suit$/u, 'lawsuit')));
  }
  return [...terms];
}

/** Whether a title-only mention fits a description given elsewhere: every word of the title appears in it. */
export function roleFits(role: string, description: string): boolean {
  const wanted = roleTerms(role);
  if (wanted.length === 0) return false;
  const have = new Set(roleTerms(description));
  return wanted.every((t) => have.has(t));
}

/** A person known by name with the titles given them, for resolving roles. */
export interface NamedPerson {
  name: string;
  descriptions: readonly string[];
}

/** The one named person whose descriptions fit a role, or undefined when none or several do. */
export function personForRole(role: string, people: readonly NamedPerson[]): string | undefined {
  const fits = new Set<string>();
  for (const person of people) if (person.descriptions.some((d) => roleFits(role, d))) fits.add(person.name);
  const names = [...fits];
  if (names.length === 0) return undefined;
  // Spellings of one person count once.
  const first = names[0] ?? '';
  return names.every((n) => compareNames(n, first) === 'same' || compareNames(n, first) === 'surname') ? longestName(names) : undefined;
}

function longestName(names: readonly string[]): string {
  return names.reduce((best, n) => (nameTokens(n).length > nameTokens(best).length ? n : best), names[0] ?? '');
}

/**
 * Groups speaker names across articles into identities. Full names join when
 * they match word by word (with spelling variants); a surname alone joins the
 * one identity whose surname it matches, and stays apart when several do.
 * Returns, for each input name, the index of its identity's representative.
 */
export function clusterNames(names: readonly string[]): number[] {
  const parent = names.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  const full = names.map((n) => nameTokens(n).length > 1);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (!full[i] || !full[j]) continue;
      if (compareNames(names[i] ?? '', names[j] ?? '') === 'same') parent[find(j)] = find(i);
    }
  }
  for (let i = 0; i < names.length; i++) {
    if (full[i]) continue;
    const roots = new Set<number>();
    for (let j = 0; j < names.length; j++) {
      if (!full[j]) continue;
      if (compareNames(names[i] ?? '', names[j] ?? '')) roots.add(find(j));
    }
    if (roots.size === 1) parent[find(i)] = [...roots][0] ?? find(i);
    else if (roots.size === 0) {
      // A family name written first ("Kim" for Kim Jong Un, "Xi" for Xi Jinping): the one identity whose full name opens with it.
      const familyFirst = new Set<number>();
      const lone = nameTokens(names[i] ?? '');
      for (let j = 0; j < names.length; j++) {
        const tokens = nameTokens(names[j] ?? '');
        if (full[j] && lone.length === 1 && tokens[0] !== undefined && sameNameWord(tokens[0], lone[0] ?? '')) familyFirst.add(find(j));
      }
      if (familyFirst.size === 1) parent[find(i)] = [...familyFirst][0] ?? find(i);
      else for (let j = 0; j < i; j++) if (!full[j] && compareNames(names[i] ?? '', names[j] ?? '') === 'same') parent[find(i)] = find(j);
    }
  }
  return names.map((_, i) => find(i));
}
