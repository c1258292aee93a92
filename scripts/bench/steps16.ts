// A pack's match index with its term steps rewritten as `termSteps16` (words, README "Corpus pack
// format"), the rest of the file as it was: a pack built before stop 27 measured in the new form
// without building it again (a 100,000-article build takes minutes).
//   node scripts/run.mjs scripts/bench/steps16.ts PACK OUT [--index-only]
// --index-only writes the header and the match index alone (what `pack-child.ts index` reads).
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readAllNumbers, Uint16Base64 } from '../../src/core/corpus/number-text.js';
import { packStart } from './measure.js';

const [path, out, flag] = process.argv.slice(2);
if (!path || !out) {
  console.error('usage: node scripts/run.mjs scripts/bench/steps16.ts PACK OUT [--index-only]');
  process.exit(2);
}
const { bytes, headerEnd, indexEnd } = packStart(path);
const line = bytes.subarray(headerEnd + 1, indexEnd).toString('latin1');
const key = ',"termSteps":"';
const start = line.indexOf(key);
if (start < 0) throw new Error('no "termSteps" in the match index (already written as words?)');
const end = line.indexOf('"', start + key.length);
const steps = readAllNumbers(line.slice(start + key.length, end), Infinity, 'termSteps');
const words = new Uint16Base64();
for (const step of steps) words.push(step);
const out16 = createWriteStream(out);
out16.write(bytes.subarray(0, headerEnd + 1));
out16.write(`${line.slice(0, start)},"termSteps16":"${words.text()}${line.slice(end)}\n`, 'latin1');
if (flag !== '--index-only') for await (const chunk of createReadStream(path, { start: indexEnd + 1 })) if (!out16.write(chunk)) await once(out16, 'drain');
out16.end();
await once(out16, 'finish');
console.log(JSON.stringify({ steps: steps.length, before: end - start - key.length, after: words.text().length }));
