import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';

/** Which report sections are open; the summary line opens a section before it jumps to it. */
export interface SectionsState {
  isOpen(id: string): boolean;
  setOpen(id: string, open: boolean): void;
}

export const SectionsContext = createContext<SectionsState | undefined>(undefined);

/**
 * One report section: an h2 whose button folds the section away (aria-expanded), the body below.
 * Its heading's id is `${id}-heading`, which the summary line links to.
 */
export function PanelSection({
  id,
  title,
  count,
  testid,
  class: className,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  testid?: string;
  class?: string;
  children?: preact.ComponentChildren;
}) {
  const sections = useContext(SectionsContext);
  const [localOpen, setLocalOpen] = useState(true);
  const open = sections ? sections.isOpen(id) : localOpen;
  const toggle = (): void => (sections ? sections.setOpen(id, !open) : setLocalOpen(!open));
  return (
    <section aria-labelledby={`${id}-heading`} class={`section ${className ?? ''}`} data-testid={testid} data-section={id}>
      <h2 id={`${id}-heading`} class="section-heading">
        <button type="button" class="section-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={toggle}>
          {title}
          {count !== undefined && <span class="count"> · {count}</span>}
        </button>
      </h2>
      <div id={`${id}-body`} class="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/** The first items of a long list, and a button for the rest: "Show all 34". */
export function useShowAll<T>(items: readonly T[], limit: number): { shown: readonly T[]; all: boolean; toggle: () => void; hidden: number } {
  const [all, setAll] = useState(false);
  const hidden = Math.max(0, items.length - limit);
  return { shown: all || hidden === 0 ? items : items.slice(0, limit), all, toggle: () => setAll(!all), hidden };
}

export function ShowAllButton({
  total,
  hidden,
  all,
  toggle,
  controls,
  noun,
  testid,
}: {
  total: number;
  hidden: number;
  all: boolean;
  toggle: () => void;
  controls: string;
  noun: string;
  testid?: string;
}) {
  if (hidden === 0) return null;
  return (
    <button type="button" class="show-all" aria-expanded={all} aria-controls={controls} data-testid={testid} onClick={toggle}>
      {all ? `Show fewer ${noun}` : `Show all ${total} ${noun}`}
    </button>
  );
}

/**
 * A <details> whose content is rendered only once it is opened: a report folds away hundreds of
 * evidence sentences, and building them all would slow the first render for nothing.
 */
export function LazyDetails({
  summary,
  open: initiallyOpen = false,
  class: className,
  testid,
  children,
}: {
  summary: preact.ComponentChildren;
  open?: boolean;
  class?: string;
  testid?: string;
  children?: preact.ComponentChildren;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details class={className} data-testid={testid} open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
