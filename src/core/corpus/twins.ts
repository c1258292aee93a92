// Finding an article whose text is another's, saved again, without comparing all pairs:
// locality-sensitive bands over the min-hash fingerprint. Two texts at or above the same-text
// resemblance (0.8) share at least one band of 4 of the 64 hashes with probability 0.9998;
// only articles sharing a band are compared.
import { resemblance } from '../match/fingerprint.js';
import { SAME_TEXT_RESEMBLANCE } from '../match/related.js';

const BAND = 4;

export class TwinFinder<T> {
  private readonly bands = new Map<string, number[]>();
  private readonly prints: (readonly number[])[] = [];
  private readonly items: T[] = [];

  /** The item already added whose text is this fingerprint's, if any. */
  twinOf(print: readonly number[]): T | undefined {
    for (const key of bandKeys(print))
      for (const other of this.bands.get(key) ?? []) if (resemblance(print, this.prints[other]!) >= SAME_TEXT_RESEMBLANCE) return this.items[other];
    return undefined;
  }

  add(print: readonly number[], item: T): void {
    const at = this.items.push(item) - 1;
    this.prints.push(print);
    for (const key of bandKeys(print)) {
      const list = this.bands.get(key);
      if (list) list.push(at);
      else this.bands.set(key, [at]);
    }
  }
}

function bandKeys(print: readonly number[]): string[] {
  const keys: string[] = [];
  for (let start = 0; start + BAND <= print.length; start += BAND) {
    const band = print.slice(start, start + BAND);
    // An empty slot (a text too short to fill every hash) says nothing about sameness.
    if (band.includes(0xffffffff)) continue;
    keys.push(`${start}:${band.join(',')}`);
  }
  return keys;
}
