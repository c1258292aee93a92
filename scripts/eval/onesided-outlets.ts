// One-sided flags outlet by outlet, on every event of the corpora (seeds, all ten NewsWCL50 events, all 86 ECB+
// events), split by event parity as the framing evaluation splits them (NewsWCL50 event number, ECB+ topic: even tune,
// odd held-out; the seeds tune). For each outlet: whether the pipeline flags it, and whether it is a candidate a reader
// should check (its directly quoted sentences with a party's side number 4 or more and 75% or more go to one side).
// Judgements by reading: tests/fixtures/framing/onesided-outlets.json (see docs/evaluation-framing.md, stop 21).
// node scripts/run.mjs scripts/eval/onesided-outlets.ts [--list]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT } from '../../src/core/analysis/contract.js';
import { FIXTURES, isSeedFollowUp } from '../../tests/helpers.js';
import { seedCorpus, wclCorpus, type Corpus } from './facts-coverage.js';
import { ecbFramingCorpus, eventSection } from './framing-coverage.js';

export interface OutletJudgement {
  corpus: string;
  event: string;
  article: string;
  /** A reader would flag the outlet as one-sided (one party the coverage sets against another gets the outlet's quotation). */
  oneSided: boolean;
  why: string;
}

export interface OutletRow {
  corpus: string;
  event: string;
  split: 'tune' | 'heldout';
  article: string;
  flagged: boolean;
  flag?: string;
  candidate: boolean;
  top?: string;
  share: number;
  quoted: number;
}

const splitOf = (corpus: string, event: string): 'tune' | 'heldout' => {
  if (corpus === 'seeds') return 'tune';
  const n = Number.parseInt(event, 10);
  return n % 2 === 0 ? 'tune' : 'heldout';
};

export function outletRows(): OutletRow[] {
  const rows: OutletRow[] = [];
  const corpora: Corpus[] = [seedCorpus(), wclCorpus(), ecbFramingCorpus()];
  for (const corpus of corpora) {
    const events = corpus.name === 'seeds' ? ['truce'] : [...new Set(corpus.articles.map((a) => a.event))];
    for (const event of events) {
      const s = eventSection(corpus, event);
      const key = (id: string) => (id === CURRENT ? s.page : id);
      const keys = corpus.name === 'seeds' ? s.keys.filter((k) => !isSeedFollowUp(k)) : s.keys;
      for (const article of keys) {
        const id = article === s.page ? CURRENT : article;
        const flag = s.section.flags.find((f) => f.kind === 'one-sided' && key(f.articleId) === article);
        const totals = new Map<string, number>();
        for (const v of s.section.voices[id] ?? []) if (v.side && v.side !== 'independent' && v.direct > 0) totals.set(v.side, (totals.get(v.side) ?? 0) + v.direct);
        const quoted = [...totals.values()].reduce((a, b) => a + b, 0);
        const [top, n] = [...totals.entries()].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
        const share = quoted > 0 ? n / quoted : 0;
        const row: OutletRow = { corpus: corpus.name, event, split: splitOf(corpus.name, event), article, flagged: !!flag, candidate: quoted >= 4 && share >= 0.75, share, quoted };
        if (flag) row.flag = flag.detail;
        if (top) row.top = top;
        rows.push(row);
      }
    }
  }
  return rows;
}

export function loadOutletJudgements(): OutletJudgement[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'framing/onesided-outlets.json'), 'utf8')) as OutletJudgement[];
}

/** Per corpus and split: outlets, flags raised and defensible, candidates read, outlets a reader flags that get no flag. */
export function outletTable(rows: readonly OutletRow[], judged: readonly OutletJudgement[]): string[] {
  const out = [`${'corpus'.padEnd(10)} ${'split'.padEnd(8)} outlets | flags defensible | candidates read | reader flags, missed | outlets agreeing`];
  for (const corpus of ['seeds', 'newswcl50', 'ecbplus']) {
    for (const split of ['tune', 'heldout'] as const) {
      const r = rows.filter((x) => x.corpus === corpus && x.split === split);
      if (r.length === 0) continue;
      const j = (x: OutletRow) => judged.find((y) => y.corpus === x.corpus && y.event === x.event && y.article === x.article);
      const flags = r.filter((x) => x.flagged);
      const right = flags.filter((x) => j(x)?.oneSided === true).length;
      const unjudgedFlags = flags.filter((x) => !j(x)).length;
      const candidates = r.filter((x) => x.candidate || x.flagged);
      const read = candidates.filter((x) => j(x)).length;
      const readerFlags = r.filter((x) => j(x)?.oneSided === true);
      const missed = readerFlags.filter((x) => !x.flagged).length;
      // An outlet agrees when the pipeline flags it exactly where the reader would; outlets not read count as agreeing
      // only when the pipeline does not flag them and they are not candidates (read as "nothing to flag").
      const agree = r.filter((x) => (j(x) ? j(x)?.oneSided === x.flagged : !x.flagged && !x.candidate)).length;
      // Rounded down: 495 of 496 is not "100%".
      const pctOf = (a: number, b: number) => (b === 0 ? '    -' : `${Math.floor((a / b) * 100)}%`.padStart(5));
      out.push(`${corpus.padEnd(10)} ${split.padEnd(8)} ${String(r.length).padStart(7)} | ${pctOf(right, flags.length)} ${`${right}/${flags.length}`.padEnd(5)} ?${unjudgedFlags} | ${`${read}/${candidates.length}`.padStart(15)} | ${`${readerFlags.length}, ${missed}`.padStart(20)} | ${pctOf(agree, r.length)} ${agree}/${r.length}`);
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('onesided-outlets.ts')) {
  const rows = outletRows();
  let judged: OutletJudgement[] = [];
  try {
    judged = loadOutletJudgements();
  } catch {
    judged = [];
  }
  if (process.argv.includes('--list')) {
    for (const r of rows.filter((x) => x.candidate || x.flagged)) {
      const j = judged.find((y) => y.corpus === r.corpus && y.event === r.event && y.article === r.article);
      console.log(`${r.corpus} ${r.split} ${r.event} ${r.article}: ${r.flagged ? 'FLAG' : 'cand'} ${r.top} ${Math.round(r.share * 100)}% of ${r.quoted}${j ? ` | judged ${j.oneSided ? 'one-sided' : 'not'}: ${j.why}` : ''}`);
    }
  }
  for (const line of outletTable(rows, judged)) console.log(line);
}
