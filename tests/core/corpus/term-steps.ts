// The term steps of a match index in both of their forms (README, "Corpus pack format"): as 16-bit
// words (`termSteps16`, written since stop 27) and as a number text (`termSteps`, before), for
// tests that edit them or read a pack as an earlier build wrote it.
import { numberText, Uint16Base64, uint16sOfBase64 } from '../../../src/core/corpus/number-text.js';

/** The numbers of a word column, escapes read. */
export function stepsOfWords(column: string): number[] {
  const words = uint16sOfBase64(column, 'termSteps16');
  const steps: number[] = [];
  for (let w = 0; w < words.length; w++) steps.push(words[w] === 0xffff ? words[++w]! + words[++w]! * 65536 : words[w]!);
  return steps;
}

/** Numbers as a word column. */
export function wordText(steps: readonly number[]): string {
  const out = new Uint16Base64();
  for (const step of steps) out.push(step);
  return out.text();
}

/** A parsed match index made, in place, as a build before stop 27 wrote it: the term steps as a number text, in the same place among the keys. */
export function asNumberSteps(index: Record<string, unknown>): void {
  const keys = Object.keys(index);
  const rebuilt = Object.fromEntries(keys.map((key) => (key === 'termSteps16' ? ['termSteps', numberText(stepsOfWords(index[key] as string))] : [key, index[key]])));
  for (const key of keys) delete index[key];
  Object.assign(index, rebuilt);
}
