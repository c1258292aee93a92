// How a related article's relation is shown (its words, the groups a list is shown in, the timeline's order):
// apart from the relation's decision (relation.ts), so that a front end that only shows reports does not carry
// matching's code and tables (core/render.ts).
import type { Relation } from '../types.js';

/** A related item's relation in words, as every front end prints it. */
export function relationText(item: { relation: Relation; development?: 'earlier' | 'later' | undefined }): string {
  if (item.relation === 'same-event') return 'same event';
  if (item.relation === 'same-story') return 'same story, other event';
  return item.development ? `follow-up (${item.development})` : 'follow-up';
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
