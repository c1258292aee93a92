import { articleFromPlainText } from '../../src/core/article.js';
import { canonicalTerms } from '../../src/core/facts/align.js';
import { storyRewordings, titleForms, demonymForms } from '../../src/core/facts/said.js';
import { factUnits } from '../../src/core/facts/units.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { termsOf } from '../../src/core/text/tokens.js';
import { wclRecords } from '../../tests/helpers.js';
for (const ev of ['wcl:0', 'wcl:2', 'wcl:8']) {
  const recs = wclRecords().filter((r) => r.event === ev);
  const arts = recs.map((r) => articleSentences(articleFromPlainText(r.text)).map((s) => s.text));
  const units = arts.map((a) => factUnits(a));
  const canonical = canonicalTerms(arts.flat().flatMap((s) => termsOf(s)), () => 5);
  const forms = { canonical, titles: titleForms(arts), places: demonymForms(units.flat().flatMap((u) => u.names.map((n) => canonical.get(n) ?? n))) };
  console.log(ev, [...storyRewordings(units, forms)].map(([a, b]) => `${a}=${b}`).join(' '));
}
{
  const { seedInputs } = await import('../../tests/helpers.js');
  const arts = seedInputs().map((s) => articleSentences(s.article).map((x) => x.text));
  const units = arts.map((a) => factUnits(a));
  const canonical = canonicalTerms(arts.flat().flatMap((s) => termsOf(s)), () => 5);
  const forms = { canonical, titles: titleForms(arts), places: demonymForms(units.flat().flatMap((u) => u.names.map((n) => canonical.get(n) ?? n))) };
  console.log('seeds', [...storyRewordings(units, forms)].map(([a, b]) => `${a}=${b}`).join(' '));
}
