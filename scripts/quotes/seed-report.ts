import { seedSections } from '../../tests/core/quotes/seed-setup.js';
for (const [id, section] of seedSections()) {
  console.log('=========== CURRENT', id);
  for (const g of section) {
    console.log(`## ${g.speaker} [${g.verdict}]`);
    for (const r of g.renderings) console.log(`   ${r.articleId.slice(0, 7)} ${r.relation}${r.indirect ? ' IND' : ''}: ${r.text.slice(0, 110)}`);
  }
}
