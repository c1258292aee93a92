// The core's render API: what a front end that only shows a finished report needs (the side panel): the
// report's types, each analysis's presentation (heading, summary phrases, Markdown), the outlets' names and
// the Markdown export. It imports no feature, matching or comparison code, so that the panel's bundle does
// not carry the analyses (stop 21: 715 KB with them). `index.ts` re-exports all of it.
export type { Article, RelatedArticle, Relation } from './types.js';
export type { Report } from './report.js';
export { CURRENT, type AnyPresentation, type Evidence, type Presentation, type RenderContext, type SummaryPhrase } from './analysis/contract.js';
export { PRESENTATIONS } from './presentations.js';
export { summaryParts, type SummaryPart } from './summary.js';
export { reportToMarkdown } from './report-markdown.js';
export { outletNames, outletCount, outletCountText, hostOf, unnamedLabel } from './outlet-names.js';
export { DATE_UNKNOWN, formatDate, relatedDateText } from './format-date.js';
export { exportJson, oneLine } from './text/escape.js';
export { plural } from './analysis/markdown.js';
export { alikePercent, noRelatedText, relationLabel, relationText, RELATION_GROUPS, timeline } from './match/relation-text.js';
export { formatFigureValue, markOf, numberVerdict, NUMBER_VERDICTS, plotScale, type Mark } from './numbers/display.js';
export { countedOverText, NO_SAME_EVENT_TEXT, noneMissingText, NOTHING_ONLY_HERE_TEXT, omissionsBySupport, supportText } from './facts/display.js';
export { agentsOf, labelCountText, NO_SIDE, NO_VOICES } from './framing/markdown.js';
export { creditedToText, QUOTE_VERDICTS, quotesBySpeaker, renderingRelationText, REPORTED_SPEECH, type SpeakerQuotes } from './quotes/display.js';
