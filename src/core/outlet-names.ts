import type { Report } from './report.js';
import { CURRENT } from './analysis/contract.js';
import { plural } from './analysis/markdown.js';
import { formatDate } from './format-date.js';

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
 * Two related articles of one outlet (a story's coverage on two days) would read as one outlet
 * twice, in two colours: each then says which it is, by its date where that tells them apart
 * ("USA Today (17 Apr 2018)"), else by its place among that outlet's articles ("HuffPost (article 2)": no comma, which would split it in a list of outlets).
 */
export function outletNames(report: Report): Record<string, string> {
  const names: Record<string, string> = Object.create(null);
  names[CURRENT] = 'This article';
  const base = baseNames(report);
  const byOutlet = new Map<string, Report['related'][number][]>();
  for (const item of report.related) {
    const key = base[item.id]!.toLowerCase();
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), item]);
  }
  for (const items of byOutlet.values()) {
    if (items.length === 1) {
      names[items[0]!.id] = base[items[0]!.id]!;
      continue;
    }
    const dates = items.map((item) => formatDate(item.publishedAt));
    items.forEach((item, i) => {
      const date = dates[i];
      const unique = date !== undefined && dates.filter((d) => d === date).length === 1;
      names[item.id] = unique ? `${base[item.id]} (${date})` : `${base[item.id]} (article ${i + 1})`;
    });
  }
  return names;
}

/** How many outlets the related articles `ids` come from, counted as the summary counts them (`outletCountText`). */
export function outletCount(related: readonly Report['related'][number][], ids: readonly string[]): number {
  const base = baseNames({ related });
  // An article the list does not hold is an outlet of its own.
  return new Set(ids.map((id) => (base[id] === undefined ? `id:${id}` : `name:${base[id].toLowerCase()}`))).size;
}

/** Each related article's outlet as the corpus or its address names it, before two articles of one outlet are told apart. */
function baseNames(report: { related: readonly Report['related'][number][] }): Record<string, string> {
  const names: Record<string, string> = Object.create(null);
  let unnamed = 0;
  for (const item of report.related) names[item.id] = item.source?.trim() || hostOf(item.url) || unnamedLabel(unnamed++);
  return names;
}

/**
 * How much coverage was found, as the summary and the panel's status say it: "4 other outlets" when each
 * related article is another outlet's, "8 related articles from 5 outlets" when some outlet has several
 * (never counting one outlet's two articles as two outlets).
 */
export function outletCountText(report: Report): string {
  const articles = report.related.length;
  const outlets = new Set(Object.values(baseNames(report)).map((name) => name.toLowerCase())).size;
  if (outlets === articles) return plural(articles, 'other outlet', 'other outlets');
  return `${plural(articles, 'related article', 'related articles')} from ${plural(outlets, 'outlet', 'outlets')}`;
}
