import { main } from './crosscheck.js';

process.exitCode = await main(process.argv.slice(2));
