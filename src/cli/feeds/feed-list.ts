import { jsdom } from '../jsdom.js';

/**
 * The feed addresses in a feed list: an OPML file (every outline's xmlUrl, in document order)
 * or a text file with one address per line (blank lines and # comments skipped). Duplicates
 * are listed once. Anything that is not an http(s) address is returned as refused, with why.
 */
export function readFeedList(text: string): { feeds: string[]; refused: { line: string; reason: string }[] } {
  const entries = looksLikeOpml(text) ? opmlFeeds(text) : lineFeeds(text);
  const feeds: string[] = [];
  const refused: { line: string; reason: string }[] = [];
  for (const entry of entries) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      refused.push({ line: entry, reason: 'not a web address' });
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      refused.push({ line: entry, reason: `not an http(s) address (${url.protocol})` });
      continue;
    }
    if (!feeds.includes(url.href)) feeds.push(url.href);
  }
  return { feeds, refused };
}

function looksLikeOpml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(text);
}

function opmlFeeds(text: string): string[] {
  // Parsed as XML with nothing loaded or run: OPML is data.
  const dom = new (jsdom().JSDOM)(text, { contentType: 'text/xml' });
  try {
    const document = dom.window.document;
    if (document.getElementsByTagName('parsererror').length > 0) throw new Error('the OPML file is not well-formed XML');
    return Array.from(document.getElementsByTagName('outline'))
      .map((outline) => outline.getAttribute('xmlUrl') ?? outline.getAttribute('xmlurl'))
      .filter((url): url is string => !!url && url.trim() !== '')
      .map((url) => url.trim());
  } finally {
    dom.window.close();
  }
}

function lineFeeds(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
