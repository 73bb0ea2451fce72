/**
 * The code blocks of the Markdown files, for the example checker and runner. The convention
 * (docs/contributing.md): a ```ts or ```typescript block is a standalone module; ```ts no-check
 * is a fragment left unchecked; an HTML comment `<!-- ts-preamble: … -->` right above a fence is
 * TypeScript put before the block when it is checked (the names it declares stand for the
 * reader's own values). Any other language is never checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface CodeBlock {
  /** Relative to the repository root, `/`-separated. */
  file: string;
  /** 1-based, among the file's fenced blocks. */
  index: number;
  /** The line of the opening fence, 1-based. */
  line: number;
  language: string;
  attributes: string[];
  preamble: string;
  code: string;
  /** The nearest heading above the block. */
  heading: string;
}

const FENCE = /^( *)(`{3,}|~{3,})\s*([^`\s]*)\s*(.*)$/;
const PREAMBLE = /^\s*<!--\s*ts-preamble:([\s\S]*?)-->\s*$/;

/** Every fenced block of a Markdown text, in order. */
export function codeBlocks(file: string, text: string): CodeBlock[] {
  const lines = text.split('\n');
  const blocks: CodeBlock[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '').trim();
    const open = FENCE.exec(line);
    if (!open) continue;
    const [, indent = '', marks = '', language = '', rest = ''] = open;
    const close = lines.findIndex((l, j) => j > i && l.trim().startsWith(marks) && l.trim().replace(/[`~]/g, '') === '');
    const end = close < 0 ? lines.length : close;
    const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    const previous = lines[i - 1] ?? '';
    blocks.push({
      file,
      index: blocks.length + 1,
      line: i + 1,
      language: language.toLowerCase(),
      attributes: rest.split(/\s+/).filter(Boolean),
      preamble: PREAMBLE.exec(previous)?.[1]?.trim() ?? '',
      code: body.join('\n'),
      heading,
    });
    i = end;
  }
  return blocks;
}

/** Whether the checker type-checks a block. */
export function isChecked(block: CodeBlock): boolean {
  return (block.language === 'ts' || block.language === 'typescript') && !block.attributes.includes('no-check');
}

function markdownUnder(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : markdownUnder(root, relative);
    return entry.name.endsWith('.md') ? [relative] : [];
  });
}

/** README.md, its Chinese translation README.zh-CN.md, and every Markdown file under docs/ (the endpoint pages included), sorted. */
export function documentationFiles(root: string): string[] {
  return ['README.md', 'README.zh-CN.md', ...markdownUnder(root, 'docs')].sort();
}

/** The blocks of every documentation file. */
export function documentationBlocks(root: string): CodeBlock[] {
  return documentationFiles(root).flatMap((file) => codeBlocks(file, readFileSync(path.join(root, file), 'utf8')));
}
