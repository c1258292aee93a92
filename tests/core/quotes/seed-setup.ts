import { seedIndex, seedInputs } from '../../helpers.js';
import { findRelated } from '../../../src/core/match/related.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { CURRENT, type Compared } from '../../../src/core/compare/contract.js';
import { compareQuotes, quotesFeatures, type QuoteFeatures, type QuotesSection } from '../../../src/core/quotes/index.js';

/** Each seed as the page, compared with the seeds the matcher relates to it, features round-tripped as a pack would carry them. */
export function seedSections(): Map<string, QuotesSection> {
  const index = seedIndex();
  const inputs = seedInputs();
  const compared = new Map(
    inputs.map(({ id, article }) => [
      id,
      {
        id,
        title: article.title,
        sentences: articleSentences(article).map((s) => s.text),
        features: JSON.parse(JSON.stringify(quotesFeatures(article))) as QuoteFeatures,
      } satisfies Compared<QuoteFeatures>,
    ]),
  );
  const out = new Map<string, QuotesSection>();
  for (const { id, article } of inputs) {
    const self = compared.get(id);
    if (!self) continue;
    const related = findRelated(article, index).filter((r) => r.id !== id);
    const others = related.flatMap((r) => {
      const c = compared.get(r.id);
      return c ? [{ ...c, relation: r.relation }] : [];
    });
    out.set(id, compareQuotes({ ...self, id: CURRENT }, others, { idfOf: index.idfOf }));
  }
  return out;
}
