import { Builder, flushReports, isBusinessError, isInvalidRequestError, isTransportError, withOptions, type Client } from '../../src';
import type { Simulator } from 'wechatpay-ts-simulator';
import { MCHID, SECRET } from '../helpers/seed';
import { APPID, clientFor, startSim, tradeNo, waitFor } from '../../packages/simulator/__tests__/helpers';
import { query, reportingFixture } from './reporting';

// 交易保障 done for the merchant: each finished call becomes a report, sent in the background. The
// pay server (reporting.ts) checks each report's sign with the test's own code; the business call's outcome and
// timing must not depend on how the report server behaves.

const fx = reportingFixture();
const { reporting } = fx;
const outcome = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
/** yyyyMMddHHmmss in UTC+8, computed here without the SDK. */
const beijingNow = (at: number) => new Date(at + 8 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);

describe('what a report carries', () => {
  test('a call that succeeded: the URL sent, its latency, the codes, out_trade_no, user_ip, time and the merchant fields, signed', async () => {
    const { wx } = reporting();
    fx.server.payDelayMs = 150;
    const started = Date.now();
    await query(wx, 'T-FIELDS');
    const wall = Date.now() - started;
    expect(fx.server.reports).toHaveLength(0);
    await flushReports(wx);
    expect(fx.server.reports).toHaveLength(1);
    const { fields, signOk } = fx.server.reports[0]!;
    expect(signOk).toBe(true);
    expect(fields).toMatchObject({
      appid: APPID,
      mch_id: MCHID,
      device_info: 'POS-0001',
      interface_url: `${fx.server.url}pay/orderquery`,
      return_code: 'SUCCESS',
      return_msg: 'OK',
      result_code: 'SUCCESS',
      out_trade_no: 'T-FIELDS',
      user_ip: '8.8.8.8',
    });
    expect(fields.execute_time_).toMatch(/^\d+$/);
    expect(Number(fields.execute_time_)).toBeGreaterThanOrEqual(150);
    expect(Number(fields.execute_time_)).toBeLessThanOrEqual(wall);
    expect(fields.time).toMatch(/^\d{14}$/);
    expect(Number(fields.time) - Number(beijingNow(started))).toBeGreaterThanOrEqual(0);
    expect(Number(fields.time) - Number(beijingNow(started))).toBeLessThanOrEqual(Number(beijingNow(started + 2000)) - Number(beijingNow(started)));
    expect(fields).not.toHaveProperty('err_code');
    expect(fields).not.toHaveProperty('trades');
  });

  test("a business failure carries WeChat's codes (the call still rejects as it would)", async () => {
    const { wx } = reporting();
    fx.server.payMode = 'result-fail';
    const result = await outcome(query(wx));
    expect(!result.ok && isBusinessError(result.error)).toBe(true);
    await flushReports(wx);
    expect(fx.server.reports[0]?.fields).toMatchObject({
      return_code: 'SUCCESS',
      result_code: 'FAIL',
      err_code: 'ORDERNOTEXIST',
      err_code_des: '此交易订单号不存在',
    });
  });

  test.each([
    ['timed out after sending', 'silent', { return_code: 'FAIL', result_code: 'FAIL', err_code: 'ETIMEDOUT' }, /timed out/],
    ['connection reset', 'reset', { return_code: 'FAIL', result_code: 'FAIL', err_code: 'ECONNRESET' }, /reset/],
    ['a forged sign', 'forge', { return_code: 'FAIL', result_code: 'FAIL', err_code: 'BAD_SIGN' }, /verification/],
    ['HTTP 500', 'http-500', { return_code: 'FAIL', result_code: 'FAIL', err_code: 'FAIL', return_msg: 'HTTP 500' }, /HTTP 500/],
  ] as const)('%s: reported as FAIL with a clear return_msg', async (_what, mode, expected, message) => {
    const { wx } = reporting();
    fx.server.payMode = mode;
    const result = await outcome(query(wx, 'T1', 300));
    expect(result.ok).toBe(false);
    await flushReports(wx);
    const { fields } = fx.server.reports[0]!;
    expect(fields).toMatchObject(expected);
    expect(fields.return_msg).toMatch(message);
    if (mode === 'silent') expect(Number(fields.execute_time_)).toBeGreaterThanOrEqual(290);
  });

  test("level 'errors' reports the calls that did not succeed, and only those", async () => {
    const { wx } = reporting({ level: 'errors' });
    await query(wx, 'OK1');
    fx.server.payMode = 'result-fail';
    await outcome(query(wx, 'BAD1'));
    await flushReports(wx);
    expect(fx.server.reports.map((r) => r.fields.out_trade_no)).toEqual(['BAD1']);
  });

  test('no report of a report: neither the reporter’s own calls nor a merchant’s report call are reported', async () => {
    const { wx } = reporting();
    await query(wx);
    await wx.v2.payitil.report.post({
      xml: {
        appid: APPID,
        mch_id: MCHID,
        interface_url: 'https://api.mch.weixin.qq.com/pay/micropay',
        execute_time_: 1,
        return_code: 'SUCCESS',
        result_code: 'SUCCESS',
        user_ip: '8.8.8.8',
      },
    });
    await flushReports(wx);
    expect(await flushReports(wx)).toMatchObject({ sent: 1, queued: 0 });
    expect(fx.server.reports.map((r) => r.fields.interface_url)).toEqual(['https://api.mch.weixin.qq.com/pay/micropay', `${fx.server.url}pay/orderquery`]);
  });

  test('a URL WeChat Pay cannot take (over 127 characters) is not queued: onError says why', async () => {
    const { wx, failures } = reporting();
    await outcome(wx.chain(`v2/${'x'.repeat(120)}`).post({ xml: { appid: APPID, mch_id: MCHID } }));
    expect(await flushReports(wx)).toMatchObject({ skipped: 1, sent: 0, queued: 0 });
    expect(isInvalidRequestError(failures[0]?.error) && String((failures[0]!.error as Error).message)).toMatch(/127 characters/);
  });

  test('a client made by withOptions reports into the same queue', async () => {
    const { wx } = reporting();
    await query(withOptions(wx, { timeout: 5_000 }), 'VIA-WITH-OPTIONS');
    await flushReports(wx);
    expect(fx.server.reports.map((r) => r.fields.out_trade_no)).toEqual(['VIA-WITH-OPTIONS']);
  });
});

describe('APIv3 calls are reported too (checked by the simulator)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSim();
  });
  afterAll(() => sim.close());

  test('a v3 order and a v3 error, each in the single-interface form the simulator accepts', async () => {
    const wx = clientFor(sim, { report: { level: 'all', appid: APPID, userIp: '8.8.8.8', flushMs: 600_000, onError: () => undefined } });
    fx.made.push(wx);
    const no = tradeNo('R');
    await wx.v3.pay.transactions.native.post({
      json: { appid: APPID, mchid: MCHID, description: '交易保障', out_trade_no: no, notify_url: 'https://example.com/n', amount: { total: 1 } },
    });
    await outcome(wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NO-SUCH-ORDER', query: { mchid: MCHID } }));
    const before = sim.reports.length;
    expect(await flushReports(wx)).toMatchObject({ sent: 2, failed: 0 });
    const [order, missing] = sim.reports.slice(before);
    expect(order).toMatchObject({
      form: 'single',
      fields: { interface_url: `${sim.url}v3/pay/transactions/native`, return_code: 'SUCCESS', result_code: 'SUCCESS', out_trade_no: no },
    });
    expect(missing).toMatchObject({
      form: 'single',
      fields: {
        interface_url: `${sim.url}v3/pay/transactions/out-trade-no/NO-SUCH-ORDER`,
        return_code: 'FAIL',
        return_msg: 'HTTP 404',
        err_code: 'ORDER_NOT_EXIST',
        err_code_des: '订单不存在',
        out_trade_no: 'NO-SUCH-ORDER',
      },
    });
  });
});

describe('a report never changes a business call', () => {
  /** `count` calls one after another: how long they took and what they resolved to. */
  async function run(wx: Client, count: number) {
    const started = Date.now();
    const results: unknown[] = [];
    for (let i = 0; i < count; i += 1) results.push((await query(wx, `T${i}`)).data);
    return { ms: Date.now() - started, results };
  }

  test('a report server that holds every answer: same results, timing within noise of a client without reporting', async () => {
    const plain = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: fx.server.url });
    await run(plain, 3); // warm-up
    const without = await run(plain, 30);
    fx.server.reportMode = 'hold';
    const { wx } = reporting({ flushMs: 100, maxQueue: 5 });
    const withReports = await run(wx, 30);
    expect(withReports.results).toEqual(without.results);
    // Noise: 30 local calls take tens of milliseconds; a held report would add whole seconds.
    expect(withReports.ms).toBeLessThan(without.ms + 1_000);
    expect(fx.server.reports.length).toBeGreaterThanOrEqual(1);
    fx.server.reportMode = 'ok';
    fx.server.release();
  });

  test.each(['fail', 'reset'] as const)(
    'a report server that answers %s: the calls resolve as before, onError hears it, nothing is unhandled',
    async (mode) => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => void unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        fx.server.reportMode = mode;
        const { wx, failures } = reporting({ flushMs: 100 });
        const { results } = await run(wx, 3);
        expect(results.every((data) => (data as { trade_state: string }).trade_state === 'SUCCESS')).toBe(true);
        await waitFor(() => failures.length >= 1);
        const [first] = failures;
        expect(mode === 'fail' ? isBusinessError(first!.error) : isTransportError(first!.error)).toBe(true);
        expect(first!.report).toMatchObject({ interface_url: `${fx.server.url}pay/orderquery`, user_ip: '8.8.8.8' });
        expect(first!.report).not.toHaveProperty('sign');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    },
  );

  test('a failed report is not retried: a refused one is counted and gone; after a reset the rest waits for the next sending', async () => {
    fx.server.reportMode = 'reset';
    const { wx, failures } = reporting();
    for (const no of ['A', 'B', 'C']) await query(wx, no);
    expect(await flushReports(wx)).toMatchObject({ sent: 0, failed: 1, queued: 2 });
    expect(failures).toHaveLength(1);
    fx.server.reportMode = 'ok';
    expect(await flushReports(wx)).toMatchObject({ sent: 2, failed: 1, queued: 0 });
    expect(fx.server.reports.map((r) => r.fields.out_trade_no)).toEqual(['A', 'B', 'C']);
  });
});
