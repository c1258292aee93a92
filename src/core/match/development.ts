import type { Article } from '../types.js';
import { sentenceSpans } from '../text/sentences.js';
import { namesIn } from '../english/names.js';

/**
 * How an article speaks of a name: in sentences about what is still to come
 * ("talks are scheduled in Istanbul next week"), in sentences that look back
 * ("the ceasefire first agreed in Doha earlier this year"), or otherwise.
 */
export interface MentionTense {
  future: number;
  past: number;
  other: number;
}

/** What the development detector needs of an article, computable ahead of time. */
export interface DevelopmentFeatures {
  /** Names the headline and opening put forward: where and with whom the reported event happens. */
  anchors: string[];
  /** For every name in the article, how its mentions are framed in time. */
  mentions: Record<string, MentionTense>;
}

const LEAD_WORDS = 80;

const FUTURE = new RegExp(
  [
    // "is to blame" places nothing in time.
    String.raw`\b(?:is|are|was|were)\s+(?:scheduled|slated|set|expected|due|planned|to(?!\s+blame\b))\b`,
    String.raw`\bscheduled\s+(?:for|to|in|on)\b`,
    String.raw`\bslated\s+to\b`,
    String.raw`\bnext\s+(?:week|month|year|round|meeting|session)\b`,
    String.raw`\blater\s+this\s+(?:week|month|year)\b`,
    String.raw`\bthis\s+coming\b`,
    String.raw`\bupcoming\b`,
    String.raw`\b(?:will|shall)\s+(?:meet|hold|resume|reconvene|take\s+place|convene|gather|return)\b`,
    String.raw`\bto\s+meet\s+again\b`,
  ].join('|'),
  'i',
);

const SAME_DAY_WORDS = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;

const LOOKING_BACK = new RegExp(
  [
    String.raw`\bearlier\s+(?:this|last)\s+(?:week|month|year)\b`,
    String.raw`\blast\s+(?:week|month|year)\b`,
    String.raw`\b(?:days|weeks|months|years)\s+(?:ago|earlier)\b`,
    String.raw`\bfirst\s+(?:established|agreed|reached|announced|brokered|struck|signed|declared)\b`,
    String.raw`\b(?:previous|prior|earlier|initial)\s+(?:round|talks|agreement|deal|meeting|truce|ceasefire|accord)\b`,
    // "a previously unknown flaw" describes, it does not look back.
    String.raw`\bpreviously\b(?!\s+un[a-z])`,
  ].join('|'),
  'i',
);

export function developmentFeatures(article: Article): DevelopmentFeatures {
  const mentions: Record<string, MentionTense> = Object.create(null);
  const anchors = new Set<string>();
  let wordsSeen = 0;
  for (const paragraph of article.paragraphs) {
    if (wordsSeen >= LEAD_WORDS) break;
    for (const { name } of namesIn(paragraph)) anchors.add(name);
    wordsSeen += paragraph.split(' ').length;
  }
  for (const paragraph of article.paragraphs) {
    for (const { text } of sentenceSpans(paragraph)) {
      // What is still to come later the same day ("expected to be arraigned today") is this news cycle, not a later development.
      const futureAt = SAME_DAY_WORDS.test(text) ? [] : markerOffsets(text, FUTURE_ALL);
      const pastAt = markerOffsets(text, LOOKING_BACK_ALL);
      const seen = new Set<string>();
      for (const { name, start } of namesIn(text)) {
        if (seen.has(name)) continue;
        seen.add(name);
        const tense = (mentions[name] ??= { future: 0, past: 0, other: 0 });
        if (isNear(start, pastAt)) tense.past++;
        else if (isNear(start, futureAt)) tense.future++;
        else tense.other++;
      }
    }
  }
  // Title-case headlines capitalise every word; a headline word is a name only if the body treats it as one.
  for (const { name } of namesIn(article.title)) if (mentions[name]) anchors.add(name);
  // A name the article mentions only as still to come, or only looking back, is not what it reports.
  const reported = [...anchors].filter((name) => !speaksOfAsComing(mentions[name]) && !looksBackAt(mentions[name]));
  return { anchors: reported.sort(), mentions };
}

// A time marker speaks of the names close to it ("talks scheduled in Istanbul next week"),
// not of every name in a long sentence.
const MARKER_REACH = 40;

// Every match in a sentence is wanted: the markers made global once, not once per sentence.
const FUTURE_ALL = new RegExp(FUTURE.source, `${FUTURE.flags}g`);
const LOOKING_BACK_ALL = new RegExp(LOOKING_BACK.source, `${LOOKING_BACK.flags}g`);

/** Where a global marker matches in a text, as matchAll finds them (a marker never matches nothing). */
function markerOffsets(text: string, marker: RegExp): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  marker.lastIndex = 0;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    if (match[0].length === 0) marker.lastIndex++;
  }
  return found;
}

function isNear(offset: number, markers: readonly { start: number; end: number }[]): boolean {
  return markers.some((m) => offset >= m.start - MARKER_REACH && offset <= m.end + MARKER_REACH);
}

export type DevelopmentOrder = 'same' | 'candidate-later' | 'candidate-earlier';

/**
 * What the order of two developments reads of one article: whether it anchors a name (puts it
 * forward in its headline and opening), how often it mentions one, and the names it speaks of only
 * as still to come (`coming`) or only looks back at, the only names that can place the other
 * article. An article's features give it (`developmentSide`), and so do a pack's columns without
 * making its names (`corpusDevelopment`).
 */
export interface DevelopmentSide {
  isAnchor(name: string): boolean;
  mentionCount(name: string): number;
  readonly placing: readonly { name: string; coming: boolean }[];
}

/**
 * Whether two articles on one story report the same development or different
 * ones. News tells the order itself: coverage of an earlier development speaks
 * of the next one as still to come ("further talks scheduled in Istanbul next
 * week"), and coverage of a later one looks back at the earlier one ("the
 * ceasefire first established during the Doha talks earlier this year"). Names
 * that both leads share (the parties of the story) say nothing about order.
 * The one rule, whichever way each side is read.
 */
export function developmentOrder(page: DevelopmentSide, candidate: DevelopmentSide): DevelopmentOrder {
  let later = false;
  let earlier = false;
  // A name places an article's event only if the article comes back to it (twice or more): one passing
  // mention in a lead ("checked into a clinic in California") is not what it reports.
  // A page anchor the candidate does not anchor: the candidate speaking of it as coming is earlier, looking back at it later.
  for (const { name, coming } of candidate.placing) {
    if (!page.isAnchor(name) || page.mentionCount(name) < 2 || candidate.isAnchor(name)) continue;
    if (coming) earlier = true;
    else later = true;
  }
  // A candidate anchor the page does not anchor: the page speaking of it as coming makes the candidate later, looking back at it earlier.
  for (const { name, coming } of page.placing) {
    if (!candidate.isAnchor(name) || page.isAnchor(name) || candidate.mentionCount(name) < 2) continue;
    if (coming) later = true;
    else earlier = true;
  }
  if (later && !earlier) return 'candidate-later';
  if (earlier && !later) return 'candidate-earlier';
  return 'same';
}

/** `developmentOrder` of two articles' features. */
export function compareDevelopments(page: DevelopmentFeatures, candidate: DevelopmentFeatures): DevelopmentOrder {
  return developmentOrder(developmentSide(page), developmentSide(candidate));
}

function mentionCount(tense: MentionTense | undefined): number {
  return tense ? tense.future + tense.past + tense.other : 0;
}

function speaksOfAsComing(tense: MentionTense | undefined): boolean {
  return tense !== undefined && onlyComing(tense.future, tense.past, tense.other);
}

function onlyComing(future: number, past: number, other: number): boolean {
  return future > 0 && past === 0 && other === 0;
}

// Like a name spoken of as still to come, a name looked back at is only that if the article never
// speaks of it otherwise: one that is also reported on ("arrested on suspicion of DUI", and earlier
// that year "a DUI arrest") is part of what the article reports. Was: otherwise in no more sentences
// than looking back; same-event F1 ECB+ 0.866 -> 0.870, NewsWCL50 0.957 -> 0.972, the mix 0.712 ->
// 0.722, the seeds unchanged (relation table; tune halves 0.868 -> 0.872, 0.945 -> 0.955).
function looksBackAt(tense: MentionTense | undefined): boolean {
  return tense !== undefined && onlyBack(tense.future, tense.past, tense.other);
}

function onlyBack(future: number, past: number, other: number): boolean {
  return past > 0 && future === 0 && other === 0;
}

/**
 * Corpus articles' anchors and mentions as name numbers, as a pack's match index holds them: what
 * `corpusDevelopment` reads instead of each article's anchors and mention map, whose names would be
 * made as texts (about 30 per article listed; making them and the map was a sixth of a query's time).
 */
export interface DevelopmentColumns {
  /** The names the numbers stand for. */
  names: {
    at(index: number): string | undefined;
    compareAt?(index: number, text: string): number;
  };
  /** Article i's anchors are `anchors[anchorStarts[i] .. anchorStarts[i + 1])`. */
  anchorStarts: Uint32Array;
  anchors: ArrayLike<number>;
  /** Visits article i's mentions in order: each one's name number and its three counts. */
  eachMention(i: number, visit: (name: number, future: number, past: number, other: number) => void): void;
}

/** An article's features as `developmentOrder` reads them (for the page, worked out once per page). */
export function developmentSide(features: DevelopmentFeatures): DevelopmentSide {
  const { mentions } = features;
  const anchors = new Set(features.anchors);
  const placing: { name: string; coming: boolean }[] = [];
  for (const name in mentions) {
    const tense = mentions[name];
    if (speaksOfAsComing(tense)) placing.push({ name, coming: true });
    else if (looksBackAt(tense)) placing.push({ name, coming: false });
  }
  return { isAnchor: (name) => anchors.has(name), mentionCount: (name) => mentionCount(mentions[name]), placing };
}

/**
 * Corpus article i as `developmentOrder` reads it, from the columns: without making its anchors or
 * mention map. Only the mentions it speaks of only as coming or only looks back at are made as
 * texts; a name is otherwise compared as a number's text where it is (`compareAt`, no text made).
 * A name written twice in the vocabulary is one name, as in the map (its last mention counts).
 */
export function corpusDevelopment(columns: DevelopmentColumns, i: number): DevelopmentSide {
  const { names, anchorStarts, anchors } = columns;
  const same = (n: number, text: string) => (names.compareAt ? names.compareAt(n, text) === 0 : names.at(n) === text);
  // The article's mentions that place a name, each the last mention of its name (as the map keeps it).
  const placing: { name: string; coming: boolean }[] = [];
  columns.eachMention(i, (n, future, past, other) => {
    for (let p = placing.length - 1; p >= 0; p--) if (same(n, placing[p]!.name)) placing.splice(p, 1);
    if (onlyComing(future, past, other)) placing.push({ name: names.at(n)!, coming: true });
    else if (onlyBack(future, past, other)) placing.push({ name: names.at(n)!, coming: false });
  });
  return {
    placing,
    isAnchor(name) {
      for (let k = anchorStarts[i]!; k < anchorStarts[i + 1]!; k++) if (same(anchors[k]!, name)) return true;
      return false;
    },
    // As the map's entry for the name counts: its last mention.
    mentionCount(name) {
      let count = 0;
      columns.eachMention(i, (n, future, past, other) => {
        if (same(n, name)) count = future + past + other;
      });
      return count;
    },
  };
}
