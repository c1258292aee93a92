import { describe, expect, it } from 'vitest';
import { articleDate, daysApart, formatDay, fromAddress, fromText } from '../../../src/core/match/dates.js';
import { wclRecords } from '../../helpers.js';

const day = (date: ReturnType<typeof fromAddress>) => date && [formatDay(date.first), formatDay(date.last)];

describe('article dates', () => {
  it('reads the day from addresses as news sites write them', () => {
    expect(day(fromAddress('http://nypost.com/2013/05/02/lindsay-lohan-is-mia'))).toEqual(['2013-05-02', '2013-05-02']);
    expect(day(fromAddress('http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504'))).toEqual(['2013-05-03', '2013-05-03']);
    expect(day(fromAddress('http://boston.redsox.mlb.com/news/article.jsp?ymd=20081216&content_id=3718580'))).toEqual(['2008-12-16', '2008-12-16']);
    expect(day(fromAddress('http://articles.washingtonpost.com/2008-12-23/sports/36830848_1_contract'))).toEqual(['2008-12-23', '2008-12-23']);
    // Year and month only: the whole month.
    expect(day(fromAddress('http://www.thehollywoodgossip.com/2013/05/lindsay-lohan-checks-into-rehab/'))).toEqual(['2013-05-01', '2013-05-31']);
    expect(fromAddress('http://en.trend.az/regions/casia/turkmenistan/2194453.html')).toBeUndefined();
    // No such day: only the month is taken.
    expect(day(fromAddress('http://example.com/2013/02/30/no-such-day'))).toEqual(['2013-02-01', '2013-02-28']);
    expect(fromAddress('not a url')).toBeUndefined();
  });

  it('reads a dateline at the head of the text, not a date further in', () => {
    expect(day(fromText(['WEST PALM BEACH, Fla., April 17, 2018 — President Trump said…']))).toEqual(['2018-04-17', '2018-04-17']);
    expect(day(fromText(['Posted 3 May 2013. The actress checked in.']))).toEqual(['2013-05-03', '2013-05-03']);
    expect(fromText(['The actress checked in on Tuesday.', 'x'.repeat(500) + ' May 3, 2013'])).toBeUndefined();
  });

  it('prefers the given date, then the address, then the text; and measures gaps between spans', () => {
    const paragraphs = ['LONDON, May 3, 2013 - text'];
    expect(articleDate({ publishedAt: '2013-05-09T10:00:00Z', url: 'http://x.com/2013/05/04/a', paragraphs })?.from).toBe('published');
    expect(articleDate({ url: 'http://x.com/2013/05/04/a', paragraphs })?.from).toBe('address');
    expect(articleDate({ paragraphs })?.from).toBe('text');
    const may3 = articleDate({ paragraphs })!;
    const may = fromAddress('http://x.com/2013/05/a/')!;
    expect(daysApart(may3, may)).toMatchObject({ least: 0, most: 28 });
    expect(daysApart(may3, articleDate({ publishedAt: '2013-05-14', paragraphs: [] }))).toMatchObject({ least: 11, most: 11, signed: 11 });
    expect(daysApart(may3, undefined)).toBeUndefined();
  });

  it('dates most NewsWCL50 articles from their given date or address', () => {
    const records = wclRecords();
    const dated = records.filter((r) => articleDate({ publishedAt: r.publishedAt ?? undefined, url: r.url ?? undefined, paragraphs: r.text.split('\n') }));
    expect(records.filter((r) => r.publishedAt).length).toBe(37);
    // Breitbart's dated addresses add what the given dates miss; HuffPost's addresses carry no date.
    expect(dated.length).toBe(37);
  });
});
