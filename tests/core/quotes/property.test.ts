import { describe, expect, it } from 'vitest';
import { check } from './check-features.js';

describe('quote features on any text', () => {
  it('are valid, in range and serialisable for random quote-heavy text', () => {
    const alphabet = ['“', '”', '"', "'", '‘', '’', ' ', ' ', ' ', 'a', 'B', 'said', 'Jane Doe', 'he', ',', '.', '\n', 'Mr.', 'according to', 'the minister', 'x'];
    let state = 42;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state;
    };
    for (let round = 0; round < 300; round++) {
      const length = 5 + (next() % 200);
      let text = 'Title\n';
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      expect(() => check(text)).not.toThrow();
    }
  });

});
