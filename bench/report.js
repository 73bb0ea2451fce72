'use strict';
/**
 * Figures to verdicts: medians over the rounds, ratios to wechatpay-axios-plugin and to the raw
 * floor, the SDK's own overhead per call, and the targets. bench/text.js writes them out.
 *
 * @example printReport(summarise({ rounds, preflight, primitives, memory, served, settings, seconds }));
 */
const os = require('node:os');
const { MEMORY_CALLS } = require('./memory');

/**
 * The targets: CPU per call against the raw node:http floor (issue 16: judged on the fastest of the
 * interleaved rounds, the steadiest figure on a shared machine, with the median beside it) and
 * against the plugin (issue 11), throughput, cold load, memory.
 */
const TARGETS = { v2Floor: 1.6, v3Floor: 1.25, v2CpuVsPlugin: 2.0, v3CpuVsPlugin: 1.3, v3ConcVsPlugin: 1.8, coldMs: 15, memoryMB: 5 };
/** The yardstick: a client on node:http doing the same signing, verifying and parsing, no SDK. */
const FLOOR = 'raw-http';
const KINDS = ['v2', 'v3'];
const LOOPS = ['seq', 'conc'];
const CALL_NAMES = { v2: 'v2 payitil/report (seed)', v3: 'v3 GET transactions/id/{id}, signed + verified' };
const LOOP_NAMES = { seq: 'sequential', conc: '64 in flight' };
const MB = 1024 * 1024;

function version(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return '?';
  }
}

const LABELS = {
  sdk: `wechatpay-ts ${require('../package.json').version} (dist)`,
  'raw-http': 'raw node:http + node:crypto (the floor)',
  'raw-undici': `raw undici ${version('undici')} + node:crypto`,
  bare: `bare axios ${version('axios')} (same bytes)`,
  floor: 'bare axios + primitives (verifying floor)',
  plugin: `wechatpay-axios-plugin ${version('wechatpay-axios-plugin')}`,
  'node-v3': `wechatpay-node-v3 ${version('wechatpay-node-v3')} (signs only, no verify)`,
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise({ rounds, peakRss, preflight, primitives, memory, cold, served, load, settings, seconds }) {
  const clients = Object.keys(peakRss);
  const cells = cellsOf(rounds, clients);
  const cell = (kind, loop, client) => cells.find((c) => c.kind === kind && c.loop === loop && c.client === client);
  for (const c of cells) {
    const base = cell(c.kind, c.loop, 'plugin');
    c.vsPlugin = base ? c.rps / base.rps : undefined;
    const floor = cell(c.kind, c.loop, FLOOR);
    c.vsFloorCpu = floor ? c.cpuUsPerCall / floor.cpuUsPerCall : undefined;
    c.vsFloorCpuBest = floor ? c.cpuBest / floor.cpuBest : undefined;
  }
  const cpus = os.cpus();
  const machine = {
    node: process.version,
    cores: cpus.length,
    cpu: cpus[0]?.model ?? '?',
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memoryGB: (os.totalmem() / 1024 ** 3).toFixed(0),
  };
  return {
    cells,
    peakRss,
    overhead: overheadOf(cell, primitives),
    primitives,
    memory,
    cold,
    preflight,
    served,
    load,
    targets: targetsOf(cell, cold, memory),
    machine,
    settings,
    seconds,
    clients,
    date: new Date().toISOString(),
  };
}

/** Per call kind, loop and client: the medians over the rounds. */
function cellsOf(rounds, clients) {
  const cells = [];
  for (const kind of KINDS) {
    for (const loop of LOOPS) {
      for (const client of clients) {
        const runs = rounds.filter((r) => r.client === client && r.cell === `${kind}.${loop}`);
        if (!runs.length) continue;
        const rps = runs.map((f) => f.rps);
        cells.push({
          kind,
          loop,
          client,
          rps: median(rps),
          usPerCall: median(runs.map((f) => f.usPerCall)),
          cpuUsPerCall: median(runs.map((f) => f.cpuUsPerCall)),
          // The fastest round: the least CPU per call this client spent in any round.
          cpuBest: Math.min(...runs.map((f) => f.cpuUsPerCall)),
          spread: (Math.max(...rps) - Math.min(...rps)) / median(rps),
          calls: runs.reduce((sum, f) => sum + f.calls, 0),
        });
      }
    }
  }
  return cells;
}

/** Own overhead = sequential µs/call − bare axios' µs/call − the primitives' µs/call. */
function overheadOf(cell, primitives) {
  const overhead = {};
  for (const kind of KINDS) {
    overhead[kind] = {};
    for (const client of ['sdk', 'plugin']) {
      const own = cell(kind, 'seq', client);
      const floor = cell(kind, 'seq', 'bare');
      const verifying = cell(kind, 'seq', 'floor');
      if (own && floor && verifying) {
        overhead[kind][client] = {
          total: own.usPerCall,
          bare: floor.usPerCall,
          primitives: primitives[kind],
          own: own.usPerCall - floor.usPerCall - primitives[kind],
          floor: verifying.usPerCall,
          direct: own.usPerCall - verifying.usPerCall,
          // CPU time is what this process itself spent: steadier than wall time on a shared
          // machine, where another tenant's load stretches every wall-clock figure.
          cpu: own.cpuUsPerCall - verifying.cpuUsPerCall,
        };
      }
    }
  }
  return overhead;
}

/** Each target of TARGETS: what it is, what is wanted, what was measured, whether it is met. */
function targetsOf(cell, cold, memory) {
  const sdkCell = (kind, loop) => cell(kind, loop, 'sdk') ?? { cpuUsPerCall: Infinity, rps: 0, vsFloorCpu: Infinity };
  const cpuVsPlugin = (kind, loop) => (cell(kind, loop, 'plugin')?.cpuUsPerCall ?? 0) / sdkCell(kind, loop).cpuUsPerCall;
  const x = (value) => `${value.toFixed(2)}×`;
  return [
    ...KINDS.flatMap((kind) =>
      LOOPS.map((loop) => {
        const want = kind === 'v2' ? TARGETS.v2Floor : TARGETS.v3Floor;
        const best = sdkCell(kind, loop).vsFloorCpuBest ?? Infinity;
        const med = sdkCell(kind, loop).vsFloorCpu ?? Infinity;
        return {
          what: `${kind} CPU per call ÷ the raw node:http floor's, ${LOOP_NAMES[loop]}: fastest round (median)`,
          want: `≤ ${x(want)}`,
          got: `${x(best)} (${x(med)})`,
          met: best <= want,
        };
      }),
    ),
    ...KINDS.flatMap((kind) =>
      LOOPS.map((loop) => {
        const want = kind === 'v2' ? TARGETS.v2CpuVsPlugin : TARGETS.v3CpuVsPlugin;
        const got = cpuVsPlugin(kind, loop);
        return { what: `${kind} CPU per call: wechatpay-axios-plugin's ÷ the SDK's, ${LOOP_NAMES[loop]}`, want: `≥ ${x(want)}`, got: x(got), met: got >= want };
      }),
    ),
    {
      what: "v3 throughput at 64 in flight ÷ wechatpay-axios-plugin's",
      want: `≥ ${x(TARGETS.v3ConcVsPlugin)}`,
      got: x(sdkCell('v3', 'conc').vsPlugin ?? 0),
      met: (sdkCell('v3', 'conc').vsPlugin ?? 0) >= TARGETS.v3ConcVsPlugin,
    },
    ...['cjs', 'esm'].map((format) => {
      // Judged on CPU time: on a shared machine the wall time also counts waiting for a core.
      const wall = cold[format].sdk - cold[format].axios;
      const got = cold[format].cpu.sdk - cold[format].cpu.axios;
      const how = format === 'cjs' ? "require('wechatpay-ts')" : "import('wechatpay-ts')";
      return {
        what: `cold ${how} − the same of axios alone, CPU time (fresh processes, median of ${cold.runs})`,
        want: `≤ ${TARGETS.coldMs} ms`,
        got: `${got.toFixed(1)} ms (wall ${wall.toFixed(1)} ms)`,
        met: got <= TARGETS.coldMs,
      };
    }),
    {
      what: `RSS growth over ${MEMORY_CALLS.toLocaleString('en')} v3 calls, each a new {transaction_id}`,
      want: `≤ ${TARGETS.memoryMB} MB`,
      got: `${(memory.rssDelta / MB).toFixed(2)} MB`,
      met: memory.rssDelta <= TARGETS.memoryMB * MB,
    },
    {
      what: 'heapUsed growth over the same calls',
      want: `≤ ${TARGETS.memoryMB} MB`,
      got: `${(memory.heapDelta / MB).toFixed(2)} MB`,
      met: memory.heapDelta <= TARGETS.memoryMB * MB,
    },
  ];
}

module.exports = { summarise, TARGETS, KINDS, CALL_NAMES, LOOP_NAMES, LABELS, MB };
