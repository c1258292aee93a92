// The pure core's public API: plain data in, plain data out; no browser or DOM API, so it runs
// in the extension, the CLI and the tests alike. Front ends import the core from here.
export type { Article, RelatedArticle, Relation } from './types.js';
export { articleFromPlainText } from './article.js';
export { buildPack, articleFeatures, PACK_FORMAT, PACK_VERSION, type CorpusPack, type CorpusInput, type BuildProgress } from './corpus/pack.js';
export { parsePack, parsePackJson, PackError, PACK_LIMITS } from './corpus/load.js';
export { indexPack, findRelated, RELATED_THRESHOLD, type MatchIndex } from './match/related.js';
export { buildReport, type Report, type ReportFrame, type ReportStage, type StageTimer } from './report.js';
export { ANALYSES, type AnalysisFeatures, type AnalysisSections } from './analyses.js';
export { CURRENT, type Analysis, type AnyAnalysis, type Compared, type Evidence, type RenderContext, type SummaryPhrase } from './analysis/contract.js';
export { summaryParts, type SummaryPart } from './summary.js';
export { reportToMarkdown } from './report-markdown.js';
export { outletNames, hostOf } from './outlet-names.js';
