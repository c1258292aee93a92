// The warm-up report the extension's worker runs while its first press waits for the tab
// (core/warm-up.ts): it must run the code a real report runs (every analysis on the page, and
// every comparison with related coverage that has something to compare), and leave no trace on
// the reports made after it.
import { describe, expect, it } from 'vitest';
import { ANALYSES, buildReport, warmingUp, type Report } from '../../src/core/index.js';
import { seedId, seedIndex, seedInputs } from '../helpers.js';

function runWarmUp(): { steps: string[]; report: Report } {
  const steps: string[] = [];
  const warm = warmingUp();
  for (;;) {
    const next = warm.next();
    if (next.done) return { steps, report: next.value };
    steps.push(next.value);
  }
}

describe('the warm-up report', () => {
  const { steps, report } = runWarmUp();

  it('pauses after each analysis of the page, the pack, the matching and each comparison', () => {
    const ids = ANALYSES.map((a) => a.id);
    expect(steps).toEqual([...ids, 'pack', 'match', ...ids]);
  });

  it('finds its two other articles to report the same event, so that every comparison runs', () => {
    expect(report.related.map((r) => r.relation)).toEqual(['same-event', 'same-event']);
    const sections = report as unknown as Record<string, unknown>;
    expect(sections.numbers).not.toEqual([]);
    expect(sections.quotes).not.toEqual([]);
    expect((sections.facts as { omissions: unknown[] }).omissions.length).toBeGreaterThan(0);
    expect((sections.framing as { actors: unknown[] }).actors.length).toBeGreaterThan(0);
  });

  it('leaves the reports made after it as they were', () => {
    const index = seedIndex();
    const page = seedInputs().find((s) => s.id === seedId('001'))!.article;
    const before = JSON.stringify(buildReport(page, index));
    runWarmUp();
    expect(JSON.stringify(buildReport(page, index))).toBe(before);
  });
});
