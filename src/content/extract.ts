// Injected into the page's isolated world on the toolbar click. It defines the
// extractor and does nothing else: the background calls it and takes the result.
import { extractArticle } from '../extract/article-from-document.js';
import { EXTRACTOR_GLOBAL, type ExtractorResult } from '../messages.js';

(globalThis as Record<string, unknown>)[EXTRACTOR_GLOBAL] = (): ExtractorResult =>
  extractArticle(document, location.href);
