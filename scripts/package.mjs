// `npm run package`: the two store zips, dist/crosscheck-chrome-<version>.zip and
// dist/crosscheck-firefox-<version>.zip, from the builds in dist/chrome and dist/firefox.
// A small zip writer (deflate from node:zlib) rather than another package: entries sorted and
// dated 1980-01-01, so that the same build gives byte-identical zips.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Never shipped, whatever a build leaves behind. */
const EXCLUDED = /(?:\.map|\.ts|\.tsx|\.DS_Store|Thumbs\.db)$/;

/** The files of a build, as zip paths, sorted. */
export function buildFiles(dir) {
  const walk = (at) =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name);
      return entry.isDirectory() ? walk(path) : [path];
    });
  return walk(dir)
    .map((path) => relative(dir, path).split(sep).join('/'))
    .filter((name) => !EXCLUDED.test(name))
    .sort();
}

/** A zip archive of `files` (zip path -> content). */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(content, { level: 9 });
    const stored = deflated.length >= content.length;
    const data = stored ? content : deflated;
    const crc = crc32(content) >>> 0;
    const header = (signature, extra) => {
      const fields = Buffer.alloc(extra ? 46 : 30);
      let at = 0;
      const u32 = (v) => (fields.writeUInt32LE(v >>> 0, at), (at += 4));
      const u16 = (v) => (fields.writeUInt16LE(v, at), (at += 2));
      u32(signature);
      if (extra) u16(20); // made by: version 2.0
      u16(20); // needed to extract: 2.0
      u16(0x0800); // names are UTF-8
      u16(stored ? 0 : 8);
      u16(0); // time 00:00
      u16((0 << 9) | (1 << 5) | 1); // date 1980-01-01
      u32(crc);
      u32(data.length);
      u32(content.length);
      u16(nameBytes.length);
      u16(0); // extra field length
      if (extra) {
        u16(0); // comment length
        u16(0); // disk number
        u16(0); // internal attributes
        u32(0o100644 << 16); // external attributes: a regular file, rw-r--r--
        u32(offset);
      }
      return fields;
    };
    const local = Buffer.concat([header(0x04034b50, false), nameBytes, data]);
    centrals.push(Buffer.concat([header(0x02014b50, true), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

export function packageTarget(target) {
  const dir = join(dist, target);
  if (!statSync(join(dir, 'manifest.json'), { throwIfNoEntry: false })) throw new Error(`dist/${target} is missing: run "npm run build"`);
  const names = buildFiles(dir);
  const out = join(dist, `crosscheck-${target}-${version}.zip`);
  writeFileSync(out, zip(names.map((name) => [name, readFileSync(join(dir, name))])));
  return { out, files: names.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const target of ['chrome', 'firefox']) {
    const { out, files } = packageTarget(target);
    console.log(`${relative(root, out)}: ${files} files, ${(statSync(out).size / 1024).toFixed(0)} KiB`);
  }
}
