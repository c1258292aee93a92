import { describe, expect, it } from 'vitest';
import { collectQuotes } from '../../../src/core/quotes/collect.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { corpusArticle } from '../../helpers.js';

// A title alone ("the president") resolved to the person the article names by that title and a surname ("President
// Trump"), in articles that never write his given name (docs/evaluation-quotes.md, stop 28). Fails on main 698ef61.
const article = corpusArticle;

function speakerOf(a: { paragraphs: string[] }, opening: string) {
  const sentences = articleSentences(a);
  const at = sentences.findIndex((s) => s.text.includes(opening));
  if (at < 0) throw new Error(opening);
  const q = collectQuotes(a).quotes.find((x) => x.sentence === at);
  return q?.speaker ?? (q?.role ? `role:${q.role}` : undefined);
}

describe('a title alone and the person the article names by it', () => {
  it('is the one surname the text has given that title ("President Trump" ... "the president said")', () => {
    // NYT 8_L: "The president also said collusion was a “phony” crime."
    expect(speakerOf(article('wcl:8_L'), 'The president also said collusion was a')).toBe('Trump');
    // NYT 2_L: Trump's tweet, "... the president said in a Twitter message."
    expect(speakerOf(article('wcl:2_L'), 'North Korea has agreed to suspend all Nuclear Tests')).toBe('Trump');
  });

  it('stays a title when two people hold it by surname, or for a former holder', () => {
    // Sentences of NYT 2_L, the president's words after both presidents are named by surname.
    const two = {
      paragraphs: [
        'Mr. Kim is also planning to meet with President Trump soon, and President Moon has put great emphasis on ending the conflict.',
        '"This is very good news for North Korea and the World," the president said.',
      ],
    };
    expect(speakerOf(two, 'This is very good news')).toBe('role:the president');
    const former = {
      paragraphs: ['President Trump spoke to reporters on Tuesday.', '"We are going to find out," the former president said.'],
    };
    expect(speakerOf(former, 'We are going to find out')).toBe('role:the former president');
  });
});
