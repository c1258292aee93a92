import type { Report } from './report.js';
import { CURRENT } from './analysis/contract.js';

/** The site of a URL, for display only; never turned back into a link. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url);
  return match?.[1]?.replace(/^www\./, '');
}

/** For an outlet the corpus does not name: the opening words of its headline, which a reader recognises from the related list. */
export function headlineLabel(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  const start = words.slice(0, 3).join(' ');
  return words.length > 3 ? `“${start}…”` : `“${start}”`;
}

/**
 * One short name per article of a report, the same in the panel and in exports: "This article" for
 * the page, else the outlet the corpus names, its site, or its headline's opening words.
 */
export function outletNames(report: Report): Record<string, string> {
  const names: Record<string, string> = Object.create(null);
  names[CURRENT] = 'This article';
  for (const item of report.related) names[item.id] = item.source ?? hostOf(item.url) ?? headlineLabel(item.title);
  return names;
}
