// `npm run screenshots`: retakes the committed docs/panel-*.png from the built extension on seed
// 001, the same pictures tests/e2e/panel.test.ts takes into dist/screenshots. Run it on purpose
// when the panel changes, then look at every picture before committing them.
import { join } from 'node:path';
import { fixture, launch, openPanelFor, pressAndSettle } from '../tests/e2e/harness.js';
import { NARROW, photographNeedsClick, photographReader, photographSections } from '../tests/e2e/photograph.js';
import { ROOT, seedId } from '../tests/helpers.js';

const dir = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(ROOT, 'docs');
const harness = await launch({
  '/news/ceasefire.html': fixture('seed-pages', seedId('001'), 'page.html'),
  '/news/talks.html': fixture('seed-pages', seedId('004'), 'page.html'),
});
try {
  const page = await harness.context.newPage();
  await page.goto(`${harness.baseUrl}/news/ceasefire.html`);
  const panel = await openPanelFor(harness, (await pressAndSettle(harness, page)).tabId, NARROW);
  await panel.getByTestId('related-list').waitFor();
  const written = await photographSections(panel, dir);
  written.push(await photographReader(panel, dir));
  // A tab never clicked: the newest one.
  const idlePage = await harness.context.newPage();
  await idlePage.goto(`${harness.baseUrl}/news/talks.html`);
  const idleTab = (await harness.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)))) as number;
  written.push(await photographNeedsClick(await openPanelFor(harness, idleTab, NARROW), dir));
  console.log(`${written.length} screenshots at ${NARROW} px:\n${written.map((f) => `  ${f}`).join('\n')}\nLook at each before committing.`);
} finally {
  await harness.close();
}
