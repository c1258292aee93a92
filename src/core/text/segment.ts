import type { Article } from '../types.js';
import { sentenceSpans } from './sentences.js';

/** A sentence of an article's body, with where it sits: every analyser cites sentences in this form. */
export interface ArticleSentence {
  /** Position among all the article's sentences, from 0. */
  index: number;
  /** Paragraph it belongs to, from 0. */
  paragraph: number;
  /** Character offsets in that paragraph. */
  start: number;
  end: number;
  text: string;
}

/** The body's sentences in reading order; the headline is not one of them. */
export function articleSentences(article: Pick<Article, 'paragraphs'>): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of sentenceSpans(paragraph)) {
      sentences.push({ index: sentences.length, paragraph: p, start: span.start, end: span.end, text: span.text });
    }
  });
  return sentences;
}
