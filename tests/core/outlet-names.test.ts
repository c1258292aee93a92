import { describe, expect, it } from 'vitest';
import { outletCountText, outletNames } from '../../src/core/outlet-names.js';
import { summaryParts } from '../../src/core/summary.js';
import { buildReport } from '../../src/core/report.js';
import { reportToMarkdown } from '../../src/core/report-markdown.js';
import { formatReport } from '../../src/cli/format-report.js';
import type { Report } from '../../src/core/report.js';
import { seedIndex, seedInputs, wclRecords } from '../helpers.js';

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

  // NewsWCL50's two North Korea stories (events 0 and 2, three days apart) come from the same five outlets: a
  // report that lists both has USA Today, HuffPost and Breitbart twice each, which read as one outlet twice in two colours.
  const records = wclRecords().filter((r) => r.event === 'wcl:0' || r.event === 'wcl:2');
  const page = records.find((r) => r.id === 'wcl:0_L')!;
  const related = records
    .filter((r) => r !== page)
    .map((r, i) => ({ id: r.id, title: r.title, source: r.source, url: r.url ?? undefined, publishedAt: r.publishedAt ?? undefined, score: 0.5 - i / 100, relation: 'same-event' }));
  const report = { related } as unknown as Report;

  it('tells two articles of one outlet apart by date where the dates differ, else by their order, and counts the outlet once', () => {
    const names = outletNames(report);
    const ofOutlet = (source: string) => related.filter((r) => r.source === source).map((r) => names[r.id]);
    expect(ofOutlet('USA Today')).toEqual(['USA Today (17 Apr 2018)', 'USA Today (20 Apr 2018)']);
    expect(ofOutlet('Breitbart')).toEqual(['Breitbart (17 Apr 2018)', 'Breitbart (20 Apr 2018)']);
    // HuffPost's addresses carry no date: neither article has one.
    expect(ofOutlet('HuffPost')).toEqual(['HuffPost (article 1)', 'HuffPost (article 2)']);
    // The other New York Times article is not "This article", and is one of a kind among the related ones.
    expect(names['wcl:2_L']).toBe('The New York Times');
    expect(new Set(Object.values(names)).size).toBe(related.length + 1);
    // Lists of outlets are joined with commas ("reported by 2 of 7: A, B"): a name adds none of its own.
    for (const name of Object.values(names)) expect(name).not.toContain(',');
    expect(outletCountText(report)).toBe('9 related articles from 5 outlets');
    expect(summaryParts(report, [])[0]!.text).toBe('9 related articles from 5 outlets');
  });

  it('keeps a plain outlet name and "N other outlets" when each related article is another outlet\'s', () => {
    const one = related.filter((r) => r.id.startsWith('wcl:0_'));
    expect(outletNames({ related: one } as unknown as Report)['wcl:0_M']).toBe('USA Today');
    expect(outletCountText({ related: one } as unknown as Report)).toBe('4 other outlets');
    expect(outletCountText({ related: one.slice(0, 1) } as unknown as Report)).toBe('1 other outlet');
  });
});
