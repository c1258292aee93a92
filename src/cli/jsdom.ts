// jsdom, loaded on first use: requiring it costs about 0.4 s of CPU, which `compare` on a .txt
// page or with a pack alone never needs (measured with node --cpu-prof on `compare`).
import { createRequire } from 'node:module';

type Jsdom = typeof import('jsdom');

let loaded: Jsdom | undefined;

export function jsdom(): Jsdom {
  loaded ??= createRequire(import.meta.url)('jsdom') as Jsdom;
  return loaded;
}
