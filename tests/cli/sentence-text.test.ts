// An outlet's sentence under a terminal finding, on seed 001's report: Unnamed outlet B's "“Show me one piece of evidence
// ...,” he told Al Jazeera." was printed with two opening marks (““Show me ...) under a fact and under a figure.
import { describe, expect, it } from 'vitest';
import { sentenceText } from '../../src/cli/sentence-text.js';
import { formatReport } from '../../src/cli/format-report.js';
import { seedId, seedReports } from '../helpers.js';

describe('an outlet’s sentence in the terminal', () => {
  it('is in quotation marks, unless it opens with a quotation of its own', () => {
    expect(sentenceText('Dozens of people have been killed.')).toBe('“Dozens of people have been killed.”');
    expect(sentenceText('“Show me one piece of evidence,” he told Al Jazeera.')).toBe('“Show me one piece of evidence,” he told Al Jazeera.');
    expect(sentenceText('Dozens of people have been killed.', 10)).toBe('“Dozens of…”');
  });

  it('never opens with two quotation marks in seed 001’s report', () => {
    const text = formatReport(seedReports().get(seedId('001'))!);
    expect(text).toContain('“Show me one piece of evidence');
    expect(text).not.toMatch(/““|""|“"/u);
  });
});
