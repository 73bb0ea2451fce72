'use strict';
/**
 * One client's side of the benchmark, in a process of its own (forked by run.js) so its peak RSS
 * and JIT state are its own. A client worker lives for the whole run, idle between the cells that
 * run.js asks for, so it warms up once and the rounds of all clients can be interleaved.
 *
 * Messages (each answered with {type:'result', result} or {type:'error', message}):
 *   {task:'setup', client, port, keys, replay}  build the client
 *   {task:'preflight'}                         one call of each kind, then a tampered answer
 *   {task:'warm', kind, ms}                    warm-up at 64 in flight, then sequentially
 *   {task:'cell', kind, loop, ms}              one timed loop: 'seq' or 'conc' (64 in flight)
 *   {task:'finish'}                            peak RSS, then exit
 *   {task:'primitives', keys} / {task:'memory', port, keys}   one-shot, in their own processes
 */
const { CLIENTS } = require('./clients');
const { TAMPER_ID, transactionId } = require('./fixtures');
const { sequential, concurrent, figures } = require('./measure');
const { measurePrimitives } = require('./primitives');
const { measureMemory } = require('./memory');

const IN_FLIGHT = 64;
/** An upper bound on calls per loop, whatever the deadline says. */
const MAX_CALLS = 200_000;

let client;
/** Each loop starts its ids where the last one stopped, so no two calls share a placeholder value. */
let nextId = 1;

function callOf(kind) {
  const fn = client[kind];
  if (!fn) throw new Error(`bench: this client has no ${kind} call`);
  return kind === 'v3' ? (i) => fn(transactionId(i)) : fn;
}

async function loop(kind, mode, ms) {
  const run = mode === 'seq' ? sequential : concurrent;
  const cpu = process.cpuUsage();
  const result = await run(callOf(kind), { ms, max: MAX_CALLS, inFlight: IN_FLIGHT, first: nextId });
  const used = process.cpuUsage(cpu);
  nextId += result.calls + IN_FLIGHT;
  return { ...figures(result), cpuUsPerCall: (used.user + used.system) / result.calls };
}

async function preflight() {
  const done = [];
  if (client.v2) done.push(await client.v2(0).then(() => 'v2'));
  if (client.v3) done.push(await client.v3(transactionId(0)).then(() => 'v3'));
  // A replaying client sends the same fixed request whatever id it is given: nothing to tamper.
  let tamper = 'n/a (replays a fixed request)';
  if (client.v3 && !client.replays) {
    tamper = await client.v3(TAMPER_ID).then(
      () => 'accepted',
      (error) => `rejected (${error.name}${error.code ? ` ${error.code}` : ''})`,
    );
  }
  return { done, tamper };
}

async function handle(message) {
  switch (message.task) {
    case 'setup':
      client = CLIENTS[message.client](message);
      return { kinds: ['v2', 'v3'].filter((kind) => client[kind]) };
    case 'preflight':
      return preflight();
    case 'warm':
      await loop(message.kind, 'conc', message.ms);
      await loop(message.kind, 'seq', message.ms / 2);
      return {};
    case 'cell':
      return loop(message.kind, message.loop, message.ms);
    case 'finish':
      return { peakRss: process.resourceUsage().maxRSS * 1024 };
    case 'primitives':
      return measurePrimitives(message.keys);
    case 'memory':
      return measureMemory(CLIENTS.sdk(message));
    default:
      throw new Error(`bench: unknown task ${message.task}`);
  }
}

process.on('message', (message) => {
  handle(message).then(
    (result) =>
      process.send({ type: 'result', result }, () => {
        if (['finish', 'primitives', 'memory'].includes(message.task)) process.exit(0);
      }),
    (error) => process.send({ type: 'error', message: error.stack ?? String(error) }, () => process.exit(1)),
  );
});
// Never outlive run.js.
process.on('disconnect', () => process.exit(1));
