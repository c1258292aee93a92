import type { BackgroundPlatform } from '../platform/seam.js';
import { HIGHLIGHTER_GLOBAL, type HighlightResult } from '../messages.js';

// Yellow marker in light pages, a darker amber where the page is dark; readable on both.
const HIGHLIGHT_CSS = '::highlight(crosscheck-evidence) { background-color: #ffd54a; color: #111; }';

const styled = new Set<number>();

/** Scroll the tab to one of its article's sentences and highlight it; false when the page no longer holds it. */
export async function showSentence(platform: BackgroundPlatform, tabId: number, sentence: string): Promise<HighlightResult> {
  if (!styled.has(tabId)) {
    await platform.insertHighlightStyle(tabId, HIGHLIGHT_CSS);
    styled.add(tabId);
  }
  return platform.callInTab<HighlightResult>(tabId, 'content/highlight.js', HIGHLIGHTER_GLOBAL, sentence);
}

/** A navigation replaces the page and with it the inserted style. */
export function forgetTab(tabId: number): void {
  styled.delete(tabId);
}
