// The order of two developments read from a pack's columns (development.ts corpusDevelopment) must be
// exactly compareDevelopments of the page and the corpus article's anchors and mention map: the
// relation decision reads it so for a pack read from its match index. Both go through one rule
// (developmentOrder), which must give what the rule gave when it was written over the maps alone
// (formerRule below, kept as the reference).
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '../../../src/core/article.js';
import { matchFeatures } from '../../../src/core/match/matchable.js';
import { compareDevelopments, corpusDevelopment, developmentOrder, developmentSide, type DevelopmentColumns, type DevelopmentOrder, type DevelopmentFeatures, type MentionTense } from '../../../src/core/match/development.js';
import { indexLine, matchOnlyPack, readIndex, type IndexEntry } from '../../../src/core/corpus/pack-file.js';
import { Shapes } from '../../../src/core/corpus/compact.js';
import { revivedIndex, splitPack } from '../../../src/core/corpus/stored.js';
import { indexPack } from '../../../src/core/match/related.js';
import { ecbRecords } from '../../helpers.js';

// ECB+ articles: two events of a kind per topic, coverage that speaks of the other event as coming or past.
const records = ecbRecords().slice(0, 240);
const articles = records.map((r) => articleFromPlainText(`${r.title}\n\n${r.text}`));
const features = articles.map((article) => matchFeatures(article));
const entries = records.map((r, i) => ({ id: r.id, title: r.title, paragraphs: articles[i]!.paragraphs, features: features[i] }) as unknown as IndexEntry);
const documentFrequency: Record<string, number> = Object.create(null);
for (const f of features) for (const term in f.terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
const line = indexLine(entries, documentFrequency, entries.map(() => []), new Shapes());
const header = { name: 'ecb', articleCount: entries.length, version: 5 };
const bytes = new Uint8Array(Buffer.from(line, 'utf8'));
const decode = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8');

/** compareDevelopments as it was written before the rule was shared with the columns (stop 23's tree), the reference. */
function formerRule(page: DevelopmentFeatures, candidate: DevelopmentFeatures): DevelopmentOrder {
  const count = (t: MentionTense | undefined) => (t ? t.future + t.past + t.other : 0);
  const coming = (t: MentionTense | undefined) => t !== undefined && t.future > 0 && t.past === 0 && t.other === 0;
  const back = (t: MentionTense | undefined) => t !== undefined && t.past > 0 && t.future === 0 && t.other === 0;
  const pageAnchors = new Set(page.anchors);
  const candidateAnchors = new Set(candidate.anchors);
  const onlyCandidate = candidate.anchors.filter((name) => !pageAnchors.has(name) && count(candidate.mentions[name]) >= 2);
  const onlyPage = page.anchors.filter((name) => !candidateAnchors.has(name) && count(page.mentions[name]) >= 2);
  const later = onlyCandidate.some((name) => coming(page.mentions[name])) || onlyPage.some((name) => back(candidate.mentions[name]));
  const earlier = onlyPage.some((name) => coming(candidate.mentions[name])) || onlyCandidate.some((name) => back(page.mentions[name]));
  return later && !earlier ? 'candidate-later' : earlier && !later ? 'candidate-earlier' : 'same';
}

describe('the order of two developments', () => {
  it('is what the rule gave over the maps alone, for every pair of 240 ECB+ articles', () => {
    const placed: Record<string, number> = {};
    for (const page of features) {
      for (const candidate of features) {
        const expected = formerRule(page, candidate);
        expect(compareDevelopments(page, candidate)).toBe(expected);
        placed[expected] = (placed[expected] ?? 0) + 1;
      }
    }
    expect(placed['candidate-later']).toBeGreaterThan(20);
    expect(placed['candidate-earlier']).toBeGreaterThan(20);
  });
});

describe('the order of two developments read from the columns', () => {
  it.each([
    ['its bytes (names compared without being made)', () => matchOnlyPack(header, readIndex(bytes, header, decode))],
    ['its text', () => matchOnlyPack(header, readIndex(line, header))],
    ['the extension’s store', () => revivedIndex(splitPack(matchOnlyPack(header, readIndex(line, header)), 'ecb', 'digest', []).index)],
  ])('is compareDevelopments of each page and corpus article, for an index read from %s', (_, read) => {
    const pack = read();
    // As the relation pass reads them: from the match index made of the pack.
    const columns = indexPack(pack).columns?.development!;
    expect(columns).toBeDefined();
    const placed: Record<string, number> = {};
    for (const page of features) {
      const view = developmentSide(page);
      pack.articles.forEach((article, i) => {
        const expected = compareDevelopments(page, article.features);
        expect(developmentOrder(view, corpusDevelopment(columns, i))).toBe(expected);
        placed[expected] = (placed[expected] ?? 0) + 1;
      });
    }
    // Not a comparison of 'same' alone: pages placed before and after corpus articles, both ways.
    expect(placed['candidate-later']).toBeGreaterThan(20);
    expect(placed['candidate-earlier']).toBeGreaterThan(20);
  });

  it('reads a name written twice in the vocabulary as one name, its last mention counting (as the map keeps it)', () => {
    const mention = (future: number, past: number, other: number): MentionTense => ({ future, past, other });
    // The article: anchors Doha and Istanbul; mentions Istanbul (number 0) as coming, then again (number 3) otherwise.
    const names = ['Istanbul', 'Doha', 'Ankara', 'Istanbul'];
    const mentions: [number, MentionTense][] = [
      [0, mention(2, 0, 0)],
      [1, mention(0, 0, 3)],
      [2, mention(0, 1, 0)],
      [3, mention(0, 0, 1)],
    ];
    const columns: DevelopmentColumns = {
      names: { at: (n) => names[n] },
      anchorStarts: Uint32Array.of(0, 2),
      anchors: [1, 2],
      eachMention: (_, visit) => mentions.forEach(([n, t]) => visit(n, t.future, t.past, t.other)),
    };
    const map: Record<string, MentionTense> = Object.create(null);
    for (const [n, t] of mentions) map[names[n]!] = t;
    const candidate: DevelopmentFeatures = { anchors: ['Doha', 'Ankara'], mentions: map };
    const pages: DevelopmentFeatures[] = [
      // Istanbul anchors the page: the article's last mention of it is not spoken of as coming.
      { anchors: ['Istanbul'], mentions: { Istanbul: mention(0, 0, 2) } },
      // The page speaks of Ankara as coming: the article, which anchors it and looks back at it once, mentions it once.
      { anchors: ['Istanbul'], mentions: { Istanbul: mention(0, 0, 2), Ankara: mention(1, 0, 0) } },
      // The page looks back at Doha, which the article anchors and mentions three times: the article is later.
      { anchors: ['Istanbul'], mentions: { Istanbul: mention(0, 0, 2), Doha: mention(0, 2, 0) } },
    ];
    const orders = pages.map((page) => developmentOrder(developmentSide(page), corpusDevelopment(columns, 0)));
    expect(orders).toEqual(pages.map((page) => compareDevelopments(page, candidate)));
    expect(orders).toEqual(['same', 'same', 'candidate-earlier']);
  });
});
