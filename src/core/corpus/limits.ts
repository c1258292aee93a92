/**
 * The one set of limits for everything the project writes and reads as a corpus: `corpus build`
 * and `corpus update` never write past them, and the CLI, the background and the options page
 * refuse a pack past them before reading it whole. The README states them.
 */
export const PACK_LIMITS = {
  /**
   * Size of a pack file. A version 4 pack is read a line at a time (its header, its match
   * index, then one line per article), so this bounds disk and download, not one string.
   */
  fileBytes: 1024 * 1024 * 1024,
  /** Longest line of a pack file: the match index of a full pack stays well under it. */
  lineChars: 256 * 1024 * 1024,
  articles: 100_000,
  idChars: 300,
  urlChars: 2_000,
  titleChars: 1_000,
  paragraphsPerArticle: 2_000,
  paragraphChars: 50_000,
  wordsPerArticle: 100_000,
  termsPerArticle: 2_000,
  fingerprintLength: 64,
  /** Distinct terms (and distinct names) over the whole pack. */
  vocabulary: 5_000_000,
} as const;
