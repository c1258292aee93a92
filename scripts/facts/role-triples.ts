// Development aid (ninth round): do the clause roles of the TUNE split's only-here items recur in another article of
// their event? Each finite verb of a text is read with the content word before it (the agent: a name or noun, not a
// pronoun) and the first content word after it (the patient), verbs of speech left out, all three stemmed; an item
// "recurs" when one of its (agent, verb, patient) triples is a triple of a sibling's sentence (PAIRS=1: an (agent,
// verb) or (verb, patient) pair). A crude reading, enough to ask whether "who did what to whom" separates the right
// items from the "said elsewhere" ones before building it into the shared reading layer. Never prints held-out items.
//   FACTS_TOP=12 node scripts/run.mjs scripts/facts/role-triples.ts
import { goldSections, judgeOnly, loadLabels, seedCorpus, wclCorpus } from '../eval/facts-coverage.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { stem, words } from '../../src/core/text/tokens.js';
import { STOPWORDS } from '../../src/core/text/stopwords.js';
const isStopword = (w: string) => STOPWORDS.has(w);

const TOP = Number(process.env.FACTS_TOP ?? 12);
const AUX = new Set(['is','are','was','were','am','be','been','being','has','have','had','do','does','did','will','would','shall','should','can','could','may','might','must','not','never','also','still','already','just']);
const IRR: Record<string,string> = {said:'say',told:'tell',met:'meet',made:'make',took:'take',gave:'give',went:'go',came:'come',saw:'see',led:'lead',left:'leave',held:'hold',knew:'know',thought:'think',found:'find',got:'get',became:'become',began:'begin',brought:'bring',sent:'send',spoke:'speak',struck:'strike',won:'win',wrote:'write',sought:'seek',withdrew:'withdraw',broke:'break',sold:'sell',fled:'flee',hid:'hide',shot:'shoot',ran:'run',fell:'fall',lost:'lose',kept:'keep',paid:'pay'};
const PRON = new Set(['he','she','it','they','we','i','you','who','which','that','this','there','these','those','him','her','them','us']);
const REPORT = new Set(['say','tell','add','note','state','report','accord','claim','write','tweet','announc','confirm','warn','argu']);
const PREP = new Set(['with','to','as','on','in','at','by','for','from','of','about','over','into','against','the','a','an','his','her','their','its','our','mr','ms','mrs','dr']);
const isVerb = (w: string, prev: string) => {
  const l = w.toLowerCase();
  if (w !== l) return false;
  if (IRR[l]) return true;
  if (l.length >= 4 && l.endsWith('ed') && !PREP.has(prev.toLowerCase())) return true;
  if (l.length >= 4 && /[^s]s$/.test(l) && !/(?:us|is|ics|ous)$/.test(l) && (/^\p{Lu}/u.test(prev) || PRON.has(prev.toLowerCase()))) return true;
  return false;
};
const lemma = (w: string) => stem(IRR[w.toLowerCase()] ?? w.toLowerCase());
function triples(text: string): string[] {
  const t = words(text).map((x) => x.surface);
  const out: string[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!isVerb(t[i]!, t[i - 1]!)) continue;
    const v = lemma(t[i]!);
    if (REPORT.has(v) || AUX.has(t[i]!.toLowerCase())) continue;
    let a: string | undefined;
    for (let j = i - 1; j >= 0; j--) { const w = t[j]!.toLowerCase(); if (AUX.has(w) || w.endsWith('ly')) continue; if (PRON.has(w) || isStopword(w)) break; a = stem(w); break; }
    let p: string | undefined;
    for (let j = i + 1; j < t.length; j++) { const w = t[j]!.toLowerCase(); if (PREP.has(w) || w.endsWith('ly') || AUX.has(w)) continue; if (PRON.has(w) || isStopword(w)) break; p = stem(w); break; }
    if (process.env.PAIRS) { if (a) out.push(`${a}|${v}|`); if (p) out.push(`|${v}|${p}`); } else if (a && p) out.push(`${a}|${v}|${p}`);
  }
  return out;
}
const labels = loadLabels().filter((l) => l.split === 'tune');
let stats: Record<string, [number, number]> = {};
for (const corpus of [seedCorpus(), wclCorpus()]) {
  const mine = labels.filter((l) => l.corpus === corpus.name);
  const events = new Set(mine.map((l) => l.event));
  const sections = goldSections(corpus, events);
  for (const page of sections) {
    const ev = corpus.articles.find((a) => a.key === page.key)!.event;
    const label = mine.find((l) => l.event === ev)!;
    const others = corpus.articles.filter((a) => a.event === ev && a.key !== page.key);
    const otherTriples = new Set(others.flatMap((o) => articleSentences(o.article).flatMap((s) => triples(s.text))));
    page.section.exclusives.slice(0, TOP).forEach((ex, rank) => {
      const item = judgeOnly(label, page, rank);
      if (item.verdict === 'unjudged') return;
      const mineT = triples(ex.summary);
      const hit = mineT.filter((x) => otherTriples.has(x));
      const key = item.verdict === 'right' ? 'right' : 'wrong';
      stats[key] ??= [0, 0];
      stats[key]![0]++;
      if (hit.length) stats[key]![1]++;
      console.log(`${key.padEnd(5)} ${page.key} #${rank + 1} hit=${hit.join(',') || '-'} own=${mineT.join(',')} | ${ex.summary.slice(0, 100)}`);
    });
  }
}
console.log(stats);
