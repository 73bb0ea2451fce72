import { Transformer, isBusinessError, isParseError, isVerificationError, type ParseError } from '../../src';
import { useV2Server, wechatSign, type V2Mode } from '../helpers/v2-server';
import { MCHID, SECRET, SEED_TRADES, seedXml } from '../helpers/seed';

const OK = { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' };

const v2 = useV2Server();

describe('the seed report in the six call styles of its page', () => {
  const xml = { xml: seedXml() };
  const styles: Array<[string, () => Promise<{ data: unknown; body: string }>]> = [
    ['->v2->payitil->report->postAsync', () => v2.wx.v2.payitil.report.postAsync(xml).then((r) => r)],
    ["->chain('v2/payitil/report')->postAsync", () => v2.wx.chain('v2/payitil/report').postAsync(xml)],
    ["['v2/payitil/report']->postAsync", () => v2.wx['v2/payitil/report'].postAsync(xml)],
    ['->v2->payitil->report->post', () => v2.wx.v2.payitil.report.post(xml)],
    ["->chain('v2/payitil/report')->post", () => v2.wx.chain('v2/payitil/report').post(xml)],
    ["['v2/payitil/report']->post", () => v2.wx['v2/payitil/report'].post(xml)],
  ];

  test.each(styles)('%s is accepted with a valid MD5 sign and answers the dictionary', async (_name, call) => {
    const response = await call();
    expect(response.data).toEqual(OK);
    expect(Transformer.toArray(response.body)).toEqual(OK);
    const [seen] = v2.server.checked;
    expect(seen?.path).toBe('/payitil/report');
    expect(seen?.signOk).toBe(true);
    expect(seen?.request.method).toBe('POST');
    expect(seen?.request.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(seen?.fields.trades).toBe(JSON.stringify(SEED_TRADES));
    expect(seen?.fields.nonce_str).toMatch(/^[0-9A-Za-z]{32}$/);
  });
});

test('the response names the host that answered, and keeps it out of a plain view', async () => {
  const response = await v2.wx.v2.payitil.report.post({ xml: seedXml() });
  expect(response.host).toBe(new URL(v2.server.url).host);
  expect(Object.keys(response)).not.toContain('host');
});

test('trades given as an array is JSON-encoded by the SDK', async () => {
  await v2.wx.v2.payitil.report.post({ xml: { ...seedXml(), trades: SEED_TRADES } });
  expect(v2.server.checked[0]?.fields.trades).toBe(JSON.stringify(SEED_TRADES));
  expect(v2.server.checked[0]?.signOk).toBe(true);
});

test('the single-interface form with execute_time_ is signed and accepted', async () => {
  const { data } = await v2.wx.v2.payitil.report.post({
    xml: {
      appid: 'wx8888888888888888',
      mch_id: MCHID,
      interface_url: 'https://api.mch.weixin.qq.com/pay/unifiedorder',
      execute_time_: 1000,
      return_code: 'SUCCESS',
      return_msg: 'OK',
      result_code: 'SUCCESS',
      user_ip: '8.8.8.8',
      time: '20091227091010',
    },
  });
  expect(data).toEqual(OK);
  const fields = v2.server.checked[0]!.fields;
  expect(fields.execute_time_).toBe('1000');
  expect(v2.server.checked[0]!.signOk).toBe(true);
  expect(fields.sign).toBe(wechatSign(fields, SECRET, 'MD5'));
});

test('HMAC-SHA256 requests carry sign_type and a 64-character sign', async () => {
  await v2.wx.v2.payitil.report.post({ xml: { ...seedXml(), sign_type: 'HMAC-SHA256' } });
  const fields = v2.server.checked[0]!.fields;
  expect(fields.sign_type).toBe('HMAC-SHA256');
  expect(fields.sign).toMatch(/^[0-9A-F]{64}$/);
  expect(v2.server.checked[0]!.signOk).toBe(true);
});

test('special characters and CJK in values survive and are signed as sent', async () => {
  const trades = [
    { out_trade_no: 'a&b<c>"d]]>e', begin_time: '20160602203256', end_time: '20160602203257', state: 'CANCLE' as const, err_msg: '超时，用户取消' },
  ];
  await v2.wx.v2.payitil.report.post({ xml: { ...seedXml(), device_info: '柜台1号 & <POS>', trades } });
  const { fields, signOk } = v2.server.checked[0]!;
  expect(signOk).toBe(true);
  expect(fields.device_info).toBe('柜台1号 & <POS>');
  expect(JSON.parse(fields.trades!)).toEqual(trades);
});

test('nonceless sends no nonce_str; a caller-given nonce_str is kept', async () => {
  await v2.wx.v2.payitil.report.post({ xml: seedXml(), nonceless: true });
  expect(v2.server.checked[0]!.fields).not.toHaveProperty('nonce_str');
  await v2.wx.v2.payitil.report.post({ xml: { ...seedXml(), nonce_str: 'mine' } });
  expect(v2.server.checked[1]!.fields.nonce_str).toBe('mine');
  expect(v2.server.checked.every((c) => c.signOk)).toBe(true);
});

test('a FAIL answer rejects with a BusinessError carrying return_msg and the dictionary', async () => {
  v2.server.mode = 'fail';
  const error = await v2.wx.v2.payitil.report.post({ xml: seedXml() }).catch((e: unknown) => e);
  expect(isBusinessError(error)).toBe(true);
  if (!isBusinessError(error)) return;
  expect(error.returnCode).toBe('FAIL');
  expect(error.returnMsg).toBe('系统繁忙,请稍后再试');
  expect(error.message).toContain('系统繁忙,请稍后再试');
  expect(error.dictionary.return_code).toBe('FAIL');
});

describe('answers that carry a sign (pay/orderquery)', () => {
  const query = { xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: '1217752501201407033233368018' } };
  /** What the query rejects with when the server answers in `mode`. */
  const failure = (mode: V2Mode) => {
    v2.server.mode = mode;
    return v2.wx
      .chain('v2/pay/orderquery')
      .post(query)
      .catch((e: unknown) => e);
  };

  test('a correctly signed answer is accepted and parsed', async () => {
    const { data } = await v2.wx.chain('v2/pay/orderquery').post(query);
    expect(data).toMatchObject({ trade_state: 'SUCCESS', out_trade_no: '1217752501201407033233368018', note: 'a<b>&"c' });
  });

  test('an HMAC-SHA256 signed answer is verified by its length', async () => {
    const { data } = await v2.wx.chain('v2/pay/orderquery').post({ xml: { ...query.xml, sign_type: 'HMAC-SHA256' } });
    expect((data as Record<string, string>).sign).toMatch(/^[0-9A-F]{64}$/);
  });

  test('a forged sign is rejected with a VerificationError', async () => {
    const error = await failure('forge');
    expect(isVerificationError(error)).toBe(true);
    expect((error as { reason: string }).reason).toBe('BAD_SIGN');
  });

  test('a missing sign is rejected', async () => {
    const error = await failure('unsigned');
    expect((error as { reason: string }).reason).toBe('MISSING_SIGN');
  });

  test('result_code FAIL gives a BusinessError with err_code, after the sign is checked', async () => {
    const error = await failure('result-fail');
    expect(isBusinessError(error)).toBe(true);
    expect(error).toMatchObject({ resultCode: 'FAIL', errCode: 'ORDERNOTEXIST' });
  });

  test('a body that is not XML is a ParseError (as in APIv3), not a crash', async () => {
    const error = await failure('not-xml');
    expect(isParseError(error)).toBe(true);
    expect((error as ParseError).requestId).toBeUndefined();
    expect((error as Error).message).toMatch(/not XML/);
  });
});
