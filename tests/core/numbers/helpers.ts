import { articleSentences } from '../../../src/core/text/segment.js';
import type { Compared } from '../../../src/core/analysis/contract.js';
import { numberFeatures, type NumberFeatures, type NumbersSection } from '../../../src/core/numbers/index.js';
import type { Article } from '../../../src/core/types.js';
import { seedId, seedReports } from '../../helpers.js';

export function comparedOf(id: string, article: Article, relation?: 'same-event' | 'follow-up'): Compared<NumberFeatures> {
  const c: Compared<NumberFeatures> = {
    id,
    title: article.title,
    sentences: articleSentences(article).map((s) => s.text),
    features: JSON.parse(JSON.stringify(numberFeatures(article))) as NumberFeatures,
  };
  if (relation) c.relation = relation;
  return c;
}

/** The numbers section with one seed as the page's article, as the extension's own report gives it. */
export function seedSection(prefix: string): { section: NumbersSection; related: { id: string; relation: string }[] } {
  const report = seedReports().get(seedId(prefix))!;
  return { section: report.numbers, related: report.related.map((r) => ({ id: r.id, relation: r.relation })) };
}
