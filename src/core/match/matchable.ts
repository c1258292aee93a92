import type { Article } from '../types.js';
import { countWords } from '../text/normalize.js';
import { developmentFeatures, type DevelopmentFeatures } from './development.js';
import { termCounts } from './features.js';
import { fingerprint } from './fingerprint.js';
import { leadActText } from '../english/roles.js';
import type { Neighbour } from './neighbours.js';
import type { IndexColumns } from './index-columns.js';

/** What the matcher works out about an article (for a corpus one, before any page is seen): enough to rank a corpus, and nothing more. */
export interface MatchFeatures extends DevelopmentFeatures {
  /** Content-term counts of the whole article, headline included. */
  terms: Record<string, number>;
  wordCount: number;
  fingerprint: number[];
}

export function matchFeatures(article: Article): MatchFeatures {
  return {
    terms: termCounts(article),
    ...developmentFeatures(article),
    wordCount: countWords(article.paragraphs),
    fingerprint: fingerprint(article.paragraphs),
  };
}

/** A corpus article as the matcher reads it; a pack's articles carry more. */
export interface MatchableArticle {
  id: string;
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  /** Which corpus it came from, when several are searched together (bundled, a subscription, the reading memory). */
  corpus?: string;
  paragraphs: string[];
  features: MatchFeatures;
  /**
   * Set on a match-only article (a pack's match index read without its text): its lead's act as `leadActText` writes
   * it (english/roles.ts), '' for none. A whole article's is read from its paragraphs (`leadActOf`).
   */
  leadAct?: string;
}

/** The act an article's lead reports, as a match index keeps it (english/roles.ts `leadActText`): '' for none. */
export function leadActOf(article: Pick<MatchableArticle, 'paragraphs' | 'leadAct'>): string {
  return article.leadAct ?? leadActText(article.paragraphs);
}

/** A corpus as the matcher reads it: its articles, how many of them hold each term, and each one's nearest others. */
export interface MatchablePack {
  name: string;
  documentFrequency: Record<string, number>;
  articles: MatchableArticle[];
  neighbours: Neighbour[][];
  /** Set (not enumerable) on a pack read from its match index: the index's columns, which matching reads instead of each article's maps (index-columns.ts). */
  readonly columns?: IndexColumns;
}
