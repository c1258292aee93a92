import { compareFacts, factFeatures, type FactFeatures, type FactsSection } from '../../../src/core/facts/index.js';
import { findRelated } from '../../../src/core/match/related.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { CURRENT, type Compared } from '../../../src/core/compare/contract.js';
import type { Relation } from '../../../src/core/types.js';
import { seedId, seedIndex, seedInputs } from '../../helpers.js';

export const index = seedIndex();
const inputs = seedInputs();

export function compared(id: string, relation?: Relation): Compared<FactFeatures> {
  const article = inputs.find((s) => s.id === id)!.article;
  const base = { id, title: article.title, sentences: articleSentences(article).map((s) => s.text), features: factFeatures(article) };
  return relation ? { ...base, relation } : base;
}

/** The facts section with seed `prefix` as the page's article and its related coverage as the corpus finds it. */
export function seedSection(prefix: string): FactsSection {
  const id = seedId(prefix);
  const related = findRelated(inputs.find((s) => s.id === id)!.article, index);
  return compareFacts({ ...compared(id), id: CURRENT }, related.map((r) => compared(r.id, r.relation)), { idfOf: index.idfOf });
}

