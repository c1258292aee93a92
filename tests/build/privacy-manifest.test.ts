// The built manifests ask for the least the extension needs, and nothing can be added to
// them without this test failing: the permissions are exactly activeTab, alarms, scripting,
// storage (and sidePanel in Chrome); no host access granted at install, only the optional
// host permissions a reader grants one origin at a time when subscribing to a pack; no
// content script, external connection, web-accessible resource or remote code; extension
// pages under a strict policy whose only network allowance is connecting (not loading
// scripts) to https sites and to this machine, where subscriptions download packs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const manifest = (target: string): Record<string, any> => JSON.parse(readFileSync(join(ROOT, 'dist', target, 'manifest.json'), 'utf8'));

const PERMISSIONS: Record<string, string[]> = {
  chrome: ['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage'],
  firefox: ['activeTab', 'alarms', 'scripting', 'storage'],
};
/** Never granted at install: the options page asks for one origin of these when the reader subscribes there. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];
const CONNECT_SRC = ["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*'];
/** Every top-level key a build may have; anything else (content_scripts, externally_connectable, host_permissions, ...) fails. */
const KEYS: Record<string, string[]> = {
  chrome: ['manifest_version', 'name', 'version', 'description', 'permissions', 'optional_host_permissions', 'action', 'icons', 'background', 'side_panel', 'options_ui', 'content_security_policy'],
  firefox: ['manifest_version', 'name', 'version', 'description', 'permissions', 'optional_host_permissions', 'action', 'icons', 'background', 'sidebar_action', 'options_ui', 'content_security_policy', 'browser_specific_settings'],
};

describe.each(['chrome', 'firefox'])('the %s manifest', (target) => {
  const m = manifest(target);

  it('asks for exactly the permissions the extension needs', () => {
    expect(m.permissions).toEqual(PERMISSIONS[target]);
  });

  it('grants no host at install; optional host access is limited to https sites and this machine', () => {
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  });

  it('has no key beyond the known ones: no host permissions, content scripts, external connections or web-accessible resources', () => {
    expect(Object.keys(m).sort()).toEqual([...KEYS[target]!].sort());
    for (const key of ['host_permissions', 'optional_permissions', 'content_scripts', 'externally_connectable', 'web_accessible_resources', 'update_url', 'key'])
      expect(m[key], key).toBeUndefined();
  });

  it('runs extension pages under a strict content security policy: own scripts only, no eval, no plugins, no remote hosts', () => {
    expect(Object.keys(m.content_security_policy)).toEqual(['extension_pages']);
    const policy = String(m.content_security_policy.extension_pages);
    const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    // Subscriptions download packs: connecting is the one network allowance, and nothing else names a host.
    expect(directives['connect-src']).toEqual(CONNECT_SRC);
    const rest = policy.split(';').filter((d) => !d.trim().startsWith('connect-src')).join(';');
    expect(rest).not.toMatch(/unsafe-|https?:|\*|data:|blob:|wasm/);
    expect(policy).not.toMatch(/unsafe-|data:|blob:|wasm/);
  });

  it('has the background, panel and options pages it names, and no remote or update URL', () => {
    const text = JSON.stringify({ ...m, optional_host_permissions: undefined, content_security_policy: undefined });
    expect(text).not.toMatch(/https?:\/\//);
    expect(m.options_ui).toEqual({ page: 'options/options.html', open_in_tab: true });
  });
});
