import { createHash, createHmac } from 'node:crypto';
import { Builder, isConfigurationError } from '../../src';
import { startServer, type TestServer } from '../helpers/http';
import { MCHID, SECRET } from '../helpers/seed';
import { wechatSign, xmlOf } from '../helpers/v2-server';

// A v2 GET (the papay sign-up pages) carries its fields in the query string and signs them there.
let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => ({ status: 200, headers: { 'content-type': 'text/xml' }, body: xmlOf({ return_code: 'SUCCESS', return_msg: 'OK' }) }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
});

test('a v2 GET signs its query string, with nonce_str and sign appended, and sends no body', async () => {
  const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url });
  const query = {
    appid: 'wx8888888888888888',
    mch_id: MCHID,
    plan_id: 12535,
    contract_code: '100000',
    request_serial: 1000,
    contract_display_account: '微信代扣 & <测试>',
    notify_url: 'https://example.com/notify?a=1&b=2',
    timestamp: '1414488825',
  };
  await wx.v2.papay.entrustweb.get({ query });
  const [request] = server.received;
  expect(request!.method).toBe('GET');
  expect(request!.text).toBe('');
  const url = new URL(request!.url, 'http://x');
  expect(url.pathname).toBe('/papay/entrustweb');
  const fields = Object.fromEntries(url.searchParams);
  expect(Object.keys(fields)).toEqual([...Object.keys(query), 'nonce_str', 'sign']);
  expect(fields.contract_display_account).toBe('微信代扣 & <测试>');
  expect(fields.notify_url).toBe('https://example.com/notify?a=1&b=2');
  expect(fields.sign).toBe(wechatSign(fields, SECRET, 'MD5'));
});

test('a v2 GET refuses `xml`: its fields belong in `query`', async () => {
  const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url });
  const error = await wx
    .chain('v2/papay/entrustweb')
    .get({ xml: { appid: 'wx' } })
    .catch((e: unknown) => e);
  expect(isConfigurationError(error)).toBe(true);
  expect(server.received).toHaveLength(0);
});

test.each(['MD5', 'HMAC-SHA256'] as const)('integer-like keys are signed in byte order (%s): 10 < 9 < appid, as PHP ksort does', async (type) => {
  const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url });
  await wx.chain('v2/papay/entrustweb').get({ query: { appid: 'wx8888888888888888', '9': 'b', mch_id: MCHID, '10': 'a', sign_type: type } });
  const fields = Object.fromEntries(new URL(server.received[0]!.url, 'http://x').searchParams);
  // Independently: the string WeChat Pay signs, its keys in byte order written out by hand.
  const stringA = `10=a&9=b&appid=wx8888888888888888&mch_id=${MCHID}&nonce_str=${fields.nonce_str}&sign_type=${type}`;
  const expected =
    type === 'MD5'
      ? createHash('md5').update(`${stringA}&key=${SECRET}`).digest('hex').toUpperCase()
      : createHmac('sha256', SECRET).update(`${stringA}&key=${SECRET}`).digest('hex').toUpperCase();
  expect(fields.sign).toBe(expected);
});
