import type { Article } from '../../../src/core/types.js';
import { collectQuotes } from '../../../src/core/quotes/collect.js';
import { articleSentences } from '../../../src/core/text/segment.js';

/**
 * The voices the quotes reader finds in an article, and the one credited with the sentence that holds `opening`
 * (an error when no sentence holds it, so that a test cannot pass on a sentence it never found).
 */
export function voicesAt(article: Pick<Article, 'paragraphs'>) {
  const sentences = articleSentences(article);
  const at = (opening: string) => {
    const i = sentences.findIndex((s) => s.text.includes(opening));
    if (i < 0) throw new Error(`no sentence holds "${opening}"`);
    return i;
  };
  const voices = collectQuotes(article).voices ?? [];
  const voiceAt = (opening: string) => voices.find((v) => [...v.direct, ...v.indirect].includes(at(opening)));
  return { voices, voiceAt, at };
}
