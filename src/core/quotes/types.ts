/**
 * Per-article quote features. Shared with other analysers (framing/voices
 * read `speakers` and `quotes`), so changes here are contract changes.
 * Sentences are cited by index into `articleSentences(article)`.
 */

/** A statement the article attributes (or fails to attribute) to someone. */
export interface ExtractedQuote {
  /** Index into articleSentences(article) of the first sentence the quote touches. */
  sentence: number;
  /** All sentence indexes the quote spans, only when it spans more than one. */
  sentences?: number[];
  /** The quoted words only, without the quote marks (for indirect speech: the reported clause). */
  text: string;
  /** The speaker's full name as the article gives it (e.g. "Jane Doe"); absent when the article does not make it known. */
  speaker?: string;
  /** True for reported speech ("X said that ..."), false for words inside quote marks. */
  indirect: boolean;
  /** When the article names only a title for the speaker ("Pakistan's Foreign Minister"), that title as written; `speaker` then stays absent unless the article links the title to a name. */
  role?: string;
  /** Where the words were said or posted, as written ("in a post on X"), when the article says. */
  channel?: string;
}

/** A named person the article quotes, with the titles/appositions it gives them as written. */
export interface SpeakerMention {
  name: string;
  /** e.g. "Pakistan's Defence Minister", "the spokesperson", "a Kabul-based analyst". */
  descriptions: string[];
  /** True when the name is an organisation's ("Qatar's Foreign Ministry"), not a person's. */
  org?: boolean;
}

export interface QuoteFeatures {
  quotes: ExtractedQuote[];
  speakers: SpeakerMention[];
}
