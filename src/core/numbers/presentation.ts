import { CURRENT, type Presentation } from '../analysis/contract.js';
import { countWithPage } from '../analysis/markdown.js';
import { numbersMarkdown } from './markdown.js';
import type { NumbersSection } from './index.js';

/** How the numbers section is shown (no comparison code: see `Presentation`). */
export const numbersPresentation: Presentation<NumbersSection, 'numbers'> = {
  id: 'numbers',
  title: 'Numbers',
  // "0 figures disagree" reads as a finding on figures nobody compared, or as a verdict on agreement that is the section's to
  // give: no phrase when none disagrees. A reader of this page wants the figures that disagree with it; groups between two
  // other outlets (seed 003: three of its four) are said apart, not counted as the page's.
  summary: (groups) => {
    const diverging = groups.filter((g) => g.verdict === 'diverges');
    const withPage = diverging.filter((g) => g.figures.some((f) => f.articleId === CURRENT)).length;
    const text = countWithPage(withPage, diverging.length - withPage, { one: 'figure disagrees', many: 'figures disagree', withPage: 'with this article' });
    return text ? [{ key: 'figures', text }] : [];
  },
  markdown: numbersMarkdown,
};
