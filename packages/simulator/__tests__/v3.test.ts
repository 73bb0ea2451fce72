import { isApiError, verifyNotification, type Client } from 'wechatpay-ts';
import type { Simulator } from '../src';
import type { TestServer } from '../../../__tests__/helpers/http';
import { rsaPair } from '../../../__tests__/helpers/v3-server';
import { APIV3_KEY, APPID, authorization, clientFor, deliveredAttempts, errorOf, MCHID, rawRequest, startSim, tradeNo, useSimulator, waitFor } from './helpers';

let sim: Simulator;
let wx: Client;
let merchantSite: TestServer;
/** Statuses the merchant's notify endpoint answers with, in turn; 204 once they run out. */
const merchantAnswers: number[] = [];

useSimulator({ answers: merchantAnswers }, (f) => ({ sim, wx, receiver: merchantSite } = f));

// `any`: some tests send bodies the endpoint types refuse on purpose, to see the simulator refuse them.

const body = (outTradeNo: string, extra: Record<string, unknown> = {}): any => ({
  appid: APPID,
  mchid: MCHID,
  description: 'Image形象店-深圳腾大-QQ公仔',
  out_trade_no: outTradeNo,
  notify_url: `${merchantSite.url}notify`,
  amount: { total: 100, currency: 'CNY' },
  ...extra,
});
const deliveredTo = (no: string) =>
  merchantSite.received.filter(
    (r) => r.text.includes('TRANSACTION.SUCCESS') && sim.notifications.some((n) => n.out_trade_no === no && n.id === JSON.parse(r.text).id),
  );

describe('the v3 payment flow through the SDK', () => {
  test('native -> query by out_trade_no -> pay -> notification verified and decrypted -> query by transaction_id -> refund -> refund query', async () => {
    const no = tradeNo('N');
    const { data, status } = await wx.v3.pay.transactions.native.post({ json: body(no) });
    expect(status).toBe(200);
    expect(data.code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=\w{7}$/);

    const unpaid = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid: MCHID } });
    expect(unpaid.data).toMatchObject({ out_trade_no: no, trade_state: 'NOTPAY', trade_type: 'NATIVE', amount: { total: 100 } });
    expect(unpaid.data).not.toHaveProperty('transaction_id');

    const seen = merchantSite.received.length;
    const order = await sim.pay(no, { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' });
    await waitFor(() => merchantSite.received.length > seen);
    const arrived = merchantSite.received[seen]!;
    const notice = verifyNotification<{
      out_trade_no: string;
      transaction_id: string;
      trade_state: string;
      payer: { openid: string };
      amount: { total: number };
    }>({
      body: arrived.body,
      headers: arrived.headers,
      certs: wx,
      apiv3Key: APIV3_KEY,
    });
    expect(notice).toMatchObject({ event_type: 'TRANSACTION.SUCCESS', resource_type: 'encrypt-resource', summary: '支付成功' });
    expect(notice.resource).toMatchObject({
      out_trade_no: no,
      transaction_id: order.transaction_id,
      trade_state: 'SUCCESS',
      payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
      amount: { total: 100 },
    });
    // Signed under the key id the order was created with: this client named its PUB_KEY_ID.
    expect(arrived.headers['wechatpay-serial']).toBe(sim.platform.publicKeyId);

    const paid = await wx.v3.pay.transactions.id._transaction_id_.get({ transaction_id: order.transaction_id!, query: { mchid: MCHID } });
    expect(paid.data).toMatchObject({ trade_state: 'SUCCESS', transaction_id: order.transaction_id, success_time: expect.stringMatching(/\+08:00$/) });

    const refund = await wx.v3.refund.domestic.refunds.post({
      json: { out_trade_no: no, out_refund_no: `R${no}`, reason: '不想要了', amount: { refund: 60, total: 100, currency: 'CNY' } },
    });
    expect(refund.data).toMatchObject({ out_refund_no: `R${no}`, status: 'SUCCESS', amount: { refund: 60, total: 100 } });
    const over = await errorOf(
      wx.v3.refund.domestic.refunds.post({ json: { out_trade_no: no, out_refund_no: `S${no}`, amount: { refund: 41, total: 100, currency: 'CNY' } } }),
    );
    expect(isApiError(over) && over.apiCode).toBe('INVALID_REQUEST');
    const queried = await wx.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: `R${no}` });
    expect(queried.data).toMatchObject({ refund_id: refund.data.refund_id, status: 'SUCCESS' });
    expect(sim.orders.get(no)).toMatchObject({ trade_state: 'REFUND', amount: { refunded: 60 } });
    expect(sim.refunds.get(`R${no}`)?.amount.refund).toBe(60);
  });

  test('jsapi, app and h5 answer prepay_id, prepay_id and h5_url', async () => {
    const jsapi = await wx.v3.pay.transactions.jsapi.post({ json: body(tradeNo('J'), { payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' } }) });
    expect(jsapi.data.prepay_id).toMatch(/^wx\d{14}[0-9a-f]{20}$/);
    const app = await wx.v3.pay.transactions.app.post({ json: body(tradeNo('A')) });
    expect(app.data.prepay_id).toMatch(/^wx/);
    const h5 = await wx.v3.pay.transactions.h5.post({
      json: body(tradeNo('H'), { scene_info: { payer_client_ip: '14.23.150.211', h5_info: { type: 'Wap' } } }),
    });
    expect(h5.data.h5_url).toMatch(/^https:\/\/wx\.tenpay\.com\/cgi-bin\/mmpayweb-bin\/checkmweb\?prepay_id=wx/);
  });

  test('bad bodies are 400 with WeChat codes: jsapi without payer, h5 without scene_info, another mchid, a reused out_trade_no', async () => {
    const noPayer = await errorOf(wx.v3.pay.transactions.jsapi.post({ json: body(tradeNo('J')) }));
    // The description requires payer (the object): WeChat Pay names the missing object, /body/payer.
    expect(noPayer).toMatchObject({ status: 400, apiCode: 'PARAM_ERROR', detail: { field: 'payer', location: 'body' } });
    expect((noPayer as Error).message).toContain('/body/payer');
    const noScene = await errorOf(wx.v3.pay.transactions.h5.post({ json: body(tradeNo('H')) }));
    expect(noScene).toMatchObject({ status: 400, apiCode: 'PARAM_ERROR' });
    const other = await errorOf(wx.v3.pay.transactions.native.post({ json: body(tradeNo('N'), { mchid: '1230000109' }) }));
    expect(other).toMatchObject({ status: 400, detail: { field: 'mchid' } });
    const no = tradeNo('D');
    const first = await wx.v3.pay.transactions.native.post({ json: body(no) });
    const same = await wx.v3.pay.transactions.native.post({ json: body(no) });
    expect(same.data.code_url).toBe(first.data.code_url);
    const clash = await errorOf(wx.v3.pay.transactions.native.post({ json: body(no, { amount: { total: 1 } }) }));
    expect(clash).toMatchObject({ status: 400, apiCode: 'INVALID_REQUEST' });
    const unknown = await errorOf(wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NO-SUCH-ORDER', query: { mchid: MCHID } }));
    expect(unknown).toMatchObject({ status: 404, apiCode: 'ORDER_NOT_EXIST' });
  });

  test('the notification is retried while the merchant answers 500, then counted delivered', async () => {
    const no = tradeNo('R');
    await wx.v3.pay.transactions.native.post({ json: body(no) });
    merchantAnswers.push(500);
    await sim.pay(no);
    const attempts = await deliveredAttempts(sim, (n) => n.out_trade_no === no);
    expect(attempts.map((a) => [a.attempt, a.status, a.delivered])).toEqual([
      [1, 500, false],
      [2, 204, true],
    ]);
    expect(attempts[0]!.id).toBe(attempts[1]!.id);
    // Both POSTs carry the same notification, each verifiable on its own.
    const posts = deliveredTo(no);
    expect(posts).toHaveLength(2);
    for (const post of posts) expect(verifyNotification({ body: post.body, headers: post.headers, certs: wx, apiv3Key: APIV3_KEY }).id).toBe(attempts[0]!.id);
  });

  test('close answers 204, the order is CLOSED and cannot be paid', async () => {
    const no = tradeNo('C');
    await wx.v3.pay.transactions.native.post({ json: body(no) });
    const closed = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: no, json: { mchid: MCHID } });
    expect(closed.status).toBe(204);
    expect(closed.body).toBe('');
    const queried = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid: MCHID } });
    expect(queried.data.trade_state).toBe('CLOSED');
    await expect(sim.pay(no)).rejects.toThrow(/only a NOTPAY order can be paid/);
    await expect(sim.pay('never-created')).rejects.toThrow(/no order/);
  });
});

describe('which key id answers are signed under', () => {
  test('public-key mode: the SDK names the PUB_KEY_ID and the answer comes under it', async () => {
    const answer = await wx.v3.pay.transactions.native.post({ json: body(tradeNo('K')) });
    expect(answer.headers['wechatpay-serial']).toBe(sim.platform.publicKeyId);
    expect(answer.headers['request-id']).toMatch(/^[0-9A-F]{32}$/);
  });

  test('certificate mode: a client that knows the certificate serial gets answers under it', async () => {
    const byCertificate = clientFor(sim, { certs: { [sim.platform.certificateSerial]: sim.platform.certificatePem } });
    const answer = await byCertificate.v3.pay.transactions.native.post({ json: body(tradeNo('K')) });
    expect(answer.headers['wechatpay-serial']).toBe(sim.platform.certificateSerial);
    // And its notification too.
    const no = tradeNo('K');
    await byCertificate.v3.pay.transactions.native.post({ json: body(no) });
    const seen = merchantSite.received.length;
    await sim.pay(no);
    await waitFor(() => merchantSite.received.length > seen);
    expect(merchantSite.received[seen]!.headers['wechatpay-serial']).toBe(sim.platform.certificateSerial);
  });
});

describe('hand-made APIv3 requests', () => {
  const path = '/v3/pay/transactions/native';

  test('a correctly signed one is accepted (so the refusals below are about the signature)', async () => {
    const json = JSON.stringify(body(tradeNo('M')));
    const answer = await rawRequest(
      sim.url,
      'POST',
      path,
      { Authorization: authorization('POST', path, json), 'Content-Type': 'application/json', Accept: 'application/json' },
      json,
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).code_url).toMatch(/^weixin:/);
    expect(answer.headers['wechatpay-serial']).toBe(sim.platform.certificateSerial);
  });

  test.each([
    ['signed by another key', (json: string) => authorization('POST', path, json, { key: rsaPair().privateKey }), /does not verify/],
    ['signed over other bytes', (json: string) => authorization('POST', path, `${json} `), /does not verify/],
    ['ten minutes old', (json: string) => authorization('POST', path, json, { timestamp: Math.floor(Date.now() / 1000) - 600 }), /600 s from now/],
    ['for another merchant', (json: string) => authorization('POST', path, json, { mchid: '1230000109' }), /1230000109/],
    ['without Authorization', () => undefined, /missing/],
  ])('one %s is 401 SIGN_ERROR, signed like every answer', async (_name, sign, message) => {
    const json = JSON.stringify(body(tradeNo('M')));
    const auth = sign(json);
    const answer = await rawRequest(sim.url, 'POST', path, { ...(auth ? { Authorization: auth } : {}), 'Content-Type': 'application/json' }, json);
    expect(answer.status).toBe(401);
    const error = JSON.parse(answer.text) as { code: string; message: string };
    expect(error.code).toBe('SIGN_ERROR');
    expect(error.message).toMatch(message);
    expect(answer.headers['wechatpay-signature']).toBeDefined();
    expect(answer.headers['request-id']).toBeDefined();
  });

  test('an unknown endpoint is 404 RESOURCE_NOT_EXISTS', async () => {
    const answer = await rawRequest(sim.url, 'GET', '/v3/marketing/nothing', {});
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.text).code).toBe('RESOURCE_NOT_EXISTS');
  });

  test('without merchantPublicKey every v3 call is 401 with a message saying so', async () => {
    const blind = await startSim({ merchantPublicKey: undefined });
    try {
      const error = await errorOf(clientFor(blind).v3.pay.transactions.native.post({ json: body(tradeNo('B')) }));
      expect(error).toMatchObject({ status: 401, apiCode: 'SIGN_ERROR', message: expect.stringMatching(/without merchantPublicKey/) });
    } finally {
      await blind.close();
    }
  });
});
