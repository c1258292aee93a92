// The extractor is injected into every page the reader presses on: its script holds what
// extraction needs (Readability and the core's whitespace folding), not the analyses or the
// matcher's bundled background frequencies, which the page would parse and evaluate at each press.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const built = (target: string, file: string) => readFileSync(join(ROOT, 'dist', target, file), 'utf8');

describe('the injected extractor', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`${target}: bundles Readability, and neither the matcher's background frequencies nor an analysis`, () => {
      const extractor = built(target, 'content/extract.js');
      const background = built(target, 'background/background.js');
      expect(extractor).toContain('Readability');
      // Both are in the background's bundle, which analyses; the extractor only reads the page.
      for (const marker of ['function backgroundDigest(', 'function collectQuotes(']) {
        expect(background).toContain(marker);
        expect(extractor).not.toContain(marker);
      }
    });
  }
});
