import { articleSentences } from '../../../src/core/text/segment.js';
import { articleFromPlainText } from '../../../src/core/article.js';
import { CURRENT, type Compared } from '../../../src/core/analysis/contract.js';
import { compareNumbers, numberFeatures, type NumberFeatures, type NumbersSection } from '../../../src/core/numbers/index.js';
import { readFigures } from '../../../src/core/numbers/figures.js';
import { subjectOf, type Subject } from '../../../src/core/numbers/subject.js';
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

/** Each figure of one sentence with the subject the reader gives it (a figure takes the one before it as context). */
export function subjectsOf(sentence: string): { text: string; subject: Subject }[] {
  const { tokens, figures } = readFigures(sentence);
  let previous: Subject | undefined;
  return figures.map((f) => ({ text: sentence.slice(f.start, f.end), subject: (previous = subjectOf(tokens, f, previous)) }));
}

/** The numbers section of a page against other same-event articles, each a plain body under a headline, every word weighted alike. */
export function compareBodies(page: string, ...others: string[]): NumbersSection {
  const article = (body: string) => articleFromPlainText(`Headline\n${body}`);
  return compareNumbers(comparedOf(CURRENT, article(page)), others.map((o, i) => comparedOf(`other-${i}`, article(o), 'same-event')), { idfOf: () => 1 });
}
