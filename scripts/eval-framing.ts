// Framing on ECB+ same-event clusters, for judging by hand:
//   node scripts/run.mjs scripts/eval-framing.ts [clusters=12] [seed=7] > out.txt
// Prints, per sampled cluster, the actor groups (with every outlet's labels) and the flags
// (with their sentences), numbered so that judgements can be written against them.
import { ecbRecords, seededRandom } from '../tests/helpers.js';
import { articleFromPlainText } from '../src/core/article.js';
import { articleSentences } from '../src/core/text/segment.js';
import { CURRENT } from '../src/core/analysis/contract.js';
import { compareFraming } from '../src/core/framing/index.js';
import { analysisFeatures } from '../src/core/corpus/pack.js';
import { formatFraming } from '../src/cli/format-framing.js';

const clusters = Number(process.argv[2] ?? 12);
const random = seededRandom(Number(process.argv[3] ?? 7));

const byEvent = new Map<string, ReturnType<typeof ecbRecords>>();
for (const r of ecbRecords()) {
  const list = byEvent.get(r.event) ?? [];
  list.push(r);
  byEvent.set(r.event, list);
}
const events = [...byEvent.entries()].filter(([, rs]) => rs.length >= 3).sort((a, b) => a[0].localeCompare(b[0]));
const picked: typeof events = [];
while (picked.length < clusters && events.length > 0) picked.push(...events.splice(Math.floor(random() * events.length), 1));

let started = performance.now();
let articles = 0;
for (const [event, records] of picked) {
  const compared = records.slice(0, 5).map((r) => {
    const article = articleFromPlainText(`${r.title}\n${r.text}`);
    articles++;
    return { id: r.id, title: article.title, relation: 'same-event' as const, sentences: articleSentences(article).map((s) => s.text), features: analysisFeatures(article).framing };
  });
  const [first, ...rest] = compared;
  if (!first) continue;
  const section = compareFraming({ ...first, id: CURRENT }, rest, { idfOf: () => 1 });
  console.log(`\n######## event ${event} (${compared.map((c) => c.id).join(', ')})`);
  console.log(formatFraming(section, (id) => (id === CURRENT ? first.id : id)).join('\n'));
}
console.error(`${articles} articles in ${(performance.now() - started).toFixed(0)} ms`);
