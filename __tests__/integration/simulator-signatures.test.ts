import type { Simulator } from 'wechatpay-ts-simulator';
import { MCHID, SECRET, seedXml } from '../helpers/seed';
import { parseFlatXml, wechatSign, xmlOf } from '../helpers/v2-server';
import { rsaPair } from '../helpers/v3-server';
import { startWitness, type Witness } from '../helpers/witness';
import { APPID, authorization, clientFor, merchant, rawRequest, startSim, tradeNo } from '../../packages/simulator/__tests__/helpers';

// The simulator checks what the SDK sends with the SDK's own signing code; here a witness on
// 127.0.0.1 between them checks every request and answer again with node:crypto alone, so a
// signing bug shared by the SDK and the simulator cannot pass unseen. Wrongly signed requests
// are refused by both, so neither check is one that cannot fail.
let sim: Simulator;
let witness: Witness;
beforeAll(async () => {
  sim = await startSim();
  witness = await startWitness(sim.url, { mchid: MCHID, secret: SECRET, merchantPublicKey: merchant.publicKey, platformPublicKey: sim.platform.publicKey });
});
afterAll(() => Promise.all([witness.close(), sim.close()]));
beforeEach(() => (witness.checks.length = 0));

test('APIv3: an order placed, queried and closed through the SDK is signed right by node:crypto, and so is each simulator answer', async () => {
  const wx = clientFor(sim, { baseURL: witness.url });
  const no = tradeNo('W');
  const placed = await wx.v3.pay.transactions.native.post({
    json: { appid: APPID, mchid: MCHID, description: '见证', out_trade_no: no, notify_url: 'https://example.com/n', amount: { total: 1 } },
  });
  expect(placed.status).toBe(200);
  const queried = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid: MCHID } });
  expect(queried.data).toMatchObject({ out_trade_no: no, trade_state: 'NOTPAY' });
  const closed = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: no, json: { mchid: MCHID } });
  expect(closed.status).toBe(204);
  expect(witness.checks.map(({ method, url, status, authOk, answerOk }) => [method, url.split('?')[0], status, authOk, answerOk])).toEqual([
    ['POST', '/v3/pay/transactions/native', 200, true, true],
    ['GET', `/v3/pay/transactions/out-trade-no/${no}`, 200, true, true],
    ['POST', `/v3/pay/transactions/out-trade-no/${no}/close`, 204, true, true],
  ]);
});

test('APIv2: the sign of an MD5 and of an HMAC-SHA256 request holds by node:crypto', async () => {
  const wx = clientFor(sim, { baseURL: witness.url });
  await expect(wx.v2.payitil.report.post({ xml: seedXml() })).resolves.toMatchObject({ data: { return_code: 'SUCCESS' } });
  await expect(wx.v2.payitil.report.post({ xml: { ...seedXml(), sign_type: 'HMAC-SHA256' } })).resolves.toMatchObject({ data: { return_code: 'SUCCESS' } });
  expect(witness.checks.map(({ url, status, signOk }) => [url, status, signOk])).toEqual([
    ['/payitil/report', 200, true],
    ['/payitil/report', 200, true],
  ]);
});

test('a request signed with another key is refused by the witness and by the simulator (401 SIGN_ERROR)', async () => {
  const path = '/v3/pay/transactions/native';
  const json = JSON.stringify({
    appid: APPID,
    mchid: MCHID,
    description: 'x',
    out_trade_no: tradeNo('F'),
    notify_url: 'https://example.com/n',
    amount: { total: 1 },
  });
  const answer = await rawRequest(
    witness.url,
    'POST',
    path,
    { Authorization: authorization('POST', path, json, { key: rsaPair().privateKey }), 'Content-Type': 'application/json', Accept: 'application/json' },
    json,
  );
  expect(answer.status).toBe(401);
  expect(JSON.parse(answer.text)).toMatchObject({ code: 'SIGN_ERROR' });
  expect(witness.checks).toEqual([expect.objectContaining({ url: path, status: 401, authOk: false, answerOk: true })]);
});

test('an APIv2 request signed with another secret is refused by the witness and by the simulator (FAIL 签名错误)', async () => {
  const fields = { ...seedXml(), nonce_str: 'abcdefghijklmnop' };
  const answer = await rawRequest(
    witness.url,
    'POST',
    '/payitil/report',
    { 'Content-Type': 'text/xml' },
    xmlOf({ ...fields, sign: wechatSign(fields, 'another-secret') }),
  );
  expect(parseFlatXml(answer.text)).toEqual({ return_code: 'FAIL', return_msg: '签名错误' });
  expect(witness.checks).toEqual([expect.objectContaining({ url: '/payitil/report', signOk: false })]);
});
