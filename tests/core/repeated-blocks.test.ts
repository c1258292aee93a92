// No block of six or more lines is written twice in the core, in the same words or in the same shape
// (the same lines with other names, strings and numbers). Each source file is read with the TypeScript
// parser, so comments, JSDoc, white space and line breaks inside tokens do not count; import and
// re-export lines, blank lines and lines of punctuation alone ("});", "]") are passed over.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = resolve(__dirname, '../../src/core');
export const BLOCK_LINES = 6;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface CodeLine {
  /** 1-based line in the file. */
  line: number;
  words: string;
  shape: string;
  /** The line starts inside a function's body: code that runs, not a declaration of data or types. */
  code: boolean;
}

/** What a token stands for in a line's shape: a name, a string or a number is any other of its kind. */
function shapeOf(token: ts.Node): string {
  if (ts.isIdentifier(token) || ts.isPrivateIdentifier(token)) return 'I';
  if (ts.isStringLiteral(token) || ts.isNoSubstitutionTemplateLiteral(token) || ts.isRegularExpressionLiteral(token) || ts.isTemplateLiteralToken(token)) return 'S';
  if (ts.isNumericLiteral(token) || ts.isBigIntLiteral(token)) return 'N';
  return token.getText();
}

const isJsDoc = (node: ts.Node) => node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;
const isModuleLine = (node: ts.Node) => ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node) || (ts.isExportDeclaration(node) && !!node.moduleSpecifier);

/** A file's lines of code, each as its tokens in the same words and in shape. */
export function codeLines(file: string, text = readFileSync(file, 'utf8')): CodeLine[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const byLine = new Map<number, { words: string[]; shape: string[]; code: boolean }>();
  const visit = (node: ts.Node, inBody: boolean) => {
    if (isJsDoc(node) || isModuleLine(node)) return;
    const children = node.getChildren(source);
    if (children.length > 0 && !ts.isTemplateLiteralToken(node) && !ts.isStringLiteral(node)) {
      const parent = node.parent as ts.Node | undefined;
      const body = inBody || (!!parent && ((ts.isBlock(node) && ts.isFunctionLike(parent)) || (ts.isArrowFunction(parent) && node === parent.body)));
      children.forEach((child) => visit(child, body));
      return;
    }
    if (node.kind === ts.SyntaxKind.EndOfFileToken) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const entry = byLine.get(line) ?? { words: [], shape: [], code: inBody };
    entry.words.push(node.getText(source));
    entry.shape.push(shapeOf(node));
    byLine.set(line, entry);
  };
  visit(source, false);
  return [...byLine.entries()]
    .sort((a, b) => a[0] - b[0])
    // A line of punctuation alone (a closing brace, "});") says nothing of its own.
    .filter(([, e]) => e.words.some((w) => /[\p{L}\p{N}_$'"`]/u.test(w)))
    .map(([line, e]) => ({ line, words: e.words.join(' '), shape: e.shape.join(' '), code: e.code }));
}

export interface Repeat {
  kind: 'words' | 'shape';
  first: string;
  second: string;
}

/** Every pair of places that share a run of `BLOCK_LINES` lines of code, the first place each run stands in paired with each later one. */
export function repeatedBlocks(files: readonly { file: string; lines: readonly CodeLine[] }[]): Repeat[] {
  const found: Repeat[] = [];
  // Pairs of windows already alike in their words: alike in shape too, and reported once.
  const sameWords = new Set<string>();
  for (const kind of ['words', 'shape'] as const) {
    const seen = new Map<string, { file: string; index: number; line: number }>();
    const reported = new Set<string>();
    for (const { file, lines } of files) {
      for (let i = 0; i + BLOCK_LINES <= lines.length; i++) {
        const window = lines.slice(i, i + BLOCK_LINES);
        // Declarations of data and types (a table of settings, an interface's fields, the registry's entries) are
        // compared in their words only: alike in shape, they are lists whose form is a list's. Code is compared in shape too.
        if (kind === 'shape' && !window.every((l) => l.code)) continue;
        const key = window.map((l) => l[kind]).join('\n');
        const place = { file, index: i, line: lines[i]!.line };
        const earlier = seen.get(key);
        if (!earlier) {
          seen.set(key, place);
          continue;
        }
        // A run of one line shape repeated (a list) overlaps itself: that is one block, not two.
        if (earlier.file === file && i - earlier.index < BLOCK_LINES) continue;
        const pair = `${earlier.file}:${earlier.index}|${file}:${i}`;
        reported.add(pair);
        if (kind === 'words') sameWords.add(pair);
        else if (sameWords.has(pair)) continue;
        // A longer repeat shows as many consecutive windows; name it once, by where it starts.
        if (reported.has(`${earlier.file}:${earlier.index - 1}|${file}:${i - 1}`)) continue;
        found.push({ kind, first: `${earlier.file}:${earlier.line}`, second: `${file}:${place.line}` });
      }
    }
  }
  return found;
}

const coreFiles = () => sourceFiles(CORE).map((path) => ({ file: relative(CORE, path), lines: codeLines(path) }));

describe('no block of six lines written twice in the core', () => {
  it('reads lines of code, not comments, imports, blank lines or braces alone', () => {
    const text = [
      "import { a } from './a.js';",
      '/** A comment. */',
      'export function f(x: number): number {',
      '  // another',
      "  return x + 1; // and a third",
      '}',
      '',
      "export { b } from './b.js';",
    ].join('\n');
    expect(codeLines('probe.ts', text)).toEqual([
      { line: 3, words: 'export function f ( x : number ) : number {', shape: 'export function I ( I : number ) : number {', code: false },
      { line: 5, words: 'return x + 1 ;', shape: 'return I + N ;', code: true },
    ]);
  });

  it('finds a block repeated in the same words or the same shape, in one file or two, and not a list overlapping itself', () => {
    const block = (name: string, n: number) =>
      [`function ${name}(xs: number[]): number {`, '  let total = 0;', `  for (const x of xs) total += x * ${n};`, '  if (total > 10) {', "    console.log('big');", '  }', '  const half = total / 2;', '  return total + half;', '}'].join('\n');
    const list = Array.from({ length: 11 }, (_, i) => `const LIMIT_${i} = ${i};`).join('\n');
    const probe = (files: Record<string, string>) => repeatedBlocks(Object.entries(files).map(([file, text]) => ({ file, lines: codeLines(file, text) })));
    expect(probe({ 'a.ts': block('sum', 2), 'b.ts': block('sum', 2) })).toEqual([{ kind: 'words', first: 'a.ts:1', second: 'b.ts:1' }]);
    expect(probe({ 'a.ts': `${block('sum', 2)}\n\n${block('total', 3)}` })).toEqual([{ kind: 'shape', first: 'a.ts:2', second: 'a.ts:12' }]);
    // Declarations (here a list of settings) are compared in their words, not their shape.
    expect(probe({ 'a.ts': list, 'b.ts': list.replace(/LIMIT/g, 'BOUND') })).toEqual([]);
    expect(probe({ 'a.ts': list })).toEqual([]);
    expect(probe({ 'a.ts': `${list}\nconst more = 1;\n${list}` })).toHaveLength(1);
    // Five lines in common are not a block.
    expect(probe({ 'a.ts': block('sum', 2).split('\n').slice(0, 6).join('\n'), 'b.ts': block('sum', 2).split('\n').slice(1).join('\n') })).toEqual([]);
  });

  it('finds none in src/core', () => {
    const files = coreFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(repeatedBlocks(files)).toEqual([]);
  });
});
