import { Agent } from 'node:https';
import { Builder, flushReports, isConfigurationError, isInvalidRequestError, micropay, type Client, type MicropayOptions } from '../../src';
import type { Simulator } from 'wechatpay-ts-simulator';
import { APPID, clientFor, MCHID, SECRET, startSim, tradeNo } from '../../packages/simulator/__tests__/helpers';

// 付款码 the documented way, against the simulator over HTTPS with the merchant certificate (the
// APIv2 reverse is mutual TLS). The simulator checks every sign itself; its log says which calls
// came, in which order.

let sim: Simulator;
let wx: Client;
const lines: string[] = [];

beforeAll(async () => {
  sim = await startSim({ tls: true, log: (line) => lines.push(line) });
  const ca = sim.tls!.ca;
  wx = clientFor(sim, { httpsAgent: new Agent({ ca }), merchant: { ...sim.tls!.issueClientCertificate!(), ca } });
});
afterAll(() => sim.close());
beforeEach(() => {
  lines.length = 0;
});
afterEach(() => {
  sim.micropay.clear();
  sim.faults.clear();
});

const AUTH_CODE = '134567890123456789';
const xml = (out_trade_no: string) => ({
  appid: APPID,
  mch_id: MCHID,
  body: '付款码',
  out_trade_no,
  total_fee: 1,
  spbill_create_ip: '8.8.8.8',
  auth_code: AUTH_CODE,
});
const json = (out_trade_no: string) => ({
  appid: APPID,
  mchid: MCHID,
  description: '付款码',
  out_trade_no,
  payer: { auth_code: AUTH_CODE },
  amount: { total: 1 },
  scene_info: { store_info: { out_id: 'S1' } },
});
const FAST: MicropayOptions = { pollMs: 30, deadlineMs: 400, reverse: { delayMs: 10 } };
/** The calls the simulator answered, in order: `POST /pay/micropay`, … */
const calls = () => lines.map((line) => /^(GET|POST) (\S+) ->/.exec(line)?.slice(1, 3).join(' ')).filter((call): call is string => call !== undefined);

describe('APIv2: v2/pay/micropay, v2/pay/orderquery, v2/secapi/pay/reverse', () => {
  test('paid at once: SUCCESS after the one payment call', async () => {
    const no = tradeNo('PS');
    const result = await micropay(wx, { xml: xml(no) }, FAST);
    expect(result).toMatchObject({ state: 'SUCCESS', out_trade_no: no, order: { out_trade_no: no, result_code: 'SUCCESS' } });
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay SUCCESS']);
    expect(result).not.toHaveProperty('reason');
    expect(calls()).toEqual(['POST /pay/micropay']);
  });

  test('USERPAYING, paid at the 2nd query: waits pollMs before the first query, then SUCCESS', async () => {
    sim.micropay.set('userpaying', { paidOnQuery: 2 });
    const no = tradeNo('PU');
    // A deadline well past the two polls: the first call's TLS handshake may take a few hundred ms on a loaded machine.
    const result = await micropay(wx, { xml: xml(no) }, { ...FAST, pollMs: 80, deadlineMs: 5_000 });
    expect(result.state).toBe('SUCCESS');
    expect(result.order).toMatchObject({ out_trade_no: no, trade_state: 'SUCCESS' });
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay USERPAYING', 'query USERPAYING', 'query SUCCESS']);
    const [pay, query1, query2] = result.attempts;
    expect(query1!.startedAt - (pay!.startedAt + pay!.durationMs)).toBeGreaterThanOrEqual(75);
    expect(query2!.startedAt - (query1!.startedAt + query1!.durationMs)).toBeGreaterThanOrEqual(75);
    expect(calls()).toEqual(['POST /pay/micropay', 'POST /pay/orderquery', 'POST /pay/orderquery']);
    expect(sim.orders.get(no)?.trade_state).toBe('SUCCESS');
  });

  test('USERPAYING, never paid: queried until the deadline, then reversed (REVERSED, the order REVOKED)', async () => {
    sim.micropay.set('userpaying');
    const no = tradeNo('PN');
    const started = Date.now();
    const result = await micropay(wx, { xml: xml(no) }, { pollMs: 200, deadlineMs: 2000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000 - 200);
    expect(result.state).toBe('REVERSED');
    expect(result.reason).toMatch(/not paid within 2000 ms \(last: USERPAYING\)/);
    const steps = result.attempts.map((a) => a.step);
    expect(steps[0]).toBe('pay');
    expect(steps.at(-1)).toBe('reverse');
    // Every 200 ms until the deadline (fewer on a loaded machine, never more), then the reverse; the
    // deadline is long enough that a loaded machine still fits a query after the pay call.
    expect(steps.filter((s) => s === 'query').length).toBeGreaterThanOrEqual(1);
    expect(steps.filter((s) => s === 'query').length).toBeLessThanOrEqual(11);
    const reverse = result.attempts.at(-1)!;
    expect(reverse.startedAt - result.attempts[0]!.startedAt).toBeGreaterThanOrEqual(2000 - 200 - 5);
    expect(calls().at(-1)).toBe('POST /secapi/pay/reverse');
    expect(sim.orders.get(no)?.trade_state).toBe('REVOKED');
  });

  test('the reverse answers recall: Y once: called again, then REVERSED', async () => {
    sim.micropay.set('userpaying', { recalls: 1 });
    const no = tradeNo('PR');
    const result = await micropay(wx, { xml: xml(no) }, { pollMs: 30, deadlineMs: 100, reverse: { delayMs: 10 } });
    expect(result.state).toBe('REVERSED');
    expect(result.attempts.filter((a) => a.step === 'reverse').map((a) => a.outcome)).toEqual(['SYSTEMERROR', 'SUCCESS']);
    expect(calls().slice(-2)).toEqual(['POST /secapi/pay/reverse', 'POST /secapi/pay/reverse']);
    expect(sim.orders.get(no)?.trade_state).toBe('REVOKED');
  });

  test('recall: Y more often than reverse.tries allows: UNKNOWN, saying the order is not reversed', async () => {
    sim.micropay.set('userpaying', { recalls: 5 });
    const no = tradeNo('PX');
    const result = await micropay(wx, { xml: xml(no) }, { pollMs: 30, deadlineMs: 60, reverse: { tries: 3, delayMs: 5 } });
    expect(result.state).toBe('UNKNOWN');
    expect(result.reason).toMatch(/still not reversed after 3 reverse calls/);
    expect(calls().filter((c) => c === 'POST /secapi/pay/reverse')).toHaveLength(3);
    expect(sim.orders.get(no)?.trade_state).toBe('USERPAYING');
  });

  test('SYSTEMERROR: queried at once (no wait); paid at the first query: SUCCESS', async () => {
    sim.micropay.set('systemerror', { paidOnQuery: 1 });
    const no = tradeNo('PE');
    const result = await micropay(wx, { xml: xml(no) }, { ...FAST, pollMs: 5_000 });
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay SYSTEMERROR', 'query SUCCESS']);
    expect(result.state).toBe('SUCCESS');
    expect(result.attempts[1]!.startedAt - (result.attempts[0]!.startedAt + result.attempts[0]!.durationMs)).toBeLessThan(1_000);
  });

  test('SYSTEMERROR and never paid: NOTPAY until the deadline, then reversed', async () => {
    sim.micropay.set('systemerror');
    const no = tradeNo('PF');
    const result = await micropay(wx, { xml: xml(no) }, FAST);
    expect(result.state).toBe('REVERSED');
    expect(result.reason).toMatch(/last: NOTPAY/);
    expect(sim.orders.get(no)?.trade_state).toBe('REVOKED');
  });

  test('reverse: false leaves an unpaid order as it is, and says so (UNKNOWN)', async () => {
    sim.micropay.set('userpaying');
    const no = tradeNo('PK');
    const result = await micropay(wx, { xml: xml(no) }, { pollMs: 30, deadlineMs: 100, reverse: false });
    expect(result.state).toBe('UNKNOWN');
    expect(result.reason).toMatch(/not reversed \(reverse: false\)/);
    expect(calls()).not.toContain('POST /secapi/pay/reverse');
    expect(sim.orders.get(no)?.trade_state).toBe('USERPAYING');
  });

  test('a forged answer to the payment is never SUCCESS: the order is queried, and the query decides', async () => {
    sim.faults.set('forge', { times: 1 });
    const no = tradeNo('PG');
    const result = await micropay(wx, { xml: xml(no) }, FAST);
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay BAD_SIGN', 'query SUCCESS']);
    expect(result.state).toBe('SUCCESS');
  });

  test('a payment WeChat declines for good (a bad payment code) is FAILED, not queried nor reversed', async () => {
    const no = tradeNo('PB');
    const result = await micropay(wx, { xml: { ...xml(no), auth_code: '999' } }, FAST);
    expect(result.state).toBe('FAILED');
    expect(result.reason).toMatch(/AUTH_CODE_INVALID/);
    expect(calls()).toEqual(['POST /pay/micropay']);
  });

  test('with report on, the trade goes into the micropay batch report (and each call into a single one)', async () => {
    const reporting = Builder.factory({
      mchid: MCHID,
      secret: SECRET,
      baseURL: sim.url,
      httpsAgent: new Agent({ ca: sim.tls!.ca }),
      merchant: { ...sim.tls!.issueClientCertificate!(), ca: sim.tls!.ca },
      report: { level: 'all', appid: APPID, userIp: '8.8.8.8', flushMs: 600_000, onError: () => undefined },
    });
    sim.micropay.set('userpaying');
    const no = tradeNo('PT');
    const before = sim.reports.length;
    await micropay(reporting, { xml: xml(no) }, { pollMs: 30, deadlineMs: 100 });
    expect(await flushReports(reporting)).toMatchObject({ failed: 0, queued: 0 });
    const reports = sim.reports.slice(before);
    const batch = reports.filter((r) => r.form === 'batch');
    expect(batch).toHaveLength(1);
    expect(batch[0]!.fields.interface_url).toBe('https://api.mch.weixin.qq.com/pay/batchreport/micropay/total');
    const trades = JSON.parse(batch[0]!.fields.trades!) as Array<Record<string, string>>;
    expect(trades).toEqual([
      {
        out_trade_no: no,
        begin_time: expect.stringMatching(/^\d{14}$/),
        end_time: expect.stringMatching(/^\d{14}$/),
        state: 'CANCLE',
        err_msg: expect.stringContaining('not paid'),
      },
    ]);
    const singles = reports.filter((r) => r.form === 'single').map((r) => r.fields.interface_url);
    expect(singles[0]).toBe(`${sim.url}pay/micropay`);
    expect(singles.at(-1)).toBe(`${sim.url}secapi/pay/reverse`);
  });

  test.each([
    [
      'no merchant certificate (the reverse is mutual TLS)',
      () => micropay(Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: sim.url }), { xml: xml('NOCERT1') }),
      /needs the merchant API certificate/,
    ],
    ['no out_trade_no', () => micropay(wx, { xml: { ...xml('X'), out_trade_no: undefined } }), /`xml.out_trade_no` must be a non-empty string/],
    ['both xml and json', () => micropay(wx, { xml: xml('X'), json: json('X') } as never), /exactly one of `xml`/],
    [
      'no total_fee',
      () => micropay(wx, { xml: { ...xml('X'), total_fee: undefined } }),
      /`xml.total_fee` must be a whole, positive number of fen, got undefined/,
    ],
    ['total_fee 1.5', () => micropay(wx, { xml: { ...xml('X'), total_fee: '1.5' } }), /`xml.total_fee` must be a whole, positive number of fen/],
    ['fee_type rmb', () => micropay(wx, { xml: { ...xml('X'), fee_type: 'rmb' } }), /`xml.fee_type` must be a currency code such as CNY/],
    ['v3 without amount', () => micropay(wx, { json: { ...json('X'), amount: undefined } }), /`json.amount` must be \{ total, currency\? \}/],
    [
      'v3 partner mode without sub_mchid',
      () => micropay(wx, { json: { ...json('X'), sp_mchid: MCHID } }),
      /`json.sub_mchid` must be a non-empty string in partner mode/,
    ],
    ['pollMs 0', () => micropay(wx, { xml: xml('X') }, { pollMs: 0 }), /`pollMs` must be a whole number of milliseconds from 10 to 60000, got 0/],
    ['reverse.tries 11', () => micropay(wx, { xml: xml('X') }, { reverse: { tries: 11 } }), /`reverse.tries` must be a whole number of calls from 1 to 10/],
    ['an unknown option', () => micropay(wx, { xml: xml('X') }, { poll: 5 } as never), /`poll` is not an option/],
  ])('%s: refused before anything is sent', async (_what, run, message) => {
    const error = await run().catch((e: unknown) => e);
    expect(isConfigurationError(error) || isInvalidRequestError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(message);
    expect(calls()).toEqual([]);
  });
});

describe('APIv3: v3/pay/transactions/codepay, its query and reverse', () => {
  test('202 USERPAYING, paid at the first query: SUCCESS with the transaction', async () => {
    sim.micropay.set('userpaying', { paidOnQuery: 1 });
    const no = tradeNo('CU');
    const result = await micropay(wx, { json: json(no) }, FAST);
    expect(result.state).toBe('SUCCESS');
    expect(result.order).toMatchObject({ out_trade_no: no, trade_state: 'SUCCESS', trade_type: 'MICROPAY' });
    expect(calls()).toEqual(['POST /v3/pay/transactions/codepay', `GET /v3/pay/transactions/out-trade-no/${no}`]);
  });

  test('500 SYSTEM_ERROR, never paid, one recall: reversed by the v3 endpoint at the second call', async () => {
    sim.micropay.set('systemerror', { recalls: 1 });
    const no = tradeNo('CE');
    const result = await micropay(wx, { json: json(no) }, FAST);
    expect(result.state).toBe('REVERSED');
    expect(result.attempts[0]).toMatchObject({ step: 'pay', outcome: 'SYSTEM_ERROR' });
    expect(calls().slice(-2)).toEqual([`POST /v3/pay/transactions/out-trade-no/${no}/reverse`, `POST /v3/pay/transactions/out-trade-no/${no}/reverse`]);
    expect(sim.orders.get(no)?.trade_state).toBe('REVOKED');
  });

  test('paid at once: 200 with trade_state SUCCESS', async () => {
    const no = tradeNo('CS');
    expect(await micropay(wx, { json: json(no) }, FAST)).toMatchObject({ state: 'SUCCESS', attempts: [{ step: 'pay', outcome: 'SUCCESS' }] });
  });

  test('a bad request is refused before anything is sent', async () => {
    await expect(micropay(wx, { json: { ...json('X'), appid: '' } })).rejects.toThrow(/`json.appid` must be a non-empty string/);
    expect(calls()).toEqual([]);
  });
});
