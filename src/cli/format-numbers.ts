import type { NumbersSection } from '../core/numbers/index.js';
import { formatFigureValue, markOf, numberVerdict } from '../core/render.js';
import { sentenceText } from './sentence-text.js';

export { formatFigureValue };

const SENTENCE_CHARS = 200;


/** The numbers section as terminal lines: each group's verdict and subject, then each outlet's figure with its interval and sentence. */
export function formatNumbers(section: NumbersSection, outletName: (articleId: string) => string): string[] {
  if (section.length === 0) return ['Numbers: none. No figure here is counted by two outlets.'];
  const lines = [`Numbers (${section.length})`];
  for (const group of section) {
    // Capitals for what a reader should look at; a consistent group in lower case.
    const { label } = numberVerdict(group);
    const verdict = group.verdict === 'consistent' ? label.toLowerCase() : label.toUpperCase();
    lines.push(`  ${verdict}  ${group.subject}`);
    for (const f of group.figures) {
      // A figure shown as a point ("58", "55,000") has no interval to tell: its margin is the comparison's, not the outlet's.
      const range = f.low !== undefined && f.high !== undefined && markOf(f)?.kind !== 'point' ? ` (read as ${formatFigureValue(f.low, f.unit)} to ${formatFigureValue(f.high, f.unit)})` : '';
      const claimant = f.claimedBy ? `, according to ${f.claimedBy}` : '';
      const development = f.development ? ` [${f.development} coverage]` : '';
      lines.push(`    ${outletName(f.articleId)}: ${f.text}${range}${claimant}${development}`);
      lines.push(`      ${sentenceText(f.sentence, SENTENCE_CHARS)}`);
    }
  }
  return lines;
}
