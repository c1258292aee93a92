// Where a pack's load for matching goes, phase by phase (CPU of this process): reading the match
// index line, parsing it, checking its columns, and indexing it (term index, neighbour graph).
//   node scripts/run.mjs scripts/bench/load-phases.ts PACK [RUNS]
// Prints one line per run; each run reads the pack anew in the same process (the first pays for
// the code's compilation). A tool for profiling the load, not a bench row.
import { openPackForMatching } from '../../src/cli/read-pack.js';
import { indexPack } from '../../src/core/match/related.js';
import { compactTermIndex } from '../../src/core/match/term-index.js';
import { indexColumnsOf } from '../../src/core/match/index-columns.js';
import { packNeighbourGraph } from '../../src/core/match/neighbours.js';
import { cpuMs as cpu } from './measure.js';

const [path, runs = '3'] = process.argv.slice(2);
for (let run = 0; run < Number(runs); run++) {
  globalThis.gc?.();
  const t0 = cpu();
  const { pack } = await openPackForMatching(path!);
  const t1 = cpu();
  const columns = indexColumnsOf(pack);
  const terms = columns && compactTermIndex(columns.terms, columns.search);
  const t2 = cpu();
  const graph = packNeighbourGraph(pack);
  const t3 = cpu();
  const index = indexPack(pack);
  const t4 = cpu();
  console.log(`run ${run + 1}: open ${(t1 - t0).toFixed(0)} ms, term index ${(t2 - t1).toFixed(0)} ms, graph ${(t3 - t2).toFixed(0)} ms, total ${(t3 - t0).toFixed(0)} ms (indexPack again ${(t4 - t3).toFixed(0)} ms, ${index.size} articles, ${terms?.vocabulary.length} terms, size ${graph.size})`);
}
