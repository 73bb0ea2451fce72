import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { ClientRequest } from 'node:http';
import { Agent, createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, downloadBill, isTransportError } from '../../src';
import { drip, rawServer } from '../helpers/http';
import { makePki, type TestPki } from '../helpers/pki';
import { startConnectProxy, type ConnectProxy } from '../helpers/proxy';
import { loose, rejection } from '../helpers/thrown';
import { MCHID, SECRET, seedXml } from '../helpers/seed';
import { startV2Server, type V2Server } from '../helpers/v2-server';
import { setupV3, type V3Setup } from '../helpers/v3-client';

// The SDK's default transport (undici under the axios stack) against real servers on 127.0.0.1:
// keep-alive, mutual TLS, a CONNECT proxy (configured, or from the environment), the deadline,
// the size limit and a streamed download through the proxy, and axios' own adapter when a user
// gives an agent.

const turn = () => new Promise((resolve) => setImmediate(resolve));
const refund = { xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'T1', out_refund_no: 'R1', total_fee: 100, refund_fee: 100 } };

let pki: TestPki;
/** HTTPS with a private CA; asks for a client certificate and records its CN, but does not insist. */
let tls: V2Server;
let proxy: ConnectProxy;
const tlsPort = () => new URL(tls.url).port;
const merchant = () => ({ cert: pki.clientCert, key: pki.clientKey, ca: pki.ca });

beforeAll(async () => {
  pki = makePki();
  tls = await startV2Server({
    mchid: MCHID,
    secret: SECRET,
    wrap: (listener) => createServer({ key: pki.serverKey, cert: pki.serverCert, ca: pki.ca, requestCert: true, rejectUnauthorized: false }, listener),
  });
  proxy = await startConnectProxy('merchant:proxy-secret');
});
afterAll(async () => {
  await Promise.all([tls.close(), proxy.close()]);
  pki.cleanup();
});
beforeEach(() => {
  tls.received.length = 0;
  proxy.tunnels.length = 0;
});

describe('the default transport', () => {
  test('is undici: no node:http request behind the answer, and one kept-alive connection for calls in turn', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, ca: pki.ca });
    const responses = [];
    for (let i = 0; i < 4; i += 1) {
      responses.push(await wx.v2.payitil.report.post(loose({ xml: seedXml() })));
      await turn();
    }
    expect(responses.every((response) => !(response.request instanceof ClientRequest))).toBe(true);
    expect(new Set(tls.received.map((request) => request.remotePort)).size).toBe(1);
  });

  test('calls at once share a bounded pool that later calls reuse', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, ca: pki.ca });
    await Promise.all(Array.from({ length: 6 }, () => wx.v2.payitil.report.post(loose({ xml: seedXml() }))));
    const first = new Set(tls.received.map((request) => request.remotePort));
    await turn();
    await Promise.all(Array.from({ length: 6 }, () => wx.v2.payitil.report.post(loose({ xml: seedXml() }))));
    const all = new Set(tls.received.map((request) => request.remotePort));
    expect(first.size).toBeLessThanOrEqual(6);
    expect(all.size).toBe(first.size);
  });

  test('mutual TLS: the certificate goes only to the endpoints that need it, over its own pool', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, ca: pki.ca, merchant: merchant() });
    await wx.v2.payitil.report.post(loose({ xml: seedXml() }));
    await wx.v2.secapi.pay.refund.post(refund);
    await turn();
    await wx.v2.secapi.pay.refund.post(refund);
    expect(tls.received.map((request) => request.clientCN)).toEqual([undefined, MCHID, MCHID]);
    expect(tls.received[1]!.remotePort).toBe(tls.received[2]!.remotePort);
    expect(tls.received[0]!.remotePort).not.toBe(tls.received[1]!.remotePort);
  });
});

describe('a CONNECT proxy', () => {
  const viaProxy = { protocol: 'http', host: '127.0.0.1', port: 0, auth: { username: 'merchant', password: 'proxy-secret' } };
  const configured = () => ({ ...viaProxy, port: proxy.port });

  test("the client's `proxy`: TLS and the merchant certificate end to end through the tunnel, with the proxy's credentials", async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, ca: pki.ca, merchant: merchant(), proxy: configured() });
    await wx.v2.payitil.report.post(loose({ xml: seedXml() }));
    await wx.v2.secapi.pay.refund.post(refund);
    expect(tls.received.map((request) => request.clientCN)).toEqual([undefined, MCHID]);
    expect(proxy.tunnels.map((tunnel) => tunnel.target)).toEqual([`127.0.0.1:${tlsPort()}`, `127.0.0.1:${tlsPort()}`]);
    expect(proxy.tunnels.every((tunnel) => tunnel.authorization === `Basic ${Buffer.from('merchant:proxy-secret').toString('base64')}`)).toBe(true);
    expect(proxy.plain).toEqual([]);
  });

  test('a proxy that refuses the credentials: a TransportError, and nothing reaches the server', async () => {
    const wx = Builder.factory({
      mchid: MCHID,
      secret: SECRET,
      baseURL: tls.url,
      ca: pki.ca,
      proxy: { ...configured(), auth: { username: 'merchant', password: 'wrong' } },
    });
    const error = await rejection(wx.v2.payitil.report.post(loose({ xml: seedXml() })));
    expect(isTransportError(error)).toBe(true);
    expect(String((error as Error).message)).not.toContain('wrong');
    expect(tls.received).toEqual([]);
    expect(proxy.tunnels).toHaveLength(1);
  });

  describe('from the environment', () => {
    const saved = { ...process.env };
    afterEach(() => {
      for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    });

    test('HTTPS_PROXY set when the client is made carries its calls; NO_PROXY and `proxy: false` go straight', async () => {
      process.env.HTTPS_PROXY = `http://merchant:proxy-secret@127.0.0.1:${proxy.port}`;
      const proxied = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, ca: pki.ca });
      const straight = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, ca: pki.ca, proxy: false });
      await proxied.v2.payitil.report.post(loose({ xml: seedXml() }));
      await straight.v2.payitil.report.post(loose({ xml: seedXml() }));
      expect(proxy.tunnels.map((tunnel) => tunnel.target)).toEqual([`127.0.0.1:${tlsPort()}`]);
      expect(proxy.tunnels[0]!.authorization).toBe(`Basic ${Buffer.from('merchant:proxy-secret').toString('base64')}`);

      // NO_PROXY is read per call, as axios' own adapter reads it.
      process.env.NO_PROXY = '127.0.0.1';
      await turn();
      await proxied.v2.payitil.report.post(loose({ xml: seedXml() }));
      expect(proxy.tunnels).toHaveLength(1);
      expect(tls.received).toHaveLength(3);
    });
  });

  describe('bounded through the tunnel', () => {
    let dripping: Awaited<ReturnType<typeof rawServer>>;
    let dripUrl: string;
    beforeAll(async () => {
      dripping = await rawServer(drip);
      dripUrl = dripping.url;
    });
    afterAll(() => dripping.close());

    test('the deadline: a dripping server behind the proxy cannot keep a `timeout: 1000` call alive', async () => {
      const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: dripUrl, proxy: configured() });
      const started = Date.now();
      const error = await rejection(wx.v2.payitil.report.post(loose({ xml: seedXml(), timeout: 1000 })));
      const took = Date.now() - started;
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(/timed out.*deadline of 1000 ms/);
      expect(took).toBeGreaterThanOrEqual(950);
      expect(took).toBeLessThan(2500);
      // undici may open a spare tunnel after an aborted call; the call itself was sent once.
      expect(proxy.tunnels[0]!.target).toBe(new URL(dripUrl).host);
    });

    test('the size limit: an answer larger than `maxContentLength` ends as a TransportError naming the limit', async () => {
      const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, ca: pki.ca, proxy: configured() });
      const error = await rejection(wx.v2.payitil.report.post(loose({ xml: seedXml(), maxContentLength: 40 })));
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(/larger than the 40 bytes allowed \(`maxContentLength`\)/);
      expect(proxy.tunnels.filter((tunnel) => tunnel.target === `127.0.0.1:${tlsPort()}`)).toHaveLength(1);
      expect(tls.received).toHaveLength(1);
    });
  });

  describe('a streamed download', () => {
    let v3: V3Setup;
    let dir: string;
    // Large enough to arrive in many chunks.
    const CSV = Array.from({ length: 20_000 }, (_, i) => `\`2024-01-01 10:00:00,\`ORDER${i},\`SUCCESS,\`1.00\n`).join('');
    beforeAll(async () => {
      v3 = await setupV3();
      dir = mkdtempSync(join(tmpdir(), 'wechatpay-undici-'));
      v3.server.routes.set('GET /v3/billdownload/file', () => ({
        status: 200,
        raw: CSV,
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(Buffer.byteLength(CSV)) },
      }));
    });
    afterAll(async () => {
      await v3.server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a bill streams into its file through the proxy, with progress, and its hash checked', async () => {
      const wx = v3.client({ proxy: configured() } as never);
      const seen: number[] = [];
      const answer = {
        hash_type: 'SHA1',
        hash_value: createHash('sha1').update(CSV).digest('hex'),
        download_url: `${v3.server.url}v3/billdownload/file?token=T`,
      };
      const file = await downloadBill(wx, answer, { to: join(dir, 'bill.csv'), onProgress: (progress) => seen.push(progress.received) });
      expect(readFileSync(file.path, 'utf8')).toBe(CSV);
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.at(-1)).toBe(Buffer.byteLength(CSV));
      expect(proxy.tunnels.map((tunnel) => tunnel.target)).toEqual([new URL(v3.server.url).host]);
    });
  });
});

describe("a user's own agent takes axios' own adapter, as before", () => {
  /** An https agent trusting the private CA, counting the connections it makes. */
  class CountingAgent extends Agent {
    connections = 0;
    override createConnection(...args: Parameters<Agent['createConnection']>) {
      this.connections += 1;
      return super.createConnection(...args);
    }
  }

  test('without it the private CA is not trusted: the handshake fails', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url });
    const error = await rejection(wx.v2.payitil.report.post(loose({ xml: seedXml() })));
    expect(isTransportError(error)).toBe(true);
    expect(tls.received).toEqual([]);
  });

  test("the client's `httpsAgent` carries every call", async () => {
    const agent = new CountingAgent({ ca: pki.ca, keepAlive: true });
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, httpsAgent: agent });
    const response = await wx.v2.payitil.report.post(loose({ xml: seedXml() }));
    expect(response.request).toBeInstanceOf(ClientRequest);
    expect(agent.connections).toBe(1);
    expect(tls.received).toHaveLength(1);
    agent.destroy();
  });

  test("a call's own `httpsAgent` carries that call, and wins over the merchant certificate", async () => {
    const agent = new CountingAgent({ ca: pki.ca, keepAlive: true });
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: tls.url, ca: pki.ca, merchant: merchant() });
    const response = await wx.v2.secapi.pay.refund.post(loose({ ...refund, httpsAgent: agent }));
    expect(response.request).toBeInstanceOf(ClientRequest);
    expect(agent.connections).toBe(1);
    // The caller configured TLS by hand, without a client certificate.
    expect(tls.received.map((request) => request.clientCN)).toEqual([undefined]);
    const next = await wx.v2.payitil.report.post(loose({ xml: seedXml() }));
    expect(next.request instanceof ClientRequest).toBe(false);
    agent.destroy();
  });
});
