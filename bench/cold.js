'use strict';
/**
 * Cold load time: `require` (CommonJS) and `import()` (ESM) of this SDK's build and of axios
 * alone, each in a fresh process (no module cache, no JIT state), timed inside the process from
 * just before the load to just after, so Node's own start-up is not counted. Alternated and
 * repeated; medians. Each load's CPU time (user + system) is taken too: on a busy machine the wall
 * time includes waiting for a core, the CPU time much less so.
 *
 * @example const cold = measureCold(); // { cjs: { sdk, axios, fastest: { sdk, axios } }, esm: … } in ms
 * Run alone: node bench/cold.js [runs]   (after npm run build: fastest and median of each, and the gaps)
 *            node bench/cold.js cjs sdk  (prints the ms of one load)
 */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const RUNS = 15;
const TARGETS = { sdk: join(__dirname, '..', 'dist', 'index'), axios: 'axios' };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measureCold(runs = RUNS) {
  const times = { cjs: { sdk: [], axios: [] }, esm: { sdk: [], axios: [] } };
  const cpu = { cjs: { sdk: [], axios: [] }, esm: { sdk: [], axios: [] } };
  for (let i = 0; i < runs; i += 1) {
    for (const format of ['cjs', 'esm']) {
      for (const what of ['axios', 'sdk']) {
        const out = execFileSync(process.execPath, [__filename, format, what], { encoding: 'utf8', timeout: 30_000 });
        const [wall, used] = out.split(' ').map(Number);
        times[format][what].push(wall);
        cpu[format][what].push(used);
      }
    }
  }
  const result = {};
  for (const format of ['cjs', 'esm']) {
    const { sdk, axios } = times[format];
    const spent = cpu[format];
    result[format] = {
      sdk: median(sdk),
      axios: median(axios),
      fastest: { sdk: Math.min(...sdk), axios: Math.min(...axios) },
      cpu: { sdk: median(spent.sdk), axios: median(spent.axios), fastest: { sdk: Math.min(...spent.sdk), axios: Math.min(...spent.axios) } },
    };
  }
  return { ...result, runs };
}

function printCold(runs) {
  const cold = measureCold(runs);
  const ms = (value) => value.toFixed(1).padStart(6);
  console.log(`Cold load, ms, ${cold.runs} interleaved rounds of fresh processes (node ${process.version}):`);
  for (const [format, how] of [
    ['cjs', 'require'],
    ['esm', 'import()'],
  ]) {
    for (const [what, { sdk, axios, fastest }] of [
      ['wall', cold[format]],
      ['cpu', cold[format].cpu],
    ]) {
      console.log(
        `  ${how.padEnd(8)} ${what.padEnd(4)} fastest: wechatpay-ts ${ms(fastest.sdk)}, axios alone ${ms(fastest.axios)}, gap ${ms(fastest.sdk - fastest.axios)}` +
          ` | median: wechatpay-ts ${ms(sdk)}, axios alone ${ms(axios)}, gap ${ms(sdk - axios)}`,
      );
    }
  }
}

async function loadOnce(format, what) {
  const target = TARGETS[what];
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  if (format === 'cjs') require(what === 'sdk' ? `${target}.cjs` : target);
  else await import(what === 'sdk' ? pathToFileURL(`${target}.mjs`).href : target);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const { user, system } = process.cpuUsage(used);
  process.stdout.write(`${wall} ${(user + system) / 1000}`);
}

if (require.main === module && process.argv.length <= 3) {
  printCold(process.argv[2] ? Number(process.argv[2]) : RUNS);
} else if (require.main === module) {
  loadOnce(process.argv[2], process.argv[3]).catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
}

module.exports = { measureCold };
