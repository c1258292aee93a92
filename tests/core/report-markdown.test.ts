import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../src/core/article.js';
import { buildReport } from '../../src/core/report.js';
import { CURRENT } from '../../src/core/analysis/contract.js';
import { summaryParts } from '../../src/core/summary.js';
import { inline, reportToMarkdown } from '../../src/core/report-markdown.js';
import { outletNames } from '../../src/core/outlet-names.js';
import type { Report } from '../../src/core/report.js';
import { SEED_DIR, seedId, seedIndex } from '../helpers.js';

const index = seedIndex();
const reportFor = (prefix: string): Report =>
  buildReport(articleFromPlainText(readFileSync(join(SEED_DIR, `${seedId(prefix)}.txt`), 'utf8')), index);

describe('reportToMarkdown on seed 001', () => {
  const report = reportFor('001');
  const md = reportToMarkdown(report);
  const names = outletNames(report);

  it('has one title and every section in the panel order', () => {
    expect(md.match(/^# /gm)).toHaveLength(1);
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.replace(/ \(\d+\)$/, ''));
    expect(sections).toEqual(['Related coverage', 'Numbers', 'Missing facts', 'Quotes', 'Framing']);
  });

  it('opens with the same counts as the panel summary line', () => {
    const line = md.split('\n').find((l) => l.startsWith('**Summary:**'))!;
    // Figures that disagree with the page, the others between other outlets apart (seed 001: two and two).
    const diverging = report.numbers.filter((g) => g.verdict === 'diverges');
    const withPage = diverging.filter((g) => g.figures.some((f) => f.articleId === CURRENT)).length;
    const missing = report.facts.omissions.filter((o) => o.reportedBy.length >= 2).length;
    expect(line).toBe(`**Summary:** ${summaryParts(report).map((p) => p.text).join(' · ')}`);
    expect(line).toContain(`${report.related.length} other outlets`);
    expect(line).toContain(`${withPage} figures disagree with this article, ${diverging.length - withPage} between other outlets`);
    expect(line).toContain(`${missing} facts missing here`);
    const differing = report.quotes.filter((q) => q.verdict === 'variant' || q.verdict === 'truncated' || q.verdict === 'paraphrase');
    const quotedHere = differing.filter((q) => q.renderings.some((r) => r.articleId === CURRENT)).length;
    expect(line).toContain(`${quotedHere} quotes worded differently from this article, ${differing.length - quotedHere} between other outlets`);
    // The facts section counts the same-event outlets the related list shows.
    expect(report.facts.outlets).toEqual(report.related.filter((r) => r.relation === 'same-event').map((r) => r.id));
  });

  it('lists every related article under its outlet name', () => {
    for (const item of report.related) expect(md).toContain(`**${inline(names[item.id]!)}**: ${inline(item.title)}`);
  });

  it('gives the diverging figures with each outlet\'s sentence as evidence', () => {
    const diverging = report.numbers.filter((g) => g.verdict === 'diverges');
    expect(diverging.length).toBeGreaterThan(0);
    for (const group of diverging) {
      expect(md).toContain(`### ${group.timeline ? 'Diverges over time' : 'Diverges'}: ${inline(group.subject)}`);
      for (const f of group.figures) {
        const claimant = f.claimedBy ? `, according to ${inline(f.claimedBy)}` : '';
        const development = f.development ? ` (${f.development} coverage)` : '';
        expect(md).toContain(`- **${inline(names[f.articleId]!)}**: ${inline(f.text)}${claimant}${development}\n  > ${inline(f.sentence)}`);
      }
    }
    // Diverging groups before consistent ones.
    expect(md.indexOf('### Diverges')).toBeLessThan(md.indexOf('### Consistent'));
  });

  it('gives each missing fact with the outlets that report it and their sentences', () => {
    const top = report.facts.omissions[0]!;
    expect(md).toContain(`- ${inline(top.summary)} (reported by ${top.reportedBy.length} of `);
    for (const e of top.evidence) expect(md).toContain(`  - **${inline(names[e.articleId]!)}**: ${inline(e.sentence)}`);
    expect(md).toMatch(/^### Missing here \(\d+\)$/m);
    expect(md).toMatch(/^### Only here \(\d+\)$/m);
  });

  it('puts quotes worded differently before single-outlet ones, with outlet names', () => {
    const quotes = md.slice(md.indexOf('## Quotes'), md.indexOf('## Framing'));
    const verdicts = [...quotes.matchAll(/^- \*\*(Verbatim|Shortened|Worded differently|Paraphrased|Only one outlet)\*\*/gm)].map((m) => m.index);
    const firstDiffering = [...quotes.matchAll(/^- \*\*(Shortened|Worded differently|Paraphrased)\*\*/gm)].map((m) => m.index);
    expect(firstDiffering.length).toBeGreaterThan(0);
    expect(verdicts[0]).toBe(firstDiffering[0]);
    expect(quotes.indexOf('### Statements only one outlet carries')).toBeGreaterThan(Math.max(...firstDiffering));
    expect(quotes).toContain(`**${names[report.quotes[0]!.renderings[0]!.articleId]}**`);
  });

  it('has a labels table with one column per outlet', () => {
    const header = md.split('\n').find((l) => l.startsWith('| Actor |'))!;
    expect(header.split('|').length - 2).toBe(1 + Object.keys(report.framing.voices).length);
  });
});

describe('reportToMarkdown on other reports', () => {
  it('says plainly when there is no related coverage, with no empty sections', () => {
    const report: Report = {
      article: { title: 'A council votes on a bridge', wordCount: 300 },
      corpus: { name: 'Seed corpus', articleCount: 5 },
      related: [],
      numbers: [],
      quotes: [],
      facts: { outlets: [], omissions: [], exclusives: [] },
      framing: { actors: [], voices: {}, flags: [] },
    };
    const md = reportToMarkdown(report);
    expect(md).toContain('No related coverage');
    expect(md).not.toContain('## Numbers');
  });

  it('keeps markup in page text as text', () => {
    const report: Report = {
      ...reportFor('003'),
      article: { title: '# Breaking | *news* <script>alert(1)</script> [link](javascript:x)', url: 'javascript:alert(1)', wordCount: 10 },
    };
    const md = reportToMarkdown(report);
    const title = md.split('\n')[0]!;
    expect(title).toBe('# Crosscheck: \\# Breaking \\| \\*news\\* \\<script\\>alert(1)\\</script\\> \\[link\\](javascript:x)');
    expect(md).not.toContain('javascript:alert');
  });

  it('renders every seed report without throwing, each ending in one newline', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const md = reportToMarkdown(reportFor(prefix));
      expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
    }
  });
});
