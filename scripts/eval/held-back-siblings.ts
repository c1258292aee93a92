// True siblings the product lists but does not label the same event (follow-up, earlier, same story), each page
// left out of its corpus as in the relation table, one JSON line each: the page, the item, their dates as read
// from the text, the shown relation and reason, and the loss group (`lossOf`, as relation-losses.ts counts them).
//   node scripts/run.mjs scripts/eval/held-back-siblings.ts [--tune|--held-out] [corpus name ...]   (default: ECB+)
import { articleDate, formatDay } from '../../src/core/match/dates.js';
import { halfOf, lossOf, relationsOf, evaluationCorpora } from './relations.js';

const half = process.argv.includes('--tune') ? 0 : process.argv.includes('--held-out') ? 1 : undefined;
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const { name, corpus } of evaluationCorpora()) {
  if (!(wanted.length > 0 ? wanted.includes(name) : name === 'ECB+')) continue;
  const related = relationsOf(name, corpus);
  const halfOfEvent = halfOf(corpus);
  const byId = new Map(corpus.map((r) => [r.id, r]));
  const dayOf = (id: string) => {
    const date = articleDate(byId.get(id)!.article);
    return date ? `${formatDay(date.first)}${date.first === date.last ? '' : `..${formatDay(date.last)}`}` : null;
  };
  corpus.forEach((page, i) => {
    if (half !== undefined && halfOfEvent(page.event) !== half) return;
    for (const item of related[i]!) {
      if (byId.get(item.id)!.event !== page.event || item.relation === 'same-event') continue;
      const line = { corpus: name, page: page.id, item: item.id, pageDate: dayOf(page.id), itemDate: dayOf(item.id), relation: item.relation, development: item.development, score: item.score, group: lossOf(item.relation, item.reason), reason: item.reason };
      console.log(JSON.stringify(line));
    }
  });
}
