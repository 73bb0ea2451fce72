import { gunzipSync, gzipSync } from 'node:zlib';
import { Builder, isBusinessError, type Client } from '../../src';
import { startServer, type TestServer } from '../helpers/http';
import { MCHID, SECRET } from '../helpers/seed';
import { parseFlatXml, wechatSign, xmlOf } from '../helpers/v2-server';

// pay/downloadbill answers the bill itself (CSV, or gzip with tar_type=GZIP) and XML only on error.
const CSV = '交易时间,公众账号ID,商户号\n`2024-01-01 10:00:00,`wx8888888888888888,`1900000109\n';
let server: TestServer;
let wx: Client;
beforeAll(async () => {
  server = await startServer((request) => {
    const fields = parseFlatXml(request.text);
    if (fields.sign !== wechatSign(fields, SECRET, fields.sign_type ?? 'MD5')) return { body: xmlOf({ return_code: 'FAIL', return_msg: '签名错误' }) };
    if (fields.bill_date === '20991231') return { body: xmlOf({ return_code: 'FAIL', return_msg: 'No Bill Exist', error_code: '20002' }) };
    return fields.tar_type === 'GZIP'
      ? { headers: { 'content-type': 'application/x-gzip' }, body: gzipSync(CSV) }
      : { headers: { 'content-type': 'text/plain' }, body: CSV };
  });
  wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url });
});
afterAll(() => server.close());

const xml = (extra: { bill_date?: string; tar_type?: 'GZIP' } = {}) => ({
  appid: 'wx8888888888888888',
  mch_id: MCHID,
  bill_date: '20240101',
  bill_type: 'ALL' as const,
  ...extra,
});

test('a CSV bill comes back as its text', async () => {
  const { data } = await wx.v2.pay.downloadbill.post({ xml: xml() });
  expect(data).toBe(CSV);
});

test('regression: a gzip bill comes back as bytes, not mangled into text', async () => {
  const { data } = await wx.v2.pay.downloadbill.post({ xml: xml({ tar_type: 'GZIP' }) });
  expect(Buffer.isBuffer(data)).toBe(true);
  expect(gunzipSync(data as Buffer).toString('utf8')).toBe(CSV);
});

test('an XML error answer is a BusinessError with its return_msg', async () => {
  const error = await wx.v2.pay.downloadbill.post({ xml: xml({ bill_date: '20991231' }) }).catch((e: unknown) => e);
  expect(isBusinessError(error) && error.returnMsg).toBe('No Bill Exist');
});
