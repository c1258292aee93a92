// The same act befalling someone else is another event of the story (relation.ts `otherPatient`, english/roles.ts).
// Real ECB+ text, topic 35: Vincent Jackson arrested for drunk driving (35/35, January 2009) and Jamal Williams weeks
// later (35/35plus); each event's coverage names the other player as background, and the "ecb" articles are undated,
// so words, names and figures alone showed Jackson's coverage as the same event as Williams's arrest.
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/core/corpus/pack.js';
import { findRelated, indexPack } from '../../../src/core/match/related.js';
import { matchFeatures } from '../../../src/core/match/matchable.js';
import { decideRelation, EVENT_IN_CORPUS, OTHER_PATIENT } from '../../../src/core/match/relation.js';
import { leadActText, storedLeadAct } from '../../../src/core/english/roles.js';
import { ecbTopic } from './ecb-topic.js';

describe('one act befalling different people', () => {
  const { records, article, eventOf } = ecbTopic('35');
  const page = '35_11ecbplus';
  const index = indexPack(buildPack('topic 35', records.filter((r) => r.id !== page).map((r) => ({ id: r.id, article: article(r.id, true) })), undefined, []));
  const related = findRelated(article(page, true), index);

  it('keeps the other player\'s arrest out of the same event, and says whose it is', () => {
    const other = related.filter((r) => r.reason.includes(OTHER_PATIENT));
    expect(other.length).toBeGreaterThan(0);
    for (const item of other) {
      expect(eventOf(item.id)).not.toBe(eventOf(page));
      expect(item.relation).toBe('same-story');
      expect(item.reason).toMatch(/its lead says “(?:Vincent )?Jackson (?:was|has been) arrested”, this article's “Jamal Williams was arrested”/);
    }
    // Williams's own coverage is still the same event.
    expect(related.filter((r) => r.relation === 'same-event' && eventOf(r.id) === eventOf(page)).length).toBeGreaterThan(0);
  });

  it('is what turns the decision: without the roles the same pair is the same event', () => {
    const jackson = article('35_3ecb', true);
    const williams = article(page, true);
    const [ours, theirs] = [storedLeadAct(leadActText(williams.paragraphs))!, storedLeadAct(leadActText(jackson.paragraphs))!];
    const decide = (otherPatient?: { page: typeof ours; candidate: typeof theirs }) =>
      decideRelation(matchFeatures(williams), matchFeatures(jackson), 0.4, () => 1, { direct: EVENT_IN_CORPUS, eventInCorpus: true, ...(otherPatient ? { otherPatient } : {}) });
    expect(decide().relation).toBe('same-event');
    const decided = decide({ page: ours, candidate: theirs });
    expect(decided.relation).toBe('same-story');
    expect(decided.reason).toContain(`${OTHER_PATIENT} “Vincent Jackson was arrested”, this article's “Jamal Williams was arrested”`);
  });
});
