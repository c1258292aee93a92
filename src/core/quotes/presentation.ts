import type { Presentation } from '../analysis/contract.js';
import { plural } from '../analysis/markdown.js';
import { DIFFERING, quotesMarkdown } from './markdown.js';
import type { QuotesSection } from './index.js';

/** How the quotes section is shown (no comparison code: see `Presentation`). */
export const quotesPresentation: Presentation<QuotesSection, 'quotes'> = {
  id: 'quotes',
  title: 'Quotes',
  // As for figures: no "0 quotes worded differently" when every quote two outlets carry reads the same, or none is shared.
  summary: (groups) => {
    const differing = groups.filter((g) => DIFFERING.has(g.verdict)).length;
    return differing === 0 ? [] : [{ key: 'quotes', text: `${plural(differing, 'quote', 'quotes')} worded differently` }];
  },
  markdown: quotesMarkdown,
};
