// A screenshot of the numbers section for seed 001, for a person to look at: node scripts/run.mjs scripts/numbers/panel-shot.tsx OUT.png
import { JSDOM } from 'jsdom';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { h, render } from 'preact';
import { CURRENT } from '../../src/core/analysis/contract.js';
import { OutletsContext } from '../../src/panel/evidence.js';
import { seedSection } from '../../tests/core/numbers/helpers.js';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
(globalThis as Record<string, unknown>).document = dom.window.document;
const { section, related } = seedSection('001');
const outlets: Record<string, { id: string; name: string; colour: number; isCurrent: boolean }> = { [CURRENT]: { id: CURRENT, name: 'This article', colour: 0, isCurrent: true } };
related.forEach((r, i) => (outlets[r.id] = { id: r.id, name: `Seed ${r.id.slice(0, 3)}`, colour: i + 1, isCurrent: false }));
const root = dom.window.document.createElement('div');
render(h(OutletsContext.Provider, { value: outlets }, h((await import('../../src/panel/sections/numbers.js')).NumbersSection, { section })), root);
for (const d of root.querySelectorAll('details').values()) if (d.textContent?.includes('at least 23')) d.setAttribute('open', '');
const css = readFileSync('src/panel/panel.css', 'utf8') + readFileSync('src/panel/sections/numbers.css', 'utf8');
const html = `<!doctype html><html><head><style>${css}</style></head><body style="width:380px;padding:8px">${root.innerHTML}</body></html>`;
writeFileSync('/tmp/numbers-panel.html', html);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
await page.goto('file:///tmp/numbers-panel.html');
await page.screenshot({ path: process.argv[2] ?? '/tmp/numbers-panel.png', fullPage: true });
await browser.close();
