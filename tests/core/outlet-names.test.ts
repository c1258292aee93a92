import { describe, expect, it } from 'vitest';
import { outletNames } from '../../src/core/outlet-names.js';
import { buildReport } from '../../src/core/report.js';
import { reportToMarkdown } from '../../src/core/report-markdown.js';
import { formatReport } from '../../src/cli/format-report.js';
import type { Report } from '../../src/core/report.js';
import { seedIndex, seedInputs } from '../helpers.js';

describe('outlet names', () => {
  it('the corpus outlet, else the site, else "Unnamed outlet A, B, ...": never an id or a headline fragment', () => {
    const related = [
      { id: '000_2ef5bc1f1ce927e8', title: 'Taliban and Pakistan agree to ceasefire after days of deadly clashes', score: 0.6, relation: 'same-event' },
      { id: 'b', title: 'Second', source: 'Alwaght', score: 0.5, relation: 'same-event' },
      { id: 'c', title: 'Third', url: 'https://www.dawn.com/news/1', score: 0.5, relation: 'same-event' },
      { id: 'd', title: 'Fourth', score: 0.4, relation: 'follow-up' },
    ];
    const names = outletNames({ related } as unknown as Report);
    expect(names).toEqual({ current: 'This article', '000_2ef5bc1f1ce927e8': 'Unnamed outlet A', b: 'Alwaght', c: 'dawn.com', d: 'Unnamed outlet B' });
  });

  it('the seed corpus report names outlets the same way in the terminal and in Markdown, with no corpus id anywhere', () => {
    const seed = seedInputs().find((s) => s.id.startsWith('001_'))!;
    const report = buildReport(seed.article, seedIndex());
    for (const text of [formatReport(report), reportToMarkdown(report)]) {
      expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}/);
      expect(text).not.toMatch(/“[^”]{0,40}…”/);
      expect(text).toMatch(/Unnamed outlet A/);
      expect(text).toMatch(/Alwaght/);
    }
  });
});
