/**
 * What every Markdown renderer shares: escaping page text so that it stays
 * text, and the small phrases sections are written with. Every renderer of a
 * report (the report's frame and each analysis's section) escapes through here.
 */

/** Page text as one line of Markdown text: markup characters escaped, line breaks folded. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

/** A URL kept, as an autolink, only when it is a plain web address, so that it cannot carry anything else. */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s<>()]+$/i.test(url) ? `<${url}>` : undefined;
}

/** The day of an ISO date or date-time. */
export function day(iso: string | undefined): string | undefined {
  return iso ? iso.slice(0, 10) : undefined;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
