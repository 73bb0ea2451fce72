'use strict';
/** docs/benchmarks.md from the figures: the part above its marker line is rewritten, the rest kept. */
const { readFileSync, writeFileSync } = require('node:fs');
const { clientTable, coldLine, loadLine, memoryLine, n1, overheadTable, primitivesLine, targetTable, throughputTable } = require('./text');

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

module.exports = { writeDocs };
