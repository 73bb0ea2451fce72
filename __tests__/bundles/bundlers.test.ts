import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installInto, pack, SIMULATOR } from '../../scripts/packed';

// npm run test:bundles. The packed package in the bundles merchants deploy: `npm pack` of the SDK
// and of the simulator's package (wechatpay-ts-simulator), both tarballs installed into a consumer project (./consumer: a server file that starts the simulator,
// makes an APIv3 and an APIv2 call), bundled by each bundler, and each bundle copied alone into an
// empty folder, with no node_modules there or above it, as in a container image or a serverless
// zip, and run there.
const CONSUMER = path.join(__dirname, 'consumer');
const BUILD = path.join(__dirname, 'build.mjs');

let work: string;
let project: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'wechatpay-bundles-'));
  project = installInto('wechatpay-bundle-consumer-', [pack(work).tarball, pack(work, SIMULATOR).tarball]);
  cpSync(CONSUMER, project, { recursive: true });
}, 600_000);

afterAll(() => {
  for (const dir of [work, project]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Folders named node_modules in `dir` or any folder above it: where Node would look for a package. */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, 'node_modules'))) found.push(path.join(at, 'node_modules'));
    if (path.dirname(at) === at) return found;
  }
}

const EXPECTED = { codeUrl: true, tradeState: 'NOTPAY', v2: 'SUCCESS SUCCESS true', nested: { a: { b: '1' }, c: 'x & y' } };

test.each([
  ['esbuild, ESM output of the `import` entry', 'esbuild-esm-from-import'],
  ['esbuild, CommonJS output of the `import` entry', 'esbuild-cjs-from-import'],
  ['esbuild, CommonJS output of the `require` entry', 'esbuild-cjs-from-require'],
  ['webpack 5, target node, the `import` entry', 'webpack'],
  ['vite SSR, every dependency bundled (ssr.noExternal: true)', 'vite'],
])('%s: the bundle runs alone in an empty folder', (_name, bundler) => {
  const out = path.join(work, bundler);
  const file = execFileSync(process.execPath, [BUILD, bundler, project, out], { encoding: 'utf8', timeout: 300_000 }).trim();
  const alone = mkdtempSync(path.join(tmpdir(), `wechatpay-${bundler}-`));
  try {
    cpSync(out, alone, { recursive: true });
    expect(nodeModulesAbove(alone)).toEqual([]);
    // What was copied: the bundler's output and nothing of the project.
    expect(readdirSync(alone).some((name) => name === 'node_modules' || name === 'package.json')).toBe(false);
    const env = { ...process.env };
    delete env.NODE_PATH;
    const printed = execFileSync(process.execPath, [file], { cwd: alone, env, encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(printed.trim().split('\n').pop()!)).toEqual(EXPECTED);
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
});

test('the consumer project runs unbundled too (the expectations above are what the SDK answers)', () => {
  for (const entry of ['server.mjs', 'server.cjs']) {
    const printed = execFileSync(process.execPath, [entry], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(printed.trim().split('\n').pop()!)).toEqual(EXPECTED);
  }
});
