'use strict';
/**
 * The figures as text: the tables and lines printed on stdout (printReport) and written into
 * docs/benchmarks.md (writeDocs, which keeps what follows its marker line).
 *
 * @example printReport(summarise(figures)); writeDocs(summarise(figures), 'docs/benchmarks.md');
 */
const { KINDS, CALL_NAMES, LOOP_NAMES, LABELS, MB } = require('./report');

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
    `require: wechatpay-ts ${n1(c.cjs.sdk)}, axios alone ${n1(c.cjs.axios)}; import(): wechatpay-ts ${n1(c.esm.sdk)}, axios alone ${n1(c.esm.axios)}. ` +
    `CPU time of the same loads: require ${n1(c.cjs.cpu.sdk)} and ${n1(c.cjs.cpu.axios)}; import() ${n1(c.esm.cpu.sdk)} and ${n1(c.esm.cpu.axios)}.`
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

module.exports = { printReport, table, throughputTable, clientTable, overheadTable, primitivesLine, memoryLine, coldLine, targetTable, loadLine, n1 };
