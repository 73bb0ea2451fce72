import { Agent } from 'node:http';
import { Builder, isApiError, isVerificationError, type ApiError, type ClientConfig } from '../../src';
import { makePki } from '../helpers/pki';
import { startConnectProxy } from '../helpers/proxy';
import { head, rawSocketServer, signedOrderXml, signedV3Headers, transports, type RawAnswer, type RawSocketServer } from '../helpers/raw-socket';
import { MCHID, SECRET } from '../helpers/seed';
import { loose, rejection } from '../helpers/thrown';
import { PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';

// Issue 14 §5: HTTP as RFC 9110 says it. An interim answer (1xx, §15.2) the client did not ask
// for comes before the real one and is skipped: undici 6 took an unasked 100 Continue for a broken
// server ("socket hang up") although the server answered. A 204 or 304 has no body (§15.3.5,
// §15.4.5): bytes after its head are neither verified nor parsed as one. On undici and on axios'
// own adapter alike, against a server that writes its bytes by hand.

const agent = new Agent({ keepAlive: true });
afterAll(() => agent.destroy());
const TRANSPORTS = transports(agent);

let server: RawSocketServer;
let next: () => RawAnswer;
let v3: V3Setup;
beforeAll(async () => {
  server = await rawSocketServer(() => next());
  v3 = await setupV3();
});
afterAll(() => Promise.all([server.close(), v3.server.close()]));
beforeEach(() => {
  server.requests.length = 0;
});

const TRADE = { mchid: MCHID, out_trade_no: 'T1', transaction_id: '4200000001', trade_state: 'SUCCESS', amount: { total: 100 } };
const JSON_BODY = Buffer.from(JSON.stringify(TRADE));
const signed = (body: string | Buffer) => signedV3Headers(v3.platform.privateKey, PLATFORM_SERIAL, body);
/** A signed APIv3 200, kept alive unless `close`. */
const final = (close = true) =>
  head('200 OK', { 'Content-Type': 'application/json', 'Content-Length': JSON_BODY.length, ...(close ? { Connection: 'close' } : {}), ...signed(JSON_BODY) });
const CONTINUE = 'HTTP/1.1 100 Continue\r\n\r\n';
const EARLY_HINTS = 'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n';

const query = (client: Partial<ClientConfig>, call: Record<string, unknown>) =>
  v3
    .client({ baseURL: server.url, ...client })
    .v3.pay.transactions.id._transaction_id_.get(loose({ transaction_id: '4200000001', query: { mchid: MCHID }, ...call }));
const close = (client: Partial<ClientConfig>, call: Record<string, unknown>) =>
  v3
    .client({ baseURL: server.url, ...client })
    .v3.pay.transactions.outTradeNo._out_trade_no_.close.post(loose({ out_trade_no: 'T1', json: { mchid: MCHID }, ...call }));

describe.each(TRANSPORTS)('interim answers on %s', (_name, client, call) => {
  test('a 100 Continue nobody asked for, then a signed 200: the 200, verified', async () => {
    next = () => ({ writes: [CONTINUE, final(), JSON_BODY], delayMs: 10 });
    const response = await query(client, call);
    expect(response.status).toBe(200);
    expect(response.data).toEqual(TRADE);
  });

  test('a 103 Early Hints, and several interim answers in a row, in the same packet as the 200', async () => {
    next = () => ({ writes: [`${EARLY_HINTS}${final()}`, JSON_BODY] });
    expect((await query(client, call)).data).toEqual(TRADE);
    next = () => ({ writes: [`${CONTINUE}${EARLY_HINTS}${CONTINUE}${final()}${JSON_BODY.toString()}`] });
    expect((await query(client, call)).data).toEqual(TRADE);
  });

  test('a 100 Continue written a few bytes at a time', async () => {
    next = () => ({ writes: ['HTTP/1', '.1 10', '0 Contin', 'ue\r\n', '\r', '\n', final(), JSON_BODY], delayMs: 5 });
    expect((await query(client, call)).data).toEqual(TRADE);
  });

  test('APIv2: a 100 Continue before a signed XML answer', async () => {
    const xml = signedOrderXml();
    next = () => ({ writes: [CONTINUE, head('200 OK', { 'Content-Type': 'text/xml', 'Content-Length': xml.length, Connection: 'close' }), xml], delayMs: 10 });
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url, ...client });
    const { data } = await wx.v2.pay.orderquery.post(loose({ xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'T1' }, ...call }));
    expect((data as Record<string, string>).trade_state).toBe('SUCCESS');
  });

  test('calls in turn on one kept-alive connection, each answer after a 100 Continue', async () => {
    next = () => ({ writes: [CONTINUE, final(false), JSON_BODY], delayMs: 5, keepOpen: true });
    const wx = v3.client({ baseURL: server.url, ...client });
    for (let i = 0; i < 3; i += 1) {
      const response = await wx.v3.pay.transactions.id._transaction_id_.get(loose({ transaction_id: '4200000001', query: { mchid: MCHID }, ...call }));
      expect(response.data).toEqual(TRADE);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(new Set(server.requests.map((request) => request.remotePort)).size).toBe(1);
  });
});

test('undici over TLS and through a CONNECT proxy: a 100 Continue is skipped there too', async () => {
  const pki = makePki();
  const secure = await rawSocketServer(() => ({ writes: [CONTINUE, final(), JSON_BODY], delayMs: 5 }), { key: pki.serverKey, cert: pki.serverCert });
  const proxy = await startConnectProxy();
  try {
    for (const extra of [{}, { proxy: { protocol: 'http', host: '127.0.0.1', port: proxy.port } }]) {
      const wx = v3.client({ baseURL: secure.url, ca: pki.ca, ...extra } as Partial<ClientConfig>);
      const { data } = await wx.v3.pay.transactions.id._transaction_id_.get(loose({ transaction_id: '4200000001', query: { mchid: MCHID } }));
      expect(data).toEqual(TRADE);
    }
    expect(proxy.tunnels).toHaveLength(1);
  } finally {
    await Promise.all([secure.close(), proxy.close()]);
    pki.cleanup();
  }
});

describe.each(TRANSPORTS)('a 204 or 304 has no body, on %s', (_name, client, call) => {
  const noContent = (extra: Record<string, string | number>, after: string, signedOver = '') => ({
    writes: [head('204 No Content', { ...extra, ...signed(signedOver) }) + after],
  });

  test('a 204 signed over the empty body, then stray bytes: the 204, verified over the empty body', async () => {
    next = () => noContent({}, 'stray bytes');
    const response = await close(client, call);
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
  });

  test('a 204 that claims a Content-Length or a chunked body: not read, and not verified as the body', async () => {
    for (const [extra, after] of [
      [{ 'Content-Length': 5 }, 'stray'],
      [{ 'Transfer-Encoding': 'chunked' }, '5\r\nstray\r\n0\r\n\r\n'],
    ] as const) {
      next = () => noContent(extra, after);
      const response = await close(client, call);
      expect(response.status).toBe(204);
      expect(response.data).toBeUndefined();
      // The same bytes signed as if they were the body: the signature is checked over the empty body, and fails.
      next = () => noContent(extra, after, after);
      const error = await rejection(close(client, call));
      expect(isVerificationError(error)).toBe(true);
    }
  });

  test('after a 204 with stray bytes on a kept-alive connection, the next call gets its own answer', async () => {
    next = () => ({ writes: [head('204 No Content', signed('')) + 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nno'], keepOpen: true });
    expect((await close(client, call)).status).toBe(204);
    next = () => ({ writes: [final(), JSON_BODY] });
    expect((await query(client, call)).data).toEqual(TRADE);
  });

  test('a 304 with stray bytes: an ApiError with no body', async () => {
    next = () => ({ writes: [head('304 Not Modified', { 'Content-Length': 5, ...signed('') }) + 'stray'] });
    const error = (await rejection(query(client, call))) as ApiError;
    expect(isApiError(error)).toBe(true);
    expect(error.status).toBe(304);
    expect(JSON.stringify(error.body ?? '')).not.toContain('stray');
  });
});
