'use strict';
/**
 * Where a call's CPU goes: `node bench/profile.js [v2|v3] [calls]` (after `npm run build`) runs
 * that many sequential calls of this SDK against the loopback server (its own process) under the
 * V8 CPU profiler, then prints self time per area (the SDK, axios, undici, node:crypto and the
 * rest of Node's internals, …) and the hottest functions (PROFILE_AREA, PROFILE_TOP: see below). docs/benchmarks.md quotes its output.
 */
const { fork } = require('node:child_process');
const { Session } = require('node:inspector');
const { join, sep } = require('node:path');
const { makeKeys, transactionId } = require('./fixtures');
const { CLIENTS } = require('./clients');
const { sequential } = require('./measure');

const KIND = process.argv[2] === 'v2' ? 'v2' : 'v3';
const CALLS = Math.min(Number(process.argv[3]) || 5000, 100_000);
const WARM = 3000;
const CLIENT = process.argv[4] ?? 'sdk';
/** PROFILE_AREA=axios (or wechatpay-ts, undici, …) lists that area's functions only; PROFILE_TOP how many. */
const AREA = process.env.PROFILE_AREA;
const TOP = Math.min(Number(process.env.PROFILE_TOP) || 25, 500);

function post(session, method, params = {}) {
  return new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
}

/** The area a profile node's code belongs to. */
function areaOf(url, name) {
  if (!url) return name === '(garbage collector)' ? 'GC' : name === '(program)' || name === '(idle)' ? 'idle/program' : 'native (crypto, zlib, sockets)';
  const path = url.replace('file://', '');
  const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (path.includes(`${sep}dist${sep}`)) return 'wechatpay-ts';
  if (path.startsWith('node:')) return `node (${path.slice(5).split('/')[1] ?? path.slice(5)})`;
  if (path.includes(`${sep}bench${sep}`)) return 'bench loop';
  return 'other';
}

async function main() {
  const keys = makeKeys();
  const server = fork(join(__dirname, 'server.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve) => {
    server.on('message', (reply) => reply.type === 'ready' && resolve(reply.port));
    server.send({ type: 'init', keys });
  });
  try {
    const client = CLIENTS[CLIENT]({ port, keys });
    const call = KIND === 'v3' ? (i) => client.v3(transactionId(i)) : () => client.v2();
    await sequential(call, { ms: 60_000, max: WARM, first: 500_000_000 });
    const session = new Session();
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 50 });
    await post(session, 'Profiler.start');
    const cpu = process.cpuUsage();
    const run = await sequential(call, { ms: 120_000, max: CALLS, first: 1 });
    const used = process.cpuUsage(cpu);
    const { profile } = await post(session, 'Profiler.stop');
    session.disconnect();

    // Self time per node, from the sample counts.
    const self = new Map();
    for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
    const total = profile.samples.length;
    const byArea = new Map();
    const byFunction = new Map();
    for (const node of profile.nodes) {
      const hits = self.get(node.id) ?? 0;
      if (!hits) continue;
      const { url, functionName, lineNumber } = node.callFrame;
      const area = areaOf(url, functionName);
      byArea.set(area, (byArea.get(area) ?? 0) + hits);
      const where = `${functionName || '(anonymous)'} ${url ? `${url.split(/[\\/]/).slice(-2).join('/')}:${lineNumber + 1}` : ''}`.trim();
      const key = `${area} | ${where}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    }
    const usPerCall = (used.user + used.system) / run.calls;
    const idle = byArea.get('idle/program') ?? 0;
    const busy = total - idle;
    const line = (hits) => `${((hits / busy) * usPerCall).toFixed(1).padStart(7)} µs  ${((hits / busy) * 100).toFixed(1).padStart(5)}%`;
    process.stdout.write(`${CLIENT} ${KIND}: ${run.calls} sequential calls, ${usPerCall.toFixed(1)} CPU µs/call; self time by area (idle excluded):\n`);
    for (const [area, hits] of [...byArea].filter(([area]) => area !== 'idle/program').sort((a, b) => b[1] - a[1])) {
      process.stdout.write(`  ${line(hits)}  ${area}\n`);
    }
    process.stdout.write('hottest functions:\n');
    for (const [key, hits] of [...byFunction]
      .filter(([key]) => !key.startsWith('idle') && (!AREA || key.startsWith(`${AREA} |`)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)) {
      process.stdout.write(`  ${line(hits)}  ${key}\n`);
    }
  } finally {
    server.send({ type: 'stop' });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
