// Injected into the page's isolated world on the toolbar click. It defines the
// extractor; the build ends the file with a call to it (build.mjs ANSWERING_ENTRIES), so
// that the injection's value is the result, and the background calls it only where a
// browser gives no injected file's value.
import { extractArticle } from '../extract/article-from-document.js';
import { EXTRACTOR_GLOBAL, type ExtractorResult } from '../messages.js';

(globalThis as Record<string, unknown>)[EXTRACTOR_GLOBAL] = (): ExtractorResult =>
  extractArticle(document, location.href);
