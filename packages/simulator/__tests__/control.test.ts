import { isApiError, verifyNotification, type Client } from 'wechatpay-ts';
import { CONTROL_DEFAULT_LIMIT, CONTROL_MAX_LIMIT, startControl, type Control, type Simulator } from '../src';
import type { TestServer } from '../../../__tests__/helpers/http';
import { APIV3_KEY, APPID, MCHID, rawRequest, tradeNo, useSimulator, waitFor } from './helpers';

// The control interface driven by plain node:http, as a test in another language would drive it;
// the SDK plays the merchant only (orders, refunds, verifying the notifications that arrive).
let sim: Simulator;
let control: Control;
let wx: Client;
let merchantSite: TestServer;

useSimulator({}, (f) => ({ sim, wx, receiver: merchantSite } = f));
beforeAll(async () => {
  control = await startControl(sim);
});
afterAll(() => control.close());

/** One control call with the token (or `auth` instead; null: no Authorization), its JSON answer parsed. */
async function call(method: string, path: string, body?: unknown, auth: string | null = `Bearer ${control.token}`) {
  const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
  if (auth !== null) headers.Authorization = auth;
  const answer = await rawRequest(control.url, method, path, headers, body === undefined ? '' : JSON.stringify(body));
  return { status: answer.status, headers: answer.headers, json: JSON.parse(answer.text) };
}

async function nativeOrder(total = 300, notifyUrl = `${merchantSite.url}notify`): Promise<string> {
  const no = tradeNo('C');
  await wx.v3.pay.transactions.native.post({
    json: { appid: APPID, mchid: MCHID, description: '控制接口', out_trade_no: no, notify_url: notifyUrl, amount: { total } },
  });
  return no;
}

/** The notifications of `event` the merchant's site received for `no`, verified and decrypted as a merchant would. */
function received(event: string, key: string, no: string) {
  return merchantSite.received
    .map((r) => ({ r, envelope: JSON.parse(r.text) as { event_type: string } }))
    .filter(({ envelope }) => envelope.event_type === event)
    .map(({ r }) => verifyNotification<Record<string, unknown>>({ body: r.body, headers: r.headers as never, certs: wx, apiv3Key: APIV3_KEY }))
    .filter((notice) => notice.resource?.[key] === no);
}

describe('the token', () => {
  test('no Authorization, another scheme, or a wrong token: 401 naming what is wrong, and nothing is done', async () => {
    const wrong = `Bearer ${control.token.slice(0, -1)}${control.token.endsWith('A') ? 'B' : 'A'}`;
    for (const [auth, says] of [
      [null, /no Authorization header/],
      [`Basic ${Buffer.from(`x:${control.token}`).toString('base64')}`, /must be Bearer <token>/],
      [wrong, /not this control interface/],
      ['Bearer ', /must be Bearer <token>/],
    ] as const) {
      const answer = await call('POST', '/faults', { kind: 'forge' }, auth);
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(answer.json).toEqual({ code: 'UNAUTHORIZED', message: expect.stringMatching(says) });
      expect(JSON.stringify(answer.json)).not.toContain(control.token);
    }
    expect(sim.faults.active()).toEqual([]);
    // Every route is guarded, the read-only ones too.
    expect((await call('GET', '/notifications', undefined, null)).status).toBe(401);
    expect((await call('GET', '/status', undefined, null)).status).toBe(401);
  });

  test('it listens on loopback only, and a token given must be long enough', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com'])
      await expect(startControl(sim, { host })).rejects.toThrow(/host must be a loopback address/);
    await expect(startControl(sim, { token: 'short' })).rejects.toThrow(/at least 16 printable characters/);
    const given = await startControl(sim, { token: 'a-token-of-ci-runs-0001' });
    try {
      expect(given.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const answer = await rawRequest(given.url, 'GET', '/status', { Authorization: 'Bearer a-token-of-ci-runs-0001' });
      expect(answer.status).toBe(200);
    } finally {
      await given.close();
    }
    expect(control.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('operations', () => {
  test('pay an order: its TRANSACTION.SUCCESS notification reaches the merchant’s notify_url; unknown and paid orders are refused', async () => {
    const no = await nativeOrder();
    const paid = await call('POST', `/orders/${no}/pay`, { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' });
    expect(paid.status).toBe(200);
    expect(paid.json).toMatchObject({ out_trade_no: no, trade_state: 'SUCCESS', transaction_id: expect.stringMatching(/^\d{28}$/) });
    await waitFor(() => received('TRANSACTION.SUCCESS', 'out_trade_no', no).length === 1);
    expect(received('TRANSACTION.SUCCESS', 'out_trade_no', no)[0]!.resource).toMatchObject({
      trade_state: 'SUCCESS',
      payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    });

    expect((await call('GET', `/orders/${no}`)).json).toMatchObject({ trade_state: 'SUCCESS' });
    expect(await call('POST', `/orders/${no}/pay`)).toMatchObject({
      status: 409,
      json: { code: 'INVALID_STATE', message: expect.stringContaining('is SUCCESS') },
    });
    expect(await call('POST', '/orders/NO-SUCH-ORDER/pay')).toMatchObject({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS' } });
    expect(await call('POST', `/orders/${no}/pay`, { open_id: 'x' })).toMatchObject({ status: 400, json: { message: expect.stringContaining('"open_id"') } });
  });

  test('hold refunds PROCESSING, then settle one and fail two: REFUND.SUCCESS, REFUND.ABNORMAL, REFUND.CLOSED reach notify_url', async () => {
    const no = await nativeOrder(300);
    await call('POST', `/orders/${no}/pay`);
    expect(await call('POST', '/scenarios/refund', { scenario: 'processing', times: 3 })).toMatchObject({ status: 200, json: { active: 'processing' } });
    const refundNos = ['S', 'A', 'C'].map((kind) => `${no}-${kind}`);
    for (const outRefundNo of refundNos) {
      const { data } = await wx.v3.refund.domestic.refunds.post({
        json: { out_trade_no: no, out_refund_no: outRefundNo, notify_url: `${merchantSite.url}refund`, amount: { refund: 100, total: 300, currency: 'CNY' } },
      });
      expect(data).toMatchObject({ status: 'PROCESSING' });
      expect(data).not.toHaveProperty('success_time');
    }
    expect(sim.refundScenarios.active()).toBeUndefined();

    expect(await call('POST', `/refunds/${refundNos[0]}/settle`)).toMatchObject({ status: 200, json: { status: 'SUCCESS' } });
    expect(await call('POST', `/refunds/${refundNos[1]}/fail`)).toMatchObject({ status: 200, json: { status: 'ABNORMAL' } });
    expect(await call('POST', `/refunds/${refundNos[2]}/fail`, { status: 'CLOSED' })).toMatchObject({ status: 200, json: { status: 'CLOSED' } });
    for (const [outRefundNo, event] of [
      [refundNos[0]!, 'REFUND.SUCCESS'],
      [refundNos[1]!, 'REFUND.ABNORMAL'],
      [refundNos[2]!, 'REFUND.CLOSED'],
    ] as const) {
      await waitFor(() => received(event, 'out_refund_no', outRefundNo).length === 1);
      expect(received(event, 'out_refund_no', outRefundNo)[0]!.resource).toMatchObject({ refund_status: event.slice('REFUND.'.length) });
      const { data } = await wx.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: outRefundNo });
      expect(data.status).toBe(event.slice('REFUND.'.length));
    }
    // The closed refund gave its 100 back: 200 of 300 are refunded.
    expect(sim.orders.get(no)!.amount.refunded).toBe(200);
    expect(await call('POST', `/refunds/${refundNos[0]}/settle`)).toMatchObject({ status: 409, json: { message: expect.stringContaining('is SUCCESS') } });
    expect(await call('POST', `/refunds/${refundNos[0]}/fail`, { status: 'SUCCESS' })).toMatchObject({ status: 400 });
    expect(await call('POST', '/refunds/NO-SUCH/settle')).toMatchObject({ status: 404 });
    expect(await call('POST', '/scenarios/refund', { scenario: 'later' })).toMatchObject({
      status: 400,
      json: { message: expect.stringContaining('unknown scenario') },
    });
  });

  test('confirm or fail a 商家转账 bill: MCHTRANSFER.BILL.FINISHED reaches notify_url; one not waiting for the payee is refused', async () => {
    const [confirmed, failed] = [tradeNo('TBC'), tradeNo('TBF')];
    for (const no of [confirmed, failed]) {
      const { data } = await wx.v3.fundApp.mchTransfer.transferBills.post({
        json: {
          appid: APPID,
          out_bill_no: no,
          transfer_scene_id: '1000',
          openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
          transfer_amount: 400,
          transfer_remark: '报销',
          transfer_scene_report_infos: [{ info_type: '活动名称', info_content: '注册会员有礼' }],
          notify_url: `${merchantSite.url}transfer`,
        } as never,
      });
      expect(data).toMatchObject({ state: 'WAIT_USER_CONFIRM' });
    }
    expect(await call('POST', `/transfers/${confirmed}/confirm`)).toMatchObject({ status: 200, json: { out_bill_no: confirmed, state: 'SUCCESS' } });
    expect(await call('POST', `/transfers/${failed}/fail`, { reason: 'PAYEE_ACCOUNT_ABNORMAL' })).toMatchObject({ status: 200, json: { state: 'FAIL' } });
    for (const [no, state] of [
      [confirmed, 'SUCCESS'],
      [failed, 'FAIL'],
    ] as const) {
      await waitFor(() => received('MCHTRANSFER.BILL.FINISHED', 'out_bill_no', no).length === 1);
      expect(received('MCHTRANSFER.BILL.FINISHED', 'out_bill_no', no)[0]!.resource).toMatchObject({ state });
    }
    expect(await call('POST', `/transfers/${confirmed}/confirm`)).toMatchObject({ status: 409, json: { message: expect.stringContaining('is SUCCESS') } });
    expect(await call('POST', `/transfers/${failed}/fail`, { reason: 'not a reason' })).toMatchObject({ status: 400 });
    expect(await call('POST', '/transfers/NO-SUCH-BILL/confirm')).toMatchObject({ status: 404 });
    expect((await call('GET', `/transfers/${failed}`)).json).toMatchObject({ state: 'FAIL', fail_reason: 'PAYEE_ACCOUNT_ABNORMAL' });
  });

  test('script a fault: the next call sees it; bad kinds and options are refused by name', async () => {
    expect(await call('POST', '/faults', { kind: 'server-error', times: 1, status: 503 })).toMatchObject({ status: 200, json: { active: ['server-error'] } });
    const failed = await wx.v3.pay.transactions.outTradeNo._out_trade_no_
      .get({ out_trade_no: 'ANY', query: { mchid: MCHID } })
      .catch((error: unknown) => error);
    expect(isApiError(failed) && failed.status).toBe(503);
    expect((await call('GET', '/faults')).json).toEqual({ active: [] });

    await call('POST', '/faults', { kind: 'delay', delayMs: 10 });
    await call('POST', '/faults', { kind: 'stale' });
    expect((await call('DELETE', '/faults/delay')).json).toEqual({ active: ['stale'] });
    expect((await call('DELETE', '/faults')).json).toEqual({ active: [] });

    expect(await call('POST', '/faults', { kind: 'melt' })).toMatchObject({
      status: 400,
      json: { message: expect.stringContaining('kind must be one of forge, probe') },
    });
    expect(await call('POST', '/faults', { kind: 'delay', delayMs: -1 })).toMatchObject({ status: 400, json: { message: expect.stringContaining('delayMs') } });
    expect(await call('DELETE', '/faults/melt')).toMatchObject({ status: 404 });
  });

  test('unknown routes, wrong methods, bad bodies', async () => {
    expect(await call('GET', '/nothing')).toMatchObject({ status: 404, json: { code: 'NOT_FOUND' } });
    expect(await call('GET', '/orders/X/pay')).toMatchObject({ status: 405, json: { message: expect.stringContaining('takes POST') } });
    const notJson = await rawRequest(control.url, 'POST', '/faults', { Authorization: `Bearer ${control.token}` }, '[1]');
    expect(notJson.status).toBe(400);
    const huge = await rawRequest(control.url, 'POST', '/faults', { Authorization: `Bearer ${control.token}` }, JSON.stringify({ kind: 'x'.repeat(70_000) }));
    expect(huge.status).toBe(413);
  });
});

describe('the notifications sent, a bounded list', () => {
  test(`latest ${CONTROL_DEFAULT_LIMIT} by default, \`limit\` up to ${CONTROL_MAX_LIMIT}, by order`, async () => {
    // Notifications to a host that is not loopback are refused at once (and listed): many attempts, no network.
    const orders: string[] = [];
    for (let i = 0; i < CONTROL_DEFAULT_LIMIT + 5; i += 1) orders.push(await nativeOrder(1, 'https://merchant.example/notify'));
    for (const no of orders) expect((await call('POST', `/orders/${no}/pay`)).status).toBe(200);
    await waitFor(() => sim.notifications.filter((n) => orders.includes(n.out_trade_no)).length === orders.length);

    const all = await call('GET', '/notifications');
    expect(all.json.limit).toBe(CONTROL_DEFAULT_LIMIT);
    expect(all.json.notifications).toHaveLength(CONTROL_DEFAULT_LIMIT);
    expect(all.json.total).toBe(sim.notifications.length);
    expect(all.json.notifications.at(-1)).toMatchObject({ out_trade_no: orders.at(-1), refused: true, delivered: false });

    const two = await call('GET', '/notifications?limit=2');
    expect(two.json.notifications.map((n: { out_trade_no: string }) => n.out_trade_no)).toEqual(orders.slice(-2));
    const one = await call('GET', `/notifications?out_trade_no=${orders[0]}`);
    expect(one.json).toMatchObject({ total: 1, notifications: [{ out_trade_no: orders[0], event_type: 'TRANSACTION.SUCCESS' }] });
    for (const limit of ['0', String(CONTROL_MAX_LIMIT + 1), '1.5', 'all'])
      expect(await call('GET', `/notifications?limit=${limit}`)).toMatchObject({ status: 400, json: { message: expect.stringContaining('limit must be') } });
  }, 60_000);
});
