import type { RenderContext } from '../analysis/contract.js';
import { inline } from '../analysis/markdown.js';
import type { NumberGroup, NumbersSection } from './index.js';

const NUMBER_VERDICT: Record<NumberGroup['verdict'], string> = { diverges: 'Diverges', 'different-subject': 'Different subject', consistent: 'Consistent' };

export function numbersMarkdown(groups: NumbersSection, { outletName: name }: RenderContext): string[] {
  const out = [`## Numbers (${groups.length})`, ''];
  if (groups.length === 0) return [...out, 'No figure is counted by two outlets.', ''];
  for (const group of groups) {
    out.push(`### ${NUMBER_VERDICT[group.verdict]}: ${inline(group.subject)}`, '');
    for (const f of group.figures) out.push(`- **${name(f.articleId)}**: ${inline(f.text)}`, `  > ${inline(f.sentence)}`);
    out.push('');
  }
  return out;
}
