import { articleSentences } from '../../../src/core/text/segment.js';
import { CURRENT, type Compared } from '../../../src/core/compare/contract.js';
import { findRelated } from '../../../src/core/match/related.js';
import { compareNumbers, numberFeatures, type NumberFeatures, type NumbersSection } from '../../../src/core/numbers/index.js';
import type { Article } from '../../../src/core/types.js';
import { seedIndex, seedInputs } from '../../helpers.js';

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

/** The numbers section with one seed as the page's article and the related seeds as the matcher finds them. */
export function seedSection(prefix: string): { section: NumbersSection; related: { id: string; relation: string }[] } {
  const index = seedIndex();
  const inputs = seedInputs();
  const page = inputs.find((s) => s.id.startsWith(`${prefix}_`));
  if (!page) throw new Error(`no seed ${prefix}`);
  const related = findRelated(page.article, index);
  const others = related.map((r) => comparedOf(r.id, inputs.find((s) => s.id === r.id)!.article, r.relation));
  const section = compareNumbers(comparedOf(CURRENT, page.article), others, { idfOf: index.idfOf });
  return { section, related: related.map((r) => ({ id: r.id, relation: r.relation })) };
}
