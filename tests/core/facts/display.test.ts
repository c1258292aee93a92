// @vitest-environment jsdom
// The missing-facts lists are counted and worded once (core/facts/display.ts): the panel, the terminal and the
// Markdown export say the same thing about the same section.
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { countedOverText, omissionsBySupport, supportText } from '../../../src/core/facts/display.js';
import type { FactsSection } from '../../../src/core/facts/index.js';
import { factsMarkdown } from '../../../src/core/facts/markdown.js';
import { formatFacts } from '../../../src/cli/format-facts.js';
import { FactsSection as FactsView } from '../../../src/panel/sections/facts.js';
import type { RelatedArticle } from '../../../src/core/types.js';
import { NO_SAME_EVENT_TEXT, NOTHING_ONLY_HERE_TEXT, noneMissingText } from '../../../src/core/facts/display.js';
import { summaryParts } from '../../../src/core/summary.js';
import { seedReports, wclRecords } from '../../helpers.js';
import { articleFromRecord } from '../../../src/core/article.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { parsePack } from '../../../src/core/corpus/load.js';
import { indexPack } from '../../../src/core/match/related.js';
import { buildReport } from '../../../src/core/report.js';
import { reportToMarkdown } from '../../../src/core/report-markdown.js';
import { formatReport } from '../../../src/cli/format-report.js';
import { outletCount, outletCountText } from '../../../src/core/outlet-names.js';

const section: FactsSection = {
  outlets: ['a', 'b', 'c'],
  omissions: [
    { summary: 'Qatar and Turkey mediated the talks', reportedBy: ['a', 'b'], evidence: [{ articleId: 'a', sentence: 'Qatar and Turkey mediated the talks.' }, { articleId: 'b', sentence: 'The talks were mediated by Qatar and Turkey.' }] },
    { summary: 'The truce begins at midnight', reportedBy: ['c'], evidence: [{ articleId: 'c', sentence: 'The truce begins at midnight.' }] },
  ],
  exclusives: [],
};
const followUp = { id: 'd', relation: 'follow-up' } as RelatedArticle;
const outletName = (id: string) => `Outlet ${id.toUpperCase()}`;

describe('the missing-facts wording, one for every front end', () => {
  it('splits the facts by support: two or more other outlets, or one alone', () => {
    const { several, single } = omissionsBySupport(section);
    expect(several.map((o) => o.summary)).toEqual(['Qatar and Turkey mediated the talks']);
    expect(single.map((o) => o.summary)).toEqual(['The truce begins at midnight']);
  });

  it('says what the counts are over, a follow-up left out in the singular or the plural', () => {
    expect(countedOverText(1, 0)).toBe('Counted over the one outlet reporting the same event.');
    expect(countedOverText(3, 1)).toBe('Counted over the 3 outlets reporting the same event; the follow-up is left out, as it reports another development.');
    expect(countedOverText(3, 2)).toBe('Counted over the 3 outlets reporting the same event; the 2 follow-ups are left out, as they report another development.');
  });

  it('is the same sentence in the terminal, the Markdown export and the panel', () => {
    const support = `${supportText(2, 3)}: Outlet A, Outlet B`;
    const terminal = formatFacts(section, outletName, 1).join('\n');
    const markdown = factsMarkdown(section, { outletName, related: [followUp] }).join('\n');
    const root = document.createElement('div');
    render(h(FactsView, { section, related: [followUp] }), root);
    for (const text of [terminal, markdown]) {
      expect(text).toContain(support);
      expect(text).toContain(countedOverText(3, 1));
    }
    expect(root.textContent).toContain(supportText(2, 3));
    expect(root.textContent).toContain(countedOverText(3, 1));
  });

  it('on seed 003 (a later round, no other outlet on its event), says nothing can be missing, in one sentence, and the summary counts no missing facts', () => {
    const report = [...seedReports()].find(([id]) => id.startsWith('003'))![1];
    expect(report.facts.outlets).toEqual([]);
    expect(summaryParts(report).map((p) => p.text).join(' · ')).not.toContain('missing here');
    const followUps = report.related.filter((r) => r.relation === 'follow-up');
    const terminal = formatFacts(report.facts, outletName, followUps.length).join('\n');
    const markdown = factsMarkdown(report.facts, { outletName, related: report.related }).join('\n');
    const root = document.createElement('div');
    render(h(FactsView, { section: report.facts, related: report.related }), root);
    for (const text of [terminal, markdown, root.textContent ?? '']) expect(text).toContain(NO_SAME_EVENT_TEXT);
  });

  it('says "none missing" and "nothing only here" in the same words everywhere', () => {
    const empty: FactsSection = { outlets: ['a', 'b'], omissions: [], exclusives: [] };
    const terminal = formatFacts(empty, outletName).join('\n');
    const markdown = factsMarkdown(empty, { outletName, related: [] }).join('\n');
    const root = document.createElement('div');
    render(h(FactsView, { section: empty, related: [] }), root);
    for (const text of [terminal, markdown, root.textContent ?? '']) {
      expect(text).toContain(noneMissingText(2));
      expect(text).toContain(NOTHING_ONLY_HERE_TEXT);
    }
    expect(noneMissingText(1)).toBe('This article reports every fact the other outlet reports.');
  });

  it('counts two articles of one outlet as articles, not as two outlets (NewsWCL50 less one, page 8_L: USA Today and HuffPost twice)', () => {
    // The New York Times' Mueller article as the page, the rest of NewsWCL50 as the pack: the Comey-memos coverage of event 9
    // (USA Today and HuffPost again) is listed as the same event beside event 8's.
    const records = wclRecords();
    const page = records.find((r) => r.id === 'wcl:8_L')!;
    const others = records.filter((r) => r !== page).map((r) => ({ id: r.id.replace(':', '-'), article: articleFromRecord(r) }));
    const report = buildReport(articleFromRecord(page), indexPack(parsePack(JSON.parse(JSON.stringify(buildPack('NewsWCL50 less one', others))))));
    const articles = report.facts.outlets.length;
    const outlets = outletCount(report.related, report.facts.outlets);
    expect(outlets).toBeLessThan(articles);
    expect(outletCountText(report)).toMatch(/related articles from \d+ outlets/);
    const over = countedOverText(articles, 0, outlets);
    expect(over).toBe(`Counted over the ${articles} articles from ${outlets} outlets reporting the same event.`);
    const root = document.createElement('div');
    render(h(FactsView, { section: report.facts, related: report.related }), root);
    for (const text of [formatReport(report), reportToMarkdown(report), root.textContent ?? '']) {
      expect(text).toContain(over);
      expect(text).not.toContain(`of ${articles} outlets on the same event`);
      if (report.facts.omissions.length > 0) expect(text).toContain(`of ${articles} articles on the same event`);
    }
  });
});
