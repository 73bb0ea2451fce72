import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { Agent as HttpAgent } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Builder,
  flushReports,
  isApiError,
  isConfigurationError,
  isInvalidRequestError,
  isTransportError,
  withOptions,
  type Client,
  type ClientConfig,
} from '../../src';
import type { Simulator } from 'wechatpay-ts-simulator';
import { createSelfSignedPair } from '../../packages/simulator/src/x509';
import { startServer, type TestServer } from '../helpers/http';
import { thrown } from '../helpers/thrown';
import { APPID, clientFor, MCHID, SECRET, startSim, tradeNo } from '../../packages/simulator/__tests__/helpers';

// Backup-domain failover against the simulator's two listeners (one merchant, one state; every
// sign checked by the simulator): a refused primary sends the call once, freshly signed, to the
// backup; a call that may have reached the primary never goes anywhere else.

let sim: Simulator;
const lines: string[] = [];
beforeAll(async () => {
  sim = await startSim({ backup: true, log: (line) => lines.push(line) });
});
afterAll(() => sim.close());
beforeEach(() => {
  lines.length = 0;
});
afterEach(() => sim.faults.clear());

/**
 * Close the primary; the sockets a client keeps alive to it see the close first (a request sent on
 * one the instant it closes is reset after it was written, which never fails over).
 */
async function closePrimary(): Promise<void> {
  sim.faults.set('unreachable');
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const hostOf = (url: string) => new URL(url).host;
/** The calls the simulator answered (either listener), in order. */
const answered = () => lines.filter((line) => / -> \d{3}/.test(line)).map((line) => line.split(' -> ')[0]);
const query = (wx: Client, timeout?: number) =>
  wx.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: 'NO-SUCH-ORDER' }, ...(timeout ? { timeout } : {}) }).catch((e: unknown) => e);
const order = (wx: Client) =>
  wx.v3.pay.transactions.native.post({
    json: { appid: APPID, mchid: MCHID, description: '备用域名', out_trade_no: tradeNo('FO'), notify_url: 'https://example.com/n', amount: { total: 1 } },
  });
/** A client counting its attempts (onRequest runs before each sending). */
function failingOver(extra: Partial<ClientConfig> = {}) {
  const requests: string[] = [];
  const wx = clientFor(sim, { failover: { backup: sim.backupUrl!, holdMs: 60_000 }, hooks: { onRequest: (event) => void requests.push(event.url) }, ...extra });
  return { wx, requests };
}

describe('a primary that refuses connections', () => {
  test('APIv3: the call goes once to the backup, freshly signed (the simulator checks it), and the response says who answered', async () => {
    const { wx, requests } = failingOver();
    await closePrimary();
    const response = await order(wx);
    expect(response.status).toBe(200);
    expect(response.host).toBe(hostOf(sim.backupUrl!));
    expect(requests).toEqual([`${sim.url}v3/pay/transactions/native`, `${sim.backupUrl}v3/pay/transactions/native`]);
    expect(answered()).toEqual(['POST /v3/pay/transactions/native']);
  });

  test("the same through axios' own adapter (a client given an agent)", async () => {
    const { wx } = failingOver({ httpAgent: new HttpAgent({ keepAlive: true }) });
    await closePrimary();
    expect((await order(wx)).host).toBe(hostOf(sim.backupUrl!));
  });

  test('the client stays on the backup for holdMs, then tries the primary again', async () => {
    const { wx, requests } = failingOver({ failover: { backup: sim.backupUrl!, holdMs: 1_500 } });
    await closePrimary();
    await order(wx);
    requests.length = 0;
    // Held: straight to the backup, even with the primary back.
    sim.faults.clear();
    expect((await order(wx)).host).toBe(hostOf(sim.backupUrl!));
    expect((await order(withOptions(wx, { timeout: 5_000 }))).host).toBe(hostOf(sim.backupUrl!));
    expect(requests.map(hostOf)).toEqual([hostOf(sim.backupUrl!), hostOf(sim.backupUrl!)]);
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect((await order(wx)).host).toBe(hostOf(sim.url));
  });

  test('APIv2: the same, and the 交易保障 record names the backup that answered', async () => {
    const { wx } = failingOver({ report: { level: 'all', appid: APPID, userIp: '8.8.8.8', flushMs: 600_000, onError: () => undefined } });
    await closePrimary();
    const error = await query(wx);
    // WeChat's answer (the order does not exist), from the backup: a business error, not a transport one.
    expect(isTransportError(error)).toBe(false);
    sim.faults.clear();
    const before = sim.reports.length;
    await flushReports(wx);
    expect(sim.reports.slice(before).map((r) => r.fields.interface_url)).toEqual([`${sim.backupUrl}pay/orderquery`]);
  });

  test('off by default: the refused call fails as before, nothing goes to the backup', async () => {
    const wx = clientFor(sim);
    await closePrimary();
    const error = await query(wx);
    expect(isTransportError(error) && (error.cause as { code?: string }).code).toBe('ECONNREFUSED');
    expect(answered()).toEqual([]);
  });

  test('a backup that refuses too: one try each, then the TransportError', async () => {
    const wx = clientFor(sim, { failover: { backup: 'http://127.0.0.1:9/', holdMs: 1_000 } });
    await closePrimary();
    const error = await query(wx);
    expect(isTransportError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/127\.0\.0\.1:9|ECONNREFUSED|refused/i);
  });
});

describe('never after the request may have reached WeChat Pay', () => {
  test('a 5xx answer is the answer: no failover', async () => {
    const { wx, requests } = failingOver();
    sim.faults.set('server-error', { status: 503, times: 1 });
    const error = await query(wx);
    expect(isApiError(error) && error.status).toBe(503);
    expect(requests).toHaveLength(1);
    expect(answered()).toEqual(['POST /pay/orderquery']);
  });

  test('a connection dropped after the request was sent: no failover', async () => {
    const { wx, requests } = failingOver();
    sim.faults.set('drop', { times: 1 });
    const error = await query(wx);
    expect(isTransportError(error)).toBe(true);
    expect(requests).toHaveLength(1);
  });

  describe('a primary that takes the request and never answers', () => {
    let silent: TestServer;
    beforeAll(async () => {
      silent = await startServer(() => new Promise(() => undefined));
    });
    afterAll(() => silent.close());

    test('a timeout after sending: no failover, the TransportError says the outcome is unknown', async () => {
      const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: silent.url, failover: { backup: sim.backupUrl! } });
      const error = await query(wx, 300);
      expect(isTransportError(error) && String(error.message)).toMatch(/timed out/);
      expect(silent.received).toHaveLength(1);
      expect(answered()).toEqual([]);
    });
  });
});

describe('never for a failure before anything went out', () => {
  const json = { appid: APPID, mchid: MCHID, description: '门店', out_trade_no: 'FO-BEFORE-1', notify_url: 'https://example.com/n', amount: { total: 1 } };

  test('a header value HTTP cannot carry (a Chinese store name): refused by name before sending; the client stays on the primary', async () => {
    const { wx, requests } = failingOver();
    const error = await wx.v3.pay.transactions.native.post({ json, headers: { 'X-Store': '门店' } }).catch((e: unknown) => e);
    expect(isInvalidRequestError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/`headers`.X-Store holds a character beyond Latin-1/);
    expect(requests).toEqual([]);
    expect(answered()).toEqual([]);
    expect((await order(wx)).host).toBe(hostOf(sim.url));
  });

  test('a body the transport refuses to write (over maxBodyLength): its TransportError, not sent to the backup; the client stays on the primary', async () => {
    const { wx, requests } = failingOver();
    const error = await wx.v3.pay.transactions.native.post({ json, maxBodyLength: 10 }).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect(requests).toEqual([`${sim.url}v3/pay/transactions/native`]);
    expect(answered()).toEqual([]);
    requests.length = 0;
    expect((await order(wx)).host).toBe(hostOf(sim.url));
    expect(requests.map(hostOf)).toEqual([hostOf(sim.url)]);
  });
});

describe('a primary whose TLS handshake fails', () => {
  let tls: TlsServer;
  let url: string;
  beforeAll(async () => {
    const { cert, key } = createSelfSignedPair();
    tls = createTlsServer({ cert, key }, (socket) => socket.destroy());
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => tls.close(() => resolve())));

  test('its certificate is not trusted: the call goes to the backup', async () => {
    const wx = clientFor(sim, { baseURL: url, failover: { backup: sim.backupUrl! } });
    const response = await order(wx);
    expect(response.host).toBe(hostOf(sim.backupUrl!));
  });
});

describe('a reachable primary over HTTPS, with failover on', () => {
  let secure: Simulator;
  beforeAll(async () => {
    secure = await startSim({ tls: true });
  });
  afterAll(() => secure.close());

  test('calls go to it as without failover: server TLS, mutual TLS, kept-alive sockets', async () => {
    const ca = secure.tls!.ca;
    const requests: string[] = [];
    const wx = clientFor(secure, {
      ca,
      merchant: secure.tls!.issueClientCertificate!(),
      failover: { backup: 'https://127.0.0.1:9/' },
      hooks: { onRequest: (event) => void requests.push(event.url) },
    });
    for (let i = 0; i < 2; i += 1) expect((await order(wx)).host).toBe(hostOf(secure.url));
    // secapi: the merchant certificate is presented through the same watched transport.
    const error = await wx.v2.secapi.pay.reverse.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: 'NO-SUCH-ORDER' } }).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(false);
    expect((error as { errCode?: string }).errCode).toBe('ORDERNOTEXIST');
    expect(requests.every((url) => url.startsWith(secure.url))).toBe(true);
  });
});

describe('configuration, checked when the client is built', () => {
  const build = (failover: unknown) => () => Builder.factory({ mchid: MCHID, secret: SECRET, failover } as ClientConfig);
  test.each([
    ['not a URL', build({ backup: 'api2' }), /`failover.backup` must be the backup's base URL/],
    ['a URL with a query', build({ backup: 'https://api2.mch.weixin.qq.com/?x=1' }), /without query/],
    ['the primary itself', build({ backup: 'https://api.mch.weixin.qq.com' }), /is the primary host itself/],
    ['holdMs -1', build({ holdMs: -1 }), /`failover.holdMs` must be a whole number of milliseconds from 0 to 3600000, got -1/],
    ['an unknown key', build({ hold: 1 }), /`failover.hold` is not a failover option/],
    ['a string', build('yes'), /`failover` must be true, false or \{ backup\?, holdMs\? \}/],
  ])('%s is refused by name', (_what, make, message) => {
    const error = thrown(make);
    expect(isConfigurationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(message);
  });

  test('true takes the defaults', () => {
    expect(() => Builder.factory({ mchid: MCHID, secret: SECRET, failover: true })).not.toThrow();
  });
});
