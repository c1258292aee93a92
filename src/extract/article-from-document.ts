// Reads the article out of a live or parsed document. It touches the DOM, so it
// is not part of the pure core; the content script runs it on the page and the
// CLI runs it on jsdom. The document itself is never modified: Readability gets
// a clone.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { type Article, collapseWhitespace } from '../core/page-text.js';

export type Extraction =
  | { kind: 'article'; article: Article }
  | { kind: 'not-article'; reason: string };

/** Pages beyond this many elements are refused rather than risk stalling the page's thread. */
export const MAX_ELEMENTS = 200_000;
/**
 * Pages with more text than this (about 170,000 words) are refused before Readability runs:
 * Readability's time on the page's thread grows with the text (about 0.3 s per million
 * characters in Chromium here), and no news article comes near it.
 */
export const MAX_PAGE_TEXT_CHARS = 1_000_000;
/** The same bound a corpus pack keeps to (PACK_LIMITS.wordsPerArticle): beyond it the analyses would run for seconds. */
export const MAX_ARTICLE_WORDS = 100_000;

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
// Captions describe pictures, not the story; comparing them with other outlets' text is noise.
const SKIPPED = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON']);

export function extractArticle(document: Document, url: string): Extraction {
  const elementCount = document.getElementsByTagName('*').length;
  if (elementCount > MAX_ELEMENTS)
    return { kind: 'not-article', reason: `the page has ${elementCount} elements, more than Crosscheck reads` };
  const textChars = pageTextLength(document);
  if (textChars > MAX_PAGE_TEXT_CHARS)
    return { kind: 'not-article', reason: `the page holds about ${approximateWords(textChars)} words of text, more than Crosscheck reads` };
  if (!isProbablyReaderable(document))
    return { kind: 'not-article', reason: 'the page does not look like an article' };
  const clone = document.cloneNode(true) as Document;
  const parsed = new Readability(clone, { serializer: (node: Node) => node }).parse();
  if (!parsed || !parsed.content) return { kind: 'not-article', reason: 'no article text was found on the page' };
  const title = collapseWhitespace(parsed.title ?? '') || collapseWhitespace(document.title);
  const paragraphs = withoutFurniture(paragraphsOf(parsed.content as Node), title, parsed.byline ?? '');
  if (paragraphs.length === 0) return { kind: 'not-article', reason: 'no article text was found on the page' };
  const wordCount = paragraphs.reduce((sum, p) => sum + p.split(' ').length, 0);
  if (wordCount > MAX_ARTICLE_WORDS)
    return { kind: 'not-article', reason: `the text has ${wordCount.toLocaleString('en')} words, more than Crosscheck reads (${MAX_ARTICLE_WORDS.toLocaleString('en')})` };
  const article: Article = { url, title: title || paragraphs[0]!.slice(0, 120), paragraphs };
  const byline = collapseWhitespace(parsed.byline ?? '');
  if (byline) article.byline = byline;
  const siteName = collapseWhitespace(parsed.siteName ?? '');
  if (siteName) article.siteName = siteName;
  const publishedAt = isoDate(parsed.publishedTime ?? document.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (publishedAt) article.publishedAt = publishedAt;
  const lang = parsed.lang || document.documentElement.getAttribute('lang');
  if (lang) article.lang = lang;
  return { kind: 'article', article };
}

/** Characters of text in the page's body, less scripts and styles (which news pages fill with data). */
function pageTextLength(document: Document): number {
  const body = document.body;
  if (!body) return 0;
  let length = body.textContent?.length ?? 0;
  for (const element of Array.from(body.querySelectorAll('script, style, noscript'))) length -= element.textContent?.length ?? 0;
  return length;
}

function approximateWords(chars: number): string {
  // English news text runs at about six characters a word, spaces included.
  return (Math.round(chars / 6 / 10_000) * 10_000).toLocaleString('en');
}

/** The text of a subtree as paragraphs: each block element's own text, in document order. */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = collapseWhitespace(current);
    if (text) paragraphs.push(text);
    current = '';
  };
  // An explicit stack, not recursion: hostile pages nest elements deeper than the call stack goes.
  const stack: { node: Node; closesBlock: boolean }[] = [];
  const pushChildren = (node: Node): void => {
    const children: Node[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, closesBlock: false });
  };
  pushChildren(root);
  while (stack.length > 0) {
    const { node, closesBlock } = stack.pop()!;
    if (closesBlock) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (BLOCKS.has(tag)) {
      flush();
      stack.push({ node, closesBlock: true });
    }
    pushChildren(node);
  }
  flush();
  return paragraphs;
}

// Lines that pages put inside the article body but that are not the story.
const LEAD_FURNITURE = /^(?:by\s+\p{Lu}|published\b|updated\b|posted\b|last (?:updated|modified)\b)/iu;
const ENDS_SENTENCE = /[.!?]["”’)]?$/;
const PROMO = /^(?:read more|read also|also read|related|see also|more on this|recommended|watch)\s*[:|–—-]/i;
// Labels left behind by removed media and ads: "Photo", "Advertisement", "Continue reading the main story".
const LABEL = /^(?:photo|image|video|audio|advertisement|ad|sponsored|share(?: this)?|listen|continue reading(?: the main story)?|\d+ min(?:ute)? read)$/i;
const LEAD_LINES = 4;
const FURNITURE_MAX_WORDS = 20;

/**
 * The story's paragraphs without the byline, the date line and "Read more:"
 * promotions that Readability keeps when they sit inside the article element.
 */
export function withoutFurniture(paragraphs: readonly string[], title: string, byline: string): string[] {
  const bylineText = collapseWhitespace(byline).toLowerCase();
  return paragraphs.filter((paragraph, index) => {
    const short = paragraph.split(' ').length <= FURNITURE_MAX_WORDS;
    if (!short) return true;
    if (index < LEAD_LINES) {
      if (paragraph === title) return false;
      // "By Monday, troops had left." is a sentence; "By Jane Doe, Kabul" is a byline.
      if (LEAD_FURNITURE.test(paragraph) && !ENDS_SENTENCE.test(paragraph)) return false;
      if (bylineText && paragraph.toLowerCase() === bylineText) return false;
    }
    return !PROMO.test(paragraph) && !LABEL.test(paragraph);
  });
}

function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}
