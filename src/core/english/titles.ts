/**
 * What a capitalised run of words is: a person's title ("Defence Minister"),
 * a name, or both ("Army Chief General Asim Munir"). The title words are
 * general English, not this story's.
 */

const TITLE_WORDS = new Set(
  `minister ministers chief general president vice prime deputy foreign defense defence interior information
   acting spokesman spokesperson spokeswoman secretary ambassador envoy commander senator governor mayor king queen
   prince sheikh mullah mr mrs ms dr gen lt col maj capt judge justice attorney officer director head leader
   chairman chairwoman ceo rep sen representative special former supreme army military intelligence national security
   adviser advisor finance home state senior professor lieutenant colonel major captain sergeant admiral chancellor
   premier emir crown cabinet manager coach detective inspector sheriff deputy attorney prosecutor spokesperson
   superintendent constable owner ceo chair chairman chairperson governor-general rep. sen. gov. lt. gen. col. sgt. qc`
    .split(/\s+/)
    .filter(Boolean),
);

/** Title words that also open names of things ("General Motors", "King County", "Supreme Court"). */
const ADJECTIVAL_TITLES = new Set(
  'general prince king queen major state national security senior special home crown premier supreme army military intelligence finance foreign interior information cabinet vice deputy acting head'.split(' '),
);

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Splits leading title words off a name: "Army Chief General Asim Munir" gives role "Army Chief General", name "Asim Munir". */
export function splitTitle(chunk: string): { role?: string; name?: string } {
  const parts = chunk.split(/\s+/);
  let i = 0;
  while (i < parts.length && isTitleWord(parts[i] ?? '')) i++;
  // "Prime Minister and Foreign Minister": joiners between titles stay in the role.
  while (i < parts.length - 1 && /^(?:and|of|for)$/i.test(parts[i] ?? '') && isTitleWord(parts[i + 1] ?? '')) {
    i++;
    while (i < parts.length && isTitleWord(parts[i] ?? '')) i++;
  }
  // "General Motors", "Prince Edward Island": a single title word before a single name is part of the name.
  if (i === 1 && parts.length === 2 && ADJECTIVAL_TITLES.has((parts[0] ?? '').toLowerCase())) return { name: chunk };
  const role = parts.slice(0, i).join(' ');
  const name = parts.slice(i).join(' ').replace(/^(?:of|for|and)\s+/i, '');
  return { ...(role ? { role } : {}), ...(name ? { name } : {}) };
}

/** Suffixes that turn a place into its people or adjective: Pakistan-i, Qatar-i, Afghan(istan), Turk-ish, India-n. */
const DEMONYM_ENDINGS = ['ian', 'ese', 'ish', 'an', 'i', 'n'];

/**
 * Whether `word` is the demonym of `place`, judged from the two spellings only
 * ("Afghan"/"Afghanistan", "Pakistani"/"Pakistan", "Qatari"/"Qatar", "Turkish"/"Turkey").
 */
export function isDemonymOf(word: string, place: string): boolean {
  const w = word.toLowerCase();
  const p = place.toLowerCase();
  if (w === p || w.includes(' ') || p.includes(' ') || w.length < 4) return false;
  if (p.startsWith(w) && p.length - w.length >= 3 && p.length - w.length <= 5) return true;
  for (const ending of DEMONYM_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const root = w.slice(0, -ending.length);
    if (root.length >= 4 && p.startsWith(root) && p.length - root.length <= 3) return true;
  }
  return false;
}

/**
 * Splits at the last title word, so that an organisation in front of a title
 * stays with the role: "California Highway Patrol Officer Brad Baehr" gives
 * role "California Highway Patrol Officer", name "Brad Baehr".
 */
export function splitAtLastTitle(chunk: string): { role?: string; name?: string } {
  const parts = chunk.split(/\s+/);
  let last = -1;
  parts.forEach((p, i) => {
    if (isTitleWord(p)) last = i;
  });
  // Only when a full name (two words or more) follows: "Commerce Secretary Gary Locke", not "General Motors".
  if (last < 0 || parts.length - last - 1 < 2) return splitTitle(chunk);
  const name = parts.slice(last + 1).join(' ');
  const role = parts.slice(0, last + 1).join(' ');
  return { role, name };
}
