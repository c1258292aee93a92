/**
 * A news outlet named in a sentence: "The New York Times" as "The New York Times", "New York Times" or "the Times";
 * "USA Today" as "USA TODAY". Outlets credit the one that broke a story by name ("The Times noted that ...", "In
 * response to the Times report"), so a sentence naming an outlet relays that outlet's reporting.
 */

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
