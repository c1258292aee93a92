// One-off: joins the hand labels (T = same fact, F = not) to the picked candidates.
import { readFileSync, writeFileSync } from 'node:fs';
const labels = `
TTFTTFTFFTFFTTFFTFTTFFTFTFFTFFTFFFTFTFFTFFFFTFFTTF
FFFTTFTTFTTFTTTTTFFTFFFFTTFTTTTTFTTTTTFTTFTFFTTTTT
FTFFTFFTFFTFTTFFTFFTFTTFFTFFTFFTFTFFFTTFFTFTFFTTFT
TFTFFTFFFTFFFFTFFTTFTTFTFFTFFTFFTFFFTFTTFTTFTTFFFF
TTFTTFFFFTTFTFFTTFFFFTFFTTFTFFTFFTFFTFFTTFTFFTTFTF
FFFFTFF`.replace(/\s/g, '');
const candidates = readFileSync('tests/fixtures/facts/candidates.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
if (labels.length !== candidates.length) throw new Error(`${labels.length} labels for ${candidates.length} pairs`);
const rows = candidates.map((c, i) => JSON.stringify({ a: c.a, b: c.b, event: c.event, same: labels[i] === 'T' }));
writeFileSync('tests/fixtures/facts/alignment-pairs.jsonl', rows.join('\n') + '\n');
console.log(rows.length, 'pairs,', [...labels].filter((l) => l === 'T').length, 'same');
