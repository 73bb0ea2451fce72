import dns, { type LookupAddress } from 'node:dns';
import { isConfigurationError } from 'wechatpay-ts';
import { startSimulator, type Simulator } from '../src';
import { startServer, type TestServer } from '../../../__tests__/helpers/http';
import { APIV3_KEY, APPID, clientFor, MCHID, SECRET, startSim, tradeNo, waitFor } from './helpers';

// Regression: the simulator POSTed notifications to any notify_url, example.com included. Now
// only loopback hosts get them unless `notifyAllowHosts` names the host; a refused one is listed
// in sim.notifications (refused, with the reason), never retried, and its host never resolved.
let site: TestServer;
/** Every host name the process asked DNS (dns.lookup) for while a test ran. */
let looked: string[];
let lookup: jest.SpyInstance;
const realLookup = dns.lookup.bind(dns);

beforeAll(async () => {
  site = await startServer(() => ({ status: 204 }));
});
afterAll(() => site.close());
beforeEach(() => {
  looked = [];
  site.received.length = 0;
  // Calls through to the real lookup; only `merchant.test`, a name no resolver knows, is answered
  // here (127.0.0.1), so an allowed name can be delivered to without DNS.
  lookup = jest.spyOn(dns, 'lookup').mockImplementation(((hostname: string, options: unknown, callback: unknown) => {
    looked.push(hostname);
    const done = (typeof options === 'function' ? options : callback) as (error: Error | null, address: string | LookupAddress[], family?: number) => void;
    if (hostname !== 'merchant.test') return (realLookup as (...args: unknown[]) => void)(hostname, options, callback);
    if (typeof options === 'object' && options !== null && (options as { all?: boolean }).all) done(null, [{ address: '127.0.0.1', family: 4 }]);
    else done(null, '127.0.0.1', 4);
    return undefined;
  }) as never);
});
afterEach(() => lookup.mockRestore());

const siteUrl = (host: string) => `http://${host}:${new URL(site.url).port}/notify`;

/** A v3 Native order with this notify_url, paid: its notification is then sent, or refused. */
async function payWithNotifyUrl(sim: Simulator, notifyUrl: string): Promise<string> {
  const no = tradeNo('H');
  await clientFor(sim).v3.pay.transactions.native.post({
    json: { appid: APPID, mchid: MCHID, description: 'hosts', out_trade_no: no, notify_url: notifyUrl, amount: { total: 1 } },
  });
  await sim.pay(no);
  await waitFor(() => sim.notifications.some((n) => n.out_trade_no === no));
  return no;
}

describe('by default only loopback hosts get notifications', () => {
  let sim: Simulator;
  const lines: string[] = [];
  beforeAll(async () => {
    sim = await startSim({ log: (line) => lines.push(line) });
  });
  afterAll(() => sim.close());

  test('regression: a notify_url on another host is not sent, not resolved, not retried, and is listed as refused with the reason', async () => {
    const no = await payWithNotifyUrl(sim, 'https://merchant.invalid/wxpay/notify');
    // Twice the retry schedule ([50, 50] ms): a retry would have been listed by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const attempts = sim.notifications.filter((n) => n.out_trade_no === no);
    expect(attempts).toEqual([
      expect.objectContaining({
        url: 'https://merchant.invalid/wxpay/notify',
        attempt: 1,
        delivered: false,
        refused: true,
        error:
          'refused: "merchant.invalid" is not a loopback address; the simulator notifies only 127.0.0.0/8, ::1 and localhost unless startSimulator\'s `notifyAllowHosts` names the host. Nothing was sent, and it is not retried',
      }),
    ]);
    expect(attempts[0]!.status).toBeUndefined();
    expect(looked).not.toContain('merchant.invalid');
    expect(lines.some((line) => line.includes(no) && line.includes('attempt 1: refused: "merchant.invalid"'))).toBe(true);
  });

  test('other hosts written as IP addresses, in any spelling, are refused too (10.0.0.1 as a number among them): none is connected to', async () => {
    const refused = [
      'http://10.255.255.1/n',
      'http://0.0.0.0:9/n',
      'http://[::ffff:10.0.0.1]/n',
      'http://[fe80::1]/n',
      'http://localhost./n',
      'http://a.localhost/n',
      'http://167772161/n',
    ];
    const nos = await Promise.all(refused.map((url) => payWithNotifyUrl(sim, url)));
    for (const no of nos)
      expect(sim.notifications.find((n) => n.out_trade_no === no)).toMatchObject({
        refused: true,
        delivered: false,
        error: expect.stringMatching(/^refused: ".+" is not a loopback address/),
      });
    expect(looked).toEqual([]);
  });

  test('loopback in its forms is sent: 127.0.0.1, 127.0.0.1 as a number, localhost, and (attempted) 127.0.0.2 and [::1]', async () => {
    const delivered = await Promise.all(
      [siteUrl('127.0.0.1'), siteUrl('2130706433'), siteUrl('localhost'), siteUrl('LOCALHOST')].map((url) => payWithNotifyUrl(sim, url)),
    );
    await waitFor(() => delivered.every((no) => sim.notifications.some((n) => n.out_trade_no === no && n.delivered)));
    expect(site.received).toHaveLength(4);
    // The site listens on 127.0.0.1 alone: these are tried (and the connection refused), not refused by the simulator.
    const tried = await Promise.all([siteUrl('127.0.0.2'), siteUrl('[::1]')].map((url) => payWithNotifyUrl(sim, url)));
    for (const no of tried) {
      const attempt = sim.notifications.find((n) => n.out_trade_no === no)!;
      expect(attempt.refused).toBeUndefined();
      expect(attempt.error).toMatch(/ECONNREFUSED/);
    }
  });

  test("an APIv2 order's notification is refused the same way", async () => {
    const no = tradeNo('V');
    const wx = clientFor(sim);
    await wx.v2.pay.unifiedorder.post({
      xml: {
        appid: APPID,
        mch_id: MCHID,
        body: '商品',
        out_trade_no: no,
        total_fee: 1,
        spbill_create_ip: '8.8.8.8',
        notify_url: 'https://example.com/notify',
        trade_type: 'NATIVE',
      },
    });
    await sim.pay(no);
    await waitFor(() => sim.notifications.some((n) => n.out_trade_no === no));
    expect(sim.notifications.find((n) => n.out_trade_no === no)).toMatchObject({
      event_type: 'v2',
      refused: true,
      error: expect.stringMatching(/^refused: "example\.com"/),
    });
    expect(looked).not.toContain('example.com');
  });
});

describe('notifyAllowHosts', () => {
  test('a host it names is sent to (resolved as usual); one it does not name is still refused', async () => {
    const sim = await startSim({ notifyAllowHosts: ['Merchant.TEST', '10.0.0.5'] });
    try {
      const allowed = await payWithNotifyUrl(sim, siteUrl('merchant.test'));
      await waitFor(() => sim.notifications.some((n) => n.out_trade_no === allowed && n.delivered));
      expect(site.received).toHaveLength(1);
      expect(looked).toContain('merchant.test');
      const other = await payWithNotifyUrl(sim, 'https://other.invalid/n');
      expect(sim.notifications.find((n) => n.out_trade_no === other)).toMatchObject({ refused: true });
      expect(looked).not.toContain('other.invalid');
    } finally {
      await sim.close();
    }
  });

  test("['*'] allows any host", async () => {
    const sim = await startSim({ notifyAllowHosts: ['*'] });
    try {
      const no = await payWithNotifyUrl(sim, siteUrl('merchant.test'));
      await waitFor(() => sim.notifications.some((n) => n.out_trade_no === no && n.delivered));
      expect(sim.notifications.some((n) => n.refused)).toBe(false);
    } finally {
      await sim.close();
    }
  });

  test.each([
    ['not an array', 'merchant.test', /`notifyAllowHosts` must be an array of host names.*got string/],
    ['a URL', ['https://merchant.test/'], /`notifyAllowHosts\[0\]` must be a host name or IP address .*got "https:\/\/merchant\.test\/"/],
    ['a host with a port', ['merchant.test', 'merchant.test:8080'], /`notifyAllowHosts\[1\]`.*no scheme, port or path/],
    ['an empty name', [''], /`notifyAllowHosts\[0\]`/],
    ['a number', [42], /`notifyAllowHosts\[0\]`.*got number/],
    ['too many', Array.from({ length: 65 }, (_, i) => `h${i}.test`), /lists 65 hosts; at most 64/],
  ])('%s is refused by name', async (_name, notifyAllowHosts, message) => {
    const error = await startSimulator({ mchid: MCHID, secret: SECRET, apiv3Key: APIV3_KEY, notifyAllowHosts: notifyAllowHosts as never }).catch(
      (e: unknown) => e,
    );
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});
