// Prints the figures and subjects read from each argument sentence: node scripts/run.mjs scripts/numbers/try.ts "SENTENCE" ...
import { readFigures } from '../../src/core/numbers/figures.js';
import { subjectOf } from '../../src/core/numbers/subject.js';
const lines = process.argv.slice(2);
for (const s of lines) {
  const { tokens, figures } = readFigures(s, {});
  console.log(s);
  let prev;
  for (const f of figures) { const sub = subjectOf(tokens, f, prev); prev = sub; console.log('   ', JSON.stringify(s.slice(f.start, f.end)), f.measure, f.unit, f.low, f.high, JSON.stringify(sub)); }
}
