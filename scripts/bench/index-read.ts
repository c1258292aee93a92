// The match index of a pack file read and checked N times in one process (readIndex, as `compare`
// reads it from the line's bytes, with Node's base64 decoder), the CPU ms of each read printed on one line:
//   node scripts/run.mjs scripts/bench/index-read.ts PACK [N=3]
// The file is read into memory once, before any timing: what is left is the index's decoding,
// checking and the search columns' staging, without the file read, the process start or indexPack.
// Several reads in one process vary less than separate `pack-child.ts index` runs on a loaded
// machine; the first read is the cold one (`pack-child.ts index` measures that one alone).
import { readHeader, readIndex } from '../../src/core/corpus/pack-file.js';
import { nodeBase64 } from '../../src/cli/read-pack.js';
import { packStart } from './measure.js';

const [path, times = '3'] = process.argv.slice(2);
if (!path) {
  console.error('usage: node scripts/run.mjs scripts/bench/index-read.ts PACK [N]');
  process.exit(2);
}
const { bytes, headerEnd, indexEnd } = packStart(path);
const header = readHeader(bytes.subarray(0, headerEnd).toString('utf8'));
const line = bytes.subarray(headerEnd + 1, indexEnd);
const decode = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');
const cpuMs: number[] = [];
for (let run = 0; run < Number(times); run++) {
  const started = process.cpuUsage();
  readIndex(new Uint8Array(line), header, decode, nodeBase64);
  const used = process.cpuUsage(started);
  cpuMs.push(Math.round((used.user + used.system) / 1000));
}
console.log(`readIndex CPU ms: ${cpuMs.join(' ')}`);
