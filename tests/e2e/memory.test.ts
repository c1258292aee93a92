// The reading memory in Chromium: off by default (an analysed page is not remembered); once the
// reader turns it on, a page read from one outlet is found as related coverage when another
// outlet's report of the same event is read, with no pack at all, and says it came from the
// memory; the options page lists it and forgets it on request.
import { afterAll, describe, expect, it } from 'vitest';
import { launch, pressAndSettle, type Harness } from './harness.js';
import { ecbRecords } from '../helpers.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const outletPage = (outlet: string, title: string, text: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><meta property="og:site_name" content="${escape(outlet)}"></head>
<body><article><h1>${escape(title)}</h1>${text.split('\n').filter(Boolean).map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></body></html>`;

// Two outlets' reports of one ECB+ event (the two longest), and a third of another event read before the memory is on.
const topic = ecbRecords().filter((r) => r.topic === 8);
const events = [...new Set(topic.map((r) => r.event))].sort();
const [first, second] = topic.filter((r) => r.event === events[0]).sort((a, b) => b.text.length - a.text.length);
const unrelated = topic.filter((r) => r.event === events[1]).sort((a, b) => b.text.length - a.text.length)[0]!;

type Related = { id: string; corpus?: string; source?: string; title: string };

describe('the reading memory in Chromium', () => {
  let harness: Harness | undefined;
  afterAll(async () => {
    await harness?.close();
  });

  it('is off by default, then remembers one outlet’s article and finds it when another outlet’s is read', async () => {
    harness = await launch({
      '/a/story.html': outletPage('Outlet A', first!.title, first!.text),
      '/b/story.html': outletPage('Outlet B', second!.title, second!.text),
      '/c/other.html': outletPage('Outlet C', unrelated.title, unrelated.text),
    });
    const h = harness;
    const analyse = async (path: string): Promise<{ corpus: { name: string }; related: Related[] }> => {
      const page = await h.context.newPage();
      await page.goto(`${h.baseUrl}${path}`);
      const { state } = await pressAndSettle(h, page);
      await page.close();
      expect(state.status, JSON.stringify(state)).toBe('ready');
      return state.report as { corpus: { name: string }; related: Related[] };
    };

    // Off by default: nothing is remembered.
    await analyse('/c/other.html');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options/options.html`);
    const toggle = options.getByTestId('memory-enabled');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    expect(await options.getByTestId('memory-list').count()).toBe(0);

    await toggle.check();
    await expect.poll(() => h.worker.evaluate(async () => (await chrome.storage.local.get('memory.enabled'))['memory.enabled'])).toBe(true);
    const before = await analyse('/a/story.html');
    expect(before.related.filter((r) => r.corpus === 'Reading memory')).toEqual([]);
    await expect.poll(() => options.getByTestId('memory-list').locator('li').count(), { timeout: 10_000 }).toBe(1);
    expect(await options.getByTestId('memory-list').textContent()).toContain('Outlet A');

    const after = await analyse('/b/story.html');
    expect(after.corpus.name).toMatch(/ \+ Reading memory$/);
    const remembered = after.related.filter((r) => r.corpus === 'Reading memory');
    expect(remembered.map((r) => ({ source: r.source, title: r.title }))).toEqual([{ source: 'Outlet A', title: first!.title }]);
    await expect.poll(() => options.getByTestId('memory-list').locator('li').count(), { timeout: 10_000 }).toBe(2);

    // Forgotten on request: the next analysis finds nothing from the memory.
    await options.getByTestId('memory-clear').click();
    await expect.poll(() => options.getByTestId('memory-list').count(), { timeout: 10_000 }).toBe(0);
    await toggle.uncheck();
    const cleared = await analyse('/a/story.html');
    expect(cleared.related.filter((r) => r.corpus === 'Reading memory')).toEqual([]);
    expect(cleared.corpus.name).not.toMatch(/Reading memory/);
  }, 180_000);
});
