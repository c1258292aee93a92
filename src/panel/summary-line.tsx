import { useContext } from 'preact/hooks';
import { summaryParts, type Report } from '../core/render.js';
import { SectionsContext } from './panel-section.js';

/** One line that says what the comparison found, each part a link to its section. */
export function SummaryLine({ report }: { report: Report }) {
  const sections = useContext(SectionsContext);
  // Each section's heading is its id's: "numbers-heading", "related-heading".
  const parts = summaryParts(report).map((part) => ({ ...part, target: `${part.section}-heading` }));
  if (parts.length === 0) return null;
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
