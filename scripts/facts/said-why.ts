// Development aid: why the "already said" test does or does not find a statement in an article.
//   node scripts/run.mjs scripts/facts/said-why.ts CORPUS EVENT FROM_KEY NEEDLE TO_KEY
// Prints the statement's weighted terms (as the test compares them) and the sentences of TO_KEY
// that hold most of them, with their share.
import { articleSentences } from '../../src/core/text/segment.js';
import { termsOf } from '../../src/core/text/tokens.js';
import { canonicalTerms, DEFAULT_ALIGNER, termWeigher } from '../../src/core/facts/align.js';
import { factFeatures } from '../../src/core/facts/index.js';
import { alreadySaid, demonymForms, profileSentence, profileStatement, RARE_NAME_SHARE, wordRuns } from '../../src/core/facts/said.js';
import { numbersIn } from '../../src/core/facts/units.js';
import { indexPack } from '../../src/core/match/related.js';
import { buildPack } from '../../src/core/corpus/pack.js';
import { ecbCorpus, loadLabels, seedCorpus, wclCorpus } from '../eval/facts-coverage.js';

const [corpusName, event, fromKey, needle, toKey] = process.argv.slice(2);
const corpus = corpusName === 'seeds' ? seedCorpus() : corpusName === 'ecbplus' ? ecbCorpus(loadLabels()) : wclCorpus();
const idfOf = indexPack(buildPack(corpus.name, corpus.articles.map((a) => ({ id: a.key, article: a.article })))).idfOf;
const articles = corpus.articles.filter((a) => a.event === event).map((a) => ({ key: a.key, sentences: articleSentences(a.article).map((s) => s.text), units: factFeatures(a.article).units }));
const flat = articles.flatMap((a) => a.sentences.map((s) => termsOf(s)));
const canonical = canonicalTerms(flat.flat(), idfOf);
const weigh = termWeigher(flat, canonical, idfOf, DEFAULT_ALIGNER);
const forms = { canonical, places: demonymForms(articles.flatMap((a) => a.units.flatMap((u) => u.names.map((n) => canonical.get(n) ?? n)))) };
const profiles = new Map(articles.map((a) => [a.key, a.sentences.map((s) => profileSentence(termsOf(s), numbersIn(s), wordRuns(s), forms))]));
const count = new Map<string, number>();
for (const list of profiles.values()) for (const p of list) for (const t of p.terms) count.set(t, (count.get(t) ?? 0) + 1);
const isRare = (n: string) => (count.get(n) ?? 0) / flat.length <= RARE_NAME_SHARE;
const from = articles.find((a) => a.key === fromKey)!;
for (const unit of from.units) {
  const sentence = from.sentences[unit.sentence]!;
  const text = sentence.slice(unit.clause?.[0] ?? 0, unit.clause?.[1] ?? sentence.length);
  if (!text.includes(needle!)) continue;
  const statement = profileStatement(unit, text, forms, weigh, isRare);
  console.log(`\n${fromKey}: ${text}\n  total ${statement.total.toFixed(2)} rare names [${[...statement.rareNames]}] numbers [${[...statement.numbers]}]`);
  console.log(`  ${[...statement.weights].map(([t, w]) => `${t}:${w.toFixed(2)}`).join(' ')}`);
  const target = profiles.get(toKey!)!;
  console.log(`  already said in ${toKey}: ${alreadySaid(statement, target)}`);
  target
    .map((p, i) => ({ i, share: [...statement.weights].reduce((s, [t, w]) => s + (p.terms.has(t) ? w : 0), 0) / statement.total, held: [...statement.weights.keys()].filter((t) => p.terms.has(t)) }))
    .sort((a, b) => b.share - a.share)
    .slice(0, 4)
    .forEach(({ i, share, held }) => console.log(`  ${share.toFixed(2)} [${held.join(' ')}] ${articles.find((a) => a.key === toKey)!.sentences[i]?.slice(0, 160)}`));
}
