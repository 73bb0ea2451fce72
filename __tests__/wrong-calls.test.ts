import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { consumerProject, ROOT } from './helpers/consumer';

// __tests__/types/wrong-calls.typecheck.ts as a consumer of the built package writes it: strict,
// with and without noUncheckedIndexedAccess. Its `@ts-expect-error` lines must be errors and the
// rest must compile; then what the errors say, and what an editor shows on a verb.
const FIXTURE = readFileSync(join(ROOT, '__tests__', 'types', 'wrong-calls.typecheck.ts'), 'utf8').replace("from '../../src';", "from 'wechatpay-ts';");
let project: string;

beforeAll(() => {
  project = consumerProject('wechatpay-wrong-calls-');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
  mkdirSync(join(project, 'src'));
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

const options = (unchecked: boolean): ts.CompilerOptions => ({
  strict: true,
  noUncheckedIndexedAccess: unchecked,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  noEmit: true,
  // The package's own declarations are checked by package-types.test.ts.
  skipLibCheck: true,
});

/** Each diagnostic of `text` (as src/calls.ts of the consumer), as `line: message`, lines 1-based. */
function diagnostics(text: string, unchecked: boolean): { line: number; message: string }[] {
  const file = join(project, 'src', `calls-${unchecked ? 'unchecked' : 'checked'}-${diagnostics.count++}.ts`);
  writeFileSync(file, text);
  const program = ts.createProgram([file], options(unchecked));
  const source = program.getSourceFile(file);
  return ts.getPreEmitDiagnostics(program, source).map((d) => ({
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}
diagnostics.count = 0;

/** The errors of the line after each `// @ts-expect-error: <reason>`, by reason, with the directives taken out. */
function errorsByReason(unchecked: boolean): Map<string, string[]> {
  const lines = FIXTURE.split('\n');
  const found = diagnostics(lines.map((line) => line.replace('// @ts-expect-error', '// expected error')).join('\n'), unchecked);
  const byReason = new Map<string, string[]>();
  lines.forEach((line, i) => {
    const reason = /\/\/ @ts-expect-error: (.*)$/.exec(line)?.[1];
    if (reason)
      byReason.set(
        reason,
        found.filter((d) => d.line === i + 2).map((d) => d.message),
      );
  });
  return byReason;
}

describe.each([
  ['without noUncheckedIndexedAccess', false],
  ['with noUncheckedIndexedAccess', true],
])('a strict consumer %s', (_label, unchecked) => {
  let byReason: Map<string, string[]>;
  beforeAll(() => {
    byReason = errorsByReason(unchecked);
  }, 120_000);

  test('compiles the fixture: every expected error is one, nothing else is', () => {
    expect(diagnostics(FIXTURE, unchecked)).toEqual([]);
  }, 120_000);

  test('every `@ts-expect-error` line fails on its own line', () => {
    expect(byReason.size).toBeGreaterThan(20);
    for (const [reason, errors] of byReason) expect({ reason, errors: errors.length > 0 }).toEqual({ reason, errors: true });
  });

  test('an endpoint that requires something is called with options', () => {
    for (const errors of ['native needs its json body', 'a placeholder (out_refund_no) is required', 'an APIv2 payload is required'].map((r) =>
      byReason.get(r),
    )) {
      expect(errors).toEqual(['Expected 1 arguments, but got 0.']);
    }
  });

  test('a missing field is named, in a short error', () => {
    for (const reason of ['amount is required', 'the same, written inline']) {
      const [error = ''] = byReason.get(reason) ?? [];
      expect(error).toMatch(/Property 'amount' is missing in type/);
      expect(error).not.toMatch(/encrypt: Encrypt\) =>.*\n.*encrypt: Encrypt\) =>/);
      expect(error.length).toBeLessThan(1400);
    }
  });

  test('a misspelled segment or verb is an error that suggests the right one', () => {
    expect(byReason.get('`transaction` is not a segment of v3/pay')?.[0]).toMatch(/Did you mean 'transactions'\?/);
    expect(byReason.get('`nativ` is not a segment of v3/pay/transactions')?.[0]).toMatch(/Did you mean 'native'\?/);
    expect(byReason.get('native has no GET')?.[0]).toMatch(/Property 'get' does not exist/);
  });

  test('a value written as a segment under a placeholder is an error that points at the placeholder form', () => {
    const hint = "write ._out_trade_no_ and give { out_trade_no: '…' } in the options";
    expect(byReason.get("write ._out_trade_no_ and give { out_trade_no: 'N123123' }")).toEqual([
      `Property 'N123123' does not exist on type 'FillPlaceholder<"${hint}", "v3/pay/transactions/out-trade-no">'.`,
    ]);
    expect(byReason.get('the same in lower case')?.[0]).toContain(hint);
    expect(byReason.get('the same under a placeholder that is not the only child')?.[0]).toMatch(
      /^Property 'R2024' does not exist on type 'FillPlaceholder<"write \._out_refund_no_ .*" \| "write \._refund_id_ /,
    );
  });
});

test('an editor shows the summary and the page link on a verb, as post and as postAsync', () => {
  const file = join(project, 'src', 'hover.ts');
  const text = `import { Builder } from 'wechatpay-ts';
const wx = Builder.factory({ mchid: '1900000109' });
export const a = wx.v3.pay.transactions.native.post;
export const b = wx.v3.pay.transactions.native.postAsync;
export const c = wx['v3/pay/transactions/native'].post;
export const d = wx.v2.pay.micropay.post;
`;
  writeFileSync(file, text);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options(false),
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name) ?? '') : undefined),
    getCurrentDirectory: () => project,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const hover = (line: number, word: string): string => {
    const start =
      text
        .split('\n')
        .slice(0, line - 1)
        .join('\n').length + 1;
    const info = service.getQuickInfoAtPosition(file, text.indexOf(word, start) + 1);
    return ts.displayPartsToString(info?.documentation ?? []);
  };
  const page = 'https://github.com/wechatpay-ts/wechatpay-ts/blob/HEAD/docs/api/v3/pay/transactions/native.md';
  for (const [line, word] of [
    [3, '.post'],
    [4, '.postAsync'],
    [5, '.post'],
  ] as const) {
    expect(hover(line, `${word};`.slice(1))).toBe(`Native下单API — [docs/api/v3/pay/transactions/native.md](${page})`);
  }
  expect(hover(6, 'post;')).toContain('提交付款码支付 — [docs/api/v2/pay/micropay.md](');
}, 120_000);
