import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT, type Compared } from '../../../src/core/analysis/contract.js';
import { quoteSpans } from '../../../src/core/english/quote-marks.js';
import { comparableWords } from '../../../src/core/quotes/align.js';
import { collectQuotes } from '../../../src/core/quotes/collect.js';
import { compareQuotes, UNNAMED_SPEAKER, type QuoteFeatures } from '../../../src/core/quotes/index.js';
import { articleSentences } from '../../../src/core/text/segment.js';
import { FIXTURES, seedInputs, wclRecords } from '../../helpers.js';

function compared(id: string, paragraphs: string[]): Compared<QuoteFeatures> {
  const article = { title: id, paragraphs };
  return { id, title: id, sentences: articleSentences(article).map((s) => s.text), features: collectQuotes(article) };
}

const section = (page: string[], ...others: string[][]) =>
  compareQuotes(
    compared(CURRENT, page),
    others.map((o, i) => compared(`other-${i}`, o)),
    { idfOf: () => 1 },
  );

describe('quotes grouped by their words first', () => {
  it('groups one statement whose speaker two outlets name differently (a name, a title)', () => {
    const groups = section(
      ['The harbour authority met on Sunday.', 'Elena Vasquez said: “The harbour will reopen on Monday for all ships and ferries.”'],
      ['Officials gave no date.', '“The harbour will reopen on Monday for all ships,” the former harbour commissioner said.'],
    );
    const shared = groups.filter((g) => g.renderings.length > 1);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.speaker).toBe('Elena Vasquez');
    expect(shared[0]?.verdict).toBe('truncated');
  });

  it('groups the same words when one outlet credits nobody, and takes the speaker from the other', () => {
    const groups = section(
      ['Elena Vasquez spoke after the vote.', 'Elena Vasquez said: “We will rebuild the harbour wall before the winter storms arrive.”'],
      ['The council voted on Monday.', 'The plan was clear: “We will rebuild the harbour wall before the winter storms arrive.”'],
    );
    expect(groups.map((g) => [g.speaker, g.verdict, g.renderings.length])).toEqual([['Elena Vasquez', 'verbatim', 2]]);
  });

  it('keeps a speaker’s different statements on one subject apart', () => {
    const groups = section(
      ['Elena Vasquez said: “The harbour will reopen on Monday for all ships.”'],
      ['Elena Vasquez said: “The harbour was never safe, and the council knew it for years.”'],
    );
    expect(groups.map((g) => g.verdict)).toEqual(['single-source', 'single-source']);
  });

  it('calls two renderings of one statement in different words a variant, and two cuts of one quotation truncations', () => {
    const variant = section(
      ['Elena Vasquez said: “Smuggling from the northern province will be stopped immediately.”'],
      ['Elena Vasquez said: “Cross-border smuggling from the northern province will cease immediately.”'],
    );
    expect(variant.map((g) => [g.verdict, g.renderings.length])).toEqual([['variant', 2]]);
    const cuts = section(
      ['Elena Vasquez said the talks were held at “very high levels, extremely high levels” last week.'],
      ['Elena Vasquez said the two sides had met at “very high levels” in private.'],
      ['Elena Vasquez said the talks were held at “extremely high levels” in private.'],
    );
    expect(cuts.map((g) => [g.verdict, g.renderings.length])).toEqual([['truncated', 3]]);
  });

  it('does not join a common phrase nobody is credited with to someone’s quotation', () => {
    const groups = section(
      ['“We view the decision as a step toward peace on the northern border the region has wished for,” said Ana Lind, a spokeswoman.'],
      ['The summit will focus on trade and “peace on the northern border” next week.'],
    );
    expect(groups.filter((g) => g.renderings.length > 1)).toEqual([]);
    expect(groups.every((g) => g.speaker !== UNNAMED_SPEAKER)).toBe(true);
  });
});

describe('documents as speakers', () => {
  it('credits a lawsuit’s words to the lawsuit, not to a person it names nor to a later “he”', () => {
    const quotes = collectQuotes({
      paragraphs: [
        'Roger Vance, a former adviser who is named as a defendant in the lawsuit, declined to comment.',
        '“The campaign and its agents gleefully welcomed the help,” the lawsuit states.',
        '“It is a sham,” he said.',
      ],
    }).quotes;
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      [undefined, 'the lawsuit'],
      ['Roger Vance', undefined],
    ]);
  });
});

describe('a document named at the start of a sentence', () => {
  // NewsWCL50 event 3 (the DNC lawsuit), as the outlets print it: a cut opened by "The lawsuit alleged that ..."
  // and the fuller quotation "..., the lawsuit states". The capital of "The" is the sentence's, not a name's.
  const cut = ['The lawsuit alleged that Trump\'s campaign "gleefully welcomed Russia\'s help" in the 2016 election and accuses it of being a "racketeering enterprise" that worked in tandem with Moscow.'];
  const whole = ['Rather than report Russia\'s intentions to interfere with elections, "the Trump campaign and its agents gleefully welcomed Russia\'s help," the lawsuit states.'];

  it('credits the cut to the lawsuit', () => {
    const quotes = collectQuotes({ paragraphs: cut }).quotes;
    expect(quotes[0]).toMatchObject({ text: 'gleefully welcomed Russia\'s help', role: 'the lawsuit' });
  });

  it('groups the cut with the lawsuit’s fuller quotation in another outlet', () => {
    const groups = section(cut, whole).filter((g) => g.renderings.length > 1);
    expect(groups.map((g) => [g.speaker, g.verdict, g.renderings.map((r) => r.text)])).toEqual([
      ['the lawsuit', 'truncated', ['gleefully welcomed Russia\'s help', 'the Trump campaign and its agents gleefully welcomed Russia\'s help']],
    ]);
  });
});

describe('a cut nobody is credited with, in a sentence that names the speaker', () => {
  // NewsWCL50 event 5, as two outlets print it: one credits the question through "asked:", the other puts three
  // of its words inside "David Lammy ... reacted on Twitter by asking whether ...", which no verb of saying opens.
  const whole = ['After the Trump visit was confirmed on Thursday, Labour MP David Lammy asked: "Anybody any good at making placards?"'];
  const cut = ['David Lammy, a British politician from the opposition Labour Party, reacted on Twitter by asking whether anyone he knew was "good at making placards," or signs, carried during demonstrations. "Asking for a friend," Lammy added, tongue firmly in cheek.'];

  it('joins the quotation of the person its sentence names', () => {
    const groups = section(cut, whole).filter((g) => g.renderings.length > 1);
    expect(groups.map((g) => [g.speaker, g.verdict, g.renderings.map((r) => r.text)])).toEqual([['David Lammy', 'truncated', ['good at making placards', 'Anybody any good at making placards?']]]);
  });

  it('stays apart from the same words credited to someone the sentence does not name', () => {
    const other = [whole[0]!.replace('Labour MP David Lammy', 'the campaigner Kate Allen')];
    expect(section(cut, other).filter((g) => g.renderings.length > 1)).toEqual([]);
  });
});

describe('quotes carried in tweets and posts', () => {
  const read = (paragraph: string) => collectQuotes({ paragraphs: [paragraph] }).quotes.map((q) => ({ speaker: q.speaker, channel: q.channel, text: q.text, indirect: q.indirect }));

  it('reads the speaker and the platform of a tweet or a post', () => {
    expect(read('Elena Vasquez tweeted: “We will not back down from this fight.”')).toEqual([{ speaker: 'Elena Vasquez', channel: 'on Twitter', text: 'We will not back down from this fight.', indirect: false }]);
    expect(read('“We will not back down from this fight,” Elena Vasquez tweeted.')[0]?.channel).toBe('on Twitter');
    expect(read('Elena Vasquez took to Twitter to say: “Our city stands together tonight.”')[0]).toMatchObject({ speaker: 'Elena Vasquez', channel: 'on Twitter' });
    expect(read('In a post on X, Elena Vasquez said: “The vote was a disgrace.”')[0]).toMatchObject({ speaker: 'Elena Vasquez', channel: 'on X' });
  });

  it('reads a post reported in indirect speech, and not a letter written', () => {
    expect(read('Elena Vasquez wrote in a Facebook post that the vote was a disgrace to the whole city.')).toEqual([
      { speaker: 'Elena Vasquez', channel: 'in a Facebook post', text: 'the vote was a disgrace to the whole city', indirect: true },
    ]);
    expect(read('Elena Vasquez wrote a long letter to the harbour authority on Monday.')).toEqual([]);
  });

  it('keeps a tweet whose opening quote mark the page lost', () => {
    const quotes = read('Just heard the city was sued by the council," Vasquez tweeted. "This can be good news for all of us."');
    expect(quotes.map((q) => [q.text, q.speaker, q.channel])).toEqual([
      ['Just heard the city was sued by the council', 'Vasquez', 'on Twitter'],
      ['This can be good news for all of us.', 'Vasquez', 'on Twitter'],
    ]);
  });
});

describe('the quotes evaluation labels', () => {
  // Every labelled snippet must lie in a quotation of its article, so that a change in reading
  // quote marks that would silently unjudge a label fails here.
  it('find each snippet in a quotation of the article it is labelled for', () => {
    const quotations = new Map<string, string[]>();
    for (const r of wclRecords()) quotations.set(r.id.replace(/^wcl:/, ''), r.text.split(/\n\s*\n/).flatMap((p) => quoteSpans(p).map((s) => p.slice(s.textStart, s.textEnd))));
    for (const s of seedInputs()) quotations.set(s.id.slice(0, 3), s.article.paragraphs.flatMap((p) => quoteSpans(p).map((x) => p.slice(x.textStart, x.textEnd))));
    const dir = join(FIXTURES, 'quotes/labels');
    const missing: string[] = [];
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { quotes: { id: string; renderings: Record<string, { snippets: string[] }> }[] };
      for (const quote of labels.quotes) {
        for (const [key, rendering] of Object.entries(quote.renderings)) {
          for (const snippet of rendering.snippets) {
            checked++;
            const words = comparableWords(snippet).join(' ');
            if (!(quotations.get(key) ?? []).some((q) => comparableWords(q).join(' ').includes(words))) missing.push(`${file} ${quote.id} ${key}: ${snippet}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });
});
