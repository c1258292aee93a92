// Matching reads one thing of a corpus article's text besides its terms: the date its opening
// states, for an article given with no date of its own and no day in its address (match/dates.ts).
// So that the match index can be used without the text, it keeps, for such an article only, the
// shortest piece of the opening that states that date (about 15 characters); matching then reads
// the date from that piece exactly as it would from the whole text.
import { fromAddress, fromPublished, fromText } from '../match/dates.js';

const OPENING_CHARS = 400;

export function dateText(article: { publishedAt?: string; url?: string; paragraphs: readonly string[] }): string | undefined {
  if (fromPublished(article.publishedAt)) return undefined;
  // An address that gives only the year and month leaves the day to the text (articleDate).
  const address = fromAddress(article.url);
  if (address && address.first === address.last) return undefined;
  const date = fromText(article.paragraphs);
  if (!date || (address && (date.first < address.first || date.last > address.last))) return undefined;
  const opening = article.paragraphs.join('\n').slice(0, OPENING_CHARS);
  const states = (piece: string) => fromText([piece])?.first === date.first;
  let end = 1;
  while (end < opening.length && !states(opening.slice(0, end))) end++;
  let start = 0;
  while (start + 1 < end && states(opening.slice(start + 1, end))) start++;
  const piece = opening.slice(start, end);
  return states(piece) ? piece : opening;
}
