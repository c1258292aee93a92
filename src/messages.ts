// Everything that crosses between extension contexts, in one place.
import type { Report } from './core/index.js';
import type { Extraction } from './extract/article-from-document.js';
import type { Subscription } from './background/subscriptions.js';

/** What the panel shows for a tab; the background writes it, the panel renders it. */
export type TabState =
  | { status: 'extracting'; url?: string }
  | { status: 'analysing'; url?: string; title: string }
  | { status: 'ready'; url?: string; report: Report }
  | { status: 'not-article'; url?: string; reason: string }
  /** An article in another language: every analysis reads English, so there is no report rather than a misleading one. */
  | { status: 'not-english'; url?: string; title: string; /** The declared language's English name, where the page gives one. */ language?: string }
  | { status: 'unreadable'; url?: string; reason: string; /** The browser's own words, for bug reports. */ detail?: string }
  | { status: 'error'; url?: string; message: string };

/** Requests the panel sends to the background. */
export type PanelRequest =
  | { type: 'analyse-tab'; tabId: number }
  /**
   * The panel now shows a tab it has no report for (the reader switched tabs or the page navigated):
   * analyse it if the browser still lets the extension read it, else say so. Answered with a FollowResult.
   */
  | { type: 'follow-tab'; tabId: number }
  /** Scroll the tab's page to a sentence of its article and highlight it. Answered with a HighlightResult. */
  | { type: 'show-sentence'; tabId: number; sentence: string }
  /** The text of a corpus article, for the panel's reader view. Answered with a CorpusArticleText or null. */
  | { type: 'corpus-article'; id: string }
  /**
   * From the options page: the pack text it stored under `id` is checked by the background (the
   * options page holds no validator); kept and listed if valid, removed if not. Answered with an ImportResult.
   */
  | { type: 'import-pack'; id: string; bytes: number }
  /**
   * From the options page: the subscriptions' work, done by the background, which holds the pack checker
   * (the options page holds no analysis code). The site's permission is asked for by the options page first,
   * inside the reader's click; `url` is checked again by the background. Answered with the Subscription.
   */
  | { type: 'subscribe'; url: string }
  | { type: 'refresh-subscription'; id: string }
  | { type: 'unsubscribe'; id: string }
  | { type: 'list-subscriptions' };

/** What came of an import-pack request: the stored pack's name and size, or why it was refused. */
export type ImportResult = { ok: true; name: string; articleCount: number } | { ok: false; reason: string };

/**
 * What came of a follow-tab request: 'started' (the tab was still readable; its state follows in
 * storage), 'has-report' (nothing to do), 'loading' (ask again once the page has loaded), or
 * 'needs-click' (the browser gives no access to this page until the reader clicks the toolbar button).
 */
export interface FollowResult {
  outcome: 'started' | 'has-report' | 'loading' | 'needs-click';
}

export interface HighlightResult {
  found: boolean;
}

/** What the background answers to each request, by its type: the one place the panel's replies are typed. */
export interface PanelAnswers {
  'analyse-tab': void;
  'follow-tab': FollowResult;
  'show-sentence': HighlightResult;
  'corpus-article': CorpusArticleText | null;
  'import-pack': ImportResult;
  subscribe: Subscription;
  'refresh-subscription': Subscription;
  unsubscribe: void;
  'list-subscriptions': Subscription[];
}

/** The answer to one request. */
export type PanelAnswer<R extends PanelRequest> = PanelAnswers[R['type']];

/** The background's handler of each request, each checked against the answer its type promises. */
export type PanelHandlers = { [T in PanelRequest['type']]: (request: Extract<PanelRequest, { type: T }>) => Promise<PanelAnswers[T]> };

/** Hands a request to its handler. */
export function handlePanelRequest(handlers: PanelHandlers, request: PanelRequest): Promise<PanelAnswer<PanelRequest>> {
  return (handlers[request.type] as (request: PanelRequest) => Promise<PanelAnswer<PanelRequest>>)(request);
}

export interface CorpusArticleText {
  id: string;
  title: string;
  source?: string;
  publishedAt?: string;
  url?: string;
  paragraphs: string[];
}

/** What the injected extractor hands back to the background. */
export type ExtractorResult = Extraction;

/** Name of the function the extractor script leaves in the content script's isolated world. */
export const EXTRACTOR_GLOBAL = '__crosscheckExtract';

/** Name of the function the highlighter script leaves in the content script's isolated world. */
export const HIGHLIGHTER_GLOBAL = '__crosscheckHighlight';

export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** Messages reach the background from any extension context; check the shape before trusting it. */
export function isPanelRequest(message: unknown): message is PanelRequest {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as { type?: unknown; tabId?: unknown; sentence?: unknown; id?: unknown };
  switch (candidate.type) {
    case 'analyse-tab':
    case 'follow-tab':
      return typeof candidate.tabId === 'number';
    case 'show-sentence':
      return typeof candidate.tabId === 'number' && typeof candidate.sentence === 'string';
    case 'corpus-article':
      return typeof candidate.id === 'string';
    case 'import-pack':
      return typeof candidate.id === 'string' && typeof (message as { bytes?: unknown }).bytes === 'number';
    case 'subscribe':
      return typeof (message as { url?: unknown }).url === 'string';
    case 'refresh-subscription':
    case 'unsubscribe':
      return typeof candidate.id === 'string';
    case 'list-subscriptions':
      return true;
    default:
      return false;
  }
}
