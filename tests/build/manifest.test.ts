import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const manifest = (target: string) => JSON.parse(readFileSync(join(ROOT, 'dist', target, 'manifest.json'), 'utf8'));

// Asked for one origin at a time, when the reader subscribes to a pack there (src/options/subscriptions.tsx).
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

describe('built manifests', () => {
  it('Chrome: MV3 service worker and side panel, five permissions, no host access granted', () => {
    const m = manifest('chrome');
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.background).toEqual({ service_worker: 'background/background.js' });
    expect(m.side_panel).toEqual({ default_path: 'panel/panel.html' });
    expect(m.sidebar_action).toBeUndefined();
    expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
  });

  it('Firefox: background scripts, sidebar, gecko id, the same permissions less the side panel', () => {
    const m = manifest('firefox');
    expect(m.permissions).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.background).toEqual({ scripts: ['background/background.js'] });
    expect(m.sidebar_action.default_panel).toBe('panel/panel.html');
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.side_panel).toBeUndefined();
  });

  it('every file a manifest names is in the build', () => {
    for (const target of ['chrome', 'firefox']) {
      const m = manifest(target);
      const files = [
        ...Object.values(m.icons as Record<string, string>),
        ...(m.background.scripts ?? [m.background.service_worker]),
        m.side_panel?.default_path ?? m.sidebar_action.default_panel,
      ];
      for (const file of files) expect(() => readFileSync(join(ROOT, 'dist', target, file)), `${target}/${file}`).not.toThrow();
    }
  });

  it('web-ext lint finds no errors in the Firefox build, and only the warnings the README explains', () => {
    const result = spawnSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--self-hosted'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
      errors: unknown[];
      warnings: { code: string; file: string }[];
    };
    expect(report.errors).toEqual([]);
    // Readability and preact assign innerHTML inside their own code (see docs/development.md, "web-ext lint").
    for (const warning of report.warnings) {
      expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(['content/extract.js', 'panel/panel.js', 'options/options.js']).toContain(warning.file);
    }
  }, 300_000);
});
