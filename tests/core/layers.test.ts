// The core's layers, read from the source with the TypeScript parser: analyses never import each
// other, the reading layer and text/ never import an analysis, and the lists the reading layer owns
// (reporting verbs, "according to", words that are not names) are written nowhere else in the core.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = resolve(__dirname, '../../src/core');
const ANALYSIS_FOLDERS = ['match', 'numbers', 'quotes', 'facts', 'framing'];
/** Folders below every analysis: what an analysis may import besides its own folder. */
const SHARED_LAYERS = ['text', 'english', 'analysis'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports or re-exports, type-only imports included, resolved to a path under src/core. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s));
}

/** The top folder under src/core a path lies in ("numbers"), or "" for a file at the core's top level. */
function layerOf(path: string): string {
  const parts = relative(CORE, path).split(sep);
  return parts.length > 1 ? parts[0]! : '';
}

const files = sourceFiles(CORE);

describe('layers of the core', () => {
  it('reads imports of every kind with the TypeScript parser', () => {
    const text = `import a from '../numbers/x.js';\nimport type { B } from '../quotes/y.js';\nexport { c } from '../facts/z.js';\ntype D = import('../framing/w.js').D;\nconst e = await import('../match/v.js');`;
    const found = importsOf(join(CORE, 'english', 'probe.ts'), text).map(layerOf);
    expect(found).toEqual(['numbers', 'quotes', 'facts', 'framing', 'match']);
  });

  /** Imports from files in the `from` layers whose target breaks `allowed`, as "file -> target". */
  const importsBreaking = (from: readonly string[], allowed: (own: string, layer: string, target: string) => boolean): string[] =>
    files
      .filter((file) => from.includes(layerOf(file)))
      .flatMap((file) => importsOf(file).filter((target) => !allowed(layerOf(file), layerOf(target), relative(CORE, target))).map((target) => `${relative(CORE, file)} -> ${relative(CORE, target)}`));

  it('has no analysis importing from another analysis folder', () => {
    expect(importsBreaking(ANALYSIS_FOLDERS, (own, layer) => layer === own || !ANALYSIS_FOLDERS.includes(layer))).toEqual([]);
  });

  it('lets an analysis import only its own folder, the shared layers and plain types', () => {
    expect(importsBreaking(ANALYSIS_FOLDERS, (own, layer, target) => layer === own || SHARED_LAYERS.includes(layer) || target === 'types.js')).toEqual([]);
  });

  it('keeps text/, the reading layer and the analysis contract below every analysis', () => {
    expect(importsBreaking(SHARED_LAYERS, (_own, layer) => !ANALYSIS_FOLDERS.includes(layer) && layer !== 'corpus')).toEqual([]);
  });
});

describe('the core’s public API', () => {
  it('is how front ends reach the core: core/index.ts (or core/render.ts, core/pack-header.ts, core/page-text.ts), or an analysis’s index.ts for that section’s own views', () => {
    const SRC = resolve(CORE, '..');
    const frontEnds = sourceFiles(SRC).filter((file) => !file.startsWith(CORE + sep));
    const internal: string[] = [];
    for (const file of frontEnds) {
      for (const target of importsOf(file)) {
        if (!target.startsWith(CORE + sep)) continue;
        const entry = relative(CORE, target);
        // pack-header.ts: the header and limits alone, for the options page, which must not bundle the analyses;
        // page-text.ts: what the extractor injected into pages needs, likewise.
        // render.js: a finished report's types, presentations and Markdown, for the side panel, which must not bundle the analyses' comparisons.
        const isEntry = entry === 'index.js' || entry === 'render.js' || entry === 'pack-header.js' || entry === 'page-text.js' || ANALYSIS_FOLDERS.some((a) => entry === join(a, 'index.js'));
        if (!isEntry) internal.push(`${relative(SRC, file)} -> core/${entry}`);
      }
    }
    expect(frontEnds.length).toBeGreaterThan(20);
    expect(internal).toEqual([]);
  });
});

describe('the core’s render API', () => {
  /** The modules a file imports for their values (type-only imports and exports left out: the bundler drops them), resolved to .ts paths. */
  const valueImportsOf = (file: string): string[] => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const specifiers: string[] = [];
    for (const node of source.statements) {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const bindings = clause?.namedBindings;
        const typeOnly = clause?.isTypeOnly || (clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly));
        if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
        if (!node.isTypeOnly && !(named && named.every((e) => e.isTypeOnly))) specifiers.push(node.moduleSpecifier.text);
      }
    }
    return specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
  };

  it('reaches no analysis’s features or comparisons, no registry of analyses, no corpus or report code', () => {
    // What the side panel bundles (stop 21: 715 KB when it imported the registry of analyses, 136 KB since).
    const reached = new Set<string>();
    const queue = [join(CORE, 'render.ts')];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      queue.push(...valueImportsOf(file).filter((target) => target.startsWith(CORE + sep)));
    }
    const files = [...reached].map((file) => relative(CORE, file));
    expect(files).toContain(join('numbers', 'presentation.ts'));
    const heavy = files.filter((file) => ANALYSIS_FOLDERS.some((a) => file === join(a, 'index.ts')) || file.startsWith(`corpus${sep}`) || ['analyses.ts', 'report.ts', 'index.ts'].includes(file));
    expect(heavy).toEqual([]);
  });
});

describe('one of each in the reading layer', () => {
  const sources = files.map((file) => ({ file: relative(CORE, file), text: readFileSync(file, 'utf8') }));

  it('spells "according to" as a pattern only in english/speech.ts', () => {
    const where = sources.filter((s) => /according\\s\+to|'according'[^\n]{0,40}'to'/.test(s.text)).map((s) => s.file);
    expect(where).toEqual([join('english', 'speech.ts')]);
  });

  it('lists reporting verbs only in english/speech.ts', () => {
    // A list of reporting verbs is code (comments aside) that names four or more of these verbs as words.
    // text/stopwords.ts lists a few as words too common to count as terms, not as verbs that report: it sits below the reading layer.
    const sample = ['said', 'told', 'stated', 'added', 'noted', 'wrote', 'tweeted', 'warned', 'insisted', 'claimed', 'announced'];
    const code = (text: string) => text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    const where = sources
      .filter((s) => s.file !== join('text', 'stopwords.ts'))
      .filter((s) => sample.filter((verb) => new RegExp(`\\b${verb}\\b`).test(code(s.text))).length >= 4)
      .map((s) => s.file);
    expect(where).toEqual([join('english', 'speech.ts')]);
  });

  it('lists irregular past forms only in english/verbs.ts', () => {
    // Stop 29: facts/statements.ts, english/roles.ts and framing/actors.ts each kept their own list of irregular pasts.
    const sample = ['fought', 'fled', 'sought', 'withdrew', 'swept', 'broke', 'drove', 'threw', 'froze', 'wept'];
    const code = (text: string) => text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    const where = sources.filter((s) => sample.filter((verb) => new RegExp(`\\b${verb}\\b`).test(code(s.text))).length >= 4).map((s) => s.file);
    expect(where).toEqual([join('english', 'verbs.ts')]);
  });

  it('lists no reporting verbs as stems either: an analysis takes them from english/speech.ts and stems them itself', () => {
    // Before: facts/said.ts kept its own stems ('announc', 'wrot', 'tweet', 'confirm', 'remark') of the verbs that frame a report.
    const stems = ['announc', 'confirm', 'wrot', 'tweet', 'remark', 'testifi', 'insist'];
    const code = (text: string) => text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    const where = sources.filter((s) => stems.filter((verb) => new RegExp(`['"\`]${verb}['"\`]`).test(code(s.text))).length >= 3).map((s) => s.file);
    expect(where).toEqual([]);
  });

  it('lists title words only in english/titles.ts', () => {
    // A title list is code (comments aside) that names four or more of these offices as words.
    const sample = ['senator', 'governor', 'mayor', 'chairman', 'lieutenant', 'sheriff', 'ambassador', 'sergeant'];
    const code = (text: string) => text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    const where = sources.filter((s) => sample.filter((title) => new RegExp(`\\b${title}\\b`, 'i').test(code(s.text))).length >= 4).map((s) => s.file);
    expect(where).toEqual([join('english', 'titles.ts')]);
  });

  it('cuts words with one tokenizer: only text/tokens.ts runs a word pattern over text', () => {
    // A tokenizer of its own is a loop or a match over a global pattern of letter runs (\p{L}+ or [a-z]+).
    const ownTokenizer = /\[(?:\\p\{L\}|a-z)[^\]\n]*\]\+[^/\n]*\/[a-z]*g|\\p\{L\}\+[^/\n]*\/[a-z]*g/i;
    const where = sources.filter((s) => ownTokenizer.test(s.text)).map((s) => s.file);
    expect(where).toEqual([join('text', 'tokens.ts')]);
  });

  it('lists the words that are not names only in english/names.ts', () => {
    // The calendar's words are the mark of a not-a-name list; numerals.ts holds them as numbers, the only other place.
    const where = sources.filter((s) => /\bmonday\b[^\n]{0,20}\btuesday\b/i.test(s.text)).map((s) => s.file).sort();
    expect(where).toEqual([join('english', 'numerals.ts')]);
    const notNameLists = sources.filter((s) => /NOT_NAME|NOT_A_NAME\s*[:=]/.test(s.text)).map((s) => s.file);
    expect(notNameLists).toEqual([join('english', 'names.ts')]);
  });

  it('lists honorifics and the particles inside names only in english/names.ts', () => {
    // Before: quotes/attribution.ts kept its own honorifics and particles, quotes/speakers.ts and titles.ts their own honorifics.
    const code = (text: string) => text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    const honorifics = ['sir', 'dame', 'lady', 'lord', 'miss', 'prof'];
    const particles = ['ibn', 'abu', 'dos', 'das', 'ter', 'bin', 'van', 'von', 'del'];
    const honorificLists = sources.filter((s) => honorifics.filter((w) => new RegExp(`\\b${w}\\b`).test(code(s.text))).length >= 3).map((s) => s.file);
    const particleLists = sources.filter((s) => particles.filter((w) => new RegExp(`['"\`]${w}['"\`]`).test(code(s.text))).length >= 3).map((s) => s.file);
    expect(honorificLists).toEqual([join('english', 'names.ts')]);
    expect(particleLists).toEqual([join('english', 'names.ts')]);
  });
});

describe('the browser seam', () => {
  const SRC = resolve(CORE, '..');
  const PLATFORM = join(SRC, 'platform');
  const code = (text: string) => text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');

  it('lets only src/platform/ touch browser.* or chrome.*, or load the polyfill', () => {
    const outside = sourceFiles(SRC).filter((file) => !file.startsWith(PLATFORM + sep));
    const touching = outside.filter((file) => /(?<![/\w])(?:browser|chrome)\s*\.\s*[a-z]|webextension-polyfill/.test(code(readFileSync(file, 'utf8'))));
    expect(outside.length).toBeGreaterThan(40);
    expect(touching.map((file) => relative(SRC, file))).toEqual([]);
  });

  const runtimeImports = new Map<string, string[]>();
  /** The modules a file loads when it runs: type-only imports and exports left out, resolved to source files. */
  const runtimeImportsOf = (file: string): string[] => {
    const known = runtimeImports.get(file);
    if (known) return known;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    for (const node of source.statements) {
      if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) continue;
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        const bindings = clause?.namedBindings;
        const allTypes = clause && (clause.isTypeOnly || (!clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)));
        if (allTypes) continue;
      } else if (node.isTypeOnly) continue;
      const spec = node.moduleSpecifier.text;
      if (!spec.startsWith('.')) continue;
      const base = resolve(dirname(file), spec).replace(/\.js$/, '');
      const path = [`${base}.ts`, `${base}.tsx`].find((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false;
        }
      });
      if (path) found.push(path);
    }
    runtimeImports.set(file, found);
    return found;
  };

  /** Every source file a file loads, directly or through others; the core is not followed (it has no browser API: tsconfig.core.json). */
  const closureOf = (file: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      if (!f.startsWith(CORE + sep)) runtimeImportsOf(f).forEach(visit);
    };
    visit(file);
    return seen;
  };

  it('gives the panel’s and the options page’s views the browser only through the seam: only their entry files load src/platform/', () => {
    const entries = [join(SRC, 'panel', 'panel.tsx'), join(SRC, 'options', 'options.tsx')];
    const views = [...sourceFiles(join(SRC, 'panel')), ...sourceFiles(join(SRC, 'options'))].filter((file) => !entries.includes(file));
    expect(views.length).toBeGreaterThan(15);
    const reaching = views.flatMap((view) => [...closureOf(view)].filter((f) => f.startsWith(PLATFORM + sep)).map((f) => `${relative(SRC, view)} -> ${relative(SRC, f)}`));
    expect(reaching).toEqual([]);
    // The check sees through a chain: the entry files do reach the browser.
    for (const entry of entries) expect([...closureOf(entry)]).toContain(join(PLATFORM, 'browser.ts'));
  });
});

