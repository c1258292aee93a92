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

  it('reads a date written in figures only when its order cannot be mistaken (ECB+ openings)', () => {
    // 23_1ecbplus, 26_3ecbplus, 45_8ecbplus, 6_1ecbplus: day first, month first, and time stamps.
    expect(day(fromText(['Last updated 13: 26 14 / 09 / 2013', 'A 36-year-old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook.']))).toEqual(['2013-09-14', '2013-09-14']);
    expect(day(fromText(["He was known as the 'Oddfather' for faking mental illness to beat raps", 'updated 12 / 19 / 2005 2: 48: 40 PM ET']))).toEqual(['2005-12-19', '2005-12-19']);
    expect(day(fromText(['Released 2013-09-28 05: 08: 35 GMT', 'A jury in eastern Oklahoma has convicted a 27-year-old man']))).toEqual(['2013-09-28', '2013-09-28']);
    expect(day(fromText(['published: 2012-04-04 11: 47: 35', 'During the promotional period for The Hunger Games']))).toEqual(['2012-04-04', '2012-04-04']);
    expect(day(fromText(['8: 00 AM PDT 4 / 4 / 2012', "Despite the movie's box-office records"]))).toEqual(['2012-04-04', '2012-04-04']);
    // 31_4ecbplus: 3 August or March 8 (it was March 8): no date rather than a wrong one.
    expect(fromText(['Release: 03 / 08 / 2013', 'Doug McDermott became the leading scorer in Creighton history'])).toBeUndefined();
    // A season or a score is no date.
    expect(fromText(['The 2012-13 season ended 65/53 in 2013.'])).toBeUndefined();
  });

  it('takes the day from the dateline when the address gives only the year and month', () => {
    // 1_16ecbplus: the address says May 2013, the opening May 2.
    const url = 'http://www.thehollywoodgossip.com/2013/05/lindsay-lohan-checks-into-rehab-in-newport-beach';
    const paragraphs = ['May 2, 2013 1: 35 pm.', 'Lindsay Lohan has checked into rehab in Newport Beach, Calif.'];
    expect(day(articleDate({ url, paragraphs }))).toEqual(['2013-05-02', '2013-05-02']);
    // 43_13ecbplus: the address says February 2012, the opening (a comment's date) March 1: the address stands.
    const feb = articleDate({ url: 'http://arstechnica.com/business/2012/02/amd-acquires-seamicro-looks-to-quicken-growth', paragraphs: ["AMD's $334 million deal with SeaMicro is a strong move", 'Mar 1 2012, 2: 35am CET'] });
    expect(day(feb)).toEqual(['2012-02-01', '2012-02-29']);
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
