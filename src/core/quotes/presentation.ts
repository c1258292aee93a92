import type { Presentation } from '../analysis/contract.js';
import { plural } from '../analysis/markdown.js';
import { DIFFERING, quotesMarkdown } from './markdown.js';
import type { QuotesSection } from './index.js';

/** How the quotes section is shown (no comparison code: see `Presentation`). */
export const quotesPresentation: Presentation<QuotesSection, 'quotes'> = {
  id: 'quotes',
  title: 'Quotes',
  summary: (groups) => [{ key: 'quotes', text: `${plural(groups.filter((g) => DIFFERING.has(g.verdict)).length, 'quote', 'quotes')} worded differently` }],
  markdown: quotesMarkdown,
};
