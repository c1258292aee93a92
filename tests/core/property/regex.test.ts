// Every regular expression that runs on page text, run on the inputs that make backtracking
// engines blow up, at two lengths: a linear expression takes four times as long on four times the
// text, a quadratic one sixteen times, an exponential one never ends. Only that ratio, measured
// in one run, is judged, never a time: a slow or busy machine slows both lengths alike. The expressions are found, not listed: every regex literal in
// src/core, src/extract and src/content (read with the TypeScript parser), and every RegExp
// the modules build at load time and while a report is made (caught by wrapping the
// constructor before they are imported). A new expression is covered the day it is written.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers.js';

const DIRS = ['src/core', 'src/extract', 'src/content'];
/** The longer of the two lengths; the shorter is a quarter of it. */
const LENGTH = Number(process.env.REGEX_ATTACK_LENGTH ?? 4_000);
/** Linear grows 4 times from LENGTH / 4 to LENGTH, quadratic 16 times: halfway (in logarithm) is 8. */
const MAX_GROWTH = 8;
/**
 * Below this the longer run is too short to time (timer resolution, JIT warm-up) and the ratio is noise;
 * a linear expression on 4,000 characters stays far below it, a quadratic one is far above it.
 */
const MEASURABLE_MS = 1;

interface Found {
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function literalRegexes(): Found[] {
  const found: Found[] = [];
  for (const file of DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ where: `${relative(ROOT, join(ROOT, file))}:${line + 1}`, regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * Length pairs (n, 4n) tried in turn, stopping at the first that grows too fast: exponential
 * backtracking shows at tens of characters and would never finish at thousands; quadratic shows only at thousands.
 */
const LENGTHS = [10, 40, LENGTH / 16, LENGTH / 4];

/** Strings built from the characters and words an expression itself names, repeated, with and without a spoiler at the end. */
function attacks(regex: RegExp, length: number): string[] {
  const units = new Set([
    'a', 'A', ' ', '  ', '"', '“', '”', "'", '’', '1', '1,', '1.', ',', '.', '. ', '-', '—', '(', ')', '\n', '\t', 'a ', 'A ', 'Aa ', 'a-', 'a.', 'A.', 'A. ',
    '1 ', '12,', 'the ', 'The ', 'said ', ', and ', ' and the ', 'e\u0301', 'مر', '\u00a0',
  ]);
  // Words and punctuation from the expression's own source: "said", "according", "…".
  for (const word of regex.source.match(/[A-Za-z]{2,}/g) ?? []) {
    units.add(`${word} `);
    units.add(`${word.charAt(0).toUpperCase()}${word.slice(1)} `);
  }
  for (const ch of regex.source.replace(/\\[a-zA-Z]|[A-Za-z]/g, '')) units.add(ch);
  const out: string[] = [];
  for (const unit of units) {
    const run = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    out.push(run, `${run}!`, `${run}\u0000`);
  }
  return out;
}

/** The fastest of a few runs, so that a pause of a busy machine is not taken for the expression's own time. */
function fastest(regex: RegExp, input: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, timeRegex(regex, input));
  return best;
}

/** How many times longer the expression takes on the 4n-character attack than on the n-character one; 1 when both are too short to time. */
function growth(regex: RegExp, short: string, long: string, runs: number): { ratio: number; longMs: number } {
  const longMs = fastest(regex, long, runs);
  if (longMs < MEASURABLE_MS) return { ratio: 1, longMs };
  return { ratio: longMs / Math.max(fastest(regex, short, runs), MEASURABLE_MS / 16), longMs };
}

function timeRegex(regex: RegExp, input: string): number {
  const start = performance.now();
  if (regex.global || regex.sticky) {
    const copy = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
    let count = 0;
    for (const _ of input.matchAll(copy)) if (++count > input.length) break;
  } else {
    regex.exec(input);
    input.search(regex);
  }
  return performance.now() - start;
}

describe('regular expressions that run on page text', () => {
  const built: Found[] = [];

  beforeAll(async () => {
    // Catch every RegExp the modules construct, at load time and while a report is made.
    const Original = RegExp;
    let inside = false;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        const regex = Reflect.construct(target, args, newTarget) as RegExp;
        // Formatting a stack trace builds regular expressions of its own.
        if (inside) return regex;
        inside = true;
        try {
          const stack = new Error().stack ?? '';
          const site = /\/src\/(?:core|extract|content)\/[^\s:)]+:\d+/.exec(stack)?.[0];
          if (site) built.push({ where: site.slice(site.indexOf('src/')), regex });
        } finally {
          inside = false;
        }
        return regex;
      },
    });
    try {
      const { buildReport } = await import('../../../src/core/report.js');
      const { extractArticle } = await import('../../../src/extract/article-from-document.js');
      const { locateSentence } = await import('../../../src/content/locate-sentence.js');
      const { articleLanguage } = await import('../../../src/core/text/language.js');
      const { seedIndex, seedInputs } = await import('../../helpers.js');
      const index = seedIndex();
      for (const { article } of seedInputs()) {
        buildReport(article, index);
        articleLanguage(article);
      }
      void extractArticle;
      void locateSentence;
    } finally {
      globalThis.RegExp = Original;
    }
  }, 300_000);

  it('finds the expressions: literals in every folder, and the ones built with new RegExp', () => {
    const literals = literalRegexes();
    expect(literals.length).toBeGreaterThan(200);
    for (const dir of DIRS) expect(literals.some((f) => f.where.startsWith(dir)), dir).toBe(true);
    expect(built.length).toBeGreaterThan(5);
  });

  it('every one stays linear on long runs of its own characters and words', () => {
    const all = [...literalRegexes(), ...built];
    const seen = new Set<string>();
    const slow: string[] = [];
    for (const { where, regex } of all) {
      const key = `${regex.source}/${regex.flags}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lengths: for (const length of LENGTHS) {
        const shorts = attacks(regex, length);
        const longs = attacks(regex, length * 4);
        for (let i = 0; i < longs.length; i++) {
          if (growth(regex, shorts[i]!, longs[i]!, 1).ratio <= MAX_GROWTH) continue;
          // Measured again, the fastest of five runs of each kept, three times over: other test files run
          // alongside on a busy machine, and a pause can land on the longer runs once; a quadratic expression
          // grows sixteen-fold every time.
          const again = growth(regex, shorts[i]!, longs[i]!, 5);
          if (again.ratio <= MAX_GROWTH) continue;
          if (growth(regex, shorts[i]!, longs[i]!, 5).ratio <= MAX_GROWTH) continue;
          if (growth(regex, shorts[i]!, longs[i]!, 5).ratio <= MAX_GROWTH) continue;
          slow.push(
            `${where} /${regex.source.slice(0, 80)}/${regex.flags} grows ${again.ratio.toFixed(0)}-fold from ${length} to ${length * 4} characters of ${JSON.stringify(longs[i]!.slice(0, 12))}…`,
          );
          if (process.env.REGEX_LOG) console.log(slow.at(-1), `${again.longMs.toFixed(1)} ms`);
          break lengths;
        }
      }
    }
    expect(slow).toEqual([]);
  }, 300_000);
});
