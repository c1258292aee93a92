// Picks candidate sentence pairs for the fact-alignment evaluation: sentences from different
// articles of one ECB+ event cluster, stratified by plain word overlap (high, middle, low with
// shared names) so that the set holds rewordings, near-copies and same-actor different facts.
// The picks are then labelled by hand (same fact or not) into tests/fixtures/facts/alignment-pairs.jsonl.
import { writeFileSync } from 'node:fs';
import { articleFromPlainText } from '../../src/core/article.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { termsOf } from '../../src/core/text/tokens.js';
import { namesIn } from '../../src/core/english/names.js';
import { ecbRecords, seededRandom } from '../../tests/helpers.js';

const rand = seededRandom(12345);

const byEvent = new Map<string, { id: string; sentences: string[] }[]>();
for (const r of ecbRecords()) {
  const article = articleFromPlainText(`${r.title}\n${r.text}`);
  const sentences = articleSentences(article).map((s) => s.text).filter((s) => s.split(' ').length >= 6 && s.split(' ').length <= 60);
  const key = `${r.topic}/${r.event}`;
  if (!byEvent.has(key)) byEvent.set(key, []);
  byEvent.get(key)!.push({ id: r.id, sentences });
}
const jaccard = (a: Set<string>, b: Set<string>) => { let i = 0; for (const t of a) if (b.has(t)) i++; return i / (a.size + b.size - i || 1); };
const out: object[] = [];
const events = [...byEvent.keys()].filter((k) => byEvent.get(k)!.length >= 3);
for (const event of events) {
  const arts = byEvent.get(event)!;
  const pairs: { a: string; b: string; j: number; names: number; ida: string; idb: string }[] = [];
  for (let x = 0; x < arts.length; x++) for (let y = x + 1; y < arts.length; y++) {
    for (const sa of arts[x]!.sentences) for (const sb of arts[y]!.sentences) {
      const ta = new Set(termsOf(sa)), tb = new Set(termsOf(sb));
      const na = new Set(namesIn(sa).map((n) => n.name)); const nb = namesIn(sb).map((n) => n.name);
      const names = new Set(nb.filter((n) => na.has(n))).size;
      const j = jaccard(ta, tb);
      if (j > 0.85) continue; // verbatim copies teach nothing
      pairs.push({ a: sa, b: sb, j, names, ida: arts[x]!.id, idb: arts[y]!.id });
    }
  }
  const pick = (list: typeof pairs, n: number) => { for (let k = 0; k < n && list.length; k++) { const i = Math.floor(rand() * list.length); out.push({ event, ida: list[i]!.ida, idb: list[i]!.idb, a: list[i]!.a, b: list[i]!.b, j: +list[i]!.j.toFixed(2) }); list.splice(i, 1); } };
  pick(pairs.filter((p) => p.j >= 0.3), 1);
  pick(pairs.filter((p) => p.j >= 0.15 && p.j < 0.3), 1);
  pick(pairs.filter((p) => p.j < 0.15 && p.j >= 0.05 && p.names >= 1), 1);
}
writeFileSync('tests/fixtures/facts/candidates.jsonl', out.map((o) => JSON.stringify(o)).join('\n') + '\n');
console.log(events.length, 'events', out.length, 'pairs');
