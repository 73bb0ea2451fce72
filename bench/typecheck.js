'use strict';
/**
 * `node bench/typecheck.js [--runs 10] [--package <dir>] [--unchecked] [--skip-lib-check] [--keep]`: how
 * long a strict consumer's `tsc` takes over the built package (`<dir>/dist`, this checkout's by default;
 * build it first). The consumer: the TypeScript block (the six call styles) of each page in `PAGES`,
 * read from this checkout's docs/api, and bench/typecheck/inline.ts (calls written inline), 88 typed
 * calls in all, in a project of its own with the package copied into its node_modules (as
 * package-types.test.ts does). `--unchecked` adds `noUncheckedIndexedAccess`, `--skip-lib-check`
 * `skipLibCheck` (else the package's declarations are checked too, as package-types.test.ts does);
 * `--keep` keeps the project and prints its folder. Prints, over the runs, the least and the median of
 * tsc's `--extendedDiagnostics` check and total times (the least is the figure least disturbed by other
 * work on the machine), and its type and instantiation counts, which do not vary.
 * Compare two builds: `node bench/typecheck.js --package /path/to/other/checkout`.
 */
const { execFileSync } = require('node:child_process');
const { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', '10'));
const PACKAGE = resolve(option('--package', ROOT));
const UNCHECKED = argv.includes('--unchecked');
const SKIP_LIB_CHECK = argv.includes('--skip-lib-check');

/** The endpoint pages whose call styles the consumer holds: APIv2 and APIv3, bodies, placeholders, queries. */
const PAGES = [
  'v2/pay/micropay',
  'v2/pay/orderquery',
  'v2/pay/unifiedorder',
  'v2/secapi/pay/refund',
  'v3/bill/tradebill',
  'v3/certificates',
  'v3/merchant-service/complaints-v2',
  'v3/pay/partner/transactions/jsapi',
  'v3/pay/transactions/native',
  'v3/pay/transactions/out-trade-no/_out_trade_no_',
  'v3/profitsharing/orders',
  'v3/refund/domestic/refunds',
];

/** The ```ts blocks of a Markdown page, each as a module. */
function tsBlocks(page) {
  const text = readFileSync(join(ROOT, 'docs', 'api', `${page}.md`), 'utf8');
  const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => `${match[1]}export {};\n`);
  if (blocks.length === 0) throw new Error(`docs/api/${page}.md has no ts block`);
  return blocks;
}

function consumer() {
  const project = mkdtempSync(join(tmpdir(), 'wechatpay-typecheck-'));
  const installed = join(project, 'node_modules', 'wechatpay-ts');
  mkdirSync(installed, { recursive: true });
  cpSync(join(PACKAGE, 'dist'), join(installed, 'dist'), { recursive: true });
  cpSync(join(PACKAGE, 'package.json'), join(installed, 'package.json'));
  for (const dependency of ['axios', '@types']) symlinkSync(join(ROOT, 'node_modules', dependency), join(project, 'node_modules', dependency));
  mkdirSync(join(project, 'src'));
  for (const file of readdirSync(join(__dirname, 'typecheck'))) cpSync(join(__dirname, 'typecheck', file), join(project, 'src', file));
  for (const page of PAGES) tsBlocks(page).forEach((code, i) => writeFileSync(join(project, 'src', `${page.replace(/\//g, '_')}.${i + 1}.ts`), code));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
  const compilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: UNCHECKED,
    skipLibCheck: SKIP_LIB_CHECK,
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
  };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true, types: ['node'] }, include: ['src'] }));
  return project;
}

const seconds = (text, label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)s$`, 'm').exec(text)?.[1]);
const count = (text, label) => Number(new RegExp(`^${label}:\\s+(\\d+)`, 'm').exec(text)?.[1]);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const project = consumer();
try {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    // tsc exits non-zero on a type error: the consumer must compile, or the figures mean nothing.
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project, '--extendedDiagnostics'], {
      encoding: 'utf8',
    });
    runs.push({
      check: seconds(out, 'Check time'),
      total: seconds(out, 'Total time'),
      types: count(out, 'Types'),
      instantiations: count(out, 'Instantiations'),
      memory: count(out, 'Memory used'),
    });
  }
  const figure = (key) => `least ${Math.min(...runs.map((r) => r[key])).toFixed(2)} s, median ${median(runs.map((r) => r[key])).toFixed(2)} s`;
  const flags = [...(UNCHECKED ? ['noUncheckedIndexedAccess'] : []), ...(SKIP_LIB_CHECK ? ['skipLibCheck'] : [])];
  console.log(`${PACKAGE} (${RUNS} runs, strict${flags.map((flag) => `, ${flag}`).join('')})`);
  console.log(`  check time: ${figure('check')}`);
  console.log(`  total time: ${figure('total')}`);
  console.log(`  types ${runs[0].types}, instantiations ${runs[0].instantiations}, memory ${median(runs.map((r) => r.memory))} K`);
} finally {
  if (!argv.includes('--keep')) rmSync(project, { recursive: true, force: true });
  else console.log(project);
}
