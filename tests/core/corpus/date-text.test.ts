// A stored index keeps, of an article's text, only the piece that states its date: it must read the
// same date as the whole article does, including where the address gives only the year and month.
import { describe, expect, it } from 'vitest';
import { dateText } from '../../../src/core/corpus/date-text.js';
import { articleDate } from '../../../src/core/match/dates.js';

describe('the piece of text that states an article\'s date', () => {
  const paragraphs = ['May 2, 2013 1: 35 pm.', 'Lindsay Lohan has checked into rehab in Newport Beach, Calif., and will remain there for the time being.'];

  it('is kept when the address gives only the year and month, and reads the same day', () => {
    const article = { url: 'http://www.thehollywoodgossip.com/2013/05/lindsay-lohan-checks-into-rehab-in-newport-beach', paragraphs };
    const piece = dateText(article);
    expect(piece).toBe('May 2, 2013');
    expect(articleDate({ url: article.url, paragraphs: [piece!] })).toEqual(articleDate(article));
  });

  it('is not kept when the address or the given date already says the day, or the text\'s day is outside the address\'s month', () => {
    expect(dateText({ url: 'http://nypost.com/2013/05/02/lindsay-lohan-is-mia', paragraphs })).toBeUndefined();
    expect(dateText({ publishedAt: '2013-05-02', paragraphs })).toBeUndefined();
    expect(dateText({ url: 'http://x.com/2013/04/lohan', paragraphs })).toBeUndefined();
  });
});
