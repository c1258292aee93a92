// How the particulars two articles both state of an event (its date and weekday read from the text, the names and
// figures of their leads, a figure with the word it counts) agree or conflict, split by what the product decides of
// each listed pair and whether it is the page's own event (each page left out of its corpus, tune half only):
//   node scripts/run.mjs scripts/eval/argument-splits.ts [corpus name ...]   (default: every corpus)
// Stop 27 (docs/evaluation.md) read these splits; a veto or an override is worth building only where a class of wrong
// decisions is much richer in conflicts (or agreements) than the right decisions it would touch. Stop 28 added a second
// table: the leads' events read as roles (english/roles.ts), whose patient conflict the decision now reads itself
// (relation.ts `otherPatient`), so its rows are what is left after it.
import { halfOf, packOf, evaluationCorpora } from './relations.js';
import { relatedFromScores, relatedness } from '../../src/core/match/related.js';
import { figureTerms } from '../../src/core/match/features.js';
import { namesIn } from '../../src/core/english/names.js';
import { sentenceSpans } from '../../src/core/text/sentences.js';
import { termsOf } from '../../src/core/text/tokens.js';
import { actOf, leadRoles, otherPatient, type EventRoles, type RoleFiller } from '../../src/core/english/roles.js';
import { sameNameWord } from '../../src/core/english/names.js';
import { leadParticulars } from './lead-particulars.js';

type Reading = 'agree' | 'conflict' | 'none';
/** Agree when the two sets share an item, conflict when both hold items and share none. */
function compare(a: ReadonlySet<string>, b: ReadonlySet<string>): Reading {
  if (a.size === 0 || b.size === 0) return 'none';
  for (const x of a) if (b.has(x)) return 'agree';
  return 'conflict';
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH_DAY = new RegExp(`\\b(${MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTHS})\\b`, 'g');
// A figure and the word after it ("23 pirates", "5.6-magnitude"), years and figures under 10 left out.
const COUNTED = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[\s-]{1,2}(\p{L}[\p{L}'’-]*)/gu;

function weekdaysIn(text: string): Set<string> {
  return new Set(WEEKDAYS.filter((day) => new RegExp(`\\b${day}\\b`).test(text)));
}
function monthDaysIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(MONTH_DAY)) found.add(`${m[1]!.slice(0, 3)} ${+m[2]!}`);
  for (const m of text.matchAll(DAY_MONTH)) found.add(`${m[2]!.slice(0, 3)} ${+m[1]!}`);
  return found;
}
function countedIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(COUNTED)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    if (/^(19|20)\d\d$/.test(m[1]!) || (Number.isInteger(value) && !m[1]!.includes('.') && value < 10)) continue;
    const word = termsOf(m[2]!.toLowerCase())[0];
    if (word) found.add(`${value} ${word}`);
  }
  return found;
}
/** Two fillers of one role: agree when they name the same head (or one's head is among the other's names), conflict when both name a head and neither is the other's. */
function compareFillers(a: RoleFiller | undefined, b: RoleFiller | undefined): Reading {
  if (!a?.head || !b?.head) return 'none';
  const within = (head: string, filler: RoleFiller) => filler.names.some((n) => sameNameWord(n, head));
  return sameNameWord(a.head, b.head) || within(a.head, b) || within(b.head, a) ? 'agree' : 'conflict';
}
/** The two leads' events compared role by role (only where both leads state the same predicate, but for the predicate itself and the toll). */
function compareRoles(a: EventRoles | undefined, b: EventRoles | undefined): [string, Reading][] {
  if (!a || !b) return [];
  const samePredicate = a.predicate === b.predicate;
  const heads = (r: EventRoles) => new Set([r.agent?.head, r.patient?.head].filter((h): h is string => h !== undefined));
  const tollReading = (x?: number, y?: number): Reading => (x === undefined || y === undefined ? 'none' : x === y ? 'agree' : 'conflict');
  const [pa, pb] = [leadParticulars(a), leadParticulars(b)];
  const toll = [tollReading(pa.killed, pb.killed), tollReading(pa.injured, pb.injured)];
  return [
    ['predicate', samePredicate ? 'agree' : 'conflict'],
    ['agent', samePredicate ? compareFillers(a.agent, b.agent) : 'none'],
    // Conflicting as the relation decision reads it (english/roles.ts `otherPatient`).
    ['patient', samePredicate ? (otherPatient(actOf(a), actOf(b)) ? 'conflict' : compareFillers(a.patient, b.patient)) : 'none'],
    ['role heads', compare(heads(a), heads(b))],
    ['place', samePredicate ? compare(new Set(pa.places), new Set(pb.places)) : 'none'],
    ['toll', toll.includes('conflict') ? 'conflict' : toll.includes('agree') ? 'agree' : 'none'],
  ];
}

/** The first two sentences of eight words or more: an article's lead, past any dateline. */
function leadOf(paragraphs: readonly string[]): string[] {
  const lead: string[] = [];
  for (const paragraph of paragraphs) for (const { text } of sentenceSpans(paragraph)) if (lead.length < 2 && text.split(/\s+/).length >= 8) lead.push(text);
  return lead;
}

const wanted = process.argv.slice(2);
for (const { name, corpus } of evaluationCorpora()) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const index = packOf(name, corpus);
  const articles = index.pack.articles;
  const half = halfOf(corpus);
  const position = new Map(corpus.map((r, i) => [r.id, i]));
  const read = articles.map((a) => {
    const text = [a.title, ...a.paragraphs].join('\n');
    const lead = leadOf(a.paragraphs);
    return {
      terms: a.features.terms,
      weekdays: weekdaysIn(text),
      monthDays: monthDaysIn(text),
      counted: countedIn(text),
      leadNames: new Set(lead.slice(0, 1).flatMap((s) => namesIn(s).map((n) => n.name))),
      leadFigures: new Set(lead.flatMap((s) => figureTerms(s))),
      roles: leadRoles(a.paragraphs),
    };
  });
  // Lead figures conflict when each lead states figures and neither's is anywhere in the other article.
  const leadFigures = (a: (typeof read)[number], b: (typeof read)[number]): Reading => {
    if (a.leadFigures.size === 0 || b.leadFigures.size === 0) return 'none';
    const crosses = [...a.leadFigures].some((t) => b.terms[t] !== undefined) || [...b.leadFigures].some((t) => a.terms[t] !== undefined);
    return crosses ? 'agree' : 'conflict';
  };
  const table = new Map<string, Map<string, number>>();
  const add = (row: string, column: string) => {
    const counts = table.get(row) ?? new Map<string, number>();
    counts.set(column, (counts.get(column) ?? 0) + 1);
    table.set(row, counts);
  };
  articles.forEach((article, i) => {
    if (half(corpus[i]!.event) !== 0) return;
    for (const item of relatedFromScores(article, article.features, index, relatedness(article.features, index, i), i)) {
      const j = position.get(item.id)!;
      const sibling = corpus[j]!.event === corpus[i]!.event;
      const undated = /unknown|neither date known/.test(item.reason);
      const row = `${sibling ? 'sibling' : 'other event'}, ${item.relation === 'same-event' ? 'SAME EVENT' : item.relation}${undated ? ', a date unknown' : ''}`;
      const [a, b] = [read[i]!, read[j]!];
      add(row, 'pairs');
      const readings: [string, Reading][] = [
        ['weekday', compare(a.weekdays, b.weekdays)],
        ['month-day', compare(a.monthDays, b.monthDays)],
        ['lead names', compare(a.leadNames, b.leadNames)],
        ['lead figures', leadFigures(a, b)],
        ['counted figure', compare(a.counted, b.counted)],
      ];
      readings.push(...compareRoles(a.roles, b.roles));
      for (const [what, reading] of readings) if (reading !== 'none') add(row, `${what} ${reading}`);
    }
  });
  const columns = ['weekday', 'month-day', 'lead names', 'lead figures', 'counted figure'];
  console.log(`${name}, tune half: pairs, then agree / conflict for ${columns.join(', ')}`);
  for (const [row, counts] of [...table].sort()) {
    const cells = columns.map((c) => `${counts.get(`${c} agree`) ?? 0}/${counts.get(`${c} conflict`) ?? 0}`.padStart(11));
    console.log(`  ${row.padEnd(40)}${String(counts.get('pairs')).padStart(6)}${cells.join('')}`);
  }
  const roleColumns = ['predicate', 'agent', 'patient', 'role heads', 'place', 'toll'];
  console.log(`${name}, tune half: the leads' events as roles (english/roles.ts), agree / conflict for ${roleColumns.join(', ')} (agent, patient, place: same predicate only)`);
  for (const [row, counts] of [...table].sort()) {
    const cells = roleColumns.map((c) => `${counts.get(`${c} agree`) ?? 0}/${counts.get(`${c} conflict`) ?? 0}`.padStart(11));
    console.log(`  ${row.padEnd(40)}${String(counts.get('pairs')).padStart(6)}${cells.join('')}`);
  }
}
