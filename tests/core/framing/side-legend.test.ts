// @vitest-environment jsdom
// The voice bars' legend on real coverage with many sides (NewsWCL50 event 3, the DNC's lawsuit: five outlets
// quote the DNC, the Trump campaign, Roger Stone, independent experts ...). Sides past the fifth all had one
// fill, so three legend entries looked alike and a bar's segments could not be told apart.
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { FramingSection } from '../../../src/panel/sections/framing.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, wclEventReport } from '../../helpers.js';

const report = wclEventReport('wcl:3', 'USA Today');

describe('the side legend of the voice bars', () => {
  it('gives every named side its own fill, "no side stated" another, and names every side once', () => {
    const root = document.createElement('div');
    render(h(FramingSection, { section: report.framing }), root);
    const items = [...root.querySelectorAll('[data-testid="framing-side-legend"] li[data-fill]')];
    const fills = items.map((li) => li.getAttribute('data-fill'));
    const labels = items.map((li) => li.textContent!.trim());
    expect(items.length).toBeGreaterThan(6);
    expect(new Set(fills).size).toBe(fills.length);
    // The fill a legend entry shows is the one the bars' segments of that side use.
    for (const li of items) expect(li.querySelector('.side-swatch')!.classList.contains(`side-${li.getAttribute('data-fill')}`)).toBe(true);
    const sides = new Set(Object.values(report.framing.voices).flatMap((voices) => voices.map((v) => v.side ?? 'no side stated')));
    const named = labels.flatMap((label) => (label.startsWith('other sides: ') ? label.slice('other sides: '.length).split(', ') : [label]));
    expect(new Set(named)).toEqual(sides);
    expect(named).toHaveLength(sides.size);
    // And the stylesheet draws those fills differently: one rule per fill, no two with the same background.
    const css = readFileSync(join(ROOT, 'src/panel/sections/framing.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const background = (fill: string) => {
      const rule = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter((m) => m[1]!.split(',').some((sel) => sel.trim() === `.framing .side-${fill}`));
      expect(rule, `side-${fill}`).toHaveLength(1);
      expect(rule[0]![1]!.split(',').length, `side-${fill} shares its rule`).toBe(1);
      return /background:([^;]+);/.exec(rule[0]![2]!)![1]!.trim();
    };
    const backgrounds = fills.map((fill) => background(fill!));
    expect(new Set(backgrounds).size).toBe(backgrounds.length);
  });
});
