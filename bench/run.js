'use strict';
/**
 * `npm run bench` (after the build): this SDK against the raw floor (node:http or undici with
 * node:crypto, no SDK), bare axios, wechatpay-axios-plugin@0.9.6 and wechatpay-node-v3 on a
 * loopback server, in one run. Order of work:
 *   1. keys, then the server in its own process;
 *   2. one worker process per client, alive for the whole run (peak RSS is per client);
 *      pre-flight: one call of each kind per client, every request checked by the server
 *      (APIv2 sign, APIv3 Authorization), then one tampered answer to see who verifies;
 *   3. warm-up, then ROUNDS rounds of every cell (call kind x loop x client), the clients
 *      interleaved cell by cell and their order rotated per round, so drift hits all alike;
 *   4. the crypto/XML primitives alone, 20,000 calls for memory, cold require/import times;
 *   5. the table on stdout and docs/benchmarks.md.
 * `node bench/run.js --quick` is a short smoke run; its figures are not written to the docs.
 */
const { fork } = require('node:child_process');
const { join } = require('node:path');
const os = require('node:os');
const { makeKeys } = require('./fixtures');
const { CLIENTS } = require('./clients');
const { summarise, printReport, writeDocs } = require('./report');
const { measureCold } = require('./cold');

const QUICK = process.argv.includes('--quick');
const ROUNDS = QUICK ? 1 : 9;
const CELL_MS = QUICK ? 300 : 1000;
/** Per client and call kind; V8 needs seconds, not milliseconds, to settle on this code. */
const WARM_MS = QUICK ? 300 : 1500;
/** No single request to a worker may take longer than this: the run as a whole is bounded. */
const ANSWER_LIMIT_MS = 120_000;
const ORDER = Object.keys(CLIENTS);
const KINDS = ['v2', 'v3'];
const LOOPS = ['seq', 'conc'];

function log(line) {
  process.stderr.write(`${line}\n`);
}

/** A forked worker.js: `ask` sends one task and resolves with its answer, never hangs. */
function spawnWorker(name, execArgv = [], limitMs = ANSWER_LIMIT_MS) {
  const child = fork(join(__dirname, 'worker.js'), [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let exited = false;
  child.once('exit', () => (exited = true));
  const ask = (message) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(`bench: worker ${name} is gone`));
      const fail = (why) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        reject(new Error(`bench: ${name} ${message.task}: ${why}`));
      };
      const timer = setTimeout(() => {
        fail(`no answer in ${limitMs} ms`);
        child.kill();
      }, limitMs);
      const onExit = (code) => fail(`exited with ${code}`);
      const onMessage = (reply) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (reply.type === 'result') resolve(reply.result);
        else reject(new Error(`bench: ${name} ${message.task} failed:\n${reply.message}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(message);
    });
  return { ask, kill: () => exited || child.kill() };
}

/** A one-shot task in a fresh process. */
async function runOnce(name, message, execArgv, limitMs) {
  const worker = spawnWorker(name, execArgv, limitMs);
  try {
    return await worker.ask(message);
  } finally {
    worker.kill();
  }
}

/** The loopback server: a child process that answers until told to stop. */
async function startServer(keys) {
  const child = fork(join(__dirname, 'server.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (message, type) =>
    new Promise((resolve) => {
      const on = (reply) => {
        if (reply.type !== type) return;
        child.off('message', on);
        resolve(reply);
      };
      child.on('message', on);
      child.send(message);
    });
  const { port } = await ask({ type: 'init', keys }, 'ready');
  return {
    port,
    checking: (on) => child.send({ type: 'checking', on }),
    checks: () => ask({ type: 'checks' }, 'checks'),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send({ type: 'stop' });
      }),
  };
}

/**
 * Every client's first requests must be valid for the comparison to mean anything: the server
 * checks each one on its own (fixtures.js), and the SDK's are kept for bare axios to replay.
 */
async function preflight(server, keys) {
  const workers = {};
  const checked = {};
  let replay;
  server.checking(true);
  // The SDK first: bare axios and the axios floor replay its requests.
  for (const client of ['sdk', ...ORDER.filter((name) => name !== 'sdk')]) {
    const worker = spawnWorker(client);
    workers[client] = worker;
    const { kinds } = await worker.ask({ task: 'setup', client, port: server.port, keys, replay });
    const result = await worker.ask({ task: 'preflight' });
    const { checks } = await server.checks();
    const bad = checks.filter((check) => !check.ok);
    if (bad.length || checks.length === 0) {
      throw new Error(`bench: pre-flight of ${client}: ${bad.map((c) => `${c.method} ${c.url}: ${c.problem}`).join('; ') || 'no request arrived'}`);
    }
    if (client === 'sdk') replay = { v2: checks.find((c) => c.method === 'POST'), v3: checks.find((c) => c.method === 'GET') };
    checked[client] = { ...result, kinds, checked: checks.length };
    log(`pre-flight ${client}: ${checks.length} requests valid; tampered answer ${result.tamper}`);
  }
  server.checking(false);
  return { workers, checked };
}

async function main() {
  const started = Date.now();
  const load = [os.loadavg()[0]];
  log('bench: making keys and starting the loopback server');
  const keys = makeKeys();
  const server = await startServer(keys);
  let workers = {};
  try {
    const pre = await preflight(server, keys);
    workers = pre.workers;
    for (const client of ORDER) {
      for (const kind of pre.checked[client].kinds) await workers[client].ask({ task: 'warm', kind, ms: WARM_MS });
    }
    log(`bench: warmed up; ${ROUNDS} round(s) of ${CELL_MS} ms cells, clients interleaved`);
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = [...ORDER.slice(round % ORDER.length), ...ORDER.slice(0, round % ORDER.length)];
      for (const kind of KINDS) {
        for (const loop of LOOPS) {
          for (const client of order) {
            if (!pre.checked[client].kinds.includes(kind)) continue;
            const figures = await workers[client].ask({ task: 'cell', kind, loop, ms: CELL_MS });
            rounds.push({ round, client, cell: `${kind}.${loop}`, ...figures });
          }
        }
      }
      log(`round ${round + 1}/${ROUNDS} done`);
    }
    const peakRss = {};
    for (const client of ORDER) peakRss[client] = (await workers[client].ask({ task: 'finish' })).peakRss;
    log('bench: timing the crypto/XML primitives alone');
    const primitives = await runOnce('primitives', { task: 'primitives', keys });
    log('bench: 20,000 calls with different placeholder values, for memory');
    // 37,000 calls in all: on a machine shared with other work that takes minutes, not seconds.
    const memory = await runOnce('memory', { task: 'memory', port: server.port, keys }, ['--expose-gc'], 600_000);
    log('bench: cold require and import, in fresh processes');
    const cold = measureCold(QUICK ? 3 : undefined);
    const { served } = await server.checks();
    load.push(os.loadavg()[0]);
    const summary = summarise({
      rounds,
      peakRss,
      preflight: pre.checked,
      primitives,
      memory,
      cold,
      served,
      load,
      settings: { ROUNDS, CELL_MS, WARM_MS, QUICK },
      seconds: (Date.now() - started) / 1000,
    });
    printReport(summary);
    if (QUICK) log('bench: --quick run, docs/benchmarks.md left as it was');
    else writeDocs(summary, join(__dirname, '..', 'docs', 'benchmarks.md'));
  } finally {
    for (const worker of Object.values(workers)) worker.kill();
    await server.stop();
  }
}

main().catch((error) => {
  log(error.stack ?? String(error));
  process.exitCode = 1;
});
