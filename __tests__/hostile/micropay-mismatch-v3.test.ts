import { micropay, type MicropayOptions } from '../../src';
import { MCHID, setupV3, type V3Setup } from '../helpers/v3-client';
import type { V3Check } from '../helpers/v3-server';

// 付款码 over APIv3 against a server that signs, with the platform key the client trusts, a paid
// transaction that is not the payment asked for (the out_trade_no was used before). Never SUCCESS;
// never reversed (that would refund the earlier, real payment).

const APPID = 'wxd678efh567hg6787';
const NO = 'POSV3MISMATCH1';
const SP_MCHID = '1230000109';
const SUB_MCHID = '1900000109';
/** Changes to the transaction the server describes; `null` leaves a field out. */
type Paid = Record<string, unknown>;

let v3: V3Setup;
const script: { pay: 'paid' | 'ORDER_PAID'; paid: Paid; query: Paid } = { pay: 'paid', paid: {}, query: {} };

beforeAll(async () => {
  v3 = await setupV3();
});
afterAll(() => v3.server.close());
beforeEach(() => {
  Object.assign(script, { pay: 'paid', paid: {}, query: {} });
  v3.server.checks.length = 0;
  v3.server.routes.clear();
});

/** The transaction the request asked for, changed as `paid` says (`amount` merged field by field). */
function transaction(asked: Record<string, unknown>, paid: Paid): Record<string, unknown> {
  const { payer: _payer, description: _description, scene_info: _scene, amount, ...ids } = asked;
  const out: Record<string, unknown> = {
    ...ids,
    transaction_id: '4200000000000000000000000002',
    trade_type: 'MICROPAY',
    trade_state: 'SUCCESS',
    amount: { ...(amount as object), payer_total: (amount as { total: number }).total },
  };
  for (const [name, value] of Object.entries(paid)) {
    if (value === null) delete out[name];
    else if (name === 'amount') out.amount = { ...(out.amount as object), ...(value as object) };
    else out[name] = value;
  }
  return out;
}

/** Routes for the direct (`transactions`) or partner (`partner/transactions`) endpoints; the query answers from what the payment asked. */
function route(base: string): void {
  let asked: Record<string, unknown> = {};
  v3.server.routes.set(`POST ${base}/codepay`, (check: V3Check) => {
    asked = JSON.parse(check.request.text) as Record<string, unknown>;
    if (script.pay === 'ORDER_PAID') return { status: 403, json: { code: 'ORDER_PAID', message: '订单已支付' } };
    return { status: 200, json: transaction(asked, script.paid) };
  });
  v3.server.routes.set(`GET ${base}/out-trade-no/${NO}`, () => ({ status: 200, json: transaction(asked, script.query) }));
  v3.server.routes.set(`POST ${base}/out-trade-no/${NO}/reverse`, () => ({ status: 200, json: {} }));
}

const FAST: MicropayOptions = { pollMs: 20, deadlineMs: 3_000, reverse: { delayMs: 10 } };
const direct = { appid: APPID, mchid: MCHID };
const partner = { sp_appid: APPID, sp_mchid: SP_MCHID, sub_mchid: SUB_MCHID };
const json = (ids: Record<string, string>, amount: Record<string, unknown> = { total: 100 }) => ({
  ...ids,
  description: '门店消费',
  out_trade_no: NO,
  payer: { auth_code: '134567890123456789' },
  amount,
  scene_info: { store_info: { out_id: 'S1' } },
});
const paths = () => v3.server.checks.map((c) => `${c.request.method} ${c.request.url.split('?')[0]}`);

const MISMATCHES: Array<[string, Record<string, string>, Paid, RegExp]> = [
  ['a smaller amount', direct, { amount: { total: 1 } }, /amount: asked 100 CNY fen, paid 1 CNY fen/],
  ['another currency', direct, { amount: { currency: 'USD' } }, /amount: asked 100 CNY fen, paid 100 USD fen/],
  ['no amount at all', direct, { amount: null }, /amount: asked 100 CNY fen, paid no amount.total/],
  ['another app', direct, { appid: 'wx0000000000000000' }, /appid: asked wxd678efh567hg6787, paid wx0000000000000000/],
  ['another merchant', direct, { mchid: '1900000999' }, /mchid: asked 1900000109, paid 1900000999/],
  ['another service provider (partner mode)', partner, { sp_mchid: '1230000999' }, /sp_mchid: asked 1230000109, paid 1230000999/],
  ['another sub-merchant (partner mode)', partner, { sub_mchid: '1900000555' }, /sub_mchid: asked 1900000109, paid 1900000555/],
];
const baseOf = (ids: Record<string, string>) => (ids.sp_mchid ? '/v3/pay/partner/transactions' : '/v3/pay/transactions');

describe('APIv3 codepay: a paid transaction for another payment is MISMATCH, never SUCCESS, never reversed', () => {
  test.each([
    ['direct', direct],
    ['partner', partner],
  ])('control (%s mode): the payment asked for is SUCCESS', async (_mode, ids) => {
    route(baseOf(ids));
    const result = await micropay(v3.wx, { json: json(ids) }, FAST);
    expect(result.state).toBe('SUCCESS');
    expect(paths()).toEqual([`POST ${baseOf(ids)}/codepay`]);
  });

  test.each(MISMATCHES)('the payment answers paid with %s', async (_what, ids, paid, reason) => {
    route(baseOf(ids));
    script.paid = paid;
    const result = await micropay(v3.wx, { json: json(ids) }, FAST);
    expect(result.state).toBe('MISMATCH');
    expect(result.reason).toMatch(reason);
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay MISMATCH']);
    expect(paths()).toEqual([`POST ${baseOf(ids)}/codepay`]);
  });

  test.each(MISMATCHES)('ORDER_PAID, then the query answers paid with %s', async (_what, ids, paid, reason) => {
    route(baseOf(ids));
    script.pay = 'ORDER_PAID';
    script.query = paid;
    const result = await micropay(v3.wx, { json: json(ids) }, FAST);
    expect(result.state).toBe('MISMATCH');
    expect(result.reason).toMatch(reason);
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay ORDER_PAID', 'query MISMATCH']);
    expect(paths().some((p) => p.endsWith('/reverse'))).toBe(false);
  });

  test('partner mode queries with sp_mchid and sub_mchid', async () => {
    route(baseOf(partner));
    script.pay = 'ORDER_PAID';
    await micropay(v3.wx, { json: json(partner) }, FAST);
    expect(v3.server.checks[1]!.request.url).toBe(`/v3/pay/partner/transactions/out-trade-no/${NO}?sp_mchid=${SP_MCHID}&sub_mchid=${SUB_MCHID}`);
  });

  test('the payment answers paid for another order number: it proves nothing, the query of this one decides', async () => {
    route(baseOf(direct));
    script.paid = { out_trade_no: 'POSV3EARLIER9' };
    const result = await micropay(v3.wx, { json: json(direct) }, FAST);
    expect(result.attempts.map((a) => `${a.step} ${a.outcome}`)).toEqual(['pay OTHER_ORDER', 'query SUCCESS']);
    expect(result.state).toBe('SUCCESS');
  });

  test('ORDER_PAID, then every query describes another order number: never SUCCESS; this order is reversed at the deadline', async () => {
    route(baseOf(direct));
    script.pay = 'ORDER_PAID';
    script.query = { out_trade_no: 'POSV3EARLIER9' };
    const result = await micropay(v3.wx, { json: json(direct) }, { ...FAST, pollMs: 100, deadlineMs: 1_500 });
    expect(result.state).toBe('REVERSED');
    // A deadline well past the first call, so that a loaded machine still gets to query.
    expect(result.reason).toMatch(/last: OTHER_ORDER/);
    expect(result.attempts.some((a) => a.step === 'query')).toBe(true);
  });

  test('a currency asked for is compared as asked: HKD asked, HKD paid is SUCCESS; CNY paid is MISMATCH', async () => {
    route(baseOf(direct));
    script.paid = { amount: { currency: 'HKD' } };
    expect((await micropay(v3.wx, { json: json(direct, { total: 100, currency: 'HKD' }) }, FAST)).state).toBe('SUCCESS');
    script.paid = { amount: { currency: 'CNY' } };
    const result = await micropay(v3.wx, { json: json(direct, { total: 100, currency: 'HKD' }) }, FAST);
    expect(result).toMatchObject({ state: 'MISMATCH', reason: expect.stringMatching(/amount: asked 100 HKD fen, paid 100 CNY fen/) });
  });
});
