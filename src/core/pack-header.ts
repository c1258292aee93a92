// A named entry point of the core for front ends that show packs without analysing anything (the options
// page): a pack's header, the limits every pack is held to, and the error a refused pack raises. It
// imports no analysis, so a bundle built from it holds none (core/index.ts re-exports the analyses
// through the report and the registry, which a bundler cannot leave out).
export { headerOf, isCurrentReading, type PackHeader } from './corpus/header.js';
export { PACK_LIMITS } from './corpus/limits.js';
export { PackError } from './analysis/schema.js';
// A date as every front end shows it ("19 Oct 2025"), for a pack's import and build times.
export { formatDate } from './format-date.js';
// A count with its noun ("1 article", "12,000 articles"), as the panel and the exports write counts.
export { plural } from './analysis/markdown.js';
