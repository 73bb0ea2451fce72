/**
 * `npx tsx scripts/comments.ts [folder…]`: comment lines per code line, per folder of hand-written
 * TypeScript (issue 16 §4 aims at about one in ten). A line counts as code when it holds a token, as
 * comment when it holds comment text. "exports" are doc comments on anything a module exports;
 * "public" only those on what the package exports (src/index.ts, packages/simulator/src/index.ts: what an
 * editor shows users), which stay with their examples, so the ratio is shown without each too.
 * Generated files (src/generated) are left out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const SKIP = new Set(['node_modules', 'generated', 'dist', 'next-app']);

interface Count {
  code: number;
  comment: number;
  docs: number;
  pub: number;
}

const ENTRIES = ['src/index.ts', 'packages/simulator/src/index.ts'].map((file) => join(ROOT, file)).filter((file) => existsSync(file));

/** The members an editor shows with `declaration`: a class's, an interface's, an enum's, a type literal's, an object constant's. */
function membersOf(declaration: ts.Declaration): readonly ts.Node[] {
  if (ts.isClassDeclaration(declaration) || ts.isInterfaceDeclaration(declaration) || ts.isEnumDeclaration(declaration)) return declaration.members;
  if (ts.isTypeAliasDeclaration(declaration)) {
    const parts = ts.isIntersectionTypeNode(declaration.type) ? declaration.type.types : [declaration.type];
    return parts.flatMap((part) => (ts.isTypeLiteralNode(part) ? [...part.members] : []));
  }
  let value = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value))) value = value.expression;
  return value && ts.isObjectLiteralExpression(value) ? value.properties : [];
}

/** The nodes whose leading doc comment an editor shows for `declaration`: itself (its statement) and its non-private members. */
function documented(declaration: ts.Declaration): ts.Node[] {
  const hidden = (member: ts.Node) =>
    ((member as ts.NamedDeclaration).name !== undefined && ts.isPrivateIdentifier((member as ts.NamedDeclaration).name!)) ||
    (ts.canHaveModifiers(member) && (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword));
  const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return [node, ...membersOf(declaration).filter((member) => !hidden(member))];
}

/** Per file, the lines of doc comments on what the package exports (and on those exports' members). */
function publicDocLines(): Map<string, Set<number>> {
  const program = ts.createProgram(ENTRIES, { strict: true, noEmit: true, skipLibCheck: true, types: ['node'] });
  const checker = program.getTypeChecker();
  const lines = new Map<string, Set<number>>();
  for (const entry of ENTRIES) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        const source = declaration.getSourceFile();
        const set = lines.get(source.fileName) ?? new Set<number>();
        lines.set(source.fileName, set);
        for (const node of documented(declaration)) {
          for (const range of ts.getLeadingCommentRanges(source.text, node.pos) ?? []) {
            if (!source.text.startsWith('/**', range.pos)) continue;
            const first = source.getLineAndCharacterOfPosition(range.pos).line;
            const last = source.getLineAndCharacterOfPosition(range.end).line;
            for (let line = first; line <= last; line++) set.add(line);
          }
        }
      }
    }
  }
  return lines;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : filesUnder(path);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Whether `node` is exported (an export modifier, or `export default`/`export =`). */
const isExported = (node: ts.Node) =>
  (ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) || ts.isExportAssignment(node);

/**
 * Lines holding code, lines holding comment text, those of them in doc comments on exports (and
 * their members), and those of them in `publicLines` (the package's own exports).
 */
export function countLines(text: string, publicLines: ReadonlySet<number> = new Set()): Count {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const code = new Set<number>();
  const comment = new Set<number>();
  const docs = new Set<number>();
  const seen = new Set<number>();
  const commentLines = (range: ts.CommentRange) =>
    text
      .slice(range.pos, range.end)
      .split('\n')
      .map((line, i) => (/[\p{L}\p{N}]/u.test(line) ? lineOf(range.pos) + i : -1))
      .filter((line) => line >= 0);
  const docRanges = (node: ts.Node) => (ts.getLeadingCommentRanges(text, node.pos) ?? []).filter((r) => text.startsWith('/**', r.pos));
  const visit = (node: ts.Node, exported: boolean): void => {
    // A doc comment's tags are nodes too: its lines are comment, counted from the token it precedes.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const inExport = (exported && !ts.isBlock(node)) || isExported(node);
    if (inExport) for (const range of docRanges(node)) commentLines(range).forEach((line) => docs.add(line));
    const children = node.getChildren(source);
    if (children.length) return children.forEach((child) => visit(child, inExport));
    for (const range of [...(ts.getLeadingCommentRanges(text, node.pos) ?? []), ...(ts.getTrailingCommentRanges(text, node.pos) ?? [])]) {
      if (!seen.has(range.pos)) commentLines(range).forEach((line) => comment.add(line));
      seen.add(range.pos);
    }
    if (node.kind === ts.SyntaxKind.EndOfFileToken) return;
    for (let line = lineOf(node.getStart(source)); line <= lineOf(Math.max(node.getStart(source), node.end - 1)); line++) code.add(line);
  };
  visit(source, false);
  return { code: code.size, comment: comment.size, docs: docs.size, pub: [...comment].filter((line) => publicLines.has(line)).length };
}

const folders = process.argv.slice(2);
const files = (folders.length ? folders : ['src', '__tests__', 'scripts', 'examples']).flatMap((f) => filesUnder(join(ROOT, f)));
const publicLines = publicDocLines();
const zero: Count = { code: 0, comment: 0, docs: 0, pub: 0 };
const add = (a: Count, b: Count): Count => ({ code: a.code + b.code, comment: a.comment + b.comment, docs: a.docs + b.docs, pub: a.pub + b.pub });
const byFolder = new Map<string, Count>();
for (const file of files) {
  const folder = relative(ROOT, file)
    .split('/')
    .slice(0, 2)
    .join('/')
    .replace(/\.m?ts$/, '');
  byFolder.set(folder, add(byFolder.get(folder) ?? zero, countLines(readFileSync(file, 'utf8'), publicLines.get(file))));
}
const ratio = (comment: number, code: number) => (code ? `1 in ${(code / Math.max(comment, 1)).toFixed(1)}` : '-');
const rows = [...byFolder].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce((sum, [, count]) => add(sum, count), zero);
const head = ['code', 'comment', 'exports', 'public'].map((name) => name.padStart(8)).join('');
console.log('folder'.padEnd(22), head, '  all comments', '  without exports', '  without public');
for (const [folder, c] of [...rows, ['total', total] as const]) {
  const counts = [c.code, c.comment, c.docs, c.pub].map((n) => String(n).padStart(8)).join('');
  const ratios = [ratio(c.comment, c.code), ratio(c.comment - c.docs, c.code), ratio(c.comment - c.pub, c.code)];
  console.log(folder.padEnd(22), counts, ' ', ratios[0]!.padEnd(14), ' ', ratios[1]!.padEnd(16), ' ', ratios[2]);
}
