// The matcher's ECB+ figures as `npm run eval` prints them, with floors just under what this
// build measured, so that a change that makes matching worse fails here:
//   ranking and relatedness at the listing threshold: R-precision 0.959, sibling first 2.0%,
//   pairwise F1 0.917 at the product's threshold (0.22);
//   the relation decision (what a reader is shown as the same event): same-event F1 0.906 on ECB+
//   (0.904 before stop 29's copies at other outlets listed, 0.903 before stop 28's event roles, 0.900 before stop 22's same-day coverage, 0.896 before stop 21's rule for articles within the same-event coverage, 0.889 before stop 20's coverage-agrees rule, 0.874 before the sixth round, 0.872 before the fourth
//   round's dates and development markers, 0.865 before the second hop and same-day evidence), true
//   siblings labelled same-event 87.4% (86.8% before stop 22, 85.9% before stop 21),
//   and 13.4% of pages shown another event as the same one when their own is taken out of the
//   corpus (it was 51.0% before the decision asked for direct evidence, 23.0% before figures and
//   undated pairs counted); NewsWCL50 same-event F1 0.990 with the events of one topic family kept
//   apart, event absent 28%.
// The bars: same-event F1 0.95 on ECB+ and 0.9 on NewsWCL50, 95% of siblings, event absent
// at most 20% on ECB+ (docs/evaluation.md says which are met).
import { describe, expect, it } from 'vitest';
import { RELATED_THRESHOLD } from '../../../src/core/match/related.js';
import { crosscheckScores, evaluate } from '../../../scripts/eval/same-event.js';
import { absentRelationsOf, ecbCorpus, relationFigures, relationsOf, wclCorpus } from '../../../scripts/eval/relations.js';

describe('same-event matching on ECB+', () => {
  it('keeps R-precision, the sibling rate and pairwise F1 at what was measured', () => {
    const figures = evaluate(crosscheckScores(), RELATED_THRESHOLD);
    expect(figures.rPrecision).toBeGreaterThanOrEqual(0.955);
    expect(figures.siblingFirst).toBeLessThanOrEqual(0.025);
    expect(figures.f1).toBeGreaterThanOrEqual(0.91);
  }, 900_000);

  it('labels the event\'s own coverage same-event, and another event\'s hardly ever when its own is not in the corpus', () => {
    const corpus = ecbCorpus();
    const figures = relationFigures(corpus, relationsOf('ECB+', corpus), absentRelationsOf('ECB+', corpus));
    expect(figures.f1).toBeGreaterThanOrEqual(0.904);
    expect(figures.siblingsSameEvent).toBeGreaterThanOrEqual(0.87);
    expect(figures.absentSameEvent).toBeLessThanOrEqual(0.145);
  }, 900_000);
});

describe('the relation decision on NewsWCL50', () => {
  it('keeps the events of one topic family apart', () => {
    const corpus = wclCorpus();
    const figures = relationFigures(corpus, relationsOf('NewsWCL50', corpus), absentRelationsOf('NewsWCL50', corpus));
    expect(figures.f1).toBeGreaterThanOrEqual(0.985);
    // 16 of 50 pages (was 14 while 30 headlines ending in a full stop were read as a first paragraph; stop 28): the two more
    // are 1_L (the Comey memos) reaching event 8 (Mueller's questions to Trump) and 9_M (Netanyahu's Iran files) reaching
    // event 4 (the Iran deal), look-alike events of one topic family, as the 14 others are.
    expect(figures.absentSameEvent).toBeLessThanOrEqual(0.32);
  }, 900_000);
});
