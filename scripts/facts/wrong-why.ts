// Development aid: for each wrong top-5 item of the TUNE split (gold lists), the labelled sentences that
// carry its facts on the other side (the page for "already said", the siblings for "said elsewhere"),
// and the share of the item's statement each holds as the "already said" test weighs it.
//   node scripts/run.mjs scripts/facts/wrong-why.ts [tune|heldout]   (seeds, NewsWCL50 and ECB+)
import { articleSentences } from '../../src/core/text/segment.js';
import { termsOf } from '../../src/core/text/tokens.js';
import { canonicalTerms, DEFAULT_ALIGNER, termWeigher } from '../../src/core/facts/align.js';
import { factFeatures } from '../../src/core/facts/index.js';
import { demonymForms, profileSentence, profileStatement, RARE_NAME_SHARE, wordRuns } from '../../src/core/facts/said.js';
import { numbersIn } from '../../src/core/facts/units.js';
import { indexPack } from '../../src/core/match/related.js';
import { buildPack } from '../../src/core/corpus/pack.js';
import { ecbCorpus, evaluateCoverage, loadLabels, normalise, seedCorpus, wclCorpus } from '../eval/facts-coverage.js';

const split = process.argv[2] ?? 'tune';
const labels = loadLabels().filter((l) => l.split === split);
const rows = evaluateCoverage(['gold']).filter((r) => r.split === split);
for (const corpus of [seedCorpus(), wclCorpus(), ecbCorpus(loadLabels())]) {
  const idfOf = indexPack(buildPack(corpus.name, corpus.articles.map((a) => ({ id: a.key, article: a.article })))).idfOf;
  for (const row of rows.filter((r) => r.corpus === corpus.name)) {
    for (const item of row.items) {
      if (item.verdict !== 'already said' && item.verdict !== 'said elsewhere') continue;
      const event = corpus.articles.find((a) => a.key === item.page)!.event;
      const label = labels.find((l) => l.event === event && l.corpus === corpus.name)!;
      const articles = corpus.articles.filter((a) => a.event === event).map((a) => ({ key: a.key, sentences: articleSentences(a.article).map((s) => s.text), units: factFeatures(a.article).units }));
      const flat = articles.flatMap((a) => a.sentences.map((s) => termsOf(s)));
      const canonical = canonicalTerms(flat.flat(), idfOf);
      const weigh = termWeigher(flat, canonical, idfOf, DEFAULT_ALIGNER);
      const forms = { canonical, places: demonymForms(articles.flatMap((a) => a.units.flatMap((u) => u.names.map((n) => canonical.get(n) ?? n)))) };
      const count = new Map<string, number>();
      for (const a of articles) for (const s of a.sentences) for (const t of new Set(termsOf(s))) count.set(t, (count.get(t) ?? 0) + 1);
      const src = item.evidence[0]!;
      const from = articles.find((a) => a.key === src.key)!;
      const si = from.sentences.indexOf(src.sentence);
      const units = from.units.filter((u) => u.sentence === si);
      const summary = normalise(item.summary.replace(/…$/, '')).slice(0, 50);
      const unit = units.find((u) => normalise(src.sentence.slice(u.clause?.[0] ?? 0, u.clause?.[1])).includes(summary.slice(1, 40))) ?? units[0];
      if (!unit) continue;
      const text = src.sentence.slice(unit.clause?.[0] ?? 0, unit.clause?.[1]);
      const st = profileStatement(unit, text, forms, weigh, (n) => (count.get(n) ?? 0) / flat.length <= RARE_NAME_SHARE);
      console.log(`\n[${item.page} ${item.list} #${item.rank + 1} ${item.verdict}: ${item.why}]\n  ${src.key}: ${text}`);
      console.log(`  ${[...st.weights].map(([t, w]) => `${t}:${w.toFixed(1)}`).join(' ')} | nums ${[...st.numbers]} rare ${[...st.rareNames]}`);
      const ids = item.why.split(' ')[0]!.split(',').map((s) => s.trim());
      for (const fact of label.facts.filter((f) => item.why.startsWith(f.id) || item.why.includes(` ${f.id}`) || ids.includes(f.id))) {
        const targets = item.list === 'missing' ? [item.page] : Object.keys(fact.carriedBy).filter((k) => k !== item.page);
        for (const k of targets) {
          const art = articles.find((a) => a.key === k);
          if (!art) continue;
          for (const snip of fact.carriedBy[k] ?? []) {
            const s = art.sentences.find((x) => normalise(x).includes(normalise(snip)));
            if (!s) continue;
            const p = profileSentence(termsOf(s), numbersIn(s), wordRuns(s), forms);
            const held = [...st.weights].filter(([t]) => p.terms.has(t));
            const share = held.reduce((a, [, w]) => a + w, 0) / st.total;
            console.log(`    ${fact.id} <${k}> ${share.toFixed(2)} [${held.map(([t]) => t).join(' ')}] ${s.slice(0, 200)}`);
          }
        }
      }
    }
  }
}
