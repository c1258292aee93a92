// The panel photographed as the README shows it: at the narrowest side-panel width, the top of
// the report and each section, light and dark; the reader view; the "needs a click" notice.
// Tests write these to dist/screenshots (npm test leaves the repository as it was); `npm run
// screenshots` retakes the committed docs/*.png on purpose, to be looked at before committing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers.js';

/** The narrowest side panel Chrome allows. */
export const NARROW = 320;
/** Where tests put their screenshots: inside the build output, never in the repository's files. */
export const TEST_SHOTS = join(ROOT, 'dist/screenshots');
export const SECTIONS = ['related', 'numbers', 'facts', 'quotes', 'framing'] as const;

/** The top of the report and each section, light and dark: panel-summary.png, panel-related-dark.png, ... */
export async function photographSections(panel: Page, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    const suffix = scheme === 'dark' ? '-dark' : '';
    await panel.evaluate(() => window.scrollTo(0, 0));
    const summary = join(dir, `panel-summary${suffix}.png`);
    await panel.screenshot({ path: summary });
    written.push(summary);
    for (const id of SECTIONS) {
      const path = join(dir, `panel-${id}${suffix}.png`);
      await panel.locator(`section[data-section=${id}]`).screenshot({ path });
      written.push(path);
    }
  }
  await panel.emulateMedia({ colorScheme: 'light' });
  return written;
}

/** Opens every folded part of the report: sections, "show all" lists and details. */
export async function expandAll(panel: Page): Promise<void> {
  await panel.evaluate(async () => {
    for (let round = 0; round < 5; round++) {
      let clicked = 0;
      for (const button of document.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) {
        button.click();
        clicked++;
      }
      for (const details of document.querySelectorAll('details:not([open])')) {
        (details as HTMLDetailsElement).open = true;
        clicked++;
      }
      if (clicked === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

/** The reader view, opened from another outlet's figure (the report's folded parts opened first). */
export async function photographReader(panel: Page, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  await expandAll(panel);
  await panel.locator('[data-testid=number-figure]:not([data-article-id=current]) button.evidence').first().click();
  await panel.getByTestId('reader-mark').waitFor();
  await panel.emulateMedia({ colorScheme: 'light' });
  const path = join(dir, 'panel-reader.png');
  await panel.screenshot({ path });
  return path;
}

/** The notice on a tab the extension was never asked to read. */
export async function photographNeedsClick(panel: Page, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  await panel.getByTestId('notice-needs-click').waitFor();
  await panel.emulateMedia({ colorScheme: 'light' });
  const path = join(dir, 'panel-needs-click.png');
  await panel.locator('body').screenshot({ path });
  return path;
}
