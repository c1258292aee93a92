import type { Report } from '../core/types.js';
import { CURRENT } from '../core/compare/contract.js';
import type { OutletStyle } from './evidence.js';
import { hostOf } from './format.js';

// panel.css defines colours c0 (the current article) to c8; outlets beyond share the last.
const COLOURS = 8;

/** One name and colour per outlet for the whole panel: the current article first, then related coverage in report order. */
export function outletStyles(report: Report): Record<string, OutletStyle> {
  const styles: Record<string, OutletStyle> = Object.create(null);
  styles[CURRENT] = { id: CURRENT, name: 'This article', colour: 0, isCurrent: true };
  report.related.forEach((item, i) => {
    styles[item.id] = {
      id: item.id,
      name: item.source ?? hostOf(item.url) ?? headlineLabel(item.title),
      colour: Math.min(i + 1, COLOURS),
      isCurrent: false,
    };
  });
  return styles;
}

/** For an outlet the corpus does not name: the opening words of its headline, which a reader recognises from the related list. */
export function headlineLabel(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  const start = words.slice(0, 3).join(' ');
  return words.length > 3 ? `“${start}…”` : `“${start}”`;
}
