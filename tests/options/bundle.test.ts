// The options page lists packs, subscriptions and the reading memory; it analyses nothing. Its bundle is built
// here as build.mjs builds it, and the modules esbuild put in it are read from the metafile: none of the core's
// analyses (nor the reading layer under them), and none of the background's subscription or memory logic,
// which the page reaches by message (messages.ts) instead.
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

async function bundledModules(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    outfile: 'options.js',
    metafile: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { CROSSCHECK_TARGET: JSON.stringify('chrome') },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the options page bundle', () => {
  it('holds no analysis, no reading layer and no background logic', async () => {
    const modules = await bundledModules('src/options/options.tsx');
    expect(modules).toContain('src/options/subscriptions.tsx');
    expect(modules).toContain('src/core/corpus/header.ts');
    const analysisCode = modules.filter((m) => /^src\/core\/(match|numbers|quotes|facts|framing|english|report|analyses)\b/.test(m));
    expect(analysisCode).toEqual([]);
    const backgroundLogic = modules.filter((m) => /^src\/background\/(subscriptions|memory|corpus|analyse-tab|import-pack)\.ts$/.test(m));
    expect(backgroundLogic).toEqual([]);
  });

  it('is told apart from one that does analyse: the panel’s bundle holds the analyses', async () => {
    const modules = await bundledModules('src/panel/panel.tsx');
    expect(modules.filter((m) => /^src\/core\/(match|numbers|quotes|facts|framing)\//.test(m)).length).toBeGreaterThan(5);
  });
});
