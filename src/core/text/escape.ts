/**
 * The one rule for text that crosses into an output format: everything that comes from a page, a
 * pack, a feed or a file name (titles, sentences, ids, dates, outlet names, URLs, pack names) goes
 * through one of these functions on its way out, with no exception. JSON goes through `exportJson`: the
 * serialiser escapes C0 controls but leaves C1 controls and bidi overrides as they are.
 */

/** Line and paragraph breaks, tabs and the other whitespace controls: folded into one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/**
 * Bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069): they reorder
 * what follows on the line, so an id or a file name could show text that is not there ("Trojan
 * source"). Dropped; the marks that only tag a character's direction (U+200E, U+200F) stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Every other C0 and C1 control and DEL, ESC (the start of every ANSI sequence) among them: shown as U+FFFD. */
const OTHER_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Any control character a single-line field must not hold (what `hasControlCharacters` refuses). */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** True when the text holds a control character: a break, a C0 or C1 control, DEL or a bidi override. */
export function hasControlCharacters(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/**
 * Untrusted text for a terminal line: breaks folded into spaces, bidi overrides dropped, every
 * other control (ESC, which starts every ANSI sequence: colours, cursor moves, window titles,
 * hyperlinks) shown as U+FFFD. Spacing is kept, so that a line's own indentation survives.
 */
export function terminalSafe(text: string): string {
  return text.replace(BREAKS, ' ').replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, '\ufffd');
}

/** Untrusted text as one plain line (terminalSafe), runs of spaces folded and the ends trimmed. */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/ {2,}/g, ' ').trim();
}

/**
 * Untrusted text as Markdown inline text on one line (CommonMark): every character that can start
 * markup inside a line is backslash-escaped (emphasis, code, links, images, autolinks, raw HTML,
 * entities, table cells, strikethrough), and what would open a block at the start of a line
 * (heading, quote, list item, thematic break, setext underline) is escaped too, since a field
 * may stand at the start of a line or of a quote.
 */
export function escapeMarkdownInline(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|#~&]/g, (c) => `\\${c}`)
    .replace(/^([-+=>])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** True for an absolute http(s) URL with a host and nothing a link target could be misread by (spaces, controls). */
export function isWebUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url) || /[\s\u0000-\u001f\u007f-\u009f]/.test(url) || hasControlCharacters(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A Markdown link, only to an http(s) URL: the text escaped as inline text, the target
 * percent-encoded wherever it could end the destination or carry markup. Any other URL
 * (javascript:, data:, file:, relative, malformed) gives the text alone.
 */
export function markdownLink(text: string, url: string | undefined): string {
  const label = escapeMarkdownInline(text);
  if (!url || !isWebUrl(url)) return label;
  return `[${label || escapeMarkdownInline(url)}](${markdownUrl(url)})`;
}

/** An http(s) URL as a Markdown link target: the URL parser's own form, with the characters Markdown reads in a target percent-encoded. */
function markdownUrl(url: string): string {
  return new URL(url).href.replace(/[\\<>()"'` ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The date part (YYYY-MM-DD) of an ISO 8601 date or date-time, or nothing: a date field shows a date or is left out. */
export function isoDay(value: string | undefined): string | undefined {
  const match = value ? /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value) : null;
  return match ? match[1] : undefined;
}

/** The controls JSON.stringify leaves raw that a terminal or an editor acts on: DEL, C1 (U+009B is an 8-bit CSI), line and paragraph separators, bidi overrides. */
const JSON_RAW_CONTROLS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as indented JSON for a terminal or a saved file (`compare --json`, the panel's JSON export): what JSON.stringify
 * gives, with every control it leaves raw written as a \u escape, so that the text parses back to exactly the same value
 * but cannot recolour, move or reorder what a terminal shows.
 */
export function exportJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(JSON_RAW_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
