// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { FramingSection } from '../../../src/panel/sections/framing.js';
import { formatFraming } from '../../../src/cli/format-framing.js';
import { framingMarkdown } from '../../../src/core/framing/markdown.js';
import { NO_VOICES } from '../../../src/core/render.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';
import { seedId } from '../../helpers.js';
import { seedSections } from './seed-setup.js';
import { openDetails } from '../../dom-helpers.js';

const section = seedSections().get(seedId('004'));
if (!section) throw new Error('no section');

describe('framing panel and CLI', () => {
  it('shows an actor-by-outlet label table with quoted labels marked', async () => {
    const root = document.createElement('div');
    render(h(FramingSection, { section }), root);
    expect(root.querySelector('h2')?.textContent).toBe('Framing');
    // The first actors show at once; the rest behind one button.
    const more = root.querySelector<HTMLButtonElement>('[data-testid="framing-actors-more"]');
    if (section.actors.length > 6) {
      expect(root.querySelectorAll('[data-testid="framing-actor"]').length).toBe(6);
      more!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    } else expect(more).toBeNull();
    const rows = [...root.querySelectorAll('[data-testid="framing-actor"]')];
    expect(rows.length).toBe(section.actors.length);
    const taliban = rows.find((r) => r.querySelector('th')?.textContent === 'Taliban');
    expect(taliban?.querySelector(`td[data-article-id="${CURRENT}"] .in-quote q`)?.textContent).toBe('Islamic Emirate');
    expect(root.querySelectorAll('thead th').length).toBe(1 + Object.keys(section.voices).length);
  });

  it('shows the people acting for an actor apart from its own labels, under a heading of their own', async () => {
    const root = document.createElement('div');
    render(h(FramingSection, { section }), root);
    const pakistan = [...root.querySelectorAll('[data-testid="framing-actor"]')].find((r) => r.querySelector('th')?.textContent === 'Pakistan');
    const cell = pakistan?.querySelector(`td[data-article-id="${CURRENT}"]`);
    // 004: "Defence Minister Khawaja Asif" acts for Pakistan; he is none of Pakistan's names.
    const acting = cell?.querySelector('[data-testid="framing-acting-for"]');
    expect(acting?.querySelector('.acting-for-title')?.textContent).toBe('acting for Pakistan:');
    expect([...(acting?.querySelectorAll('.agent-name') ?? [])].map((e) => e.textContent)).toContain('Khawaja Asif: ');
    expect(acting?.textContent).toContain('Defence Minister');
    expect([...(cell?.querySelectorAll(':scope > ul.labels > li') ?? [])].some((li) => li.textContent?.includes('Khawaja Asif'))).toBe(false);
    // The terminal report says the same in words (labels as the Markdown writes them: no quotation marks but a quoted one's).
    expect(formatFraming(section, (id) => id).join('\n')).toMatch(/acting for Pakistan: Khawaja Asif \(Defence Minister, /u);
  });

  it('shows a voice-balance bar per outlet, and flags 002 one-sided with no sentence needed', async () => {
    const root = document.createElement('div');
    render(h(FramingSection, { section }), root);
    for (const details of root.querySelectorAll('details')) await openDetails(details);
    const rows = [...root.querySelectorAll('[data-testid="framing-voices"]')];
    expect(rows.map((r) => r.getAttribute('data-article-id'))).toEqual(Object.keys(section.voices));
    const own = rows[0];
    expect(own?.querySelector('.voice-bar')?.getAttribute('aria-label')).toMatch(/independent: 13/u);
    expect(own?.querySelectorAll('[data-testid="framing-voice"]').length).toBe(7);
    const oneSided = [...root.querySelectorAll('[data-testid="framing-one-sided"]')];
    expect(oneSided.map((e) => e.getAttribute('data-article-id'))).toEqual([seedId('002')]);
  });

  it('lists loaded and hedged words with their sentences as evidence buttons', async () => {
    const root = document.createElement('div');
    render(h(FramingSection, { section }), root);
    // The first few show at once, the rest behind one button.
    expect(root.querySelectorAll('[data-testid="framing-flags"] li').length).toBe(3);
    root.querySelector<HTMLButtonElement>('[data-testid="framing-more"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const flags = [...root.querySelectorAll('[data-testid="framing-flags"] li')];
    expect(flags.length).toBeGreaterThan(3);
    const allegedly = flags.find((f) => f.textContent?.includes('allegedly'));
    expect(allegedly?.querySelector('button.evidence')?.textContent).toMatch(/^The violence erupted/u);
    expect(root.querySelector('script')).toBeNull();
  });

  it('prints the same facts for the terminal', () => {
    const lines = formatFraming(section, (id) => (id === CURRENT ? 'This article' : id.slice(0, 3)));
    const text = lines.join('\n');
    expect(text).toMatch(/“Islamic Emirate” \(quoted\)/u);
    expect(text).toMatch(/002 · one-sided: .*Pakistan/u);
    expect(text).toMatch(/10 \(9\)\s+Abdullah Baheer/u);
  });

  it('writes a label and how often the outlet uses it in the same words in the panel, the terminal and the Markdown', () => {
    // 004 writes "Pakistan" many times: the count is "×N" in all three (the terminal wrote "xN").
    const pakistan = section.actors.find((a) => a.actor === 'Pakistan')!;
    const counted = pakistan.labels[CURRENT]!.find((l) => l.label === 'Pakistan' && !l.inQuote && (l.count ?? 1) > 1)!;
    const written = `Pakistan ×${counted.count}`;
    const root = document.createElement('div');
    render(h(FramingSection, { section }), root);
    const row = [...root.querySelectorAll('[data-testid="framing-actor"]')].find((r) => r.querySelector('th')?.textContent === 'Pakistan');
    const labels = [...(row?.querySelectorAll(`td[data-article-id="${CURRENT}"] li.label`) ?? [])].map((li) => li.textContent);
    expect(labels).toContain(written);
    const terminal = formatFraming(section, (id) => (id === CURRENT ? 'This article' : id)).join('\n');
    expect(terminal).toContain(`This article: `);
    expect(terminal).toContain(written);
    expect(terminal).not.toMatch(/ x\d/u);
    expect(framingMarkdown(section, { outletName: (id) => id, related: [] }).join('\n')).toContain(written);
  });

  it('says an outlet quotes or cites nobody in the same words in the panel, the terminal and the Markdown', () => {
    // 004's section with one outlet's voices taken away, as for an article that quotes no one.
    const [quiet] = Object.keys(section.voices).filter((id) => id !== CURRENT);
    const silent = { ...section, voices: { ...section.voices, [quiet!]: [] } };
    const root = document.createElement('div');
    render(h(FramingSection, { section: silent }), root);
    const row = root.querySelector(`[data-testid="framing-voices"][data-article-id="${quiet}"]`);
    expect(row?.textContent).toContain(NO_VOICES);
    expect(formatFraming(silent, (id) => id).join('\n')).toContain(`${quiet}: ${NO_VOICES}`);
    expect(framingMarkdown(silent, { outletName: (id) => id, related: [] }).join('\n')).toContain(`**${quiet}**: ${NO_VOICES}`);
  });
});
