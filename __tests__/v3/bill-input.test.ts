import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isConfigurationError } from '../../src';
import { downloadBill } from '../../src/helpers/bill/bill';
import { downloadTarget } from '../../src/helpers/bill/bill-url';
import { setupV3, type V3Setup } from '../helpers/v3-client';
import { sha1Hex } from '../helpers/v3-server';

// A trade bill as WeChat Pay writes it: UTF-8, every field behind a backtick.
const CSV =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额\n' +
  '`2024-01-01 10:00:00,`wxd678efh567hg6787,`1900000109,`0,`,`4200000001202401011234567890,`1217752501201407033233368018,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`NATIVE,`SUCCESS,`OTHERS,`CNY,`1.00,`0.00\n' +
  '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\n`1,`1.00,`0.00,`0.00,`0.01000,`1.00,`0.00\n';
// Large enough to arrive in many chunks, so "half the bytes" is mid-body.
const BIG = Array.from({ length: 4000 }, (_, i) => CSV.replace('1217752501201407033233368018', `ORDER${i}`)).join('');
const GZ = gzipSync(CSV);
const TOKEN = 'g44bIUH1GyQtE7ZmeTAPQx5b69qABpYuC_oZq6Aalf-gQP-lJ_FHRMLnyj2O8ujG';
// A token whose escapes must reach the server exactly as written (upper-case %XX, kept encoded).
const ESCAPED = 'ab%2Bcd%2Fef%3D%3D';

let v3: V3Setup;
let dir: string;
const answerFor = (token: string, hash = sha1Hex(CSV), extra = '') => ({
  hash_type: 'SHA1',
  hash_value: hash,
  download_url: `${v3.server.url}v3/billdownload/file?token=${token}${extra}`,
});
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

beforeAll(async () => {
  v3 = await setupV3();
  for (const type of ['tradebill', 'fundflowbill']) {
    v3.server.routes.set(`GET /v3/bill/${type}`, (check) => {
      const query = new URL(check.request.url, 'http://x').searchParams;
      const gzip = query.get('tar_type') === 'GZIP';
      // Upper-case hash: the comparison must not care.
      return { status: 200, json: { ...answerFor(gzip ? 'GZ' : TOKEN, sha1Hex(CSV).toUpperCase(), gzip ? '&tartype=gzip' : '') } };
    });
  }
  v3.server.routes.set('GET /v3/billdownload/file', (check) => {
    const token = new URL(check.request.url, 'http://x').searchParams.get('token');
    const file = { 'Content-Type': 'application/octet-stream' };
    if (token === 'GZ') return { status: 200, raw: GZ, headers: file };
    if (token === 'BIG') return { status: 200, raw: BIG, headers: { ...file, 'Content-Length': String(Buffer.byteLength(BIG)) } };
    if (token === 'EXPIRED') return { status: 400, json: { code: 'PARAM_ERROR', message: '下载链接已过期' } };
    return { status: 200, raw: CSV, headers: file };
  });
});
afterAll(() => v3.server.close());
beforeEach(() => {
  v3.server.fault = 'none';
  v3.server.checks.length = 0;
  dir = mkdtempSync(join(tmpdir(), 'wechatpay-bill-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('downloadBill refuses bad input before sending anything', () => {
  const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
    ['a client that is not one', () => downloadBill({}, answerFor(TOKEN)), /Builder\.factory/],
    [
      'an unknown bill type',
      () => downloadBill(v3.wx, { type: 'tradebil', query: { bill_date: '2024-01-01' } } as never),
      /bill\.type must be 'tradebill' or 'fundflowbill'/,
    ],
    [
      'a date written otherwise',
      () => downloadBill(v3.wx, { type: 'tradebill', query: { bill_date: '2024/01/01' } }),
      /bill_date must be a date written YYYY-MM-DD/,
    ],
    ['a hash type other than SHA1', () => downloadBill(v3.wx, { ...answerFor(TOKEN), hash_type: 'MD5' }), /hash_type must be 'SHA1'/],
    ['a hash value that is not a SHA-1', () => downloadBill(v3.wx, { ...answerFor(TOKEN), hash_value: 'abc123' }), /hash_value must be 40 hex digits/],
    ['a whole response instead of its data', () => downloadBill(v3.wx, { status: 200, data: answerFor(TOKEN) } as never), /pass its `data`/],
    ['an encrypted sub-merchant bill list', () => downloadBill(v3.wx, { download_bill_count: 1, download_bill_list: [] } as never), /download_bill_list/],
    [
      'another path',
      () => downloadBill(v3.wx, { ...answerFor(TOKEN), download_url: `${v3.server.url}v3/bill/tradebill?token=${TOKEN}` }),
      /must name \/v3\/billdownload\/file/,
    ],
    [
      'plain http to another host',
      () => downloadBill(v3.wx, { ...answerFor(TOKEN), download_url: `http://api.mch.weixin.qq.com/v3/billdownload/file?token=${TOKEN}` }),
      /must use https/,
    ],
    ['a relative URL', () => downloadBill(v3.wx, { ...answerFor(TOKEN), download_url: `/v3/billdownload/file?token=${TOKEN}` }), /absolute URL/],
    ['no token', () => downloadBill(v3.wx, { ...answerFor(TOKEN), download_url: `${v3.server.url}v3/billdownload/file` }), /no query/],
    ['a raw + in the token', () => downloadBill(v3.wx, answerFor('ab+cd')), /parameter "token" would be written differently/],
    ['a raw = in the token', () => downloadBill(v3.wx, answerFor('abcd==')), /parameter "token"/],
    ['a lower-case escape', () => downloadBill(v3.wx, answerFor('ab%2bcd')), /parameter "token"/],
    ['a malformed escape', () => downloadBill(v3.wx, answerFor('ab%zzcd')), /parameter "token"/],
    ['a parameter without =', () => downloadBill(v3.wx, answerFor(TOKEN, sha1Hex(CSV), '&flag')), /a parameter without =/],
    ['a repeated name apart', () => downloadBill(v3.wx, answerFor(TOKEN, sha1Hex(CSV), '&a=1&token=2')), /order of its parameters/],
    [
      'a missing directory',
      () => downloadBill(v3.wx, answerFor(TOKEN), { to: join(tmpdir(), 'no-such-dir-wechatpay', 'bill.csv') }),
      /directory .* does not exist/,
    ],
    ['a directory as the file', () => downloadBill(v3.wx, answerFor(TOKEN), { to: dir }), /is a directory/],
    ['an unknown option', () => downloadBill(v3.wx, answerFor(TOKEN), { too: 'x' } as never), /Unknown option `too`/],
    ['a signal that is not one', () => downloadBill(v3.wx, answerFor(TOKEN), { signal: 'stop' } as never), /`signal` must be an AbortSignal/],
    ['maxBytes with to', () => downloadBill(v3.wx, answerFor(TOKEN), { to: join(tmpdir(), 'x.csv'), maxBytes: 1 } as never), /does not apply with `to`/],
  ];
  test.each(cases)('%s', async (_name, call, message) => {
    const error = await errorOf(call());
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(v3.server.checks).toHaveLength(0);
  });

  test('an error message never carries the token', async () => {
    const error = await errorOf(downloadBill(v3.wx, answerFor(`${TOKEN}+x`)));
    expect((error as Error).message).not.toContain(TOKEN);
  });
});

describe('downloadTarget', () => {
  test('splits a real download_url into baseURL and the decoded query, order kept', () => {
    const target = downloadTarget(
      'https://api.mch.weixin.qq.com/v3/billdownload/file?token=6XIv5TUPto7pByrTQKhd6kwvyKLG2uY2wMMR8cNXqaA_Cv_isgaUtBzp4QtiozLO&tartype=gzip',
    );
    expect(target.baseURL).toBe('https://api.mch.weixin.qq.com/');
    expect(Object.entries(target.query)).toEqual([
      ['token', '6XIv5TUPto7pByrTQKhd6kwvyKLG2uY2wMMR8cNXqaA_Cv_isgaUtBzp4QtiozLO'],
      ['tartype', 'gzip'],
    ]);
  });

  test('escapes are decoded once (the chain re-encodes them to the same bytes) and a repeated name stays a list', () => {
    expect({ ...downloadTarget(`https://api.mch.weixin.qq.com/v3/billdownload/file?token=${ESCAPED}&k=1&k=2`).query }).toEqual({
      token: 'ab+cd/ef==',
      k: ['1', '2'],
    });
  });

  test('a parameter named __proto__ stays a parameter', () => {
    expect(Object.keys(downloadTarget('https://api.mch.weixin.qq.com/v3/billdownload/file?__proto__=1').query)).toEqual(['__proto__']);
  });

  test('the example in the doc comment is true', () => {
    expect({ ...downloadTarget('https://api.mch.weixin.qq.com/v3/billdownload/file?token=6XIv5TUP&tartype=gzip') }).toEqual({
      baseURL: 'https://api.mch.weixin.qq.com/',
      query: { token: '6XIv5TUP', tartype: 'gzip' },
    });
  });

  test("the doc comment's downloadBill examples work as written", async () => {
    const wx = v3.wx;
    const csv: string = await downloadBill(wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } });
    const file = await downloadBill(
      wx,
      { type: 'fundflowbill', query: { bill_date: '2024-01-01', tar_type: 'GZIP' } },
      { to: join(dir, 'fund-2024-01-01.csv') },
    );
    const again: string = await downloadBill(wx, (await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01' } })).data);
    expect([csv, readFileSync(file.path, 'utf8'), again]).toEqual([CSV, CSV, CSV]);
  });
});
