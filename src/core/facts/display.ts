// How the missing-facts lists are counted and worded in every front end (panel, terminal, Markdown): one split of
// the omissions by support, one phrase for a fact's support and one for what the counts are over. Presentation
// only: no comparison code, so that the panel's bundle (core/render.ts) does not carry the analysis.
import type { FactsSection, Omission } from './index.js';

/**
 * Facts two or more other outlets report (the count the summary line gives, listed as missing here) and those one
 * other outlet alone reports (listed apart, folded in the panel, a few at a time in the terminal).
 */
export function omissionsBySupport(section: FactsSection): { several: Omission[]; single: Omission[] } {
  return {
    several: section.omissions.filter((o) => o.reportedBy.length > 1),
    single: section.omissions.filter((o) => o.reportedBy.length <= 1),
  };
}

/**
 * "reported by 3 of 4 outlets on the same event": the count is over the articles a fact could be missing against. Where two
 * of them are one outlet's (`fromOutlets` fewer than the articles), they are counted as articles, not as outlets.
 */
export function supportText(reportedBy: number, articles: number, fromOutlets = articles): string {
  const noun = fromOutlets < articles ? 'articles' : articles === 1 ? 'outlet' : 'outlets';
  return `reported by ${reportedBy} of ${articles} ${noun} on the same event`;
}

/** Which outlets the counts are over (the articles and their outlets, where an outlet has two), and the follow-ups left out of them, as one sentence. */
export function countedOverText(articles: number, followUps: number, fromOutlets = articles): string {
  const what = fromOutlets < articles ? `${articles} articles from ${fromOutlets === 1 ? 'one outlet' : `${fromOutlets} outlets`}` : articles === 1 ? 'one outlet' : `${articles} outlets`;
  const over = `Counted over the ${what} reporting the same event`;
  if (followUps === 0) return `${over}.`;
  return `${over}; ${followUps === 1 ? 'the follow-up is left out, as it reports' : `the ${followUps} follow-ups are left out, as they report`} another development.`;
}

/** What every front end says when no other outlet reports the page's event: nothing can be missing (and the summary says nothing). */
export const NO_SAME_EVENT_TEXT = 'No other outlet in the corpus reports this same event, so nothing can be missing.';

/** What every front end says when the page leaves out nothing the other outlets on its event report. */
export function noneMissingText(outlets: number): string {
  return `This article reports every fact the other ${outlets === 1 ? 'outlet reports' : `${outlets} outlets report`}.`;
}

/** What every front end says when the page has no fact of its own. */
export const NOTHING_ONLY_HERE_TEXT = 'Every fact in this article is also reported elsewhere.';
