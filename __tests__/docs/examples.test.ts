import path from 'node:path';
import { codeBlocks, documentationBlocks, documentationFiles, isChecked } from './blocks';
import { typecheckBlocks } from './typecheck';

// Every TypeScript example of README.md, docs/*.md and the endpoint pages (docs/api) compiles,
// strict, against the package's own public types: one TypeScript program for all of them.
const ROOT = path.resolve(__dirname, '../..');

test('every checked block compiles against the package types', () => {
  const blocks = documentationBlocks(ROOT).filter(isChecked);
  expect(blocks.length).toBeGreaterThan(1100);
  const started = Date.now();
  const problems = typecheckBlocks(ROOT, blocks);
  console.log(`type-checked ${blocks.length} blocks of ${documentationFiles(ROOT).length} Markdown files in ${Date.now() - started} ms`);
  expect(problems.map((p) => p.message)).toEqual([]);
}, 120_000);

test('the checker fails a wrong example, naming the file, the block and the line', () => {
  const markdown = [
    '# Page',
    '## Wrong calls',
    '```ts',
    "import { Builder } from 'wechatpay-ts';",
    "const wx = Builder.factory({ mchid: '1900000109', secret: 'k' });",
    "await wx.v2.payitil.report.post({ xml: { appid: 'wx8888888888888888' } });",
    "await wx.v3.pay.transactions.native.post({ json: { appid: 'wx', mchid: '1', description: 'd', out_trade_no: 'o', notify_url: 'u', amount: { total: '1' } } });",
    '```',
    '<!-- ts-preamble: declare const wx: import(\'wechatpay-ts\').Client; -->',
    '```typescript',
    "wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ query: { mchid: '1' } });",
    '```',
    '```ts',
    'undefinedName.call();',
    '```',
  ].join('\n');
  const problems = typecheckBlocks(ROOT, codeBlocks('docs/example.md', markdown).filter(isChecked));
  const messages = problems.map((p) => p.message);
  expect(messages.some((m) => /^docs\/example\.md block 1 \(under "Wrong calls", line 3 of the block \(line 6 of the file\)\): TS2322 .*PayitilReport(Request|Single|Batch)/.test(m))).toBe(true);
  expect(messages.some((m) => /^docs\/example\.md block 1 .*line 4 of the block.*TS2322 Type 'string' is not assignable to type 'number'/.test(m))).toBe(true);
  expect(messages.some((m) => /^docs\/example\.md block 2 .*line 1 of the block.*out_trade_no/.test(m))).toBe(true);
  expect(messages.some((m) => /^docs\/example\.md block 3 .*Cannot find name 'undefinedName'/.test(m))).toBe(true);
});

test('markers: ts no-check and other languages are not checked; a preamble is put before its block', () => {
  const markdown = [
    '```ts no-check',
    'this is { not: code',
    '```',
    '```php',
    '$instance->v2->payitil->report->post([]);',
    '```',
    '```sh',
    'wechatpay v2/payitil/report',
    '```',
    '  <!-- ts-preamble: declare const n: number; -->',
    '  ```ts',
    '  const m: number = n;',
    '  ```',
  ].join('\n');
  const blocks = codeBlocks('x.md', markdown);
  expect(blocks.map((b) => [b.language, isChecked(b)])).toEqual([['ts', false], ['php', false], ['sh', false], ['ts', true]]);
  expect(blocks[3]?.preamble).toBe('declare const n: number;');
  expect(blocks[3]?.code).toBe('const m: number = n;');
  expect(typecheckBlocks(ROOT, blocks.filter(isChecked))).toEqual([]);
});
