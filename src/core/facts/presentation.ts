import type { Presentation } from '../analysis/contract.js';
import { plural } from '../analysis/markdown.js';
import { factsMarkdown } from './markdown.js';
import type { FactsSection } from './index.js';

/** How the facts section is shown (no comparison code: see `Presentation`). */
export const factsPresentation: Presentation<FactsSection, 'facts'> = {
  id: 'facts',
  title: 'Missing facts',
  // Facts at least two other outlets report; one outlet's word alone is listed but not counted here.
  summary: (section) => [{ key: 'missing', text: `${plural(section.omissions.filter((o) => o.reportedBy.length >= 2).length, 'fact', 'facts')} missing here` }],
  markdown: factsMarkdown,
};
