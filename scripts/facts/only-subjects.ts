// Development aid: tune only-here items (gold) by the subject of their sentence (english/attribution
// sentenceSubject): a main actor of the story (named by half its articles or more), another name, a pronoun, a role.
import { sentenceSubject } from '../../src/core/english/attribution.js';
import { namesIn } from '../../src/core/english/names.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { evaluateCoverage, seedCorpus, wclCorpus } from '../eval/facts-coverage.js';

const rows = evaluateCoverage(['gold']).filter((r) => r.split === 'tune');
const tally = new Map<string, number>();
for (const corpus of [seedCorpus(), wclCorpus()]) {
  const byKey = new Map(corpus.articles.map((a) => [a.key, a]));
  for (const row of rows.filter((r) => r.corpus === corpus.name)) {
    for (const item of row.items.filter((i) => i.list === 'only')) {
      const page = byKey.get(item.page)!;
      const event = corpus.articles.filter((a) => a.event === page.event);
      const counts = new Map<string, number>();
      for (const a of event) for (const n of new Set(articleSentences(a.article).flatMap((s) => namesIn(s.text).map((x) => x.name.split(/\s+/).pop()!.toLowerCase())))) counts.set(n, (counts.get(n) ?? 0) + 1);
      const subject = sentenceSubject(item.evidence[0]!.sentence);
      let kind = subject?.kind ?? 'none';
      if (subject?.kind === 'name') kind = (counts.get(subject.name.split(/\s+/).pop()!.toLowerCase()) ?? 0) >= Math.ceil(event.length / 2) ? 'name-main' : 'name-own';
      const v = item.verdict === 'right' ? 'R' : 'W';
      tally.set(`${kind} ${v}`, (tally.get(`${kind} ${v}`) ?? 0) + 1);
      console.log(`${v} ${kind.padEnd(9)} ${subject?.kind === 'name' ? subject.name : subject?.kind === 'role' ? subject.role : ''} | ${item.summary.slice(0, 80)}`);
    }
  }
}
for (const [k, v] of [...tally].sort()) console.log(k, v);
