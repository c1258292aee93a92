/**
 * A whole report worked out on three short built-in articles, a step at a time, for its side
 * effect alone: the analyses' code run once. Code that runs for the first time in a process is
 * slow (each regular expression compiled at its first use, then again for speed at its second;
 * functions compiled at their first call; tables built on first need), and a report's code is a
 * few hundred expressions, most with Unicode classes. The extension's worker starts afresh at
 * the first press after idle and would pay all of that inside the press; it runs these steps
 * instead while it only waits (for the tab's extraction), so that the page's own analysis finds
 * the code ready. The texts are made up for this, and no step's result is kept.
 */
import type { Article } from './types.js';
import { buildPack } from './corpus/pack.js';
import { indexPack } from './match/related.js';
import { buildReport, matchWithCorpus, preparingPage, type Report } from './report.js';
import { ANALYSES } from './analyses.js';

// One event told by three outlets, as news is written: quotes said, told and reported, names with
// titles, places and their people's adjectives, dates, figures of several kinds; the figures and
// the quotes differ between outlets, so that every comparison has something to compare.
const WARM_ARTICLES: readonly Article[] = [
  {
    title: 'Flooding forces 2,400 from their homes in northern Portugal',
    siteName: 'Example Daily',
    publishedAt: '2024-03-12',
    paragraphs: [
      'PORTO, Portugal (Example Daily) — Heavy rain flooded the Douro valley on Monday, forcing about 2,400 people from their homes and closing 12 schools, officials said.',
      '"We have never seen the river rise this fast," Mayor Ana Costa told reporters at the town hall. "Everyone who can leave should leave now."',
      'Prime Minister Rui Almeida said in a statement on Tuesday that the government would send 150 soldiers and release €20 million in emergency aid.',
      'According to the national weather service, 87 millimetres of rain fell in 24 hours, the most since March 2001. The European Union offered help, and Spanish firefighters crossed the border to assist.',
      'Critics accused the government of ignoring warnings. "They were told two years ago," said João Silva, a local farmer, who lost 40% of his crop.',
    ],
  },
  {
    title: 'Portugal floods: thousands evacuated as river Douro bursts its banks',
    siteName: 'Sample News',
    publishedAt: '2024-03-12',
    paragraphs: [
      'Some 3,000 residents were evacuated on Monday after the Douro river burst its banks near Porto, Portuguese authorities said, and 12 schools were shut.',
      'Mayor Ana Costa said the river had risen "faster than anyone has ever seen". Prime Minister Rui Almeida promised €25 million in aid and said 150 troops were on their way.',
      'In an interview with Sample News, farmer João Silva said he had lost half of his harvest. "Nobody listened to us," he said.',
      'The flooding is the worst in the region since 2001, when 3 people died. No deaths were reported this time, police said.',
    ],
  },
  {
    title: 'Douro floods: government under fire as waters recede',
    siteName: 'Model Tribune',
    publishedAt: '2024-03-13',
    paragraphs: [
      'The waters of the Douro began to recede on Tuesday, a day after floods drove about 2,400 people from their homes in northern Portugal.',
      'Opposition leader Marta Nunes accused the government of a "scandalous" failure to act on warnings, while Prime Minister Rui Almeida defended the response as swift.',
      '"We have never seen the river rise this fast," Ms. Costa told Model Tribune. Officials put the damage at more than €100 million.',
      'Spain and France have offered help, a spokesman for the European Commission said on Twitter.',
    ],
  },
];

/** The steps of the warm-up report (one pause after each analysis, each comparison, the pack and the matching), ending with the report. */
export function* warmingUp(): Generator<string, Report> {
  const [page, ...others] = WARM_ARTICLES.map((a) => ({ ...a, paragraphs: [...a.paragraphs] }));
  const prepared = yield* preparingPage(page!);
  const pack = buildPack(
    'warm-up',
    others.map((article, n) => ({ id: `warm-${n}`, article })),
  );
  yield 'pack';
  const index = indexPack(pack);
  const matched = matchWithCorpus(page!, index, prepared.features);
  yield 'match';
  let report: Report | undefined;
  for (const analysis of ANALYSES) {
    // One comparison at a time: the frame is the same each time, the sections add up.
    const one = buildReport(page!, index, undefined, [analysis], matched, prepared);
    report = { ...(report ?? one), [analysis.id]: one[analysis.id] } as Report;
    yield analysis.id;
  }
  return report!;
}
