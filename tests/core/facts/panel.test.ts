// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { FactsSection } from '../../../src/panel/sections/facts.js';
import { supportText } from '../../../src/core/facts/display.js';
import { EvidenceContext } from '../../../src/panel/evidence.js';
import { formatFacts, SINGLE_OUTLET_SHOWN } from '../../../src/cli/format-facts.js';
import { articleFromRecord } from '../../../src/core/article.js';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { parsePackJson } from '../../../src/core/corpus/load.js';
import { indexPack } from '../../../src/core/match/related.js';
import { buildReport } from '../../../src/core/report.js';
import type { Evidence } from '../../../src/core/analysis/contract.js';
import type { FactsSection as Section } from '../../../src/core/facts/index.js';
import { seedId, wclRecords } from '../../helpers.js';
import { seedSection } from './seed-setup.js';
import { openDetails } from '../../dom-helpers.js';

const section = seedSection('001');

function mount(s: Section, onEvidence: (e: Evidence) => void = () => {}) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(h(EvidenceContext.Provider, { value: onEvidence }, h(FactsSection, { section: s })), root);
  return root;
}

describe('facts panel', () => {
  it('lists what is missing with its support, expanding to the outlets’ sentences', async () => {
    const root = mount(section);
    expect(root.querySelector('h2')?.textContent).toContain('Missing here');
    const items = [...root.querySelectorAll('[data-testid="facts-omissions"] > [data-testid="facts-omission"]')];
    expect(items.length).toBeGreaterThan(0);
    const targeting = items.find((i) => /infrastructure/.test(i.textContent ?? ''))!;
    expect(targeting.querySelector('[data-testid="facts-support"]')?.textContent).toContain('reported by 3 of 3');
    const details = targeting.querySelector('details')!;
    expect(details.open).toBe(false);
    await openDetails(details);
    expect(targeting.querySelectorAll('[data-testid="facts-evidence"]').length).toBe(3);
    // The summary element is what the keyboard reaches and toggles.
    expect(details.querySelector('summary')).not.toBeNull();
    expect(targeting.querySelectorAll('[data-article-id]').length).toBeGreaterThan(3);
  });

  it('keeps facts reported by one outlet apart from those reported by several', async () => {
    const root = mount(section);
    const single = root.querySelector<HTMLDetailsElement>('[data-testid="facts-single"]')!;
    expect(single.open).toBe(false);
    await openDetails(single);
    const supports = [...single.querySelectorAll('[data-testid="facts-omission"]')].map((e) => e.getAttribute('data-support'));
    expect(new Set(supports)).toEqual(new Set(['1']));
  });

  it('shows exclusives as clickable sentences that go to the page, the rest behind a button', async () => {
    const shown = vi.fn();
    const root = mount(section, shown);
    const exclusives = root.querySelectorAll('[data-testid="facts-exclusive"]');
    expect(exclusives.length).toBeLessThan(section.exclusives.length);
    const more = root.querySelector<HTMLButtonElement>('[data-testid="facts-more"]')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await act(async () => more.click());
    expect(root.querySelectorAll('[data-testid="facts-exclusive"]').length).toBe(section.exclusives.length);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const exports = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="facts-exclusive"] button.evidence')].find((b) => /40 percent/.test(b.textContent ?? ''))!;
    await act(async () => exports.click());
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ articleId: 'current', sentence: expect.stringContaining('40 percent of Afghan exports') }));
  });

  it('says so when there is nothing to compare with', () => {
    const root = mount({ outlets: [], omissions: [], exclusives: [] });
    expect(root.querySelector('[data-testid="facts-no-outlets"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="facts-no-exclusives"]')).not.toBeNull();
  });

  it('escapes page text', () => {
    const root = mount({
      outlets: ['x'],
      omissions: [{ summary: '<img src=x onerror=alert(1)>', reportedBy: ['x'], evidence: [{ articleId: 'x', sentence: '<b>bold</b>' }] }],
      exclusives: [{ summary: '<script>alert(1)</script>', evidence: [{ articleId: 'current', sentence: '<script>alert(1)</script>' }] }],
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('labels support as "reported by N of M"', () => {
    expect(supportText(3, 4)).toBe('reported by 3 of 4 outlets on the same event');
  });
});

describe('facts in the terminal', () => {
  it('prints omissions with support and evidence, then exclusives', () => {
    const lines = formatFacts(section, (id) => (id === 'current' ? 'This article' : id.slice(0, 3)));
    expect(lines[0]).toMatch(/^Missing here \(\d+\)$/);
    const i = lines.findIndex((l) => /infrastructure/.test(l) && l.startsWith('  - '));
    expect(lines[i + 1]).toMatch(/reported by 3 of 3 outlets on the same event: /);
    expect(lines.some((l) => /^Only here \(\d+\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /40 percent of Afghan exports/.test(l))).toBe(true);
    expect(formatFacts({ outlets: [], omissions: [], exclusives: [] }, String)).toEqual([
      'Missing here (0)',
      '  No other outlet in the corpus reports this same event, so nothing can be missing.',
      'Only here (0)',
      '  Every fact in this article is also reported elsewhere.',
    ]);
    expect(seedId('001')).toBeTruthy();
  });
});

describe('facts one other outlet alone reports, in the terminal', () => {
  // NewsWCL50 event 7 (the steel tariff exemptions, April 30 2018): USA Today's article against the four other outlets,
  // which between them report dozens of facts one outlet alone has.
  const records = wclRecords().filter((r) => r.event === 'wcl:7');
  const page = records.find((r) => r.source === 'USA Today')!;
  const others = records.filter((r) => r !== page).map((r) => ({ id: r.id, article: articleFromRecord(r) }));
  const report = buildReport(articleFromRecord(page), indexPack(parsePackJson(JSON.stringify(buildPack('wcl 7', others)))));
  const single = report.facts.omissions.filter((o) => o.reportedBy.length <= 1);

  it('shows the first few and says how many more there are and where they are listed', () => {
    expect(single.length).toBeGreaterThan(SINGLE_OUTLET_SHOWN);
    const lines = formatFacts(report.facts, (id) => id);
    const from = lines.findIndex((l) => l.startsWith('Reported by one other outlet only'));
    const to = lines.findIndex((l) => l.startsWith('Only here'));
    const shown = lines.slice(from, to).filter((l) => l.startsWith('  - '));
    expect(lines[from]).toBe(`Reported by one other outlet only (${single.length})`);
    expect(shown.map((l) => l.slice(4))).toEqual(single.slice(0, SINGLE_OUTLET_SHOWN).map((o) => o.summary));
    expect(lines[to - 1]).toBe(`  … and ${single.length - SINGLE_OUTLET_SHOWN} more (--markdown or --json lists every one)`);
  });
});
