import type { Presentation } from '../analysis/contract.js';
import { plural } from '../analysis/markdown.js';
import { numbersMarkdown } from './markdown.js';
import type { NumbersSection } from './index.js';

/** How the numbers section is shown (no comparison code: see `Presentation`). */
export const numbersPresentation: Presentation<NumbersSection, 'numbers'> = {
  id: 'numbers',
  title: 'Numbers',
  // "0 figures disagree" reads as a finding on figures nobody compared, or as a verdict on agreement that is the section's to
  // give: no phrase when none disagrees.
  summary: (groups) => {
    const diverging = groups.filter((g) => g.verdict === 'diverges').length;
    return diverging === 0 ? [] : [{ key: 'figures', text: plural(diverging, 'figure disagrees', 'figures disagree') }];
  },
  markdown: numbersMarkdown,
};
