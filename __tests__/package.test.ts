import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../src/version';
import { ensureBuilt, SIMULATOR } from './helpers/consumer';

// The published shape: `require` and `import` of the package name and of the checkout itself,
// as a user's project would do after `npm run build`.
const ROOT = join(__dirname, '..');

beforeAll(() => {
  if (!['index.cjs', 'index.mjs', 'cli.cjs'].every((file) => existsSync(join(ROOT, 'dist', file)))) {
    execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js')], { cwd: ROOT, stdio: 'pipe' });
  }
  ensureBuilt();
}, 180_000);

function node(code: string, type: 'commonjs' | 'module'): string {
  const flag = type === 'module' ? '--input-type=module' : '--input-type=commonjs';
  return execFileSync(process.execPath, [flag, '-e', code], { cwd: ROOT, encoding: 'utf8' }).trim();
}

test('require() of the checkout and of the package name give the API', () => {
  const out = node(
    "const a = require('./'); const b = require('wechatpay-ts'); const s = require('wechatpay-ts-simulator');" +
      "console.log([typeof a.Builder.factory, typeof b.Transformer.toArray, typeof b.Hash.sign, typeof s.startSimulator, a.Builder === b.Builder].join(','))",
    'commonjs',
  );
  expect(out).toBe('function,function,function,function,true');
});

test('import of the package name gives the same API (ESM build)', () => {
  const out = node(
    "import { Builder, Formatter, isApiError } from 'wechatpay-ts'; import { startSimulator } from 'wechatpay-ts-simulator';" +
      'console.log([typeof Builder.factory, Formatter.nonce().length, typeof isApiError, typeof startSimulator].join(","))',
    'module',
  );
  expect(out).toBe('function,32,function,function');
});

test('the SDK no longer carries the simulator: `wechatpay-ts/simulator` is not an entry of the package', () => {
  const out = node("try { require('wechatpay-ts/simulator'); console.log('found') } catch (e) { console.log(e.code) }", 'commonjs');
  expect(out).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
});

test("the simulator package's `import` entry gives every export of its `require` entry, the same objects", () => {
  const out = node(
    "import * as esm from 'wechatpay-ts-simulator'; import { createRequire } from 'node:module';" +
      "const cjs = createRequire(process.cwd() + '/')('wechatpay-ts-simulator');" +
      'console.log(JSON.stringify([Object.keys(esm).sort(), Object.keys(cjs).sort(), Object.keys(cjs).every((name) => esm[name] === cjs[name])]))',
    'module',
  );
  const [esm, cjs, same] = JSON.parse(out) as [string[], string[], boolean];
  expect(cjs).toContain('startSimulator');
  expect(esm).toEqual(cjs);
  expect(same).toBe(true);
});

test('the version sent in the User-Agent is the package version', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});

test('the `wechatpay` bin runs from the build and prints the package version', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
  const out = execFileSync(process.execPath, [join(ROOT, pkg.bin.wechatpay!), '--version'], { encoding: 'utf8' }).trim();
  expect(out).toBe(pkg.version);
  expect(readFileSync(join(ROOT, pkg.bin.wechatpay!), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  // The package's own name too: `npx wechatpay-ts` runs it, while `npx wechatpay` would fetch an unrelated registry package.
  expect(pkg.bin['wechatpay-ts']).toBe(pkg.bin.wechatpay);
});

test('the `wechatpay-simulator` bin runs from the build, and `wechatpay simulate` hands its command line to it', () => {
  const pkg = JSON.parse(readFileSync(join(SIMULATOR, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = join(SIMULATOR, pkg.bin['wechatpay-simulator']!);
  expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
  for (const command of ['start', 'status', 'pay', 'refund', 'transfer', 'fault', 'notifications']) expect(help).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  const viaSdk = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.cjs'), 'simulate', '--help'], { encoding: 'utf8' });
  expect(viaSdk.split('\n')[0]).toBe('Usage: wechatpay simulate [options] [command]');
  expect(viaSdk.split('\n').slice(1)).toEqual(help.split('\n').slice(1));
});

test('every document the README and the CLI help link to is in the package (or an absolute URL)', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
  const files = new Set(packed[0]!.files.map((file) => file.path));
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\((?!https?:|#)([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(5);
  for (const link of links) expect([link, files.has(link)]).toEqual([link, true]);
  const help = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.cjs'), '--help'], { encoding: 'utf8' });
  for (const doc of help.match(/(?<![\w/])docs\/[\w/.-]+\.md/g) ?? []) expect([doc, files.has(doc)]).toEqual([doc, true]);
});
