// Every label snippet found in a sentence of its article (what coverage.test.ts checks), printed when not: a fast
// loop while labelling.   node scripts/run.mjs scripts/facts/check-snippets.ts [corpus]
import { ecbCorpus, loadLabels, normalise, seedCorpus, wclCorpus } from '../eval/facts-coverage.js';
import { articleSentences } from '../../src/core/text/segment.js';

const labels = loadLabels();
const only = process.argv[2];
const corpora = { seeds: seedCorpus(), newswcl50: wclCorpus(), ecbplus: ecbCorpus(labels) };
let bad = 0;
for (const l of labels.filter((x) => !only || x.corpus === only)) {
  const corpus = corpora[l.corpus as keyof typeof corpora];
  const sentencesOf = new Map(corpus.articles.map((a) => [a.key, articleSentences(a.article).map((s) => normalise(s.text))]));
  for (const fact of l.facts)
    for (const [key, snippets] of Object.entries(fact.carriedBy))
      for (const snippet of snippets)
        if (!(sentencesOf.get(key) ?? []).some((s) => s.includes(normalise(snippet)))) {
          bad++;
          console.log(`MISSING ${l.event} ${fact.id} ${key}: ${snippet}`);
        }
  const all = [...sentencesOf.values()].flat();
  for (const n of l.nonFacts) if (!all.some((s) => s.includes(normalise(n.text)))) console.log(`MISSING nonfact ${l.event}: ${n.text}`), bad++;
}
console.log(`${bad} snippets not found`);
