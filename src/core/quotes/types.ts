/**
 * Per-article quote features: the attributions the reading layer defines
 * (english/speech.ts), as the quotes analysis finds them. Framing reads them
 * through the registry, so changes here are contract changes.
 * Sentences are cited by index into `articleSentences(article)`.
 */
export type { AttributedStatement as ExtractedQuote, SpeakerMention, Attributions as QuoteFeatures } from '../english/speech.js';
