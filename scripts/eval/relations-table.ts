// The relation table alone (the first table `npm run eval` prints), in a minute or two instead of
// eight: node scripts/run.mjs scripts/eval/relations-table.ts [corpus name ...]
import { printRelationTable } from './relations.js';

printRelationTable(process.argv.slice(2));
