import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codeBlocks, type CodeBlock } from './blocks';

// README.zh-CN.md is a full translation of README.md, and docs/testing.zh-CN.md of docs/testing.md,
// kept in step: the same code (comments aside, which are translated), the same sections, the same
// links. A change to one that the other lacks fails here.
const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const english = read('README.md');
const chinese = read('README.zh-CN.md');
const TWINS = [
  ['README.md', 'README.zh-CN.md'],
  ['docs/testing.md', 'docs/testing.zh-CN.md'],
] as const;

/** A block's code without its comments (`// …` after code or on a line of its own, `# …` in shell), blank lines dropped. */
function withoutComments(block: CodeBlock): string {
  const comment = block.language === 'sh' ? /(^|\s)#\s.*$/ : /(^|\s)\/\/\s.*$/;
  return block.code
    .split('\n')
    .map((line) => line.replace(comment, '').trimEnd())
    .filter((line) => line !== '')
    .join('\n');
}

const shape = (text: string) => codeBlocks('README', text).map((b) => ({ language: b.language, attributes: b.attributes, preamble: b.preamble, code: withoutComments(b) }));

describe.each(TWINS)('%s and %s', (englishFile, chineseFile) => {
  const en = read(englishFile);
  const zh = read(chineseFile);

  test('every code block of the English page is in the Chinese one, in the same order, differing in comments only', () => {
    expect(shape(en).length).toBeGreaterThan(englishFile === 'README.md' ? 15 : 3);
    expect(shape(zh)).toEqual(shape(en));
  });

  test('the same sections: as many headings at each level, in the same order', () => {
    const levels = (text: string) => (text.match(/^#{1,6} /gm) ?? []).map((h) => h.length - 1);
    expect(levels(zh)).toEqual(levels(en));
  });

  test('the same links to files and sites (anchors within the page aside), and each page links the other at the top', () => {
    // A link to a page's Chinese twin (docs/faq.zh-CN.md) counts as the link to the page.
    const targets = (text: string) => [...text.matchAll(/\]\(([^)#\s][^)\s]*)\)/g)].map((m) => m[1]?.replace('.zh-CN.md', '.md')).sort();
    const self = path.basename(englishFile);
    const others = (list: Array<string | undefined>) => list.filter((l) => l !== self);
    expect(others(targets(zh))).toEqual(others(targets(en)));
    expect(en.split('\n').slice(0, 4).join('\n')).toContain(`[简体中文](${path.basename(chineseFile)})`);
    expect(zh.split('\n').slice(0, 4).join('\n')).toContain(`[English](${self})`);
  });
});

test('the comparison can fail: a changed line of code, or a lost heading, is seen', () => {
  const changed = chinese.replace("out_refund_no: 'refund_20250101_0001'", "out_refund_no: 'refund_20250101_0002'");
  expect(changed).not.toBe(chinese);
  expect(shape(changed)).not.toEqual(shape(english));
  expect(shape(chinese.replace('// 1. Native 下单', '// 1. 下单'))).toEqual(shape(english));
  const levels = (text: string) => (text.match(/^#{1,6} /gm) ?? []).length;
  expect(levels(chinese.replace('### 账单\n', '账单\n'))).toBe(levels(english) - 1);
});
