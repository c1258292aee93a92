import { seedSection } from '../../tests/core/facts/seed-setup.js';
const p = process.argv[2]!;
const s = seedSection(p);
for (const o of s.omissions.filter((o) => o.reportedBy.length > 1)) {
  console.log(`\n[${o.reportedBy.map((r) => r.slice(0, 3))}] ${o.summary}`);
  for (const e of o.evidence) console.log(`   ${e.articleId.slice(0, 3)}: ${e.sentence.slice(0, 230)}`);
}
