import { describe, expect, it } from 'vitest';
import { articleFromPlainText, readsAsHeadline } from '../../src/core/article.js';
import { readDateline } from '../../src/core/english/datelines.js';

describe('articleFromPlainText', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const article = articleFromPlainText('Storm hits coast\n\nA storm hit the coast on Monday.\nThousands lost power.');
    expect(article.title).toBe('Storm hits coast');
    expect(article.paragraphs).toEqual(['A storm hit the coast on Monday.', 'Thousands lost power.']);
  });

  it('keeps a question headline as the headline', () => {
    expect(readsAsHeadline('Will the truce hold amid mutual distrust?')).toBe(true);
  });

  it('uses the first sentence as the title when the first line is body text', () => {
    const article = articleFromPlainText('The council voted to close the bridge. Repairs start in May.\nTraffic will be diverted.');
    expect(article.title).toBe('The council voted to close the bridge.');
    expect(article.paragraphs).toHaveLength(2);
  });

  it('shortens a long derived title at a word boundary', () => {
    const long = `${'word '.repeat(60)}end.`;
    const article = articleFromPlainText(`${long}\nSecond paragraph.`);
    expect(article.title.length).toBeLessThanOrEqual(121);
    expect(article.title.endsWith('…')).toBe(true);
  });

  it('drops a one-word section label under the headline', () => {
    const article = articleFromPlainText('Markets fall\n\nBusiness\n\nShares fell sharply. Investors worried.\nMore text here.');
    expect(article.paragraphs[0]).toBe('Shares fell sharply. Investors worried.');
  });

  it('reads the outlet from a dateline that names it, not from a place dateline', () => {
    expect(readDateline('Alwaght- After a bloody week, talks began.')?.source).toBe('Alwaght');
    expect(readDateline('KABUL (Reuters) — Talks resumed on Sunday.')?.source).toBe('Reuters');
    expect(readDateline('ISTANBUL — Talks resumed on Sunday.')?.source).toBeUndefined();
    expect(readDateline('After a bloody week, talks began.')).toBeUndefined();
  });
});
