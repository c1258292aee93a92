/**
 * A news outlet named in a sentence: "The New York Times" as "The New York Times", "New York Times" or "the Times";
 * "USA Today" as "USA TODAY". Outlets credit the one that broke a story by name ("The Times noted that ...", "In
 * response to the Times report"), so a sentence naming an outlet relays that outlet's reporting.
 */
import { words } from '../text/tokens.js';

/**
 * Nouns that call a body a news medium ("a South Korean newspaper, Munhwa Ilbo", "the South Korean newswire service
 * Yonhap", "Iran's official news agency"), as phrases of one or two words: the one list the reading layer and framing
 * read (framing's NEWS_MEDIUM and attribution.ts's OUTLET_NOUNS were two). "agency" or "service" alone are any body's.
 */
export const NEWS_MEDIUM_NOUNS: readonly string[] = [
  'newspaper', 'paper', 'daily', 'tabloid', 'broadcaster', 'outlet', 'magazine', 'website', 'site', 'station', 'newswire', 'wire',
  'news wire', 'wire service', 'news agency', 'news service',
];

/** People who report for a news medium ("an Associated Press photographer", "a Reuters correspondent"). */
export const NEWS_PEOPLE_NOUNS: readonly string[] = ['photographer', 'reporter', 'correspondent', 'journalist'];

/**
 * Last words of a news outlet's name ("The Washington Post", "Fox News", "the Associated Press", "Reuters"): names.ts's
 * ORG_NAME_ENDINGS takes them as bodies' endings; framing reads a name ending so as a medium, which reports for no party.
 */
export const NEWS_NAME_ENDINGS: readonly string[] = ['times', 'post', 'news', 'press', 'tribune', 'journal', 'herald', 'guardian', 'gazette', 'reuters', 'ap', 'afp', 'bbc', 'cnn'];

/** Whether a name ends as a news outlet's does ("The Washington Post", "Fox News"; "CNN" only in capitals, as names.ts reads acronyms). */
export function isNewsOutletName(name: string): boolean {
  const last = (name.trim().split(/\s+/).pop() ?? '').replace(/['’]s$/u, '').replace(/\.$/u, '');
  const lower = last.toLowerCase();
  if (!/^\p{Lu}/u.test(last) || !NEWS_NAME_ENDINGS.includes(lower)) return false;
  return lower.length > 3 || last === last.toUpperCase();
}

const MEDIUM_PHRASES = NEWS_MEDIUM_NOUNS.map((p) => p.split(' '));
const MEDIUM_HEADS: ReadonlySet<string> = new Set(MEDIUM_PHRASES.filter((p) => p.length === 1).map((p) => p[0]!));

/** Whether a noun (a phrase's head, in small letters) calls a body a news medium: "newspaper", "site". */
export function isNewsMediumNoun(head: string): boolean {
  return MEDIUM_HEADS.has(head);
}

/**
 * Whether a text says its subject is a news medium or reports for one: any of NEWS_MEDIUM_NOUNS' phrases of two
 * words ("news agency"), or the words of one word that name nothing else in a description ("newspaper",
 * "broadcaster"); or a newsperson ("an AFP journalist"). Words that are also places or things ("site", "station",
 * "paper", "daily", "outlet", "wire", "website", "magazine") count only with a word of news before them
 * ("news site", "TV station"): "the site of the attack", "a police station" report for no medium.
 */
export function namesNewsMedium(text: string): boolean {
  const ws = words(text).map((w) => w.surface.toLowerCase());
  return ws.some((w, i) => {
    if (NEWS_PEOPLE_NOUNS.includes(w) || UNAMBIGUOUS_MEDIUM.has(w)) return true;
    const previous = ws[i - 1] ?? '';
    if (MEDIUM_PHRASES.some((p) => p.length === 2 && p[0] === previous && p[1] === w)) return true;
    return MEDIUM_HEADS.has(w) && NEWS_WORDS.has(previous);
  });
}

// The medium nouns that name nothing but a medium, read alone; the rest need a word of news before them.
const UNAMBIGUOUS_MEDIUM: ReadonlySet<string> = new Set(['newspaper', 'tabloid', 'broadcaster', 'newswire']);
const NEWS_WORDS: ReadonlySet<string> = new Set(['news', 'tv', 'television', 'radio', 'state', 'online', 'media']);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test for the sentences naming an outlet: its full name in any case ("USA TODAY"), and "the <last word>" for a
 * name that begins with "The" ("the Times"; capitalised, not "the times"). Undefined for a name too short to tell.
 */
export function outletMention(outlet: string): ((sentence: string) => boolean) | undefined {
  const name = outlet.trim().replace(/\s+/g, ' ');
  const bare = name.replace(/^the\s+/i, '');
  if (bare.length < 3) return undefined;
  const words = bare.split(' ');
  const last = words[words.length - 1]!;
  const full = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(bare).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  const short = /^the\s/i.test(name) && words.length > 1 && /^\p{Lu}/u.test(last) ? new RegExp(`\\b[Tt]he\\s+${escaped(last)}(?![\\p{L}\\p{N}])`, 'u') : undefined;
  return (sentence) => full.test(sentence) || (short?.test(sentence) ?? false);
}
