import { CURRENT, type Presentation } from '../analysis/contract.js';
import { countWithPage } from '../analysis/markdown.js';
import { DIFFERING, quotesMarkdown } from './markdown.js';
import type { QuotesSection } from './index.js';

/** How the quotes section is shown (no comparison code: see `Presentation`). */
export const quotesPresentation: Presentation<QuotesSection, 'quotes'> = {
  id: 'quotes',
  title: 'Quotes',
  // As for figures: no "0 quotes worded differently" when every quote two outlets carry reads the same, or none is shared;
  // and the page's quotes apart from those only other outlets word differently (seed 003: all four of them).
  summary: (groups) => {
    const differing = groups.filter((g) => DIFFERING.has(g.verdict));
    const withPage = differing.filter((g) => g.renderings.some((r) => r.articleId === CURRENT)).length;
    const text = countWithPage(withPage, differing.length - withPage, { one: 'quote worded differently', many: 'quotes worded differently', withPage: 'from this article' });
    return text ? [{ key: 'quotes', text }] : [];
  },
  markdown: quotesMarkdown,
};
