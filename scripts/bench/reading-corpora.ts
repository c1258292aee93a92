// The articles scripts/bench/reading.ts builds packs of, read the same way by this tree and by an
// older one (it imports nothing of the core: an older tree's build script imports it too).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ReadingInput {
  id: string;
  article: { title: string; paragraphs: string[]; siteName?: string; publishedAt?: string; url?: string };
}

const FIXTURES = join(process.cwd(), 'tests/fixtures');
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const jsonLines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, string | null>);

/** Every article of a corpus: the seeds (headline line, then paragraphs), NewsWCL50, ECB+ (every 8th document that has a body). */
export function readingInputs(corpus: string): ReadingInput[] {
  if (corpus === 'seeds') {
    const dir = join(process.cwd(), 'src/corpus/seeds');
    return readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => {
        const [title, ...paragraphs] = lines(readFileSync(join(dir, file), 'utf8'));
        return { id: file.replace(/\.txt$/, ''), article: { title: title!, paragraphs } };
      });
  }
  if (corpus === 'wcl')
    return jsonLines(join(FIXTURES, 'newswcl50/newswcl50.jsonl')).map((r) => ({
      id: r.id!,
      article: { title: r.title!, paragraphs: lines(r.text!), siteName: r.source!, ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}), ...(r.url ? { url: r.url } : {}) },
    }));
  if (corpus === 'ecb')
    return jsonLines(join(FIXTURES, 'ecbplus/ecbplus.jsonl'))
      .filter((r, i) => i % 8 === 0 && lines(r.text!).length > 0)
      .map((r) => ({ id: r.id!, article: { title: r.title!, paragraphs: lines(r.text!) } }));
  throw new Error(`no corpus "${corpus}" (seeds, wcl or ecb)`);
}
