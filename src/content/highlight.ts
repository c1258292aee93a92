// Injected when the reader clicks a sentence of this article in the panel. It
// finds the sentence in the page's text, scrolls to it and highlights it with the
// CSS Custom Highlight API, which paints a range without touching the page's DOM;
// where that API is missing, the selection does the same job.
import { HIGHLIGHTER_GLOBAL, type HighlightResult } from '../messages.js';
import { locateSentence } from './locate-sentence.js';

const HIGHLIGHT_NAME = 'crosscheck-evidence';
// Long enough to find the spot after the scroll, short enough not to linger over the page.
const HIGHLIGHT_MS = 4000;

let clearTimer: ReturnType<typeof setTimeout> | undefined;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (range: Range) => unknown } | undefined {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : undefined;
}

function clear(): void {
  if (clearTimer !== undefined) clearTimeout(clearTimer);
  clearTimer = undefined;
  registry()?.highlights.delete(HIGHLIGHT_NAME);
}

(globalThis as Record<string, unknown>)[HIGHLIGHTER_GLOBAL] = (sentence: string): HighlightResult => {
  clear();
  const range = locateSentence(document, sentence);
  if (!range) return { found: false };
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const api = registry();
  if (api) {
    api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(range));
    clearTimer = setTimeout(clear, HIGHLIGHT_MS);
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return { found: true };
};
