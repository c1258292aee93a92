import type { RenderContext } from '../analysis/contract.js';
import { inline } from '../analysis/markdown.js';
import type { NumbersSection } from './index.js';
import { numberVerdict } from './display.js';

export function numbersMarkdown(groups: NumbersSection, { outletName: name }: RenderContext): string[] {
  const out = [`## Numbers (${groups.length})`, ''];
  if (groups.length === 0) return [...out, 'No figure is counted by two outlets.', ''];
  for (const group of groups) {
    const verdict = numberVerdict(group).label;
    out.push(`### ${verdict}: ${inline(group.subject)}`, '');
    for (const f of group.figures) {
      const claimant = f.claimedBy ? `, according to ${inline(f.claimedBy)}` : '';
      const development = f.development ? ` (${f.development} coverage)` : '';
      out.push(`- **${name(f.articleId)}**: ${inline(f.text)}${claimant}${development}`, `  > ${inline(f.sentence)}`);
    }
    out.push('');
  }
  return out;
}
