// Why the annotators' top-five labels are missed: per event of a split (tune by default; `--split heldout` to report),
// each missed label with its actor and outlet, the sentences it occurs in, and what the pipeline did with it:
// never extracted, extracted under another key (and the row that shows it), or in a row other than the actor's.
//   node scripts/run.mjs scripts/eval/label-misses.ts [--split tune|heldout|other]
import { CURRENT } from '../../src/core/analysis/contract.js';
import { analysisFeatures } from '../../src/core/corpus/pack.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { wclCorpus } from './facts-coverage.js';
import { eventSection, FRAMING_EVENTS, labelCoverage, normaliseLabel } from './framing-coverage.js';

const split = (process.argv[process.argv.indexOf('--split') + 1] ?? 'tune') as 'tune' | 'heldout' | 'other';
const corpus = wclCorpus();
for (const event of FRAMING_EVENTS.newswcl50?.[process.argv.includes('--split') ? split : 'tune'] ?? []) {
  const s = eventSection(corpus, event);
  const cov = labelCoverage(s);
  console.log(`\n######## event ${event}: ${cov.shown}/${cov.expected}`);
  for (const m of cov.missed) {
    const key = `${event}_${m.outlet}`;
    const id = key === s.page ? CURRENT : key;
    const a = corpus.articles.find((x) => x.key === key);
    if (!a) continue;
    const mentions = analysisFeatures(a.article).framing.actors.mentions;
    const sentences = articleSentences(a.article);
    for (const label of m.labels) {
      const hits = mentions.filter((x) => normaliseLabel(x.label) === label);
      const rows = s.section.actors.filter((r) => (r.labels[id] ?? []).some((l) => normaliseLabel(l.label) === label)).map((r) => r.actor);
      const where = sentences.filter((x) => normaliseLabel(x.text).includes(label)).slice(0, 2).map((x) => x.text.slice(0, 220));
      const did = hits.length === 0 ? 'NOT EXTRACTED' : `extracted as ${hits.map((h) => `${h.kind}:${h.key}×${h.count}`).join(', ')}; ${rows.length ? `shown in row(s) ${rows.join(', ')}` : 'in no row'}`;
      console.log(`MISS ${m.outlet} ${m.code} | "${label}" | ${did}`);
      for (const w of where) console.log(`    > ${w}`);
      if (where.length === 0) console.log('    > (not in the stored text as written)');
    }
  }
}
