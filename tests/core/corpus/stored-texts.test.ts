// Stored texts (stored-texts.ts): a stored match index's vocabulary and names as UTF-8 bytes,
// read back by place. Every text must come back exactly as it went in, whatever its characters.
import { describe, expect, it } from 'vitest';
import { StoredTextList, storedTexts } from '../../../src/core/corpus/stored-texts.js';
import { wclRecords } from '../../helpers.js';

/** Every word of NewsWCL50's texts once, sorted as a vocabulary is (code-unit order): curly quotes, accents and dashes among them. */
function realWords(): string[] {
  const words = new Set<string>();
  for (const record of wclRecords()) for (const word of `${record.title} ${record.text}`.split(/\s+/u)) if (word) words.add(word);
  return [...words].sort();
}

const readBack = (list: StoredTextList): string[] => Array.from({ length: list.length }, (_, i) => list.at(i)!);

describe('stored texts', () => {
  it('gives back every word of a real corpus exactly, read in any order, with fewer bytes than its code units', () => {
    const words = realWords();
    expect(words.some((w) => /[^\x00-\x7f]/u.test(w))).toBe(true);
    const stored = storedTexts(words);
    const list = new StoredTextList(stored);
    expect(list.length).toBe(words.length);
    // Backwards first: a text read out of order is read from its own place.
    for (let i = words.length - 1; i >= 0; i -= 97) expect(list.at(i)).toBe(words[i]);
    expect(readBack(list)).toEqual(words);
    expect(stored.bytes.length).toBeLessThan(words.reduce((sum, w) => sum + 2 * w.length, 0));
  });

  it('keeps characters of every width, astral ones, lone surrogates and empty texts', () => {
    const texts = ['', 'Zürich', 'São Paulo', '—', 'Москва', '北京', 'emoji 😀 here', '\ud800', 'a\udc00b', '\udbff\udfff', 'x'.repeat(10_000), 'é'.repeat(5_000), ''];
    const list = new StoredTextList(storedTexts(texts));
    expect(readBack(list)).toEqual(texts);
    expect(list.at(texts.length)).toBeUndefined();
    expect(list.at(-1)).toBeUndefined();
  });

  it('compares a text and tells its prefixes from its bytes as the text itself does, whatever its characters', () => {
    const texts = [...realWords().filter((_, i) => i % 7 === 0), '', 'Zürich', 'Zurich', 'Zu', 'São', 'Sa', 'a\udc00b', 'a\udc00', '\ud800', '\uffff', '😀', 'é'];
    const list = new StoredTextList(storedTexts(texts));
    const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    // Each text against its neighbours, itself, its prefixes and itself lengthened: every way two texts can differ.
    const probes = (text: string) => [text, text.slice(0, -1), text.slice(0, 1), `${text}a`, `${text}é`, `${text}\u0000`];
    let compared = 0;
    texts.forEach((text, i) => {
      for (const other of [...probes(text), texts[i - 1] ?? '', texts[i + 1] ?? '', texts[(i * 31) % texts.length]!]) {
        expect(Math.sign(list.compareAt(i, other)), `${text} / ${other}`).toBe(order(text, other));
        expect(list.startsWithAt(i, other), `${text} starts with ${other}`).toBe(text.startsWith(other));
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(10_000);
  });

  it('survives a structured clone as typed arrays alone', () => {
    const words = realWords().slice(0, 2000);
    const cloned = structuredClone(storedTexts(words));
    expect(ArrayBuffer.isView(cloned.bytes) && ArrayBuffer.isView(cloned.lengths)).toBe(true);
    expect(readBack(new StoredTextList(cloned))).toEqual(words);
  });
});
