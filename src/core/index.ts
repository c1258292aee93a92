// The pure core's public API: plain data in, plain data out; no browser or DOM API, so it runs
// in the extension, the CLI and the tests alike. Front ends import the core from here; a section's
// own views (the panel's sections/*, the CLI's format-*) also import their analysis's index.ts.
export * from './render.js';
export { articleFromPlainText, articleFromRecord, type ArticleRecord } from './article.js';
export { readDateline, type Dateline } from './english/datelines.js';
export { collapseWhitespace, paragraphsFromText } from './text/normalize.js';
export { articleLanguage } from './text/language.js';
export { buildPack, articleFeatures, documentFrequencyOf, withNeighbours, PACK_FORMAT, PACK_VERSION, type CorpusPack, type CorpusInput, type BuildProgress, type PackArticle } from './corpus/pack.js';
export { FEED_STATE_LIMITS, type FeedState } from './corpus/feed-state.js';
export { isPackIndex, newestPack, parsePackIndex, PACK_INDEX_FORMAT, PACK_INDEX_VERSION, type PackIndex, type PackIndexEntry } from './corpus/pack-index.js';
export { packSummary, parsePack, parsePackJson, PackError } from './corpus/load.js';
export { PACK_LIMITS } from './corpus/limits.js';
export { headerOf, isCurrentReading, type PackHeader } from './corpus/header.js';
export { inCurrentReading } from './corpus/reading.js';
export { READING_VERSION } from './reading-version.js';
export { encodePack, headerLine, indexLine, matchOnlyPack, recordLine, readHeader, readIndex, readRecord, PackLineReader, type IndexEntry } from './corpus/pack-file.js';
export { Shapes } from './corpus/compact.js';
export type { Base64Decoder } from './corpus/number-text.js';
export { completeArticle, isCurrentIndex, revivedIndex, splitPack, STORED_INDEX_VERSION, type StoredArticleKey, type StoredColumns, type StoredMatchIndex, type StoredRecord } from './corpus/stored.js';
export { indexPack, findRelated, describedArticle, RELATED_THRESHOLD, SAME_TEXT_RESEMBLANCE, type MatchIndex } from './match/related.js';
export { matchFeatures, type MatchFeatures } from './match/matchable.js';
export { fingerprint, resemblance } from './match/fingerprint.js';
export { buildReport, matchWithCorpus, preparePage, preparingPage, type Matched, type PreparedPage, type ReportFrame, type ReportStage, type StageTimer } from './report.js';
export { ANALYSES, type AnalysisFeatures, type AnalysisSections } from './analyses.js';
export type { Analysis, AnyAnalysis, Compared } from './analysis/contract.js';
export { combinePacks, type CorpusPart } from './corpus/combine.js';
export { safeArticleId } from './corpus/ids.js';
export { TwinFinder } from './corpus/twins.js';
export { PackBuilder } from './corpus/build.js';
export { terminalSafe, escapeMarkdownInline, markdownLink, isoDay, isWebUrl } from './text/escape.js';
export { countWords } from './text/normalize.js';
export { warmingUp } from './warm-up.js';
