import type { NumbersSection } from '../core/numbers/index.js';
import { formatFigureValue, markOf, numberVerdict } from '../core/render.js';
import { sentenceText } from './sentence-text.js';

export { formatFigureValue };

const SENTENCE_CHARS = 200;

/**
 * What a figure the outlet did not write as a number or a range is taken to mean, told where it explains why its
 * group's figures disagree: "Dozens (taken to mean 24 to 99)", "a week (taken to mean 5.6 to 8.4 days)", "at least 23
 * (taken to mean 23 to 46)" beside another outlet's 58. A point or a range says itself ("58", "between 200 and 300"),
 * and in a group that agrees the interval explains nothing: the reader is not shown the comparison's machinery there
 * (Markdown leaves it out everywhere; the panel draws it).
 */
export function takenToMean(f: { text: string; low?: number; high?: number; unit?: string }): string {
  const kind = markOf(f)?.kind;
  if (f.low === undefined || f.high === undefined || (kind !== 'vague' && kind !== 'open')) return '';
  const [low, high] = [formatFigureValue(f.low, f.unit), formatFigureValue(f.high, f.unit)];
  // "5.6 days to 8.4 days" -> "5.6 to 8.4 days": a unit written after both numbers is said once.
  const unit = / [^\d\s]+$/u.exec(high)?.[0];
  const lowShown = unit && low.endsWith(unit) ? low.slice(0, -unit.length) : low;
  return ` (taken to mean ${lowShown} to ${high})`;
}

/** The numbers section as terminal lines: each group's verdict and subject, then each outlet's figure, what a vague one is taken to mean where that explains the verdict, and its sentence. */
export function formatNumbers(section: NumbersSection, outletName: (articleId: string) => string): string[] {
  if (section.length === 0) return ['Numbers: none. No figure here is counted by two outlets.'];
  const lines = [`Numbers (${section.length})`];
  for (const group of section) {
    // Capitals for what a reader should look at; a consistent group in lower case.
    const { label } = numberVerdict(group);
    const verdict = group.verdict === 'consistent' ? label.toLowerCase() : label.toUpperCase();
    lines.push(`  ${verdict}  ${group.subject}`);
    for (const f of group.figures) {
      const range = group.verdict === 'diverges' ? takenToMean(f) : '';
      const claimant = f.claimedBy ? `, according to ${f.claimedBy}` : '';
      const development = f.development ? ` [${f.development} coverage]` : '';
      lines.push(`    ${outletName(f.articleId)}: ${f.text}${range}${claimant}${development}`);
      lines.push(`      ${sentenceText(f.sentence, SENTENCE_CHARS)}`);
    }
  }
  return lines;
}
