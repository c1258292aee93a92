// Where same-event recall is lost, and what other events are labelled same event, by the reason
// the product shows (each page left out of its corpus, as in the relation table):
//   node scripts/run.mjs scripts/eval/relation-losses.ts [--tune] [corpus name ...]   (default: ECB+; --tune: the tune half's pages only)
import { halfOf, lossOf, relationsOf, evaluationCorpora } from './relations.js';

const tuneOnly = process.argv.includes('--tune');
const wanted = process.argv.slice(2).filter((a) => a !== '--tune');
for (const { name, corpus } of evaluationCorpora()) {
  if (!(wanted.length > 0 ? wanted.includes(name) : name === 'ECB+')) continue;
  const related = relationsOf(name, corpus);
  const half = halfOf(corpus);
  const eventOf = new Map(corpus.map((r) => [r.id, r.event]));
  const size = new Map<string, number>();
  for (const r of corpus) size.set(r.event, (size.get(r.event) ?? 0) + 1);
  let pairs = 0;
  const lost = new Map<string, number>();
  const wrong = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  corpus.forEach((page, i) => {
    if (tuneOnly && half(page.event) !== 0) return;
    const siblings = size.get(page.event)! - 1;
    pairs += siblings;
    let listed = 0;
    for (const item of related[i]!) {
      const same = eventOf.get(item.id) === page.event;
      if (same) listed++;
      if (same && item.relation !== 'same-event') add(lost, lossOf(item.relation, item.reason));
      if (!same && item.relation === 'same-event') add(wrong, /unknown|neither date known/.test(item.reason) ? 'a date unknown' : 'both dated');
    }
    for (let k = listed; k < siblings; k++) add(lost, 'not listed');
  });
  console.log(`${name}${tuneOnly ? ', tune half' : ''}: ${pairs} same-event pairs`);
  for (const [key, count] of [...lost].sort((a, b) => b[1] - a[1])) console.log(`  lost  ${((100 * count) / pairs).toFixed(1).padStart(5)}%  ${String(count).padStart(5)}  ${key}`);
  for (const [key, count] of [...wrong].sort((a, b) => b[1] - a[1])) console.log(`  other events labelled same event: ${count}  ${key}`);
}
