// Everything that crosses between extension contexts, in one place.
import type { Report } from './core/types.js';
import type { Extraction } from './extract/article-from-document.js';

/** What the panel shows for a tab; the background writes it, the panel renders it. */
export type TabState =
  | { status: 'extracting'; url?: string }
  | { status: 'analysing'; url?: string; title: string }
  | { status: 'ready'; url?: string; report: Report }
  | { status: 'not-article'; url?: string; reason: string }
  | { status: 'unreadable'; url?: string; reason: string; /** The browser's own words, for bug reports. */ detail?: string }
  | { status: 'error'; url?: string; message: string };

/** Requests the panel sends to the background. */
export type PanelRequest = { type: 'analyse-tab'; tabId: number };

/** What the injected extractor hands back to the background. */
export type ExtractorResult = Extraction;

/** Name of the function the extractor script leaves in the content script's isolated world. */
export const EXTRACTOR_GLOBAL = '__crosscheckExtract';

export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}

export function isPanelRequest(message: unknown): message is PanelRequest {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as { type?: unknown; tabId?: unknown };
  return candidate.type === 'analyse-tab' && typeof candidate.tabId === 'number';
}
