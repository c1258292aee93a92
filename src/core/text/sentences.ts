/** A sentence and where it sits in its paragraph. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st mt gen lt col maj capt sgt cpl adm gov sen rep rev hon pres supt insp
   jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
   no nos vol vols fig figs approx est dept univ inc ltd co corp bros vs etc al ave blvd rd
   u.s u.k u.n e.g i.e a.m p.m`
    .split(/\s+/)
    .filter(Boolean),
);

const CLOSERS = `"'”’)]»`;

/**
 * Sentences of one paragraph. Splits after . ! ? (and any closing quotes or
 * brackets) when the next word starts like a sentence, except after common
 * abbreviations, single initials ("J. Smith") and numbers ("No. 5", "3.5").
 */
export function sentenceSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = 0;
  const length = paragraph.length;
  for (let i = 0; i < length; i++) {
    const ch = paragraph[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < length && (paragraph[end] === '.' || paragraph[end] === '!' || paragraph[end] === '?')) end++;
    while (end < length && CLOSERS.includes(paragraph[end] ?? '')) end++;
    if (end >= length) break;
    if (paragraph[end] !== ' ' && !isGluedSentence(paragraph, i, end)) continue;
    let next = end;
    while (next < length && paragraph[next] === ' ') next++;
    if (!startsSentence(paragraph, next)) continue;
    if (ch === '.' && isAbbreviation(paragraph, i)) continue;
    if (ch === '.' && isBrokenDecimal(paragraph, i, next)) continue;
    const text = paragraph.slice(sentenceStart, end).trim();
    if (text) spans.push({ text, start: sentenceStart, end });
    sentenceStart = next;
    i = next - 1;
  }
  const rest = paragraph.slice(sentenceStart).trim();
  if (rest) spans.push({ text: rest, start: sentenceStart, end: length });
  return spans;
}

export function splitSentences(paragraph: string): string[] {
  return sentenceSpans(paragraph).map((span) => span.text);
}

/**
 * "the Pacific Ocean.There they were": a full stop with the space after it lost in conversion. Only between a word
 * ending in a small letter and a capitalised word ("Ocean.There"), and not after an abbreviation ("St.Louis"); a
 * domain ("Breitbart.com") or a decimal has no capital after its point.
 */
function isGluedSentence(text: string, dotIndex: number, next: number): boolean {
  if (text[dotIndex] !== '.' || next !== dotIndex + 1) return false;
  if (!/\p{Ll}{2}$/u.test(text.slice(Math.max(0, dotIndex - 2), dotIndex))) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2))) return false;
  return !isAbbreviation(text, dotIndex);
}

function startsSentence(text: string, index: number): boolean {
  const ch = text[index] ?? '';
  if (/[\p{Lu}\p{N}"“‘'(\[«¿¡]/u.test(ch)) return true;
  return false;
}

/**
 * "an 8. 6-magnitude quake", "$368. 0 million", "put the magnitude at 5. 9, but", "at 9. 25 am": a decimal point that text
 * conversion set apart from its decimals (ECB+ writes them so). Style guides spell out a number that opens a sentence, so one
 * or two digits right after "<digit>. " that go on as a decimal's tail (a hyphen, a mark, a scale, "magnitude", "am")
 * continue the number; "in 2008. 12 people came" still ends a sentence.
 */
function isBrokenDecimal(text: string, dotIndex: number, next: number): boolean {
  if (!/\d/.test(text[dotIndex - 1] ?? '') || next !== dotIndex + 2) return false;
  // "a magnitude-6. 1 quake": a magnitude's whole part never ends a sentence.
  if (/magnitude[-‐‑ ]\d{1,2}$/i.test(text.slice(Math.max(0, dotIndex - 14), dotIndex)) && /^\d\b/.test(text.slice(next, next + 2))) return true;
  return /^\d{1,2}(?:[-‐‑%″",;)]|\.(?:\s|$)|(?:m|bn|am|pm)\b|\s(?:million|billion|trillion|magnitude|percent|per cent|am|pm|a\.|p\.)(?![\p{L}]))/u.test(text.slice(next, next + 24));
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  let start = dotIndex;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--;
  const word = text.slice(start, dotIndex).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("Ali A. Khan"), dotted acronyms ("U.S.") likewise,
  // unless the capital is the pronoun "I".
  if (/^\p{L}$/u.test(word)) return word !== 'i';
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}
