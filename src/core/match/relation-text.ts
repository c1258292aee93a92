// How a related article's relation is shown (its words, the groups a list is shown in, the timeline's order):
// apart from the relation's decision (relation.ts), so that a front end that only shows reports does not carry
// matching's code and tables (core/render.ts).
import { plural } from '../analysis/markdown.js';
import type { Relation } from '../types.js';

/**
 * A related item's relation as every front end names it (the panel's label and its hint, the terminal's and the
 * Markdown export's words): one wording, so that the panel's "Later development" is not the terminal's "follow-up".
 */
export function relationLabel(item: { relation: Relation; development?: 'earlier' | 'later' | undefined }): { label: string; hint: string } {
  if (item.relation === 'same-event') return { label: 'Same event', hint: 'Reports the same event as this article' };
  if (item.relation === 'same-story') return { label: 'Other event', hint: 'Reports another event of the same story; not compared with this article' };
  if (item.development === 'later') return { label: 'Later development', hint: 'Reports a later development of the same story' };
  if (item.development === 'earlier') return { label: 'Earlier development', hint: 'Reports an earlier development of the same story' };
  return { label: 'Follow-up', hint: 'Reports another development of the same story' };
}

/** A related item's relation in words inside a line of text ("later development"). */
export function relationText(item: { relation: Relation; development?: 'earlier' | 'later' | undefined }): string {
  return relationLabel(item).label.toLowerCase();
}

/** How alike a related article is, as a percentage ("52%"): the panel's bar, the terminal and the Markdown say the same. */
export function alikePercent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/**
 * What every front end says when nothing in the corpus reports the page's story, naming the corpus searched; `text` makes the
 * corpus's name safe for the format it goes into (Markdown's `inline`).
 */
export function noRelatedText(corpus: { name: string; articleCount: number }, text: (untrusted: string) => string = (s) => s): string {
  return `No related coverage: no article in “${text(corpus.name)}” (${plural(corpus.articleCount, 'article', 'articles')}) reports this story.`;
}

export const RELATION_GROUPS: readonly { relation: Relation; title: string }[] = [
  { relation: 'same-event', title: 'Same event' },
  { relation: 'follow-up', title: 'Later and earlier developments' },
  { relation: 'same-story', title: 'Same story, other events' },
];

/**
 * The page's event and its developments in the order they were published: same-event coverage and
 * follow-ups, dated ones first by date (given, else read from the address or dateline), undated
 * ones after them, earlier developments before later ones. Other events of the story are left out.
 */
export function timeline<T extends { relation: Relation; development?: 'earlier' | 'later' | undefined; publishedAt?: string | undefined; dateFromText?: string | undefined; score: number }>(related: readonly T[]): T[] {
  const step = (item: T) => (item.relation === 'same-event' ? 1 : item.development === 'earlier' ? 0 : 2);
  const day = (item: T) => (item.publishedAt ?? item.dateFromText ?? '').slice(0, 10);
  return related
    .filter((item) => item.relation !== 'same-story')
    .sort((a, b) => {
      const [x, y] = [day(a), day(b)];
      if (x && y && x !== y) return x < y ? -1 : 1;
      if (!x !== !y) return x ? -1 : 1;
      return step(a) - step(b) || b.score - a.score;
    });
}
