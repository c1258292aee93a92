// The options page as a reader uses it: import a pack built with the CLI's own code,
// use it, survive a browser restart, refuse a broken file without touching the pack in use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articlePage, launch, openPanelFor, pressAndSettle, type Harness } from './harness.js';
import { ecbRecords } from '../helpers.js';
import { buildPack } from '../../src/core/corpus/pack.js';
import { articleFromPlainText } from '../../src/core/article.js';

// Two ECB+ events of one topic: the page reports one, the pack holds both, so the match must pick the right event.
const records = ecbRecords().filter((r) => r.topic === 2);
const events = [...new Set(records.map((r) => r.event))].sort();
const [pageRecord, ...rest] = records.filter((r) => r.event === events[0]);
const packRecords = [...rest, ...records.filter((r) => r.event === events[1])];
const pack = buildPack(
  'ECB+ topic 2',
  packRecords.map((r) => ({ id: r.id, article: { ...articleFromPlainText(r.text), title: r.title } })),
);
const packJson = JSON.stringify(pack);

describe('the options page in Chromium', () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-options-profile-'));
  let harness: Harness | undefined;
  const routes = { '/news/story.html': articlePage(pageRecord!.title, pageRecord!.text.split('\n')) };

  afterAll(async () => {
    await harness?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('imports a pack, uses it for the next analysis, keeps it across a restart, and refuses a broken file', async () => {
    harness = await launch(routes, { profile });
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options/options.html`);
    await options.getByTestId('pack-file').setInputFiles({ name: 'topic2.json', mimeType: 'application/json', buffer: Buffer.from(packJson) });
    await expect.poll(() => options.getByTestId('options-message').textContent(), { timeout: 10_000 }).toMatch(/Imported “ECB\+ topic 2”/);
    expect(await options.locator('.pack').count()).toBe(2);

    const page = await harness.context.newPage();
    await page.goto(`${harness.baseUrl}/news/story.html`);
    const { tabId, state } = await pressAndSettle(harness, page);
    expect(state.status, JSON.stringify(state)).toBe('ready');
    const report = state.report as { corpus: { name: string }; related: { id: string }[] };
    expect(report.corpus.name).toBe('ECB+ topic 2');
    const sameEvent = new Set(rest.map((r) => r.id));
    expect(report.related.length).toBeGreaterThan(0);
    expect(report.related.filter((r) => sameEvent.has(r.id)).length / report.related.length).toBeGreaterThanOrEqual(0.8);
    const panel = await openPanelFor(harness, tabId);
    await panel.getByTestId('related-list').waitFor();
    await panel.close();
    await harness.close();

    harness = await launch(routes, { profile });
    const again = await harness.context.newPage();
    await again.goto(`chrome-extension://${harness.extensionId}/options/options.html`);
    await expect.poll(() => again.locator('.pack').count(), { timeout: 10_000 }).toBe(2);
    const imported = again.locator('.pack').nth(1);
    expect(await imported.locator('input[type=radio]').isChecked()).toBe(true);

    for (const [name, body, reason] of [
      ['broken.json', '{"format": "crosscheck-corpus", "version": 1, "articles": [', /not valid JSON/],
      ['future.json', JSON.stringify({ ...pack, version: 99 }), /version 99 is not supported/],
      ['polluted.json', packJson.replace('"documentFrequency":{', '"documentFrequency":{"__proto__":{"polluted":1},'), /documentFrequency\.__proto__: the count must be a non-negative number/],
    ] as const) {
      await again.getByTestId('pack-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect.poll(() => again.getByTestId('options-message').textContent(), { timeout: 10_000 }).toMatch(reason);
      expect(await again.getByTestId('options-message').textContent()).toContain(`“${name}” was not imported`);
      expect(await again.getByTestId('options-message').textContent()).toContain('The corpus in use has not changed');
      expect(await again.locator('.pack').count()).toBe(2);
      expect(await again.locator('.pack').nth(1).locator('input[type=radio]').isChecked()).toBe(true);
    }
    await again.screenshot({ path: join(process.cwd(), 'test-results', 'options.png'), fullPage: true });

    await again.locator('.pack').nth(1).getByRole('button', { name: /Remove/ }).click();
    await expect.poll(() => again.locator('.pack').count(), { timeout: 10_000 }).toBe(1);
    expect(await again.locator('.pack').first().locator('input[type=radio]').isChecked()).toBe(true);
  }, 300_000);
});
