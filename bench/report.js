'use strict';
/**
 * Figures to verdicts and text: medians over the rounds, ratios to wechatpay-axios-plugin, the
 * SDK's own overhead per call, the targets, the table on stdout and docs/benchmarks.md.
 *
 * @example printReport(summarise({ rounds, preflight, primitives, memory, served, settings, seconds }));
 */
const { readFileSync, writeFileSync } = require('node:fs');
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
  const cells = [];
  for (const kind of KINDS) {
    for (const loop of LOOPS) {
      const key = `${kind}.${loop}`;
      for (const client of clients) {
        const runs = rounds.filter((r) => r.client === client && r.cell === key);
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
  const cell = (kind, loop, client) => cells.find((c) => c.kind === kind && c.loop === loop && c.client === client);
  for (const c of cells) {
    const base = cell(c.kind, c.loop, 'plugin');
    c.vsPlugin = base ? c.rps / base.rps : undefined;
    const floor = cell(c.kind, c.loop, FLOOR);
    c.vsFloorCpu = floor ? c.cpuUsPerCall / floor.cpuUsPerCall : undefined;
    c.vsFloorCpuBest = floor ? c.cpuBest / floor.cpuBest : undefined;
  }

  // Own overhead = sequential µs/call − bare axios' µs/call − the primitives' µs/call.
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

  const sdkCell = (kind, loop) => cell(kind, loop, 'sdk') ?? { cpuUsPerCall: Infinity, rps: 0, vsFloorCpu: Infinity };
  const cpuVsPlugin = (kind, loop) => (cell(kind, loop, 'plugin')?.cpuUsPerCall ?? 0) / sdkCell(kind, loop).cpuUsPerCall;
  const x = (value) => `${value.toFixed(2)}×`;
  const targets = [
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
      const got = cold[format].sdk - cold[format].axios;
      const how = format === 'cjs' ? "require('wechatpay-ts')" : "import('wechatpay-ts')";
      return {
        what: `cold ${how} − the same of axios alone (fresh processes, median of ${cold.runs})`,
        want: `≤ ${TARGETS.coldMs} ms`,
        got: `${got.toFixed(1)} ms`,
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
    overhead,
    primitives,
    memory,
    cold,
    preflight,
    served,
    load,
    targets,
    machine,
    settings,
    seconds,
    clients,
    date: new Date().toISOString(),
  };
}

// ---- text ----

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const n0 = (x) => Math.round(x).toLocaleString('en');
const n1 = (x) => x.toFixed(1);

function throughputTable(s) {
  return table(
    ['call', 'loop', 'client', 'req/s', 'µs/call', 'CPU µs/call', 'CPU × floor', 'fastest round: CPU µs/call', 'fastest × floor', 'req/s × plugin', 'spread'],
    s.cells.map((c) => [
      CALL_NAMES[c.kind],
      LOOP_NAMES[c.loop],
      LABELS[c.client],
      n0(c.rps),
      n1(c.usPerCall),
      n1(c.cpuUsPerCall),
      c.vsFloorCpu === undefined ? '—' : `${c.vsFloorCpu.toFixed(2)}×`,
      n1(c.cpuBest),
      c.vsFloorCpuBest === undefined ? '—' : `${c.vsFloorCpuBest.toFixed(2)}×`,
      c.vsPlugin === undefined ? '—' : `${c.vsPlugin.toFixed(2)}×`,
      `±${((c.spread * 100) / 2).toFixed(1)}%`,
    ]),
  );
}

function clientTable(s) {
  return table(
    ['client', 'peak RSS', 'pre-flight requests valid', 'tampered v3 answer'],
    s.clients.map((client) => [
      LABELS[client],
      `${(s.peakRss[client] / MB).toFixed(1)} MB`,
      `${s.preflight[client]?.checked ?? 0}/${s.preflight[client]?.checked ?? 0}`,
      s.preflight[client]?.tamper ?? '—',
    ]),
  );
}

function overheadTable(s) {
  const rows = [];
  for (const kind of KINDS) {
    for (const client of ['sdk', 'plugin']) {
      const o = s.overhead[kind][client];
      if (o)
        rows.push([
          CALL_NAMES[kind],
          LABELS[client],
          n1(o.total),
          n1(o.bare),
          n1(o.primitives),
          `**${n1(o.own)}**`,
          n1(o.floor),
          `**${n1(o.direct)}**`,
          `**${n1(o.cpu)}**`,
        ]);
    }
  }
  return table(
    [
      'call',
      'client',
      'µs/call',
      'bare axios',
      'primitives alone',
      'own = µs − bare − primitives',
      'verifying floor',
      'own = µs − floor',
      'own CPU = CPU µs − floor CPU µs',
    ],
    rows,
  );
}

function primitivesLine(s) {
  const p = s.primitives.parts;
  return (
    `Primitives alone (µs/call, the SDK's exports): Rsa.sign ${n1(p.rsaSign)} + Rsa.verify ${n1(p.rsaVerify)} = ${n1(s.primitives.v3)} per v3 call; ` +
    `Hash.sign ${n1(p.hashSign)} + Transformer.toXml ${n1(p.toXml)} + Transformer.toArray ${n1(p.toArray)} = ${n1(s.primitives.v2)} per v2 call.`
  );
}

function memoryLine(s) {
  const m = s.memory;
  return (
    `Memory: ${m.calls.toLocaleString('en')} sequential v3 calls through the SDK in ${n1(m.seconds)} s, each with a different {transaction_id}; ` +
    `after forced GC: RSS ${(m.before.rss / MB).toFixed(1)} → ${(m.after.rss / MB).toFixed(1)} MB (${(m.rssDelta / MB).toFixed(2)} MB), ` +
    `heapUsed ${(m.before.heapUsed / MB).toFixed(1)} → ${(m.after.heapUsed / MB).toFixed(1)} MB (${(m.heapDelta / MB).toFixed(2)} MB).`
  );
}

function coldLine(s) {
  const c = s.cold;
  return (
    `Cold load (ms from just before to just after, in a fresh process each, median of ${c.runs}): ` +
    `require: wechatpay-ts ${n1(c.cjs.sdk)}, axios alone ${n1(c.cjs.axios)}; import(): wechatpay-ts ${n1(c.esm.sdk)}, axios alone ${n1(c.esm.axios)}.`
  );
}

function targetTable(s) {
  return table(
    ['target', 'wanted', 'measured', 'met'],
    s.targets.map((t) => [t.what, t.want, t.got, t.met ? 'yes' : '**no**']),
  );
}

function loadLine(s) {
  return `load average ${s.load[0].toFixed(2)} at the start, ${s.load[1].toFixed(2)} at the end`;
}

function printReport(s) {
  const out = [
    '',
    `node ${s.machine.node}, ${s.machine.cores} cores (${s.machine.cpu}), ${s.settings.ROUNDS} round(s) × ${s.settings.CELL_MS} ms per cell, medians; ${loadLine(s)}`,
    '',
    throughputTable(s),
    '',
    clientTable(s),
    '',
    overheadTable(s),
    primitivesLine(s),
    '',
    memoryLine(s),
    coldLine(s),
    '',
    targetTable(s),
    '',
    `done in ${n1(s.seconds)} s`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Below this line docs/benchmarks.md is written by hand or by other scripts: a run keeps it. */
const KEPT = '<!-- Everything below this line is kept as it is by bench/run.js. -->';

function writeDocs(s, path) {
  let kept = '';
  try {
    const old = readFileSync(path, 'utf8');
    if (old.includes(KEPT)) kept = old.slice(old.indexOf(KEPT) + KEPT.length).trimStart();
  } catch {
    // No file yet.
  }
  const doc = `# Benchmarks

Written by \`npm run bench\` (bench/run.js); re-run it to refresh every figure below. Last run
${s.date.slice(0, 16).replace('T', ' ')} UTC, ${n1(s.seconds)} s (the build before it not counted).

\`\`\`sh
npm run bench        # = npm run build && node bench/run.js
\`\`\`

Machine: node ${s.machine.node}, ${s.machine.cores} cores (${s.machine.cpu}), ${s.machine.memoryGB} GiB, ${s.machine.os};
${loadLine(s)} (1-minute; above 1 means other work shared the two cores, and the spread column grows).
${Math.max(...s.load) > 1 ? '\n**This run shared the machine with other work: treat differences smaller than the spread as noise, and re-run on an idle machine for figures to quote.**\n' : ''}

## What runs

- **Server**: a node:http server on 127.0.0.1 in its own process (child_process.fork), so it
  uses the second core and not the client's. Its answers are bytes made in advance: the APIv2
  report answer is WeChat's \`<xml><return_code>SUCCESS…</xml>\` (payitil/report answers carry no
  \`sign\`); the APIv3 answer (a 700-byte transaction) is signed with the platform key once at start
  and re-signed once a minute, not per request.
- **Pre-flight, before any timing**: each client makes one call of each kind and the server checks
  every request on its own (node:crypto and a regex, not the code under test): the APIv2 MD5
  \`sign\` and the seed fields; the APIv3 \`Authorization\` (mchid, serial, timestamp, RSA signature
  over method, path, query and body). Then the server answers one v3 call with a body that its
  signature does not cover, to show which clients verify answers.
- **Clients**, each in one worker process of its own for the whole run (so peak RSS is per
  client): this SDK from \`dist/index.cjs\`; **the raw floor**, a client written directly on
  node:http (keep-alive agent) and one on undici (one pool), no SDK and no axios, doing per call
  what a correct client must: v2 a fresh nonce, the MD5 sign, the XML by a string template and a
  flat parse of the answer; v3 a fresh nonce and timestamp, the RSA-SHA256 Authorization, the
  answer's serial, age and signature checked, then JSON.parse (node:crypto with KeyObjects made
  once); bare axios replaying the SDK's pre-flight request
  byte for byte (no signing, verifying or parsing: the transport floor); the verifying floor, that
  same replay plus only the primitives on every call (v3: Rsa.sign of a fresh request string and
  Rsa.verify of the real answer; v2: Hash.sign, Transformer.toXml, Transformer.toArray; all from
  the SDK's exports); wechatpay-axios-plugin@0.9.6 with its \`certs\`, so it verifies answers;
  wechatpay-node-v3, whose \`query()\` signs but cannot verify (its HTTP layer returns status and
  body only, without the Wechatpay-* headers; its fixed api.mch.weixin.qq.com origin is rewritten
  to the loopback server in its own superagent service). wechatpay-node-v3 has no APIv2 report call.
- **Calls**: \`wx.v2.payitil.report.post({ xml: seed })\` (the seed of payitil-report) and
  \`wx.v3.pay.transactions.id._transaction_id_.get({ transaction_id, query: { mchid } })\` with a new
  id per call. Each worker first warms up (${s.settings.WARM_MS} ms at 64 in flight, then half that
  sequentially, per call kind). Then ${s.settings.ROUNDS} rounds: in each, every cell (call kind ×
  loop × client) runs for ${s.settings.CELL_MS} ms, the clients interleaved cell by cell and their
  order rotated per round, so a burst of other load hits all of them alike. Loops: sequential (one
  call at a time) and 64 in flight. Figures are medians over the rounds, with each client's
  fastest round (its least CPU per call in any round) beside them: on a shared machine the fastest
  round is the steadiest figure, and the targets against the floor are judged on it. Spread is
  half the min–max range of req/s.

## Throughput

${throughputTable(s)}

Reading it: µs/call is latency in the sequential loop and wall time ÷ calls at 64 in flight; CPU
µs/call is the client process' CPU time (all its threads) ÷ calls. At 64 in flight a client is
CPU-bound, so its throughput is about 10⁶ ÷ its CPU µs/call: an RSA-2048 signature (about 0.4 ms
here) is most of it for every v3 client. The verifying floor is the least any client can cost that
signs and verifies through axios; it is measured in the same rounds as the rest, so it is the
fairest yardstick for a client's own plumbing.

## Clients

${clientTable(s)}

## The SDK's own overhead per call

Sequential µs/call minus bare axios (the transport and server) minus the cryptographic and XML
work the call needs anyway.

How to read it:
- "primitives alone" are timed in a tight loop, hot in the caches; inside a real call the RSA work
  runs with the HTTP code around it and costs more, so "µs − bare − primitives" overstates every
  v3 client's own cost (the verifying floor, bare axios plus the same primitives on every real
  call, sits well above bare + primitives alone). "own = µs − floor" compares like with like;
  the CPU column does the same with the process's own CPU time, which another tenant's load on a
  shared machine does not stretch.
- The SDK sends with \`maxRedirects: 0\` (WeChat Pay never redirects an API call), which skips
  axios' follow-redirects wrapper; bare axios is run with axios' defaults, so the SDK's v2 call can
  come out below it.

${overheadTable(s)}

${primitivesLine(s)}

## Memory and cold load

${memoryLine(s)}

${coldLine(s)}

## Targets (2-core machine)

${targetTable(s)}

${KEPT}

${kept}`;
  writeFileSync(path, `${doc.trimEnd()}\n`);
  process.stderr.write(`bench: wrote ${path}\n`);
}

module.exports = { summarise, printReport, writeDocs, TARGETS };
