// What the page extractor needs of the core, as an entry of its own (as pack-header.ts is the
// options page's): the extractor is injected into every page pressed on, and the core's index
// would bring every analysis with it, and the bundled background frequencies evaluated in the
// page at each press (290 KB of script instead of 97 KB).
export { collapseWhitespace } from './text/normalize.js';
export type { Article } from './types.js';
