// One dateline reading (english/datelines.ts) for the article's title and outlet, the fact units and the framing's
// actors and lead words. Real openings: seed 002 ("Alwaght- After a bloody week"), NewsWCL50's AFP and New York Times
// datelines ("Washington (AFP) –", "WASHINGTON —", a title "WEST PALM BEACH, Fla. — ..."), an ECB+ headline in title case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromPlainText, articleFromRecord } from '../../../src/core/article.js';
import { readDateline } from '../../../src/core/english/datelines.js';
import { factUnits } from '../../../src/core/facts/units.js';
import { framingFeatures } from '../../../src/core/framing/index.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { ecbRecords, SEED_DIR, seedId, wclRecords } from '../../helpers.js';

const seed002 = () => articleFromPlainText(readFileSync(join(SEED_DIR, `${seedId('002')}.txt`), 'utf8'));
const wclOpening = (start: string) => {
  const record = wclRecords().find((r) => r.text.startsWith(start));
  expect(record).toBeDefined();
  return record!;
};

describe('a dateline, read once', () => {
  it('reads the outlet an agency dateline names, and a place alone as no outlet', () => {
    const afp = wclOpening('Washington (AFP) –');
    expect(readDateline(afp.text)).toEqual({ length: 'Washington (AFP) – '.length, source: 'AFP' });
    // Without the record's source, the dateline gives the outlet.
    expect(articleFromRecord({ title: afp.title, text: afp.text }).siteName).toBe('AFP');
    const nyt = wclOpening('WASHINGTON — ');
    expect(readDateline(nyt.text)).toEqual({ length: 'WASHINGTON — '.length });
  });

  it('reads a name glued to its dash as the outlet (seed 002), and keeps it out of the title', () => {
    const article = seed002();
    expect(readDateline(article.paragraphs[0]!)?.source).toBe('Alwaght');
    expect(article.siteName).toBe('Alwaght');
    expect(article.title.startsWith('After a bloody week')).toBe(true);
  });

  it('gives no fact unit, actor or lead word to the outlet of seed 002’s dateline', () => {
    const article = seed002();
    const sentences = articleSentences(article).map((s) => s.text);
    expect(factUnits(sentences, article.title).flatMap((u) => u.names)).not.toContain('alwaght');
    const framing = framingFeatures(article);
    expect(framing.lead.words).not.toContain('Alwaght');
    expect(framing.lead.words).toContain('bloody');
    expect(framing.actors.mentions.map((m) => m.label)).not.toContain('Alwaght');
  });

  it('leaves a headline’s dateline out of the lead words (NewsWCL50 0_L), not a title-case headline’s words before a dash (ECB+ 43_8ecbplus)', () => {
    const nyt = wclRecords().find((r) => r.id === 'wcl:0_L')!;
    expect(nyt.title.startsWith('WEST PALM BEACH, Fla. — ')).toBe(true);
    expect(framingFeatures(articleFromRecord(nyt)).lead.words.slice(0, 2)).toEqual(['President', 'Trump']);
    const amd = ecbRecords().find((r) => r.id === '43_8ecbplus')!;
    const lead = framingFeatures(articleFromPlainText(`${amd.title}\n${amd.text}`)).lead.words;
    expect(lead.slice(0, 3)).toEqual(['AMD', 'Acquires', 'SeaMicro']);
  });

  it('reads no dateline in a compound, an aside or a sentence', () => {
    expect(readDateline('Pakistan-backed militants attacked the post.')).toBeUndefined();
    expect(readDateline('Pakistan-Afghanistan border clashes killed dozens.')).toBeUndefined();
    expect(readDateline('Trump - the president - said nothing.')).toBeUndefined();
    expect(readDateline(seed002().paragraphs[1]!)).toBeUndefined();
  });
});
