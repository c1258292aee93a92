// Builds everything from one source: the CLI (dist/cli), the bundled seed corpus pack
// (dist/corpus), and the extension for Chrome (dist/chrome) and Firefox (dist/firefox).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const TARGETS = ['chrome', 'firefox'];
const quiet = process.argv.includes('--quiet');
const log = (...args) => quiet || console.log(...args);

rmSync(dist, { recursive: true, force: true });

// 1. The CLI, which also builds the corpus pack below.
await build({
  entryPoints: [join(root, 'src/cli/index.ts')],
  outfile: join(dist, 'cli/crosscheck.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['jsdom'],
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: { CROSSCHECK_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});

// 2. The seed corpus, analysed once here rather than on every page view.
const pack = join(dist, 'corpus/seeds.pack.json');
mkdirSync(dirname(pack), { recursive: true });
const corpusRun = spawnSync(
  process.execPath,
  [join(dist, 'cli/crosscheck.mjs'), 'corpus', 'build', join(root, 'src/corpus/seeds'), '-o', pack, '--name', 'Seed corpus: Pakistan-Afghanistan ceasefire, October 2025'],
  { encoding: 'utf8' },
);
if (corpusRun.status !== 0) {
  console.error(corpusRun.stderr);
  throw new Error('building the seed corpus pack failed');
}

// 3. The extension, once per browser.
for (const target of TARGETS) {
  const out = join(dist, target);
  await build({
    entryPoints: {
      'background/background': join(root, 'src/background/index.ts'),
      'content/extract': join(root, 'src/content/extract.ts'),
      'content/highlight': join(root, 'src/content/highlight.ts'),
      'panel/panel': join(root, 'src/panel/panel.tsx'),
      'options/options': join(root, 'src/options/options.tsx'),
    },
    outdir: out,
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox128',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { CROSSCHECK_TARGET: JSON.stringify(target) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  mkdirSync(join(out, 'panel'), { recursive: true });
  copyFileSync(join(root, 'src/panel/panel.html'), join(out, 'panel/panel.html'));
  mkdirSync(join(out, 'options'), { recursive: true });
  for (const file of ['options.html', 'options.css']) copyFileSync(join(root, 'src/options', file), join(out, 'options', file));
  // One stylesheet: the panel's own, then each section's, in a fixed order.
  const sectionsDir = join(root, 'src/panel/sections');
  const sectionCss = existsSync(sectionsDir) ? readdirSync(sectionsDir).filter((f) => f.endsWith('.css')).sort() : [];
  writeFileSync(
    join(out, 'panel/panel.css'),
    [join(root, 'src/panel/panel.css'), ...sectionCss.map((f) => join(sectionsDir, f))].map((f) => readFileSync(f, 'utf8')).join('\n'),
  );
  mkdirSync(join(out, 'corpus'), { recursive: true });
  copyFileSync(pack, join(out, 'corpus/seeds.pack.json'));
  writeIcons(join(out, 'icons'));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(target), null, 2)}\n`);
}
log(`built dist/cli, dist/corpus, ${TARGETS.map((t) => `dist/${t}`).join(', ')}`);

/** The one manifest.json, with each browser's keys kept and the other's dropped. */
function manifestFor(target) {
  const manifest = structuredClone(source);
  manifest.version = pkg.version;
  if (target === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.sidebar_action;
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.background.service_worker;
    delete manifest.side_panel;
    // Firefox has no side panel API (its sidebar needs no permission) and rejects unknown permissions.
    manifest.permissions = manifest.permissions.filter((p) => p !== 'sidePanel');
  }
  return manifest;
}

/** The toolbar icon, drawn here so the repository holds no binary files: two overlapping pages and a tick. */
function writeIcons(dir) {
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `icon-${size}.png`), png(size, iconPixel));
}

function iconPixel(x, y) {
  const inRounded = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  const nearSegment = (ax, ay, bx, by, w) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= w * w;
  };
  if (nearSegment(0.34, 0.55, 0.47, 0.7, 0.075) || nearSegment(0.47, 0.7, 0.74, 0.34, 0.075)) return [255, 255, 255, 255];
  if (inRounded(0.06, 0.06, 0.94, 0.94, 0.2)) return [31, 95, 191, 255];
  return [0, 0, 0, 0];
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling keeps the small sizes smooth.
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let c = 0; c < 3; c++) sum[c] += p[c] * p[3];
          sum[3] += p[3];
        }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = sum[3] / 16;
      for (let c = 0; c < 3; c++) raw[offset + c] = alpha ? Math.round(sum[c] / sum[3]) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
