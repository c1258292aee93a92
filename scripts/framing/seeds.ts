// Prints the framing section from one seed's point of view: node scripts/run.mjs scripts/framing/seeds.ts 002
import { seedInputs } from '../../tests/helpers.js';
import { articleSentences } from '../../src/core/text/segment.js';
import { compareFraming } from '../../src/core/framing/index.js';
import { analysisFeatures } from '../../src/core/corpus/pack.js';
import { formatFraming } from '../../src/cli/format-framing.js';
const pov = process.argv[2] ?? '000';
const seeds = seedInputs().map((s) => ({ id: s.id, title: s.article.title, sentences: articleSentences(s.article).map((x) => x.text), features: analysisFeatures(s.article).framing }));
const current = seeds.find((s) => s.id.startsWith(pov))!;
const others = seeds.filter((s) => s !== current).map((s) => ({ ...s, relation: 'same-event' as const }));
const section = compareFraming(current, others, { idfOf: () => 1 });
if (process.argv.includes('--json')) console.log(JSON.stringify(section, null, 1));
else console.log(formatFraming(section, (id) => (id === 'current' ? `${current.id.slice(0, 3)} (this)` : id.slice(0, 3))).join('\n'));
