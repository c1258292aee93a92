import type { Report } from './report.js';
import { CURRENT } from './analysis/contract.js';

/** The site of a URL, for display only; never turned back into a link. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url);
  return match?.[1]?.replace(/^www\./, '');
}

/** For an outlet the corpus does not name and whose site is unknown: a letter, never a corpus id or a headline fragment. */
export function unnamedLabel(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letter = index < letters.length ? letters[index] : `${letters[Math.floor(index / letters.length) - 1]}${letters[index % letters.length]}`;
  return `Unnamed outlet ${letter}`;
}

/**
 * One short name per article of a report, the same in the panel, the terminal and Markdown: "This
 * article" for the page, else the outlet the corpus names, else its site's domain, else "Unnamed
 * outlet A", B, ... in the order of the related list. Never an internal id or a headline fragment.
 */
export function outletNames(report: Report): Record<string, string> {
  const names: Record<string, string> = Object.create(null);
  names[CURRENT] = 'This article';
  let unnamed = 0;
  for (const item of report.related) names[item.id] = item.source?.trim() || hostOf(item.url) || unnamedLabel(unnamed++);
  return names;
}
