'use strict';
/**
 * The two loops, both bounded by a deadline and a call count. A call that throws stops the loop
 * and the benchmark: failures are never counted as throughput.
 *
 * @example const { calls, seconds } = await sequential((i) => client.v3(transactionId(i)), { ms: 1000, max: 1e5 });
 */

const now = () => process.hrtime.bigint();

/** One call at a time, for `ms` milliseconds or `max` calls. */
async function sequential(call, { ms, max, first = 0 }) {
  const start = now();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let calls = 0;
  while (calls < max) {
    await call(first + calls);
    calls += 1;
    if (now() >= deadline) break;
  }
  return { calls, seconds: Number(now() - start) / 1e9 };
}

/** `inFlight` calls outstanding at all times, for `ms` milliseconds or `max` calls in all. */
async function concurrent(call, { ms, max, inFlight = 64, first = 0 }) {
  const start = now();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let issued = 0;
  let calls = 0;
  let stop = false;
  const lane = async () => {
    while (!stop && issued < max) {
      const i = issued;
      issued += 1;
      await call(first + i);
      calls += 1;
      if (now() >= deadline) stop = true;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return { calls, seconds: Number(now() - start) / 1e9 };
}

/** Per-call figures of a loop's result. */
function figures({ calls, seconds }) {
  return { calls, seconds, rps: calls / seconds, usPerCall: (seconds * 1e6) / calls };
}

module.exports = { sequential, concurrent, figures, now };
