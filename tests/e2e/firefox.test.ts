// The Firefox build in Debian's firefox-esr, headless, started by `web-ext run` as a developer
// would. A reader's click on the toolbar button is a real click on the button in Firefox's own
// window, made through Marionette (Firefox's remote-control protocol) in the browser's chrome
// context; the click opens the sidebar and grants activeTab exactly as a mouse click does. The
// test then reads the report in the sidebar's own document.
import { existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, serve } from './harness.js';
import { Marionette } from './marionette.js';
import { ROOT, seedId } from '../helpers.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const SOURCE_DIR = join(ROOT, 'dist/firefox');
const ADDON_ID = 'crosscheck@crosscheck.invalid';
// Firefox names an extension's toolbar button after its id (ext-browserAction's makeWidgetId).
const WIDGET = ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
const WIDGET_ID = `${WIDGET}-browser-action`;
// The button inside that toolbar item (its "browser action press" button).
const BUTTON_ID = `${WIDGET}-BAP`;
const available = existsSync(FIREFOX);
if (!available) console.warn(`Skipping the Firefox end-to-end test: ${FIREFOX} is missing (apt-get install -y firefox-esr).`);

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function poll<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.skipIf(!available)('the extension in Firefox (firefox-esr, web-ext run)', () => {
  let runner: { exit(): Promise<void> } | undefined;
  let marionette: Marionette | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) throw new Error('dist/firefox is missing: run "npm run build"');
    const served = await serve({ '/news/ceasefire.html': fixture('seed-pages', seedId('001'), 'page.html') });
    baseUrl = served.baseUrl;
    closeServer = () => new Promise((resolve) => served.server.close(() => resolve()));
    const port = await freePort();
    const { default: webExt } = await import('web-ext');
    runner = await webExt.cmd.run(
      {
        sourceDir: SOURCE_DIR,
        target: ['firefox-desktop'],
        firefox: FIREFOX,
        noInput: true,
        noReload: true,
        args: ['--headless', '--marionette', '--remote-allow-system-access'],
        pref: {
          'marionette.port': port,
          // No traffic to Mozilla's services from a test browser.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'extensions.getAddons.cache.enabled': false,
        },
      },
      { shouldExitProgram: false },
    );
    marionette = await Marionette.connect(port);
    await marionette.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { 'moz:accessibilityChecks': false } } });
  }, 180_000);

  afterAll(async () => {
    marionette?.close();
    await runner?.exit();
    await closeServer?.();
  });

  it('opens the sidebar on the toolbar click and shows the report for seed 001', async () => {
    const m = marionette!;
    const url = `${baseUrl}/news/ceasefire.html`;
    await m.send('WebDriver:Navigate', { url });
    const pageWindow = await m.send<{ value: string }>('WebDriver:GetWindowHandle');
    const before = await m.send<{ value: string }>('WebDriver:GetPageSource');
    await m.send('Marionette:SetContext', { value: 'chrome' });
    // The extension's button starts in the extensions menu; pin it to the toolbar as a reader would.
    const uuid = await poll(
      () =>
        m.execute<string | null>(
          `const policy = WebExtensionPolicy.getByID(arguments[0]);
           if (!policy) return null;
           if (!CustomizableUI.getPlacementOfWidget(arguments[1]) || CustomizableUI.getPlacementOfWidget(arguments[1]).area !== CustomizableUI.AREA_NAVBAR)
             CustomizableUI.addWidgetToArea(arguments[1], CustomizableUI.AREA_NAVBAR);
           return document.getElementById(arguments[1]) ? policy.mozExtensionHostname : null;`,
          [ADDON_ID, WIDGET_ID],
        ),
      'the extension to be installed',
    );
    const button = await m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: `#${BUTTON_ID}` });
    await m.send('WebDriver:ElementClick', { id: Object.values(button.value)[0] });

    const sidebar = await poll(
      () =>
        m.execute<string | null>(
          `const sc = window.SidebarController;
           if (!sc || !sc.isOpen) return null;
           const inner = sc.browser.contentDocument && sc.browser.contentDocument.getElementById('webext-panels-browser');
           const spec = inner && inner.currentURI ? inner.currentURI.spec : '';
           return spec.startsWith('moz-extension:') ? spec : null;`,
        ),
      'the sidebar to open',
    );
    expect(sidebar).toBe(`moz-extension://${uuid}/panel/panel.html`);

    // The sidebar's document, read from an extension page in another window (same extension, same
    // process); a tab in this window would become the active tab, which the sidebar follows.
    await m.send('Marionette:SetContext', { value: 'content' });
    await m.send('WebDriver:NewWindow', { type: 'window' }).then((w) => m.send('WebDriver:SwitchToWindow', { handle: (w as { handle: string }).handle }));
    await m.send('WebDriver:Navigate', { url: `moz-extension://${uuid}/options/options.html` });
    const related = await poll(
      () =>
        m.execute<{ title: string; items: [string, string][] } | null>(
          `const api = (window.wrappedJSObject || window).browser;
           const [view] = api.extension.getViews({ type: 'sidebar' });
           if (!view) return null;
           const list = view.document.querySelector('[data-testid=related-list]');
           if (!list) return null;
           return {
             title: view.document.querySelector('[data-testid=current-title]').textContent,
             items: [...view.document.querySelectorAll('.related-item')].map((n) => [n.getAttribute('data-article-id').slice(0, 3), n.getAttribute('data-relation')]),
           };`,
        ),
      "the sidebar's report",
      30_000,
    );
    expect(related.title).toBe('Afghanistan and Pakistan declare cease-fire after weeks of border clashes');
    // The extraction left the page as it was.
    await m.send('WebDriver:SwitchToWindow', { handle: pageWindow.value });
    expect((await m.send<{ value: string }>('WebDriver:GetPageSource')).value).toBe(before.value);
    expect(Object.fromEntries(related.items)).toEqual({ '000': 'same-event', '002': 'same-event', '004': 'same-event', '003': 'follow-up' });
  }, 180_000);
});
