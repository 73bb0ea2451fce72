'use strict';
/**
 * Is memory flat? 20,000 sequential APIv3 calls through this SDK, each with a different
 * `{transaction_id}` (so any cache keyed by path or placeholder would grow), with RSS and
 * heapUsed read after forced collections (the worker runs with --expose-gc) once after warm-up
 * and once at the end.
 *
 * @example const { rssDelta, heapDelta } = await measureMemory(client);
 */
const { transactionId } = require('./fixtures');
const { sequential } = require('./measure');

const CALLS = 20_000;
// V8 grows its young generation (up to 2 × 16 MB of semi-space) while a fast allocation rate lasts:
// in this loop that takes about 10,000 calls. Warming up past it measures what calls retain, not
// V8 settling its heap size (heapTotal grows ~16 MB in the first 10,000 calls, then stays).
const WARM_UP = 12_000;
const SETTLE = 5_000;

async function settled() {
  if (typeof global.gc !== 'function') throw new Error('bench: run the memory worker with --expose-gc');
  for (let i = 0; i < 3; i += 1) {
    global.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function measureMemory(client) {
  // Warm-up ids never reappear among the measured ones.
  await sequential((i) => client.v3(transactionId(900_000_000 + i)), { ms: 60_000, max: WARM_UP });
  // The first forced collection hands pages back that the next few thousand calls take again (seen
  // with bare axios too, not only this SDK): read the baseline after one settled cycle.
  await settled();
  await sequential((i) => client.v3(transactionId(800_000_000 + i)), { ms: 60_000, max: SETTLE });
  const before = await settled();
  const run = await sequential((i) => client.v3(transactionId(i)), { ms: 480_000, max: CALLS });
  if (run.calls !== CALLS) throw new Error(`bench: the memory loop stopped after ${run.calls} calls`);
  const after = await settled();
  return { calls: run.calls, seconds: run.seconds, before, after, rssDelta: after.rss - before.rss, heapDelta: after.heapUsed - before.heapUsed };
}

module.exports = { measureMemory, MEMORY_CALLS: CALLS };
