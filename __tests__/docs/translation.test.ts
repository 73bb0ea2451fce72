import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codeBlocks, type CodeBlock } from './blocks';

// README.zh-CN.md is a full translation of README.md, kept in step: the same code (comments aside,
// which are translated), the same sections, the same links. A change to one that the other lacks fails here.
const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const english = read('README.md');
const chinese = read('README.zh-CN.md');

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

test('every code block of the English README is in the Chinese one, in the same order, differing in comments only', () => {
  const en = shape(english);
  expect(en.length).toBeGreaterThan(15);
  expect(shape(chinese)).toEqual(en);
});

test('the same sections: as many headings at each level, in the same order', () => {
  const levels = (text: string) => (text.match(/^#{1,6} /gm) ?? []).map((h) => h.length - 1);
  expect(levels(chinese)).toEqual(levels(english));
});

test('the same links to files and sites (anchors within the page aside), and each README links the other at the top', () => {
  // A link to a page's Chinese twin (docs/faq.zh-CN.md) counts as the link to the page.
  const targets = (text: string) => [...text.matchAll(/\]\(([^)#\s][^)\s]*)\)/g)].map((m) => m[1]?.replace('.zh-CN.md', '.md')).sort();
  const others = (list: Array<string | undefined>) => list.filter((l) => l !== 'README.md');
  expect(others(targets(chinese))).toEqual(others(targets(english)));
  expect(english.split('\n').slice(0, 4).join('\n')).toContain('[简体中文](README.zh-CN.md)');
  expect(chinese.split('\n').slice(0, 4).join('\n')).toContain('[English](README.md)');
});

test('the comparison can fail: a changed line of code, or a lost heading, is seen', () => {
  const changed = chinese.replace("out_refund_no: 'refund_20250101_0001'", "out_refund_no: 'refund_20250101_0002'");
  expect(changed).not.toBe(chinese);
  expect(shape(changed)).not.toEqual(shape(english));
  expect(shape(chinese.replace('// 1. Native 下单', '// 1. 下单'))).toEqual(shape(english));
  const levels = (text: string) => (text.match(/^#{1,6} /gm) ?? []).length;
  expect(levels(chinese.replace('### 账单\n', '账单\n'))).toBe(levels(english) - 1);
});
