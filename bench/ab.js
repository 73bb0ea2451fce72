'use strict';
/**
 * Two or more builds of the SDK side by side, for one change's effect on a call's CPU:
 * `node bench/ab.js v2 node_modules/.cache/ab/before/index.cjs dist/index.cjs` (a built `index.cjs`
 * each, kept under node_modules so it finds axios and undici, e.g. `npx tsup --format cjs --no-dts
 * --out-dir node_modules/.cache/ab/before` on the commit before; the
 * kind is v2 or v3). Each build runs in a worker of its own beside the raw node:http floor,
 * interleaved cell by cell over ROUNDS rounds as in run.js; prints CPU µs per call and the ratio
 * to the floor, fastest round and median. A path ending in `+stack` runs that build with a
 * pass-through interceptor on its stacks, so each call goes through axios' request(). Writes nothing
 * to the docs.
 */
const { fork } = require('node:child_process');
const { join, resolve } = require('node:path');
const { makeKeys } = require('./fixtures');

const KIND = process.argv[2] === 'v3' ? 'v3' : 'v2';
const BUILDS = process.argv.slice(3).map((path) => resolve(path));
const ROUNDS = Math.min(Number(process.env.AB_ROUNDS) || 9, 50);
const CELL_MS = 1000;
const LIMIT_MS = 120_000;

function worker(env) {
  const child = fork(join(__dirname, 'worker.js'), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (message) =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`ab: no answer to ${message.task}`)), LIMIT_MS);
      child.once('message', (reply) => {
        clearTimeout(timer);
        if (reply.type === 'result') done(reply.result);
        else fail(new Error(reply.message));
      });
      child.send(message);
    });
  return { ask, kill: () => child.kill() };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (BUILDS.length === 0) throw new Error('usage: node bench/ab.js v2|v3 <index.cjs> [<index.cjs> …]');
  const keys = makeKeys();
  const server = fork(join(__dirname, 'server.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((done) => {
    server.on('message', (reply) => reply.type === 'ready' && done(reply.port));
    server.send({ type: 'init', keys });
  });
  // `<path>+stack`: that build with a pass-through interceptor on its stacks (axios' request() on every call).
  const entries = [
    { name: 'floor (raw node:http)', client: 'raw-http', env: {} },
    ...BUILDS.map((given) => {
      const stack = given.endsWith('+stack');
      const path = stack ? given.slice(0, -'+stack'.length) : given;
      return { name: given, client: 'sdk', env: { BENCH_SDK_DIST: path, ...(stack ? { BENCH_SDK_STACK: '1' } : {}) } };
    }),
  ];
  try {
    for (const entry of entries) {
      entry.worker = worker(entry.env);
      await entry.worker.ask({ task: 'setup', client: entry.client, port, keys });
      await entry.worker.ask({ task: 'warm', kind: KIND, ms: 1500 });
      entry.cpu = { seq: [], conc: [] };
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const loop of ['seq', 'conc']) {
        const order = entries.map((_, i) => entries[(i + round) % entries.length]);
        for (const entry of order) entry.cpu[loop].push((await entry.worker.ask({ task: 'cell', kind: KIND, loop, ms: CELL_MS })).cpuUsPerCall);
      }
    }
    const [floor] = entries;
    for (const loop of ['seq', 'conc']) {
      const fastFloor = Math.min(...floor.cpu[loop]);
      const medFloor = median(floor.cpu[loop]);
      for (const entry of entries) {
        const fast = Math.min(...entry.cpu[loop]);
        const med = median(entry.cpu[loop]);
        process.stdout.write(
          `${KIND} ${loop.padEnd(4)} ${fast.toFixed(1).padStart(7)} µs (${(fast / fastFloor).toFixed(2)}×)  median ${med.toFixed(1).padStart(7)} µs (${(med / medFloor).toFixed(2)}×)  ${entry.name}\n`,
        );
      }
    }
  } finally {
    for (const entry of entries) entry.worker?.kill();
    server.send({ type: 'stop' });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
