// The top-5 labels measure alone, per NewsWCL50 split and event (the last column of framing-coverage.ts, without the
// flags, sides and ECB+): the quick figure while a label rule is tried.
//   node scripts/run.mjs scripts/eval/labels-shown.ts [tune|other|heldout ...]
import { wclCorpus } from './facts-coverage.js';
import { eventSection, FRAMING_EVENTS, labelCoverage } from './framing-coverage.js';

const corpus = wclCorpus();
const asked = process.argv.slice(2);
const splits = (asked.length > 0 ? asked : ['tune', 'other', 'heldout']) as ('tune' | 'other' | 'heldout')[];
for (const split of splits) {
  const perEvent = (FRAMING_EVENTS.newswcl50?.[split] ?? []).map((event) => ({ event, ...labelCoverage(eventSection(corpus, event)) }));
  const shown = perEvent.reduce((n, e) => n + e.shown, 0);
  const expected = perEvent.reduce((n, e) => n + e.expected, 0);
  console.log(`${split.padEnd(8)} ${shown}/${expected} (${Math.round((100 * shown) / Math.max(1, expected))}%)  events ${perEvent.map((e) => `${e.event}: ${e.shown}/${e.expected}`).join(', ')}`);
}
