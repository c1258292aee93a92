// Prints the numbers section with each seed as the page: node scripts/run.mjs scripts/numbers/seeds.ts
import { seedSection } from '../../tests/core/numbers/helpers.js';
for (const p of ['000', '001', '002', '003', '004']) {
  const { section, related } = seedSection(p);
  console.log(`\n===== ${p} related: ${related.map((r) => r.id.slice(0, 3) + ':' + r.relation).join(' ')}`);
  for (const g of section) {
    console.log(`[${g.verdict}] ${g.subject}`);
    for (const f of g.figures) console.log(`    ${f.articleId.slice(0, 7)} ${JSON.stringify(f.text)} [${f.low}, ${f.high}] ${f.unit ?? ''}`);
  }
}
