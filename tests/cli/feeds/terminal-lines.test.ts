// What a feed build prints comes from feed lists, feeds and pages: every line leaves through terminalSafe,
// so that no control character (ESC or a C1 CSI starting an ANSI sequence) or bidi override reaches the terminal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feedBuildSummary, runFeedCommand } from '../../../src/cli/feeds/command.js';
import type { FeedBuildResult } from '../../../src/cli/feeds/build.js';

// Any control but the line feeds between lines, any bidi embedding, override or isolate.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-terminal-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a feed build’s terminal lines', () => {
  it('show a failed or skipped address and its reason, with what a feed or page put in them made inert', () => {
    const result: FeedBuildResult = {
      pack: undefined,
      feedsRead: 1,
      feedsNotModified: 0,
      added: [],
      kept: 0,
      dropped: 0,
      alreadyKnown: 0,
      // A C1 CSI (U+009B) passes JSON.stringify untouched; a right-to-left override reorders the rest of the line.
      failed: [{ url: 'https://example.org/a\u009b2J', reason: 'HTTP 404\u001b]0;owned\u0007' }],
      skipped: [{ url: 'https://example.org/\u202egpj.exe', reason: 'not in English\n(French)' }],
    };
    const text = feedBuildSummary(result, new Map([['example.org', 2]]), 14);
    const lines = text.trimEnd().split('\n');
    expect(lines).toEqual([
      'feeds: 1 read',
      'articles: 0 added, 1 skipped, 1 failed',
      'requests: example.org 2',
      '  failed  https://example.org/a\ufffd2J: HTTP 404\ufffd]0;owned\ufffd',
      '  skipped https://example.org/gpj.exe: not in English (French)',
    ]);
    expect(text).not.toMatch(UNSAFE);
  });

  it('name a refused line of the feed list in quotes, with what JSON leaves as it is (C1 controls, bidi overrides) made inert', async () => {
    const list = join(dir, 'feeds.txt');
    writeFileSync(list, 'ftp://example.org/feed\u202e\nnot an address \u009b31m\n');
    let log = '';
    const err = { write: (text: string) => (log += text) };
    await expect(runFeedCommand({ feedsFile: list, output: join(dir, 'out.json'), version: 'test', err })).rejects.toThrow(/no feed addresses/);
    expect(log.trimEnd().split('\n')).toEqual([
      'skipped feed "ftp://example.org/feed": not an http(s) address (ftp:)',
      'skipped feed "not an address \ufffd31m": not a web address',
    ]);
    expect(log).not.toMatch(UNSAFE);
  });
});
