import { type Report, CURRENT, outletNames } from '../core/render.js';
import type { OutletStyle } from './evidence.js';

// panel.css defines colours c0 (the current article) to c8; outlets beyond share the last.
const COLOURS = 8;

/** One name and colour per outlet for the whole panel: the current article first, then related coverage in report order. */
export function outletStyles(report: Report): Record<string, OutletStyle> {
  const names = outletNames(report);
  const styles: Record<string, OutletStyle> = Object.create(null);
  styles[CURRENT] = { id: CURRENT, name: names[CURRENT]!, colour: 0, isCurrent: true };
  report.related.forEach((item, i) => {
    styles[item.id] = { id: item.id, name: names[item.id]!, colour: Math.min(i + 1, COLOURS), isCurrent: false };
  });
  return styles;
}
