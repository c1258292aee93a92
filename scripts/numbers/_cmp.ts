import { compareBodies } from '../../tests/core/numbers/helpers.js';
const pairs: [string, string][] = [
  ['A suicide bomber killed 58 people at a mosque in Peshawar on Friday, police said.', 'A suicide bombing killed 59 people at a mosque in Peshawar on Friday, police said.'],
  ['The attack killed 58 people, police said.', 'The attack killed 59 people, police said.'],
  ['At least 58 people were killed in the blast.', 'The blast killed 59 people.'],
  ['The bombing killed 58 people.', 'The bombing killed 59 people.'],
  ['Fifty-eight people died.', 'Fifty-nine people died.'],
  ['The Senate voted 52-48 to confirm him.', 'The Senate voted 51-49 to confirm him.'],
  ['The settlement is worth $1.2 billion.', 'The settlement is worth $1.5 billion.'],
  ['Unemployment fell to 4.1 percent in March.', 'Unemployment fell to 4.3 percent in March.'],
];
for (const [a, b] of pairs) {
  const s = compareBodies(a, b);
  console.log(a, '||', b, '=>', s.map((g) => `${g.verdict}:${g.subject}`).join('; ') || 'none');
}
