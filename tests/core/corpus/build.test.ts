// The streaming pack builder writes the pack buildPack makes in memory, record by record.
import { describe, expect, it } from 'vitest';
import { buildPack, type CorpusInput } from '../../../src/core/corpus/pack.js';
import { parsePackJson } from '../../../src/core/corpus/load.js';
import { PackBuilder } from '../../../src/core/corpus/build.js';
import { articleFromPlainText } from '../../../src/core/article.js';
import { ecbRecords, seedInputs } from '../../helpers.js';

function streamed(name: string, inputs: readonly CorpusInput[]): { text: string; recordsBeforeIndex: number } {
  const records: string[] = [];
  const builder = new PackBuilder(name, (line) => records.push(line));
  for (const input of inputs) builder.add(input);
  const recordsBeforeIndex = records.length;
  const { header, index } = builder.finish();
  return { text: [header, index, ...records].join('\n') + '\n', recordsBeforeIndex };
}

const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;

describe('PackBuilder', () => {
  it('hands on each record as the article is analysed, and the pack it writes is the one buildPack makes', () => {
    const inputs = [...seedInputs(), ...seedInputs().slice(0, 2)];
    const { text, recordsBeforeIndex } = streamed('Seeds', inputs);
    expect(recordsBeforeIndex).toBe(inputs.length);
    expect(canonical(parsePackJson(text))).toEqual(canonical(buildPack('Seeds', inputs)));
  });

  it('finds the same nearest neighbours as the all-pairs search, on 120 ECB+ articles', () => {
    const inputs = ecbRecords().slice(0, 120).map((r) => ({ id: r.id, article: articleFromPlainText(`${r.title}\n\n${r.text}`) }));
    const fromBuilder = parsePackJson(streamed('ECB+', inputs).text);
    expect(fromBuilder.neighbours).toEqual(buildPack('ECB+', inputs).neighbours);
    expect(fromBuilder.neighbours.filter((list) => list.length === 10).length).toBeGreaterThan(60);
  }, 120_000);
});
