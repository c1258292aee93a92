import { CURRENT, type Presentation } from '../analysis/contract.js';
import { framingMarkdown } from './markdown.js';
import type { FramingSection } from './index.js';

/** How the framing section is shown (no comparison code: see `Presentation`). */
export const framingPresentation: Presentation<FramingSection, 'framing'> = {
  id: 'framing',
  title: 'Framing',
  summary: (section) => (section.flags.some((f) => f.kind === 'one-sided' && f.articleId === CURRENT) ? [{ key: 'voices', text: 'coverage leans on one side’s voices' }] : []),
  markdown: framingMarkdown,
};
