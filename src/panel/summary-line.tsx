import { useContext } from 'preact/hooks';
import type { Report } from '../core/types.js';
import { SectionsContext } from './panel-section.js';
import { plural, summarise } from '../core/summary.js';

/** One line that says what the comparison found, each part a link to its section. */
export function SummaryLine({ report }: { report: Report }) {
  const s = summarise(report);
  const sections = useContext(SectionsContext);
  if (s.outlets === 0) return null;
  const parts: { text: string; target: string; key: string }[] = [
    { key: 'outlets', text: plural(s.outlets, 'other outlet', 'other outlets'), target: 'related-heading' },
    { key: 'figures', text: `${plural(s.figuresDisagree, 'figure disagrees', 'figures disagree')}`, target: 'numbers-heading' },
    { key: 'missing', text: `${plural(s.factsMissing, 'fact', 'facts')} missing here`, target: 'facts-heading' },
    { key: 'quotes', text: `${plural(s.quotesWordedDifferently, 'quote', 'quotes')} worded differently`, target: 'quotes-heading' },
  ];
  if (s.oneSided) parts.push({ key: 'voices', text: 'coverage leans on one side’s voices', target: 'framing-heading' });
  const jump = (event: Event, target: string): void => {
    event.preventDefault();
    // A folded section opens first, so that the jump lands on its content.
    sections?.setOpen(target.replace(/-heading$/, ''), true);
    requestAnimationFrame(() => {
      const heading = document.getElementById(target);
      heading?.scrollIntoView({ block: 'start' });
      heading?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    });
  };
  return (
    <nav class="summary-line" aria-label="Summary of the comparison" data-testid="summary-line">
      {parts.map((part, i) => (
        <span key={part.key}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <a href={`#${part.target}`} data-summary={part.key} onClick={(e) => jump(e, part.target)}>
            {part.text}
          </a>
        </span>
      ))}
    </nav>
  );
}
