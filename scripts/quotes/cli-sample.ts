import { seedSections } from '../../tests/core/quotes/seed-setup.js';
import { formatQuotes } from '../../src/cli/format-quotes.js';
import { seedId } from '../../tests/helpers.js';
const section = seedSections().get(seedId('001')) ?? [];
console.log(formatQuotes(section.slice(0, 2), (id) => (id === 'current' ? 'This article' : id.slice(0, 3))).join('\n'));
