import { seedIndex, seedInputs } from '../../helpers.js';
import { findRelated } from '../../../src/core/match/related.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { CURRENT, type Compared } from '../../../src/core/compare/contract.js';
import { compareFraming, framingFeatures, framingFeaturesSchema, type FramingFeatures, type FramingSection } from '../../../src/core/framing/index.js';

/** Each seed as the page, compared with the seeds the matcher relates to it; features go through JSON and the schema as a pack carries them. */
export function seedSections(): Map<string, FramingSection> {
  const index = seedIndex();
  const inputs = seedInputs();
  const compared = new Map(
    inputs.map(({ id, article }) => [
      id,
      {
        id,
        title: article.title,
        sentences: articleSentences(article).map((s) => s.text),
        features: framingFeaturesSchema(JSON.parse(JSON.stringify(framingFeatures(article))), 'features'),
      } satisfies Compared<FramingFeatures>,
    ]),
  );
  const out = new Map<string, FramingSection>();
  for (const { id, article } of inputs) {
    const self = compared.get(id);
    if (!self) continue;
    const related = findRelated(article, index).filter((r) => r.id !== id);
    const others = related.flatMap((r) => {
      const c = compared.get(r.id);
      return c ? [{ ...c, relation: r.relation }] : [];
    });
    out.set(id, compareFraming({ ...self, id: CURRENT }, others, { idfOf: index.idfOf }));
  }
  return out;
}

/** The id a seed has in a section seen from `pov`. */
export function idIn(seed: string, pov: string): string {
  return seed === pov ? CURRENT : seed;
}
