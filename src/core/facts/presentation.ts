import type { Presentation } from '../analysis/contract.js';
import { plural } from '../analysis/markdown.js';
import { factsMarkdown } from './markdown.js';
import { omissionsBySupport } from './display.js';
import type { FactsSection } from './index.js';

/** How the facts section is shown (no comparison code: see `Presentation`). */
export const factsPresentation: Presentation<FactsSection, 'facts'> = {
  id: 'facts',
  title: 'Missing facts',
  // Facts at least two other outlets report; one outlet's word alone is listed but not counted here. With no other outlet on
  // the page's event nothing can be missing, and "0 facts missing here" would read as a finding: no phrase then.
  summary: (section) =>
    section.outlets.length === 0 ? [] : [{ key: 'missing', text: `${plural(omissionsBySupport(section).several.length, 'fact', 'facts')} missing here` }],
  markdown: factsMarkdown,
};
