'use strict';
/**
 * The loopback stand-in for api.mch.weixin.qq.com, run in its own process (child_process.fork)
 * so its work never lands on the client's CPU time. It is kept cheap: every answer is bytes made
 * in advance. The APIv3 answer is signed with the platform key once at start and re-signed once
 * a minute (so Wechatpay-Timestamp stays inside the 300 s window), not per request.
 * Requests are checked (sign / Authorization) only while run.js has switched checking on: the
 * correctness pre-flight before any timing.
 *
 * Messages from run.js: {type:'init', keys} -> {type:'ready', port}; {type:'checking', on};
 * {type:'checks'} -> {type:'checks', checks, served}; {type:'stop'}.
 */
const { createServer } = require('node:http');
const { createSign, randomBytes } = require('node:crypto');
const { TAMPER_ID, V2_ANSWER, V3_ANSWER, PLATFORM_SERIAL, checkV2, checkV3 } = require('./fixtures');

const V2_PATH = '/payitil/report';
const V3_PREFIX = '/v3/pay/transactions/id/';

let checking = false;
let checks = [];
const served = { v2: 0, v3: 0, other: 0 };

const v2Body = Buffer.from(V2_ANSWER);
const v2Head = ['Content-Type', 'text/xml; charset=utf-8', 'Content-Length', String(v2Body.length)];
const v3Body = Buffer.from(V3_ANSWER);
const tamperedBody = Buffer.from(V3_ANSWER.replace('"SUCCESS"', '"SUCCEED"'));
let v3Head = [];

function signAnswer(platformPrivatePem) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const signature = createSign('RSA-SHA256').update(`${timestamp}\n${nonce}\n${V3_ANSWER}\n`).sign(platformPrivatePem, 'base64');
  v3Head = [
    'Content-Type',
    'application/json',
    'Content-Length',
    String(v3Body.length),
    'Request-ID',
    `08B1D5A7A90610${nonce.slice(0, 10)}`,
    'Wechatpay-Nonce',
    nonce,
    'Wechatpay-Serial',
    PLATFORM_SERIAL,
    'Wechatpay-Signature',
    signature,
    'Wechatpay-Timestamp',
    timestamp,
  ];
}

function notFound(res) {
  served.other += 1;
  res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"code":"RESOURCE_NOT_EXISTS","message":"no such route"}');
}

function start(keys) {
  signAnswer(keys.platform.privatePem);
  setInterval(() => signAnswer(keys.platform.privatePem), 60_000).unref();
  const server = createServer((req, res) => {
    const chunks = checking ? [] : undefined;
    req.on('data', (chunk) => chunks?.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '';
      const isV2 = req.method === 'POST' && url === V2_PATH;
      const isV3 = req.method === 'GET' && url.startsWith(V3_PREFIX);
      if (checking) {
        const body = Buffer.concat(chunks).toString('utf8');
        const problem = isV2 ? checkV2(body) : isV3 ? checkV3(req.method, url, req.headers, body, keys.merchant.publicPem) : `unexpected ${req.method} ${url}`;
        checks.push({ method: req.method, url, headers: req.headers, body, ok: problem === undefined, problem });
      }
      if (isV2) {
        served.v2 += 1;
        res.writeHead(200, v2Head).end(v2Body);
      } else if (isV3) {
        served.v3 += 1;
        const tampered = url.slice(V3_PREFIX.length).startsWith(TAMPER_ID);
        res.writeHead(200, v3Head).end(tampered ? tamperedBody : v3Body);
      } else {
        notFound(res);
      }
    });
  });
  // Idle keep-alive sockets must outlive the pause between one worker and the next.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port }));
  return server;
}

let server;
process.on('message', (message) => {
  if (message.type === 'init') server = start(message.keys);
  else if (message.type === 'checking') checking = message.on;
  else if (message.type === 'checks') {
    process.send({ type: 'checks', checks, served: { ...served } });
    checks = [];
  } else if (message.type === 'stop') {
    server?.closeAllConnections();
    server?.close(() => process.exit(0));
  }
});
// Never outlive run.js.
process.on('disconnect', () => process.exit(0));
