// The CLI as the README tells a user to run it, `npx crosscheck`, after the build that `npm test`
// (and `npm run build`, `npm start`) just ran: build.mjs deletes dist/ and must set the bit again.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

describe('the built CLI', () => {
  it('is executable, so the bin npm links to it runs', () => {
    const mode = statSync(join(ROOT, 'dist/cli/crosscheck.mjs')).mode;
    expect(mode & 0o111).toBe(0o111);
  });

  it('runs through npx crosscheck in the repository', () => {
    const run = spawnSync('npx', ['--no-install', 'crosscheck', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Permission denied/);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^crosscheck \d+\.\d+\.\d+\n$/);
  });
});
