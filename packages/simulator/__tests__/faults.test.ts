import { Builder, isApiError, isTransportError, isVerificationError, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import { APPID, errorOf, MCHID, rawRequest, SECRET, SINGLE_REPORT, startSim, tradeNo, useSimulator } from './helpers';

let sim: Simulator;
let wx: Client;
let v2: Client;

useSimulator({}, (f) => ({ sim, wx, v2 } = f));
afterEach(() => sim.faults.clear());

const nativeOrder = () =>
  wx.v3.pay.transactions.native.post({
    json: { appid: APPID, mchid: MCHID, description: 'fault', out_trade_no: tradeNo('F'), notify_url: 'http://127.0.0.1:9/n', amount: { total: 1 } },
  });
const v2Query = () => v2.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: 'whatever' } });

test("no fault: both APIs answer normally (the failures below are the faults')", async () => {
  await expect(nativeOrder()).resolves.toMatchObject({ status: 200 });
  // An unknown order is a verified, signed result_code FAIL: a BusinessError, not a verification one.
  await expect(v2Query()).rejects.toMatchObject({ errCode: 'ORDERNOTEXIST' });
});

test('forge: a v3 signature over other bytes is BAD_SIGNATURE; a v2 sign that does not match is BAD_SIGN', async () => {
  sim.faults.set('forge', { times: 2 });
  expect(sim.faults.active()).toEqual(['forge']);
  const v3 = await errorOf(nativeOrder());
  expect(isVerificationError(v3) && v3.reason).toBe('BAD_SIGNATURE');
  const old = await errorOf(v2Query());
  expect(isVerificationError(old) && old.reason).toBe('BAD_SIGN');
  // Used up after two answers.
  expect(sim.faults.active()).toEqual([]);
  await expect(nativeOrder()).resolves.toMatchObject({ status: 200 });
});

test('forge is not spent on answers it cannot affect (the unsigned report)', async () => {
  sim.faults.set('forge', { times: 1 });
  await v2.v2.payitil.report.post({ xml: SINGLE_REPORT });
  expect(sim.faults.active()).toEqual(['forge']);
});

test('probe: a WECHATPAY/SIGNTEST/ signature is refused as PROBE', async () => {
  sim.faults.set('probe', { times: 1 });
  const error = await errorOf(nativeOrder());
  expect(isVerificationError(error) && error.reason).toBe('PROBE');
});

test('stale: a Wechatpay-Timestamp ten minutes old is STALE_TIMESTAMP', async () => {
  sim.faults.set('stale');
  const error = await errorOf(nativeOrder());
  expect(isVerificationError(error) && error.reason).toBe('STALE_TIMESTAMP');
  expect((error as Error).message).toMatch(/60\d s from now/);
  // Until cleared.
  expect(isVerificationError(await errorOf(nativeOrder()))).toBe(true);
  sim.faults.clear('stale');
  await expect(nativeOrder()).resolves.toMatchObject({ status: 200 });
});

test("delay: an answer held back longer than the call's timeout is a TransportError", async () => {
  sim.faults.set('delay', { times: 1, delayMs: 400 });
  const started = Date.now();
  const error = await errorOf(
    wx.v3.pay.transactions.native.post({
      json: { appid: APPID, mchid: MCHID, description: 'slow', out_trade_no: tradeNo('F'), notify_url: 'http://127.0.0.1:9/n', amount: { total: 1 } },
      timeout: 100,
    }),
  );
  expect(isTransportError(error)).toBe(true);
  expect(Date.now() - started).toBeLessThan(400);
  // Without a timeout the same delay is only slow.
  sim.faults.set('delay', { times: 1, delayMs: 150 });
  const slow = Date.now();
  await expect(nativeOrder()).resolves.toMatchObject({ status: 200 });
  expect(Date.now() - slow).toBeGreaterThanOrEqual(140);
});

test('an answer whose client gave up during the delay spends no other fault (regression: it ate a later drop)', async () => {
  sim.faults.set('delay', { times: 1, delayMs: 200 });
  const timedOut = await errorOf(v2.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: 'x' }, timeout: 50 }));
  expect(isTransportError(timedOut)).toBe(true);
  sim.faults.set('drop', { times: 1 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(sim.faults.active()).toEqual(['drop']);
});

test('server-error: 500 SYSTEM_ERROR (v3) and SYSTEMERROR (v2) are ApiErrors; `status` picks another', async () => {
  sim.faults.set('server-error', { times: 2 });
  const v3 = await errorOf(nativeOrder());
  expect(isApiError(v3) && [v3.status, v3.apiCode]).toEqual([500, 'SYSTEM_ERROR']);
  const old = await errorOf(v2Query());
  expect(isApiError(old) && [old.status, old.body]).toEqual([500, { return_code: 'FAIL', return_msg: 'SYSTEMERROR' }]);
  sim.faults.set('server-error', { times: 1, status: 503 });
  expect(await errorOf(nativeOrder())).toMatchObject({ status: 503 });
});

test('server-error answers before anything is done: no order is created', async () => {
  const no = tradeNo('F');
  sim.faults.set('server-error', { times: 1 });
  await errorOf(
    wx.v3.pay.transactions.native.post({
      json: { appid: APPID, mchid: MCHID, description: 'x', out_trade_no: no, notify_url: 'http://127.0.0.1:9/n', amount: { total: 1 } },
    }),
  );
  expect(sim.orders.has(no)).toBe(false);
});

test('drop: the connection is destroyed, a TransportError; the order was made all the same', async () => {
  const no = tradeNo('F');
  sim.faults.set('drop', { times: 1 });
  const error = await errorOf(
    wx.v3.pay.transactions.native.post({
      json: { appid: APPID, mchid: MCHID, description: 'x', out_trade_no: no, notify_url: 'http://127.0.0.1:9/n', amount: { total: 1 } },
    }),
  );
  expect(isTransportError(error)).toBe(true);
  expect(sim.orders.get(no)?.trade_state).toBe('NOTPAY');
  const v2Dropped = await errorOf((sim.faults.set('drop', { times: 1 }), v2Query()));
  expect(isTransportError(v2Dropped)).toBe(true);
});

test('bad switches are refused with a message', () => {
  expect(() => sim.faults.set('melt' as never)).toThrow(/unknown fault "melt"/);
  expect(() => sim.faults.set('delay', { delayMs: -1 })).toThrow(/delayMs/);
  expect(() => sim.faults.set('forge', { times: 0 })).toThrow(/times/);
  expect(() => sim.faults.set('server-error', { status: 200 })).toThrow(/status/);
  expect(sim.faults.active()).toEqual([]);
});

describe('unreachable, with a backup listener', () => {
  let twin: Simulator;
  beforeAll(async () => {
    twin = await startSim({ backup: true });
  });
  afterAll(() => twin.close());
  afterEach(() => twin.faults.clear());

  // A fresh connection each time: a kept-alive one would be reset when the listener closes, not refused.
  const reach = (url: string) =>
    rawRequest(url, 'POST', '/pay/orderquery', {}, '<xml/>', { agent: false }).then(
      (answer) => answer.status,
      (error: NodeJS.ErrnoException) => error.code,
    );

  test('sim.url refuses connections while sim.backupUrl answers, and listens again on the same port once cleared', async () => {
    expect(twin.backupUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(twin.backupUrl).not.toBe(twin.url);
    expect(await reach(twin.url)).toBe(200);
    twin.faults.set('unreachable');
    expect(twin.faults.active()).toEqual(['unreachable']);
    expect(await reach(twin.url)).toBe('ECONNREFUSED');
    expect(await reach(twin.backupUrl!)).toBe(200);
    twin.faults.clear();
    expect(await reach(twin.url)).toBe(200);
  });

  test('the backup shares the state: an order made through one is found through the other', async () => {
    const no = tradeNo('B');
    const primary = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: twin.url });
    const backup = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: twin.backupUrl! });
    await primary.v2.pay.micropay.post({
      xml: { appid: APPID, mch_id: MCHID, body: 'b', out_trade_no: no, total_fee: 1, spbill_create_ip: '8.8.8.8', auth_code: '134567890123456789' },
    });
    const { data } = await backup.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no: no } });
    expect(data.trade_state).toBe('SUCCESS');
  });

  test('unreachable takes no options; close() ends a simulator whose primary is down', async () => {
    expect(() => twin.faults.set('unreachable', { times: 1 })).toThrow(/takes no options/);
    const down = await startSim({ backup: true });
    down.faults.set('unreachable');
    await expect(down.close()).resolves.toBeUndefined();
  });
});
