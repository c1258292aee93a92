// Drives the built extension in Debian's Chromium, as a reader would: a page served on
// 127.0.0.1, a click on the toolbar button, the side panel's report.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT } from '../helpers.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = join(ROOT, 'dist/chrome');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
  netLogPath: string;
  close(): Promise<void>;
}

/** Serves `routes` (path -> HTML) on 127.0.0.1 only. */
export async function serve(routes: Record<string, string>): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const body = routes[(request.url ?? '/').split('?')[0]!];
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Starts Chromium with the built extension and serves `routes`. A `profile` given by the
 * caller outlives the browser, so that a test can restart the browser on it.
 */
export async function launch(
  routes: Record<string, string>,
  options: { headless?: boolean; profile?: string; args?: string[]; server?: { server: Server; baseUrl: string } } = {},
): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/chrome is missing: run "npm run build"');
  const { server, baseUrl } = options.server ?? (await serve(routes));
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  // Outside the profile, so that it can be read after the browser has closed and the profile is gone.
  const netLogPath = join(mkdtempSync(join(tmpdir(), 'crosscheck-netlog-')), 'netlog.json');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // Lets the test press the toolbar button through the DevTools protocol (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      // Every request the browser makes, from pages, the extension and the browser itself.
      `--log-net-log=${netLogPath}`,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    baseUrl,
    netLogPath,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
      if (process.env.KEEP_NETLOG) console.log('netlog', netLogPath);
    },
  };
}

/** Presses the extension's toolbar button on the tab showing `page`, as a user's click does. */
export async function clickToolbarButton(harness: Harness, page: Page): Promise<void> {
  // A reader clicks the button of the tab in front of them; the grant follows that tab.
  await page.bringToFront();
  await page.waitForFunction(() => document.visibilityState === 'visible');
  await triggerToolbarAction(harness, page);
}

/** The toolbar press itself, through the DevTools protocol, on the tab showing `page` (which must be in front). */
export async function triggerToolbarAction(harness: Harness, page: Page): Promise<void> {
  const browser = harness.context.browser();
  if (!browser) throw new Error('no browser connection');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab shows ${page.url()}`);
    await session.send('Extensions.triggerAction' as never, { id: harness.extensionId, targetId: tab.targetId } as never);
  } finally {
    await session.detach();
  }
}

/** The tab state the background stored for the tab whose URL is `url`, once it has settled. */
export async function settledState(harness: Harness, url: string, timeoutMs = 20_000): Promise<{ tabId: number; state: Record<string, unknown> }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await harness.worker.evaluate(async (pageUrl) => {
      const items = (await chrome.storage.session.get(null)) as Record<string, { status: string; url?: string }>;
      for (const [key, state] of Object.entries(items)) {
        if (state.url === pageUrl && !['extracting', 'analysing'].includes(state.status))
          return { tabId: Number(key.slice(4)), state };
      }
      return undefined;
    }, url)) as { tabId: number; state: Record<string, unknown> } | undefined;
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no report for ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The side panel pages Chromium has open for the extension. */
export async function openSidePanels(harness: Harness): Promise<string[]> {
  const session = await harness.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { url: string }[] };
    return targetInfos.map((t) => t.url).filter((url) => url.startsWith(`chrome-extension://${harness.extensionId}/panel/`));
  } finally {
    await session.detach();
  }
}

/** The panel's view of a tab, opened as a page so that it can be inspected and photographed. */
export async function openPanelFor(harness: Harness, tabId: number, width = 400): Promise<Page> {
  const panel = await harness.context.newPage();
  await panel.setViewportSize({ width, height: 760 });
  await panel.goto(`chrome-extension://${harness.extensionId}/panel/panel.html?tab=${tabId}`);
  return panel;
}

export interface LoggedRequest {
  url: string;
  /** The origin that asked for it; "not an origin" for the browser's own requests and typed navigations. */
  initiator: string;
}

/** Every request in Chromium's network log (readable once the browser has closed). */
export function loggedRequests(netLogPath: string): LoggedRequest[] {
  let text = readFileSync(netLogPath, 'utf8').trim();
  // A log cut short by the browser's exit lacks its closing brackets.
  if (!text.endsWith('}')) text = `${text.replace(/,\s*$/, '')}]}`;
  const log = JSON.parse(text) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const startJob = log.constants.logEventTypes['URL_REQUEST_START_JOB'];
  const requests = new Map<string, LoggedRequest>();
  for (const event of log.events) {
    if (event.type !== startJob || !event.params?.url) continue;
    const request = { url: event.params.url, initiator: event.params.initiator ?? 'not an origin' };
    requests.set(`${request.initiator} ${request.url}`, request);
  }
  return [...requests.values()];
}

// Chromium's own background services (sign-in, updates, autofill hints), which run whatever
// extension is loaded. Requests to them are accepted only when the browser itself made them.
const BROWSER_SERVICES = /^https?:\/\/(?:[a-z0-9-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)\//;

/** Requests that left 127.0.0.1 and that a page or the extension made (the browser's own excepted). */
export function requestsLeavingLoopback(requests: readonly LoggedRequest[]): LoggedRequest[] {
  return requests.filter(
    (request) => !isLocal(request.url) && !(request.initiator === 'not an origin' && BROWSER_SERVICES.test(request.url)),
  );
}

export function isLocal(url: string): boolean {
  return /^(?:https?|wss?):\/\/127\.0\.0\.1(?::\d+)?\//.test(url) || /^(?:chrome-extension|chrome|about|data|blob):/.test(url);
}

export function fixture(...parts: string[]): string {
  return readFileSync(join(ROOT, 'tests/fixtures', ...parts), 'utf8');
}

/** A plain article page around real text, with nothing on it that would load from elsewhere. */
export function articlePage(title: string, paragraphs: readonly string[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article>
<footer><p>Local test page</p></footer></body></html>`;
}

/**
 * Presses the toolbar button on `page` and waits for the panel's state. Chromium's
 * Extensions.triggerAction now and then (1 press in 60 with the side panel, 6 in 80 without,
 * in a stress run here) runs the action before the press's activeTab grant reaches the tab, and the
 * extension is refused the page; once in a while a press is lost altogether. A reader's real
 * click does not go through that path, so the harness presses again in those two cases, up to
 * MAX_PRESSES in all, and says so each time.
 */
export async function pressAndSettle(harness: Harness, page: Page): Promise<{ tabId: number; state: Record<string, unknown> }> {
  return pressUntilSettled(harness, page.url(), () => clickToolbarButton(harness, page));
}

/** Presses in all before a refused or lost press counts as a failure: at 6 refusals in 80, four in a row are about 1 in 30,000. */
const MAX_PRESSES = 4;

/** Waits for the panel state after `press`, pressing again when the press was refused the page or lost. */
export async function pressUntilSettled(
  harness: Harness,
  url: string,
  press: () => Promise<void>,
): Promise<{ tabId: number; state: Record<string, unknown> }> {
  for (let attempt = 1; ; attempt++) {
    await press();
    const last = attempt === MAX_PRESSES;
    let settled: { tabId: number; state: Record<string, unknown> };
    try {
      settled = await settledState(harness, url, last ? 60_000 : 30_000);
    } catch (error) {
      if (last) throw error;
      console.warn(`no panel state 30 s after toolbar press ${attempt} on ${url}; pressing again`);
      continue;
    }
    const refused = settled.state.status === 'unreadable' && /Cannot access contents/.test(String(settled.state.detail));
    if (!refused || last) return settled;
    console.warn(`toolbar press ${attempt} on ${url} was refused the page (${String(settled.state.detail)}); pressing again`);
    await harness.worker.evaluate((key) => chrome.storage.session.remove(key), `tab:${settled.tabId}`);
  }
}

/**
 * The panel as the side panel runs it, following the active tab of the window that holds `tabId`,
 * opened in a window of its own so that it stays open while the test switches tabs.
 */
export async function openFollowingPanel(harness: Harness, tabId: number, width = 400): Promise<Page> {
  const windowId = (await harness.worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId)) as number;
  return openPanelWindow(harness, `window=${windowId}`, width);
}

/** The state the background stored for a tab, or undefined. */
export async function stateOf(harness: Harness, tabId: number): Promise<Record<string, unknown> | undefined> {
  return (await harness.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${tabId}`)) as
    | Record<string, unknown>
    | undefined;
}

/** Runs axe-core (a dev dependency) on a page and returns its serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page, exclude: string[] = []): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the DevTools protocol: extension pages forbid inline scripts, so addScriptTag is refused.
    await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  }
  const results = (await page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run({ exclude: exclude.map((s) => [s]) }, { resultTypes: ['violations'] });
  }, exclude)) as { passes: unknown[]; violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  if (results.passes.length === 0) throw new Error('axe-core checked nothing on this page');
  if (process.env.AXE_LOG) console.log(page.url(), `${results.passes.length} rules passed;`, results.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ') || 'no violations');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The panel page with the given query (`tab=ID` or `window=ID`), in a window of its own so that it renders while the reader's tab is in front. */
export async function openPanelWindow(harness: Harness, query: string, width = 400): Promise<Page> {
  const url = `chrome-extension://${harness.extensionId}/panel/panel.html?${query}`;
  const opened = harness.context.waitForEvent('page', { predicate: (p) => p.url() === url });
  await harness.worker.evaluate(
    async ({ url, width }) => void (await chrome.windows.create({ url, type: 'popup', width, height: 760, focused: false })),
    { url, width },
  );
  const panel = await opened;
  await panel.waitForLoadState();
  return panel;
}
