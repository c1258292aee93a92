import { factFeatures, type FactFeatures, type FactsSection } from '../../../src/core/facts/index.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import type { Compared } from '../../../src/core/analysis/contract.js';
import type { Relation } from '../../../src/core/types.js';
import { seedId, seedIndex, seedInputs, seedReports } from '../../helpers.js';

export const index = seedIndex();
const inputs = seedInputs();

export function compared(id: string, relation?: Relation): Compared<FactFeatures> {
  const article = inputs.find((s) => s.id === id)!.article;
  const base = { id, title: article.title, sentences: articleSentences(article).map((s) => s.text), features: factFeatures(article) };
  return relation ? { ...base, relation } : base;
}

/** The facts section with seed `prefix` as the page's article, as the extension's own report gives it. */
export function seedSection(prefix: string): FactsSection {
  const report = seedReports().get(seedId(prefix))!;
  return report.facts;
}

