import type { RelatedArticle, Report } from './types.js';
import type { NumberGroup } from './numbers/index.js';
import type { QuoteGroup, QuoteRendering } from './quotes/index.js';
import type { Omission } from './facts/index.js';
import type { FramingSection, FramingVoice } from './framing/index.js';
import { CURRENT } from './compare/contract.js';
import { outletNames } from './outlet-names.js';
import { plural, summaryParts } from './summary.js';
import { escapeMarkdownInline, isoDay, isWebUrl, markdownLink } from './text/escape.js';
import { relationText } from './match/relation.js';

/**
 * The whole report as Markdown for a journalist's notes: the summary, then every section in the
 * panel's order (related coverage, numbers, missing facts, quotes, framing), each finding with
 * the outlets' own sentences and the outlets' names. Every text that comes from the page or the
 * pack (ids, dates, outlet names, URLs and the pack's name included) goes through the shared
 * escaping of text/escape.ts, so that it stays text on its own line; the only links are http(s).
 */
export function reportToMarkdown(report: Report): string {
  const name = namer(report);
  const out: string[] = [];
  const { article, corpus, related } = report;
  out.push(`# Crosscheck: ${inline(article.title)}`, '');
  const meta = [article.source && inline(article.source), day(article.publishedAt), `${article.wordCount} words`, webLink(article.url)].filter(Boolean);
  out.push(meta.join(' · '), '');
  out.push(`Compared with “${inline(corpus.name)}” (${plural(corpus.articleCount, 'article', 'articles')}).`, '');

  if (related.length === 0) {
    out.push('## Related coverage', '', 'No related coverage: no article in the corpus reports this story.', '');
    return finish(out);
  }

  const summary = summaryParts(report).map((part) => part.text);
  out.push(`**Summary:** ${summary.join(' · ')}`, '');

  out.push(`## Related coverage (${related.length})`, '');
  related.forEach((item, i) => out.push(`${i + 1}. **${name(item.id)}**: ${markdownLink(item.title, item.url)} (${relatedMeta(item)})`, `   Why: ${inline(item.reason)}`));
  out.push('');

  out.push(...numbers(report.numbers, name));
  out.push(...facts(report, name));
  out.push(...quotes(report.quotes, name));
  out.push(...framing(report.framing, name, report.related));
  return finish(out);
}

type Namer = (articleId: string) => string;

function namer(report: Report): Namer {
  const names = outletNames(report);
  return (id) => inline(names[id] ?? id);
}

function finish(lines: string[]): string {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

function relatedMeta(item: RelatedArticle): string {
  const date = day(item.publishedAt) || (item.dateFromText ? `${inline(item.dateFromText)} (from its text)` : 'date unknown');
  // No corpus id: a reader knows outlets by name (outletNames), not by the corpus's file names.
  return [inline(relationText(item)), `${Math.round(item.score * 100)}% alike`, date].join(', ');
}

const NUMBER_VERDICT: Record<NumberGroup['verdict'], string> = { diverges: 'Diverges', update: 'Updated later', 'different-subject': 'Different subject', consistent: 'Consistent' };

function numbers(groups: readonly NumberGroup[], name: Namer): string[] {
  const out = [`## Numbers (${groups.length})`, ''];
  if (groups.length === 0) return [...out, 'No figure is counted by two outlets.', ''];
  for (const group of groups) {
    const verdict = group.timeline && group.verdict === 'diverges' ? 'Diverges over time' : NUMBER_VERDICT[group.verdict];
    out.push(`### ${verdict}: ${inline(group.subject)}`, '');
    for (const f of group.figures) {
      const claimant = f.claimedBy ? `, according to ${inline(f.claimedBy)}` : '';
      const development = f.development ? ` (${f.development} coverage)` : '';
      out.push(`- **${name(f.articleId)}**: ${inline(f.text)}${claimant}${development}`, `  > ${inline(f.sentence)}`);
    }
    out.push('');
  }
  return out;
}

function facts(report: Report, name: Namer): string[] {
  const outlets = report.related.filter((r) => r.relation === 'same-event').length;
  const several = report.omissions.filter((o) => o.reportedBy.length > 1);
  const single = report.omissions.filter((o) => o.reportedBy.length <= 1);
  const out = ['## Missing facts', ''];
  const omission = (o: Omission): string[] => [
    `- ${inline(o.summary)} (reported by ${o.reportedBy.length} of ${outlets} on the same event: ${o.reportedBy.map(name).join(', ')})`,
    ...o.evidence.map((e) => `  - **${name(e.articleId)}**: ${inline(e.sentence)}`),
  ];
  if (outlets === 0) out.push('No other outlet in the corpus reports this same event, so nothing can be missing.', '');
  else if (report.omissions.length === 0) out.push('This article reports every fact the other outlets report.', '');
  else {
    const followUps = report.related.length - outlets;
    out.push(`Counted over the ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'} reporting the same event${followUps > 0 ? `; ${followUps} follow-up${followUps === 1 ? ' is' : 's are'} left out` : ''}.`, '');
    if (several.length > 0) out.push(`### Missing here (${several.length})`, '', ...several.flatMap(omission), '');
    if (single.length > 0) out.push(`### Reported by one other outlet only (${single.length})`, '', ...single.flatMap(omission), '');
  }
  out.push(`### Only here (${report.exclusives.length})`, '');
  if (report.exclusives.length === 0) out.push('Every fact in this article is also reported elsewhere.', '');
  else out.push(...report.exclusives.flatMap((x) => x.evidence.map((e) => `- ${inline(e.sentence)}`)), '');
  return out;
}

const QUOTE_VERDICT: Record<QuoteGroup['verdict'], string> = {
  verbatim: 'Verbatim',
  truncated: 'Truncated',
  variant: 'Worded differently',
  paraphrase: 'Paraphrased',
  'single-source': 'Only one outlet',
};
const DIFFERING = new Set<QuoteGroup['verdict']>(['variant', 'truncated', 'paraphrase']);

function quotes(groups: readonly QuoteGroup[], name: Namer): string[] {
  const out = [`## Quotes (${groups.length})`, ''];
  if (groups.length === 0) return [...out, 'No attributed quotes in this article or its coverage.', ''];
  // Worded differently first, as in the panel; the order within each kind is the report's.
  const ordered = [...groups.filter((g) => DIFFERING.has(g.verdict)), ...groups.filter((g) => !DIFFERING.has(g.verdict))];
  for (const group of ordered) {
    out.push(`### ${inline(group.speaker)}: ${QUOTE_VERDICT[group.verdict]}`, '');
    for (const r of group.renderings) out.push(`- **${name(r.articleId)}**${renderingNote(r)}: ${words(r)}`);
    out.push('');
  }
  return out;
}

function renderingNote(r: QuoteRendering): string {
  const notes = [r.relation !== 'reference' ? inline(r.relation) : undefined, r.channel && inline(r.channel)].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}

function words(r: QuoteRendering): string {
  return r.indirect ? `${inline(r.text)} (reported speech)` : `“${inline(r.text)}”`;
}

const NO_SIDE = 'no side stated';

function framing(section: FramingSection, name: Namer, related: readonly RelatedArticle[]): string[] {
  // The page first, then report order: a report read back from storage may have its keys sorted.
  const order = [CURRENT, ...related.map((r) => r.id)];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const outlets = Object.keys(section.voices).sort((a, b) => rank(a) - rank(b));
  const out = ['## Framing', ''];
  out.push('### Labels', '');
  if (section.actors.length === 0) out.push('No actor is named differently across these outlets.', '');
  else {
    out.push(`| Actor | ${outlets.map(name).join(' | ')} |`, `|${' --- |'.repeat(outlets.length + 1)}`);
    for (const actor of section.actors) {
      const cells = outlets.map((id) => (actor.labels[id] ?? []).map((l) => (l.inQuote ? `“${inline(l.label)}” (quoted)` : inline(l.label))).join(', ') || '—');
      out.push(`| ${inline(actor.actor)} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  out.push('### Voices', '');
  for (const f of section.flags.filter((f) => f.kind === 'one-sided')) out.push(`**One-sided (${name(f.articleId)}):** ${inline(f.detail)}`, '');
  for (const id of outlets) out.push(`- **${name(id)}**: ${voiceLine(section.voices[id] ?? [])}`);
  out.push('');
  const wordFlags = section.flags.filter((f) => f.kind !== 'one-sided');
  if (wordFlags.length > 0) {
    out.push('### Loaded and hedged words', '');
    for (const f of wordFlags) {
      out.push(`- **${name(f.articleId)}**, ${inline(f.kind)}: ${inline(f.detail)}`);
      if (f.sentence) out.push(`  > ${inline(f.sentence)}`);
    }
    out.push('');
  }
  if (section.leads) {
    out.push('### Leads with', '');
    for (const id of outlets) {
      const lead = section.leads[id];
      if (!lead) continue;
      const about = lead.focus.length > 0 ? ` (about ${lead.focus.map(inline).join(', ')})` : '';
      out.push(`- **${name(id)}**: ${lead.actors.map(inline).join(', ') || '—'}${about}`);
    }
    out.push('');
  }
  return out;
}

function voiceLine(voices: readonly FramingVoice[]): string {
  if (voices.length === 0) return 'quotes or cites nobody';
  return voices
    .map((v) => `${inline(v.speaker)}${v.affiliation ? `, ${inline(v.affiliation)}` : ''} (${inline(v.side ?? NO_SIDE)}; ${plural(v.count, 'sentence', 'sentences')}, ${v.direct} quoted)`)
    .join('; ');
}

/** A date shown only when it is an ISO date; anything else a page or a pack calls a date is left out. */
function day(iso: string | undefined): string | undefined {
  return isoDay(iso);
}

/** Page or pack text as one line of Markdown text (the shared rule of text/escape.ts). */
export const inline = escapeMarkdownInline;

/** The page's address as a link, only when it is an http(s) URL. */
function webLink(url: string | undefined): string | undefined {
  return url && isWebUrl(url) ? markdownLink(url, url) : undefined;
}
