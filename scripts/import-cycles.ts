/**
 * Finds import cycles among the TypeScript files of some folders. A cycle makes the order modules load in matter
 * (a value read before its module ran is `undefined`), and two files that need each other are one module in two
 * pieces: the shared part belongs where both can import it.
 *
 * Only relative imports are followed (packages cannot import Chorus back). `import type` and `export type` count
 * too, unless `runtimeOnly` is set: they are erased at run time, but a type shared both ways is still a sign the
 * type lives in the wrong file.
 *
 * @example
 *   node --import tsx scripts/import-cycles.ts src            # every cycle under src, exit 1 if any
 *   node --import tsx scripts/import-cycles.ts --runtime src  # only cycles that exist at run time
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface CycleOptions {
  /** Ignore imports erased at run time (`import type`, imports of types only). */
  runtimeOnly?: boolean;
}

function sourceFiles(root: string, out: string[] = []): string[] {
  for (const name of readdirSync(root)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = path.join(root, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** `./x.js` written for NodeNext and `./x` written for Vite both name `x.ts`, `x.tsx` or `x/index.ts`. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const stem = base.replace(/\.(m?js|jsx)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, path.join(stem, 'index.ts'), path.join(stem, 'index.tsx')];
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile());
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    return !!node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return false; // `import './x.js'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** The files a file imports statically (dynamic `import()` runs later, so it cannot close a loading cycle). */
export function importsOf(file: string, options: CycleOptions = {}): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, kind);
  const found = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const spec = statement.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
    if (options.runtimeOnly && isTypeOnly(statement)) continue;
    const target = resolveRelative(file, spec.text);
    if (target) found.add(target);
  }
  return [...found];
}

/**
 * Every strongly connected group of files under `roots` that import one another, as paths relative to `cwd`,
 * each group sorted and the groups sorted by their first file. A file importing itself is a group of one.
 */
export function findImportCycles(roots: string[], options: CycleOptions = {}, cwd = process.cwd()): string[][] {
  const files = roots.flatMap((r) => sourceFiles(path.resolve(cwd, r)));
  const inScope = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(f, options).filter((t) => inScope.has(t))]));
  // Tarjan's algorithm, iterative so a deep import chain cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const start of files) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node)!;
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.node);
      if (group.length > 1 || edges.includes(frame.node)) groups.push(group);
    }
  }
  return groups.map((g) => g.map((f) => path.relative(cwd, f)).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const roots = args.filter((a) => !a.startsWith('--'));
  const cycles = findImportCycles(roots.length ? roots : ['src'], { runtimeOnly: args.includes('--runtime') });
  for (const group of cycles) console.log(`cycle of ${group.length}:\n  ${group.join('\n  ')}`);
  console.log(cycles.length === 0 ? 'no import cycles' : `${cycles.length} import cycle(s)`);
  process.exit(cycles.length === 0 ? 0 : 1);
}
