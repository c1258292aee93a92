// @vitest-environment jsdom
// A numbers group's verdict is named once (core/numbers/display.ts): the panel, the terminal and the Markdown export
// show the same words for the same group.
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { numberVerdict } from '../../../src/core/numbers/display.js';
import { numbersMarkdown } from '../../../src/core/numbers/markdown.js';
import { formatNumbers } from '../../../src/cli/format-numbers.js';
import { NumbersSection as NumbersView } from '../../../src/panel/sections/numbers.js';
import { compareBodies } from './helpers.js';

const outletName = (id: string) => `Outlet ${id}`;

describe('a numbers verdict, one name for every front end', () => {
  it('says a page count two outlets disagree on "Diverges" in the panel, the Markdown and (in capitals) the terminal', () => {
    const section = compareBodies(
      'The inspector general released a 448-page report on Thursday. The report faults the bureau.',
      'The 488-page report was released on Thursday by the inspector general.',
    );
    expect(section.map((g) => g.verdict)).toEqual(['diverges']);
    const { label, hint } = numberVerdict(section[0]!);
    expect(label).toBe('Diverges');
    expect(formatNumbers(section, outletName).some((line) => line.trim().startsWith('DIVERGES '))).toBe(true);
    expect(numbersMarkdown(section, { outletName, related: [] })).toContain(`### Diverges: ${section[0]!.subject}`);
    const root = document.createElement('div');
    render(h(NumbersView, { section }), root);
    const shown = root.querySelector('.number-verdict');
    expect(shown?.textContent).toBe(label);
    expect(shown?.getAttribute('title')).toBe(hint);
  });

  it('names a disagreement between two developments over time', () => {
    expect(numberVerdict({ verdict: 'diverges', timeline: true }).label).toBe('Diverges over time');
    expect(numberVerdict({ verdict: 'consistent', timeline: true }).label).toBe('Consistent');
  });
});
