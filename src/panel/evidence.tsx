import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Evidence, CURRENT } from '../core/render.js';

/** How one outlet is shown in every section: a short name and a colour slot, the page's own article marked the same way everywhere. */
export interface OutletStyle {
  id: string;
  name: string;
  /** 0 for the current article, 1.. for related articles in report order; panel.css maps it to a colour. */
  colour: number;
  isCurrent: boolean;
}

export const OutletsContext = createContext<Record<string, OutletStyle>>({});

/** What happens when a reader clicks a piece of evidence: the current article's sentence is highlighted on the page, another outlet's opens in the reader view. */
export const EvidenceContext = createContext<(evidence: Evidence) => void>(() => {});

export function useOutlet(articleId: string): OutletStyle {
  const outlets = useContext(OutletsContext);
  return outlets[articleId] ?? { id: articleId, name: articleId === CURRENT ? 'This article' : articleId, colour: articleId === CURRENT ? 0 : 9, isCurrent: articleId === CURRENT };
}

export function OutletTag({ articleId }: { articleId: string }) {
  const outlet = useOutlet(articleId);
  return (
    <span class={`outlet-tag c${outlet.colour}`} data-article-id={articleId}>
      <span class="swatch" aria-hidden="true" />
      {outlet.name}
    </span>
  );
}

/** A sentence quoted as evidence: a button, so that it is reachable by keyboard, that shows the sentence where it stands. */
export function EvidenceSentence({ evidence, children }: { evidence: Evidence; children?: preact.ComponentChildren }) {
  const show = useContext(EvidenceContext);
  const outlet = useOutlet(evidence.articleId);
  const where = outlet.isCurrent ? 'Show this sentence on the page' : `Open ${outlet.name} at this sentence`;
  return (
    <button type="button" class="evidence" data-article-id={evidence.articleId} title={where} onClick={() => show(evidence)}>
      {children ?? evidence.sentence}
    </button>
  );
}
