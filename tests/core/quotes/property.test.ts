import { describe, expect, it } from 'vitest';
import { check } from './check-features.js';
import { seededRandom } from '../../helpers.js';

describe('quote features on any text', () => {
  it('are valid, in range and serialisable for random quote-heavy text', () => {
    const alphabet = ['“', '”', '"', "'", '‘', '’', ' ', ' ', ' ', 'a', 'B', 'said', 'Jane Doe', 'he', ',', '.', '\n', 'Mr.', 'according to', 'the minister', 'x'];
    const random = seededRandom(42);
    // The generator's state itself (a fraction of 2^31, so the product is exact).
    const next = () => random() * 2147483648;
    for (let round = 0; round < 300; round++) {
      const length = 5 + (next() % 200);
      let text = 'Title\n';
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      expect(() => check(text)).not.toThrow();
    }
  });

});
