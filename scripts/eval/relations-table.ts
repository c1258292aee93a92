// The relation table alone (the first table `npm run eval` prints), in a minute or two instead of
// eight: node scripts/run.mjs scripts/eval/relations-table.ts [corpus name ...]
import { absentRelationsOf, evaluationCorpora, halfOf, RELATION_HEADER, relationFigures, relationRow, relationsOf } from './relations.js';

const wanted = process.argv.slice(2);
console.log(RELATION_HEADER);
for (const { name, corpus } of evaluationCorpora()) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const related = relationsOf(name, corpus);
  const absent = absentRelationsOf(name, corpus);
  const half = halfOf(corpus);
  console.log(relationRow(name, relationFigures(corpus, related, absent)));
  if (name === 'seeds') continue;
  console.log(relationRow('  tune half', relationFigures(corpus, related, absent, (e) => half(e) === 0)));
  console.log(relationRow('  held-out half', relationFigures(corpus, related, absent, (e) => half(e) === 1)));
}
