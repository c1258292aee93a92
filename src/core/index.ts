// The pure core: plain data in, plain data out; no browser or DOM API, so it runs
// in the extension, the CLI and the tests alike.
export type { Article, Report, RelatedArticle, Relation } from './types.js';
export { articleFromPlainText } from './article.js';
export { buildPack, articleFeatures, PACK_FORMAT, PACK_VERSION, type CorpusPack, type CorpusInput } from './corpus/pack.js';
export { parsePack, parsePackJson, PackError, PACK_LIMITS } from './corpus/load.js';
export { indexPack, findRelated, RELATED_THRESHOLD, type MatchIndex } from './match/related.js';
export { buildReport } from './report.js';
export { relationText, RELATION_GROUPS, timeline } from './match/relation.js';
