'use strict';
/**
 * The seven ways of making the two calls, each library built the way its README says. A factory
 * requires only its own library, so a worker's RSS is that client's. Each call resolves on a good answer
 * and throws on anything else, so a loop can never count failures as throughput.
 *
 * @example const client = CLIENTS.sdk({ port, keys }); await client.v3(transactionId(1));
 */
const { MCHID, SECRET, MERCHANT_SERIAL, PLATFORM_SERIAL, SEED_XML } = require('./fixtures');

const TRANSACTION = '1217752501201407033233368018';

function expect(condition, what) {
  if (!condition) throw new Error(`bench: unexpected answer (${what})`);
}

/** This SDK, as users get it: the built CommonJS bundle (another build's with BENCH_SDK_DIST, for bench/ab.js). */
function sdk({ port, keys }) {
  const { Builder, getDriver } = require(process.env.BENCH_SDK_DIST ?? '../dist/index.cjs');
  const wx = Builder.factory({
    mchid: MCHID,
    secret: SECRET,
    serial: MERCHANT_SERIAL,
    privateKey: keys.merchant.privatePem,
    certs: { [PLATFORM_SERIAL]: keys.platform.publicPem },
    baseURL: `http://127.0.0.1:${port}/`,
  });
  // BENCH_SDK_STACK=1: a pass-through response interceptor on both stacks, so every call goes through axios' request().
  if (process.env.BENCH_SDK_STACK)
    for (const protocol of ['v2', 'v3'])
      getDriver(wx)
        .select(protocol)
        .interceptors.response.use((res) => res);
  return {
    verifies: true,
    v2: async () => {
      const res = await wx.v2.payitil.report.post({ xml: SEED_XML });
      expect(res.data.return_code === 'SUCCESS', 'return_code');
    },
    v3: async (id) => {
      const res = await wx.v3.pay.transactions.id._transaction_id_.get({ transaction_id: id, query: { mchid: MCHID } });
      expect(res.data.transaction_id === TRANSACTION, 'transaction_id');
    },
  };
}

/** The SDK's pre-flight requests (as the server received them) as axios request configs. */
function replayed(replay) {
  const request = (captured) => {
    const headers = { ...captured.headers };
    // Hop-by-hop and length headers are the transport's own; axios writes them again.
    for (const name of ['host', 'connection', 'content-length']) delete headers[name];
    return { method: captured.method, url: captured.url, headers, data: captured.method === 'GET' ? undefined : captured.body };
  };
  return { v2: request(replay.v2), v3: request(replay.v3) };
}

/**
 * The floor: axios replaying the exact request the SDK sent in the pre-flight (method, path,
 * headers, body: captured by the server), with no signing, no verifying and no parsing.
 */
function bare({ port, replay }) {
  const axios = require('axios');
  const http = axios.create({ baseURL: `http://127.0.0.1:${port}`, responseType: 'arraybuffer', transformRequest: [], transformResponse: [] });
  const { v2, v3 } = replayed(replay);
  return {
    replays: true,
    verifies: false,
    v2: async () => expect((await http.request(v2)).status === 200, 'status'),
    v3: async () => expect((await http.request(v3)).status === 200, 'status'),
  };
}

/**
 * The floor of any client that signs and verifies: the bare replay plus, on every call, only the
 * primitives (the SDK's exported Rsa/Hash/Transformer). v3 signs a fresh request string and
 * verifies the real answer from its headers; v2 signs, writes the XML and parses the answer.
 * What the SDK costs beyond this is its own plumbing, measured under the very same conditions
 * (RSA work cools the caches the HTTP code then runs in, so primitives timed alone add up short).
 */
function floor(options) {
  const { Rsa, Hash, Transformer } = require('../dist/index.cjs');
  const { createPrivateKey, createPublicKey } = require('node:crypto');
  const axios = require('axios');
  const merchantKey = createPrivateKey(options.keys.merchant.privatePem);
  const platformKey = createPublicKey(options.keys.platform.publicPem);
  const http = axios.create({ baseURL: `http://127.0.0.1:${options.port}`, responseType: 'arraybuffer', transformRequest: [], transformResponse: [] });
  const { v2: v2Request, v3: v3Request } = replayed(options.replay);
  const fields = { ...SEED_XML, nonce_str: 'Kx0bJ6eS1PjZ8Ts4qXm2VvN9cL7rA3dF' };
  const plain = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('&');
  return {
    replays: true,
    verifies: true,
    v2: async () => {
      Transformer.toXml({ ...fields, sign: Hash.sign('MD5', plain, SECRET) });
      const res = await http.request(v2Request);
      expect(Transformer.toArray(res.data).return_code === 'SUCCESS', 'return_code');
    },
    v3: async (id) => {
      const timestamp = Math.floor(Date.now() / 1000);
      Rsa.sign(`GET\n/v3/pay/transactions/id/${id}?mchid=${MCHID}\n${timestamp}\nKx0bJ6eS1PjZ8Ts4qXm2VvN9cL7rA3dF\n\n`, merchantKey);
      const res = await http.request(v3Request);
      const h = res.headers;
      const signed = Buffer.concat([Buffer.from(`${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n`), res.data, Buffer.from('\n')]);
      expect(Rsa.verify(signed, h['wechatpay-signature'], platformKey), 'signature');
      expect(JSON.parse(res.data.toString('utf8')).transaction_id === TRANSACTION, 'transaction_id');
    },
  };
}

/**
 * The raw floor: no SDK and no axios, only node:crypto and a transport (`send`), doing per call
 * all a correct client must: v2 a fresh nonce, the MD5 sign, the XML (a string template) and a
 * flat parse of the answer; v3 a fresh nonce and timestamp, the RSA-SHA256 Authorization, and the
 * answer's serial, age and signature checked before JSON.parse. Keys are KeyObjects made once.
 */
function raw({ keys }, send) {
  const { createHash, createPrivateKey, createPublicKey, randomBytes, sign, verify } = require('node:crypto');
  const merchantKey = createPrivateKey(keys.merchant.privatePem);
  const platformKey = createPublicKey(keys.platform.publicPem);
  const v2Headers = { 'content-type': 'text/xml; charset=utf-8', accept: 'text/xml' };
  const flat = (xml) => {
    const fields = {};
    for (const [, key, cdata, text] of xml.matchAll(/<(\w+)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g)) fields[key] = cdata ?? text;
    return fields;
  };
  return {
    verifies: true,
    v2: async () => {
      const fields = { ...SEED_XML, nonce_str: randomBytes(16).toString('hex') };
      const keys = Object.keys(fields)
        .filter((key) => fields[key] !== '')
        .sort();
      const plain = `${keys.map((key) => `${key}=${fields[key]}`).join('&')}&key=${SECRET}`;
      fields.sign = createHash('md5').update(plain).digest('hex').toUpperCase();
      const xml = `<xml>${Object.keys(fields)
        .map((key) => `<${key}><![CDATA[${fields[key]}]]></${key}>`)
        .join('')}</xml>`;
      const res = await send('POST', '/payitil/report', v2Headers, xml);
      expect(res.status === 200 && flat(res.body.toString('utf8')).return_code === 'SUCCESS', 'return_code');
    },
    v3: async (id) => {
      const path = `/v3/pay/transactions/id/${id}?mchid=${MCHID}`;
      const nonce = randomBytes(16).toString('hex');
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = sign('sha256', Buffer.from(`GET\n${path}\n${timestamp}\n${nonce}\n\n`), merchantKey).toString('base64');
      const authorization = `WECHATPAY2-SHA256-RSA2048 mchid="${MCHID}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${MERCHANT_SERIAL}"`;
      const res = await send('GET', path, { accept: 'application/json', authorization }, undefined);
      const h = res.headers;
      expect(res.status === 200 && h['wechatpay-serial'] === PLATFORM_SERIAL, 'serial');
      expect(Math.abs(Date.now() / 1000 - Number(h['wechatpay-timestamp'])) <= 300, 'timestamp');
      const signed = Buffer.concat([Buffer.from(`${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n`), res.body, Buffer.from('\n')]);
      expect(verify('sha256', signed, platformKey, Buffer.from(h['wechatpay-signature'], 'base64')), 'signature');
      expect(JSON.parse(res.body.toString('utf8')).transaction_id === TRANSACTION, 'transaction_id');
    },
  };
}

/** The raw floor on node:http, with a keep-alive agent. */
function rawHttp(options) {
  const http = require('node:http');
  const agent = new http.Agent({ keepAlive: true });
  const send = (method, path, headers, body) =>
    new Promise((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port: options.port, method, path, agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    });
  return raw(options, send);
}

/** The raw floor on undici (Node's own HTTP client), one keep-alive pool. */
function rawUndici(options) {
  const { Pool } = require('undici');
  const pool = new Pool(`http://127.0.0.1:${options.port}`, { pipelining: 1 });
  const send = async (method, path, headers, body) => {
    const res = await pool.request({ method, path, headers, body });
    return { status: res.statusCode, headers: res.headers, body: Buffer.from(await res.body.arrayBuffer()) };
  };
  return raw(options, send);
}

/** wechatpay-axios-plugin@0.9.6, verifying answers with its `certs`. */
function plugin({ port, keys }) {
  const { Wechatpay } = require('wechatpay-axios-plugin');
  const wxpay = new Wechatpay({
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: keys.merchant.privatePem,
    certs: { [PLATFORM_SERIAL]: keys.platform.publicPem },
    secret: SECRET,
    baseURL: `http://127.0.0.1:${port}/`,
  });
  return {
    verifies: true,
    v2: async () => {
      const res = await wxpay.v2.payitil.report.post(SEED_XML);
      expect(res.data.return_code === 'SUCCESS', 'return_code');
    },
    v3: async (id) => {
      const res = await wxpay.v3.pay.transactions.id._transaction_id_.get({ params: { mchid: MCHID }, transaction_id: id });
      expect(res.data.transaction_id === TRANSACTION, 'transaction_id');
    },
  };
}

/**
 * wechatpay-node-v3: `query({ transaction_id })` signs the request but does not verify the answer
 * (its HTTP layer hands back status and body only, so the Wechatpay-* headers are gone). Its URLs
 * are fixed to api.mch.weixin.qq.com, so its own superagent service is pointed at the loopback
 * host; nothing else is changed. It has no APIv2 report call.
 */
function nodeV3({ port, keys }) {
  const Pay = require('wechatpay-node-v3');
  const { PayRequest } = require('wechatpay-node-v3/dist/lib/pay-request');
  const origin = 'https://api.mch.weixin.qq.com';
  const local = `http://127.0.0.1:${port}`;
  class LoopbackRequest extends PayRequest {
    get(url, headers) {
      return super.get(url.replace(origin, local), headers);
    }
  }
  const pay = new Pay({
    appid: 'wxd678efh567hg6787',
    mchid: MCHID,
    serial_no: MERCHANT_SERIAL,
    publicKey: Buffer.from(keys.merchant.publicPem),
    privateKey: Buffer.from(keys.merchant.privatePem),
  });
  pay.createHttp(new LoopbackRequest());
  return {
    verifies: false,
    v3: async (id) => {
      const res = await pay.query({ transaction_id: id });
      expect(res.status === 200 && res.data?.transaction_id === TRANSACTION, `status ${res.status}`);
    },
  };
}

/** By the names used in the table, in the order printed. */
const CLIENTS = { sdk, 'raw-http': rawHttp, 'raw-undici': rawUndici, bare, floor, plugin, 'node-v3': nodeV3 };

module.exports = { CLIENTS };
