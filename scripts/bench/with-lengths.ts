// A pack written before stop 21 given its articles' vector lengths (what `corpus build` now stores,
// index-columns.ts `vectorLengths`), so that one pack built once can be loaded by two trees:
//   node scripts/run.mjs scripts/bench/with-lengths.ts PACK OUT
// The lengths are those the loader sums as it places the postings (searchColumns); every other
// byte of the pack is copied as it is. A tool for the load's measurements, not a bench row.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { readHeader, readIndex } from '../../src/core/corpus/pack-file.js';
import { float64Base64 } from '../../src/core/corpus/number-text.js';
import { BACKGROUND_DIGEST, searchColumns } from '../../src/core/match/term-index.js';

const [path, out] = process.argv.slice(2);
const lines = createInterface({ input: createReadStream(path!), crlfDelay: Infinity });
const target = createWriteStream(out!);
let n = 0;
let header: ReturnType<typeof readHeader> | undefined;
for await (const line of lines) {
  let text = line;
  if (n === 0) header = readHeader(line);
  else if (n === 1) {
    const part = readIndex(line, header!);
    const { norms } = part.search ?? searchColumns(part.terms);
    const at = line.indexOf(',"wordCounts":"');
    if (at < 0 || line.includes('"vectorLengths"')) throw new Error('not a version 5 index without lengths');
    text = `${line.slice(0, at)},"weighting":${JSON.stringify(BACKGROUND_DIGEST)},"vectorLengths":"${float64Base64(norms)}"${line.slice(at)}`;
  }
  if (!target.write(`${text}\n`)) await once(target, 'drain');
  n++;
}
target.end();
await once(target, 'finish');
