'use strict';
/**
 * `node bench/simulator.js [--runs 7]` (after `npm run build`): what the simulator's copy of the
 * API description costs (the simulator: packages/simulator, the wechatpay-ts-simulator package).
 *   - start-up: in a fresh process, `require('packages/simulator/dist/index.cjs')` (with its dist/contract.cjs, the
 *     1,154 operations' data, packed), then `startSimulator()` until it listens, with its platform key given and generated;
 *     RSS and heapUsed once it listens;
 *   - the contract engine alone (packages/simulator/src/contract bundled by esbuild as tsup bundles it):
 *     the first route lookup (the data unpacked and the route table built then), then every operation and every
 *     shared schema parsed, as if each had been called once; heapUsed and RSS before and after
 *     (after a GC), and the compiled data's size.
 * Each figure from fresh processes, `--runs` of them alternated; prints the least and the median.
 * `--package <dir>` also starts the simulator of another checkout's build (its packages/simulator/dist, or
 * dist/simulator.cjs of a checkout from before the simulator had its own package), in the same
 * rounds, for a before/after. Run alone: node bench/simulator.js start|engine (one process's figures).
 */
const { execFileSync } = require('node:child_process');
const { generateKeyPairSync } = require('node:crypto');
const { existsSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const SIMULATOR = join(ROOT, 'packages', 'simulator');
/** The simulator's CommonJS build in a checkout: its own package's, or the SDK's dist/simulator.cjs before the move. */
const simulatorBuild = (root) =>
  existsSync(join(root, 'packages', 'simulator', 'dist', 'index.cjs'))
    ? join(root, 'packages', 'simulator', 'dist', 'index.cjs')
    : join(root, 'dist', 'simulator.cjs');
const MB = 1024 * 1024;
const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;
const memory = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / MB, heapUsed: heapUsed / MB };
};

/** One start-up: load the build, start (key given or generated), listen, close. */
async function startOnce(generateKey, root = ROOT) {
  const platformKey = generateKey ? undefined : generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
  const before = memory();
  const loading = process.hrtime.bigint();
  const { startSimulator } = require(simulatorBuild(root));
  const load = ms(loading);
  const starting = process.hrtime.bigint();
  const sim = await startSimulator({
    mchid: '1900000109',
    secret: 'your-apiv2-secret-key-length-32b',
    apiv3Key: 'an-apiv3-key-of-32-bytes-exactly',
    merchantPublicKey: merchant,
    ...(platformKey ? { platformKey } : {}),
    log: () => {},
  });
  const start = ms(starting);
  const after = memory();
  await sim.close();
  return { load, start, rssBefore: before.rss, rss: after.rss, heapUsed: after.heapUsed };
}

/** The engine bundled on its own, every operation and schema parsed. */
function engineOnce(bundle) {
  global.gc?.();
  const before = memory();
  const loading = process.hrtime.bigint();
  const engine = require(bundle);
  const load = ms(loading);
  global.gc?.();
  const loaded = memory();
  const matching = process.hrtime.bigint();
  engine.match('POST', '/v3/pay/transactions/native');
  const firstMatch = ms(matching);
  const parsing = process.hrtime.bigint();
  const seen = new Set();
  const walk = (ref) => {
    if (typeof ref === 'number') {
      if (seen.has(ref)) return;
      seen.add(ref);
    }
    const node = engine.node(ref);
    for (const child of [...Object.values(node.p ?? {}), node.i, ...(node.o ?? []), node.js]) if (child !== undefined) walk(child);
  };
  for (let index = 0; index < engine.operationCount(); index += 1) {
    const operation = engine.operation(index);
    for (const key of ['path', 'query', 'body', 'form', 'answer']) if (operation[key] !== undefined) walk(operation[key]);
  }
  const parseAll = ms(parsing);
  global.gc?.();
  const after = memory();
  return {
    load,
    firstMatch,
    parseAll,
    ...engine.parsedCount(),
    heapBefore: before.heapUsed,
    heapLoaded: loaded.heapUsed,
    heapAfter: after.heapUsed,
    rssBefore: before.rss,
    rssLoaded: loaded.rss,
    rssAfter: after.rss,
  };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { least: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
}

function run(args, env) {
  return JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', __filename, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } }),
  );
}

function main() {
  const argv = process.argv.slice(2);
  const runs = Number(argv.includes('--runs') ? argv[argv.indexOf('--runs') + 1] : 7);
  const other = argv.includes('--package') ? argv[argv.indexOf('--package') + 1] : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'sim-bench-'));
  const bundle = join(dir, 'contract.cjs');
  require('esbuild').buildSync({
    entryPoints: [join(SIMULATOR, 'src/contract/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    outfile: bundle,
  });
  const results = { given: [], generated: [], engine: [], other: [] };
  try {
    for (let round = 0; round < runs; round += 1) {
      results.given.push(run(['start', 'given']));
      results.generated.push(run(['start', 'generated']));
      results.engine.push(run(['engine', bundle]));
      if (other) results.other.push(run(['start', 'given', other]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const data = readFileSync(join(SIMULATOR, 'src/contract/data.ts'));
  const size = (file) => `${(readFileSync(join(SIMULATOR, file)).length / MB).toFixed(2)} MB`;
  const show = (rows, key, unit = 'ms') => {
    const { least, median } = stats(rows.map((row) => row[key]));
    return `${least.toFixed(1)} ${unit} (median ${median.toFixed(1)})`;
  };
  console.log(
    `node ${process.version}, ${runs} runs each, load average ${require('node:os')
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `compiled data: ${(data.length / MB).toFixed(2)} MB packed (packages/simulator/src/contract/data.ts), its dist/contract.cjs ${size('dist/contract.cjs')}, dist/index.cjs ${size('dist/index.cjs')}`,
  );
  for (const [name, rows] of [
    ['platform key given', results.given],
    ['platform key generated', results.generated],
    ...(other ? [[`platform key given, ${other}`, results.other]] : []),
  ]) {
    console.log(
      `startSimulator, ${name}: require ${show(rows, 'load')}, start ${show(rows, 'start')}, RSS once listening ${show(rows, 'rss', 'MB')}, heapUsed ${show(rows, 'heapUsed', 'MB')}`,
    );
  }
  const engine = results.engine;
  const first = engine[0];
  console.log(
    `contract engine: require ${show(engine, 'load')}, first lookup ${show(engine, 'firstMatch')}, every operation and schema parsed ${show(engine, 'parseAll')} (${first.operations} operations, ${first.schemas} of ${first.totalSchemas} shared schemas)`,
  );
  console.log(
    `  heapUsed: before ${show(engine, 'heapBefore', 'MB')}, loaded ${show(engine, 'heapLoaded', 'MB')}, all parsed ${show(engine, 'heapAfter', 'MB')}`,
  );
  console.log(`  RSS: before ${show(engine, 'rssBefore', 'MB')}, loaded ${show(engine, 'rssLoaded', 'MB')}, all parsed ${show(engine, 'rssAfter', 'MB')}`);
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'start') startOnce(arg === 'generated', process.argv[4]).then((result) => console.log(JSON.stringify(result)));
else if (mode === 'engine') console.log(JSON.stringify(engineOnce(arg)));
else main();
