// `npm start`: serves the seed article pages on 127.0.0.1, opens Chromium with the built
// extension on seed 001 and presses the toolbar button. With a display the browser stays
// open for you to use; without one it runs headless, prints the related-coverage list and
// saves a screenshot of the panel.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, launch, openPanelFor, pressAndSettle, CHROMIUM } from '../tests/e2e/harness.js';
import { formatOverview } from '../src/cli/format-report.js';
import type { TabState } from '../src/messages.js';
import { ROOT } from '../tests/helpers.js';

const pages = readdirSync(join(ROOT, 'tests/fixtures/seed-pages'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const routes = Object.fromEntries(pages.map((id) => [`/${id}.html`, fixture('seed-pages', id, 'page.html')]));
const first = pages.find((id) => id.startsWith('001_')) ?? pages[0]!;
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;

let harness;
try {
  harness = await launch(routes, { headless: !headed });
} catch (error) {
  console.error(`Could not start Chromium at ${CHROMIUM}: ${(error as Error).message.split('\n')[0]}`);
  console.error('Install it with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
  process.exit(1);
}
const page = await harness.context.newPage();
const url = `${harness.baseUrl}/${first}.html`;
await page.goto(url);
const { tabId, state } = await pressAndSettle(harness, page);
const tabState = state as unknown as TabState;
if (tabState.status !== 'ready') {
  console.error(`The panel shows "${tabState.status}" for ${url}`);
  await harness.close();
  process.exit(1);
}
console.log(`Seed pages served at ${harness.baseUrl}/ (${pages.length} articles)\n`);
console.log(formatOverview(tabState.report));
console.log(`The whole report in the terminal: npx crosscheck compare tests/fixtures/seed-pages/${first}/page.html\n`);
if (headed) {
  console.log('Chromium is open with Crosscheck and its side panel. Click the toolbar button on any page; Ctrl-C to quit.');
  process.on('SIGINT', () => void harness.close().then(() => process.exit(0)));
} else {
  const panel = await openPanelFor(harness, tabId);
  await panel.getByTestId('related-list').waitFor();
  const dir = join(ROOT, 'dist/screenshots');
  mkdirSync(dir, { recursive: true });
  const shot = join(dir, 'panel.png');
  await panel.screenshot({ path: shot, fullPage: true });
  console.log(`No display: ran headless. Screenshot of the panel: ${shot}`);
  await harness.close();
}
