/**
 * `npx tsx scripts/comments.ts [folder…]`: comment lines per code line, per folder of hand-written
 * TypeScript (issue 16 §4 aims at about one in ten). A line counts as code when it holds a token, as
 * comment when it holds comment text; "docs" are the doc comments on exports, which stay, so the
 * ratio is shown with and without them. Generated files (src/generated) are left out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
const SKIP = new Set(['node_modules', 'generated', 'dist', 'next-app']);

interface Count {
  code: number;
  comment: number;
  docs: number;
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

/** Lines holding code, lines holding comment text, and those of them in doc comments on exports (and their members). */
export function countLines(text: string): Count {
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
  return { code: code.size, comment: comment.size, docs: docs.size };
}

const folders = process.argv.slice(2);
const files = (folders.length ? folders : ['src', '__tests__', 'scripts', 'examples']).flatMap((f) => filesUnder(join(ROOT, f)));
const byFolder = new Map<string, Count>();
for (const file of files) {
  const folder = relative(ROOT, file)
    .split('/')
    .slice(0, 2)
    .join('/')
    .replace(/\.m?ts$/, '');
  const sum = byFolder.get(folder) ?? { code: 0, comment: 0, docs: 0 };
  const count = countLines(readFileSync(file, 'utf8'));
  byFolder.set(folder, { code: sum.code + count.code, comment: sum.comment + count.comment, docs: sum.docs + count.docs });
}
const ratio = (comment: number, code: number) => (code ? `1 in ${(code / Math.max(comment, 1)).toFixed(1)}` : '-');
const rows = [...byFolder].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce((s, [, c]) => ({ code: s.code + c.code, comment: s.comment + c.comment, docs: s.docs + c.docs }), { code: 0, comment: 0, docs: 0 });
console.log('folder'.padEnd(28), 'code'.padStart(6), 'comment'.padStart(8), 'docs'.padStart(6), '  all comments', '  without docs');
for (const [folder, c] of [...rows, ['total', total] as const]) {
  console.log(
    folder.padEnd(28),
    String(c.code).padStart(6),
    String(c.comment).padStart(8),
    String(c.docs).padStart(6),
    ' ',
    ratio(c.comment, c.code).padEnd(12),
    ' ',
    ratio(c.comment - c.docs, c.code),
  );
}
