// The hand judgements of stop 29 (tests/fixtures/relations/held-back-siblings-tune.json): ECB+ siblings the product lists
// but does not show as the same event, read one by one. Where ECB+ counts as one event what issue 15 calls a later
// development or another stage of the story (a trial 18 months after the shooting, a charging decision two months
// after the arrest, the bookmakers' favourite days before the announcement), the decision must keep them apart: a
// later date alone is never the same event, whatever ECB+'s label says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { FIXTURES } from '../../helpers.js';
import { ecbTopic } from './ecb-topic.js';

interface Judged {
  group: string;
  page: string;
  item: string;
  shown: string;
  evidence: string;
  verdict: string;
  cause: string;
}

const { judged } = JSON.parse(readFileSync(join(FIXTURES, 'relations/held-back-siblings-tune.json'), 'utf8')) as { judged: Judged[] };
const topicOf = (id: string) => id.slice(0, id.indexOf('_'));
const topics = new Map<string, ReturnType<typeof ecbTopic>>();
/** The article's ECB+ topic, read once for all its pairs. */
function topic(id: string): ReturnType<typeof ecbTopic> {
  let found = topics.get(topicOf(id));
  if (!found) topics.set(topicOf(id), (found = ecbTopic(topicOf(id))));
  return found;
}

describe('judged ECB+ siblings held back from the same event', () => {
  it('are pairs of one ECB+ event, each with a verdict and what misled or decided it', () => {
    expect(judged.length).toBeGreaterThanOrEqual(30);
    for (const { page, item, verdict, evidence, cause } of judged) {
      const { eventOf } = topic(page);
      expect(eventOf(item)).toBe(eventOf(page));
      expect(verdict).toMatch(/^(wrong|right)/);
      expect(evidence.length).toBeGreaterThan(20);
      expect(cause.length).toBeGreaterThan(10);
    }
  });

  // Developments days to years apart, judged right to hold back: each page against its topic (the page left out, dated
  // from the addresses as ECB+'s are), the later or earlier stage listed with its gap and not shown as the same event.
  const apart = judged.filter(({ group, verdict }) => verdict.startsWith('right') && group.startsWith('dated'));
  it.each(apart.map((j) => [j.page, j.item, j.cause] as const))('%s keeps %s apart (%s)', (page, item) => {
    const { records, article } = topic(page);
    const index = indexPack(buildPack(`topic ${topicOf(page)}`, records.filter((r) => r.id !== page).map((r) => ({ id: r.id, article: article(r.id, true) })), undefined, []));
    const shown = findRelated(article(page, true), index).find((r) => r.id === item);
    expect(shown).toBeDefined();
    expect(shown!.relation).not.toBe('same-event');
    expect(shown!.reason).toMatch(/\b(?:days|months|years) (?:later|earlier)\b/);
  });
});
