// The hostile pages (tests/fixtures/hostile/README.md) in headless Chromium with the built
// extension: for each, the toolbar press, what the panel is told to show, and the time the
// page's own main thread spent from the press to the settled state (Chromium's TaskDuration
// for the page's renderer: injecting the extractor, Readability on a clone of the document,
// handing the article back). Needs a build (dist/chrome) and Chromium (CHROMIUM_PATH).
import { launch } from '../../tests/e2e/harness.js';
import { HOSTILE_CASES, hostileRoutes, outcomeOf, runHostileCase } from '../../tests/e2e/hostile-cases.js';

/** Prints one line per hostile page and the worst page-thread time. */
export async function benchHostile(): Promise<void> {
  const harness = await launch(hostileRoutes());
  const rows: { name: string; words: number; ms: number; outcome: string; unchanged: boolean; errors: number }[] = [];
  try {
    for (const hostile of HOSTILE_CASES) {
      const run = await runHostileCase(harness, hostile);
      rows.push({
        name: hostile.name,
        words: run.words,
        ms: run.pageThreadMs,
        outcome: outcomeOf(run.state),
        unchanged: run.domUnchanged,
        errors: run.errors.length,
      });
      await run.page.close();
    }
  } finally {
    await harness.close();
  }
  console.log('\nHostile pages in Chromium: page-thread time from the toolbar press to the panel state');
  console.log(`${'page'.padEnd(22)} ${'words'.padStart(8)} ${'page-thread ms'.padStart(15)}  ${'outcome'.padEnd(12)} DOM unchanged  errors`);
  for (const row of rows)
    console.log(
      `${row.name.padEnd(22)} ${String(row.words).padStart(8)} ${row.ms.toFixed(1).padStart(15)}  ${row.outcome.padEnd(12)} ${(row.unchanged ? 'yes' : 'NO').padEnd(14)} ${row.errors}`,
    );
  const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`worst page-thread time: ${worst.ms.toFixed(1)} ms (${worst.name}, ${worst.words} words)`);
}

// Run directly: node scripts/run.mjs scripts/bench/hostile.ts
if (process.argv[1]?.endsWith('hostile.ts')) await benchHostile();
