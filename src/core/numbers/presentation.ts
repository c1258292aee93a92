import type { Presentation } from '../analysis/contract.js';
import { plural } from '../analysis/markdown.js';
import { numbersMarkdown } from './markdown.js';
import type { NumbersSection } from './index.js';

/** How the numbers section is shown (no comparison code: see `Presentation`). */
export const numbersPresentation: Presentation<NumbersSection, 'numbers'> = {
  id: 'numbers',
  title: 'Numbers',
  summary: (groups) => [{ key: 'figures', text: plural(groups.filter((g) => g.verdict === 'diverges').length, 'figure disagrees', 'figures disagree') }],
  markdown: numbersMarkdown,
};
