// Builds everything from one source: the CLI (dist/cli), the bundled seed corpus pack
// (dist/corpus), and the extension for Chrome (dist/chrome) and Firefox (dist/firefox).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIcons } from './scripts/icons.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');
const log = (...args) => quiet || console.log(...args);

// What is built, from where.
const CLI = { entry: 'src/cli/index.ts', out: 'cli/crosscheck.mjs' };
/** The bundled pack: its sources, its name, and its path in dist/ and in each browser build (the one place it is named). */
const BUNDLED = JSON.parse(readFileSync(join(root, 'src/corpus/bundled.json'), 'utf8'));
const PACK = BUNDLED.pack;
const TARGETS = { chrome: 'chrome120', firefox: 'firefox128' };
const EXTENSION_ENTRIES = {
  'background/background': 'src/background/index.ts',
  'content/extract': 'src/content/extract.ts',
  'content/highlight': 'src/content/highlight.ts',
  'panel/panel': 'src/panel/panel.tsx',
  'options/options': 'src/options/options.tsx',
};
/**
 * Content scripts that answer as they are injected: the file's last statement calls the function
 * it defines, so that the file's value is the answer and the background needs one injection, not
 * an injection and then a call (platform/browser.ts callInTab; a click's first press waits on both).
 * Each names its global as src/messages.ts does.
 */
const ANSWERING_ENTRIES = {
  'content/extract': /EXTRACTOR_GLOBAL = '([^']+)'/.exec(readFileSync(join(root, 'src/messages.ts'), 'utf8'))[1],
};
/** Static files copied as they are, relative to src/ and to each browser build. */
const STATIC_FILES = ['panel/panel.html', 'options/options.html', 'options/options.css'];
// Every target runs `\p{...}` in regular expressions (Node 10, Chrome 64, Firefox 78), but esbuild's table does not
// say so and would write each such literal as `new RegExp(...)`: one made anew at every evaluation, in loops too, whose
// compiled code V8 keeps only in a cache that garbage collections empty, where a literal keeps its own.
const SUPPORTED = { 'regexp-unicode-property-escapes': true };

rmSync(dist, { recursive: true, force: true });

// 1. The CLI, which also builds the corpus pack below.
const cli = join(dist, CLI.out);
await build({
  entryPoints: [join(root, CLI.entry)],
  outfile: cli,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  supported: SUPPORTED,
  external: ['jsdom'],
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: { CROSSCHECK_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
// npm links `bin` to this file; esbuild writes it without the executable bit, and dist/ was just deleted.
chmodSync(cli, 0o755);

// 2. The seed corpus, analysed once here rather than on every page view.
const pack = join(dist, PACK);
mkdirSync(dirname(pack), { recursive: true });
const corpusRun = spawnSync(process.execPath, [cli, 'corpus', 'build', join(root, BUNDLED.seeds), '-o', pack, '--name', BUNDLED.name], { encoding: 'utf8' });
if (corpusRun.status !== 0) {
  console.error(corpusRun.stderr);
  throw new Error('building the seed corpus pack failed');
}

// 3. The extension, once per browser.
for (const [target, esTarget] of Object.entries(TARGETS)) {
  const out = join(dist, target);
  const options = {
    outdir: out,
    bundle: true,
    format: 'iife',
    target: esTarget,
    supported: SUPPORTED,
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { CROSSCHECK_TARGET: JSON.stringify(target) },
    legalComments: 'none',
    logLevel: 'warning',
  };
  const entry = ([name, file]) => [name, join(root, file)];
  await build({ ...options, entryPoints: Object.fromEntries(Object.entries(EXTENSION_ENTRIES).filter(([name]) => !(name in ANSWERING_ENTRIES)).map(entry)) });
  for (const [name, globalName] of Object.entries(ANSWERING_ENTRIES)) {
    await build({ ...options, entryPoints: Object.fromEntries([entry([name, EXTENSION_ENTRIES[name]])]), footer: { js: `globalThis[${JSON.stringify(globalName)}]();` } });
  }
  for (const file of STATIC_FILES) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    copyFileSync(join(root, 'src', file), join(out, file));
  }
  writeFileSync(join(out, 'panel/panel.css'), panelStylesheet());
  mkdirSync(dirname(join(out, PACK)), { recursive: true });
  copyFileSync(pack, join(out, PACK));
  writeIcons(join(out, 'icons'));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(target), null, 2)}\n`);
}
log(`built dist/cli, dist/corpus, ${Object.keys(TARGETS).map((t) => `dist/${t}`).join(', ')}`);

/** One stylesheet: the panel's own, then each section's, in a fixed order. */
function panelStylesheet() {
  const sectionsDir = join(root, 'src/panel/sections');
  const sectionCss = existsSync(sectionsDir) ? readdirSync(sectionsDir).filter((f) => f.endsWith('.css')).sort() : [];
  return [join(root, 'src/panel/panel.css'), ...sectionCss.map((f) => join(sectionsDir, f))].map((f) => readFileSync(f, 'utf8')).join('\n');
}

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
