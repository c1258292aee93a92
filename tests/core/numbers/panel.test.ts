// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import { formatFigureValue, plotScale } from '../../../src/core/numbers/display.js';
import type { NumbersSection as Section } from '../../../src/core/numbers/index.js';
import { EvidenceContext } from '../../../src/panel/evidence.js';
import { NumbersSection } from '../../../src/panel/sections/numbers.js';
import { formatNumbers } from '../../../src/cli/format-numbers.js';
import { seedSection } from './helpers.js';
import { openDetails } from '../../dom-helpers.js';

const { section } = seedSection('001');

describe('numbers panel', () => {
  it('shows one compact row per group, diverging groups first, each with a dot plot', async () => {
    const root = document.createElement('div');
    render(h(NumbersSection, { section }), root);
    expect(root.querySelector('h2')?.textContent).toContain('Numbers');
    // Every diverging group and the first few others show at once; the rest behind one button.
    const diverging = section.filter((g) => g.verdict === 'diverges').length;
    expect(root.querySelectorAll('[data-testid="number-group"]').length).toBe(Math.min(section.length, Math.max(5, diverging)));
    root.querySelector<HTMLButtonElement>('[data-testid="numbers-more"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const groups = [...root.querySelectorAll('[data-testid="number-group"]')];
    expect(groups).toHaveLength(section.length);
    expect(groups[0]?.getAttribute('data-verdict')).toBe('diverges');
    expect(groups.every((g) => g.querySelector('summary [data-testid="number-plot"]'))).toBe(true);
    for (const details of root.querySelectorAll('details')) await openDetails(details);
    const toll = groups.find((g) => g.textContent?.includes('at least 23'));
    expect(toll?.getAttribute('data-verdict')).toBe('diverges');
    expect(toll?.querySelectorAll('circle, line.interval').length).toBe(2);
    expect(toll?.querySelector(`[data-article-id="${CURRENT}"]`)).not.toBeNull();
    // Drawn on what the outlets wrote: "at least 23" a point open upwards, not the 23-46 it is read as;
    // the axis is labelled with written figures only.
    expect(toll?.querySelector(`g[data-article-id="${CURRENT}"] [data-mark="open"]`)).not.toBeNull();
    expect([...toll!.querySelectorAll('[data-testid="number-axis-label"]')].map((t) => t.textContent)).toEqual(['23', '58']);
    expect(root.querySelector('[data-testid="number-plot-legend"]')?.textContent).toMatch(/at least.*open-ended/);
  });

  it('links every figure to its sentence through EvidenceSentence', async () => {
    const show = vi.fn();
    const root = document.createElement('div');
    render(h(EvidenceContext.Provider, { value: show }, h(NumbersSection, { section })), root);
    for (const details of root.querySelectorAll('details')) await openDetails(details);
    const figure = [...root.querySelectorAll('[data-testid="number-figure"]')].find((f) => f.textContent?.includes('at least 23'));
    const button = figure?.querySelector<HTMLButtonElement>('button.evidence');
    expect(button?.textContent).toContain('left at least 23 Pakistani soldiers dead');
    button?.click();
    expect(show).toHaveBeenCalledWith({ articleId: CURRENT, sentence: expect.stringContaining('at least 23 Pakistani soldiers dead') });
  });

  it('renders page text as text only', () => {
    const hostile: Section = [{ subject: '<img src=x onerror=alert(1)>', verdict: 'diverges', figures: [
      { articleId: CURRENT, text: '<b>5</b>', sentence: '<script>alert(1)</script> 5 killed', low: 5, high: 5 },
      { articleId: 'x', text: '9', sentence: '9 killed', low: 9, high: 9 },
    ] }];
    const root = document.createElement('div');
    render(h(NumbersSection, { section: hostile }), root);
    expect(root.querySelector('script, img, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says so when there is nothing to compare', () => {
    const root = document.createElement('div');
    render(h(NumbersSection, { section: [] }), root);
    expect(root.querySelector('[data-testid="numbers-empty"]')).not.toBeNull();
  });
});

describe('numbers CLI and display', () => {
  it('prints each group with its verdict, outlets, figures and sentences', () => {
    const lines = formatNumbers(section, (id) => (id === CURRENT ? 'This article' : id.slice(0, 3)));
    expect(lines[0]).toBe(`Numbers (${section.length})`);
    expect(lines[1]).toMatch(/^ {2}DIVERGES {2}/);
    // Beside another outlet's 58, "at least 23" disagrees only as it is read (23 to 46): said in a reader's words.
    expect(lines).toContain('    This article: at least 23 (taken to mean 23 to 46)');
    expect(lines.some((l) => l.startsWith('    002: 58'))).toBe(true);
    expect(formatNumbers([], () => '')).toEqual(['Numbers: none. No figure here is counted by two outlets.']);
  });

  it('tells what a figure is taken to mean only where it explains a disagreement (seed 003)', () => {
    const seed003 = seedSection('003').section;
    const lines = formatNumbers(seed003, (id) => (id === CURRENT ? 'This article' : id.slice(0, 3)));
    // "a week" against "over a week" and "almost two weeks": the days each is read as are why they cannot all hold.
    expect(lines.some((l) => / a week \(taken to mean 5\.6 to 8\.4 days\)$/u.test(l))).toBe(true);
    // In a group that agrees ("hundreds" injured, three outlets) the reading explains nothing and is left out.
    const consistent = seed003.filter((g) => g.verdict === 'consistent').flatMap((g) => g.figures.map((f) => f.text));
    expect(consistent).toContain('hundreds');
    expect(lines.filter((l) => /: hundreds\b/u.test(l)).every((l) => !l.includes('('))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/\(read as /u);
  });

  it('formats values in their units and puts figures on one scale', () => {
    expect(formatFigureValue(2600, 'km')).toBe('2,600 km');
    expect(formatFigureValue(284, 'month-day')).toBe('Oct 10');
    expect(formatFigureValue(20372, 'date')).toBe('Oct 11, 2025');
    expect(formatFigureValue(46, 'percent')).toBe('46%');
    const scale = plotScale([{ low: 23, high: 46 }, { low: 58, high: 58 }])!;
    expect([scale(23), scale(58)]).toEqual([0, 1]);
    const log = plotScale([{ low: 8, high: 8 }, { low: 2400, high: 4800 }])!;
    expect(log(2400)).toBeGreaterThan(0.5);
  });
});
