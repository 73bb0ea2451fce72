import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConfigurationError } from '../../src';
import { downloadBill } from '../../src/helpers/bill/bill';
import { downloadTarget } from '../../src/helpers/bill/bill-url';
import { sha1Hex } from '../helpers/v3-server';

import { CSV, errorOf, ESCAPED, TOKEN, billFixture } from './bill-fixture';

const fx = billFixture();
const { answerFor } = fx;

describe('downloadBill refuses bad input before sending anything', () => {
  const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
    ['a client that is not one', () => downloadBill({}, answerFor(TOKEN)), /Builder\.factory/],
    [
      'an unknown bill type',
      () => downloadBill(fx.v3.wx, { type: 'tradebil', query: { bill_date: '2024-01-01' } } as never),
      /bill\.type must be 'tradebill' or 'fundflowbill'/,
    ],
    [
      'a date written otherwise',
      () => downloadBill(fx.v3.wx, { type: 'tradebill', query: { bill_date: '2024/01/01' } }),
      /bill_date must be a date written YYYY-MM-DD/,
    ],
    ['a hash type other than SHA1', () => downloadBill(fx.v3.wx, { ...answerFor(TOKEN), hash_type: 'MD5' }), /hash_type must be 'SHA1'/],
    ['a hash value that is not a SHA-1', () => downloadBill(fx.v3.wx, { ...answerFor(TOKEN), hash_value: 'abc123' }), /hash_value must be 40 hex digits/],
    ['a whole response instead of its data', () => downloadBill(fx.v3.wx, { status: 200, data: answerFor(TOKEN) } as never), /pass its `data`/],
    ['an encrypted sub-merchant bill list', () => downloadBill(fx.v3.wx, { download_bill_count: 1, download_bill_list: [] } as never), /download_bill_list/],
    [
      'another path',
      () => downloadBill(fx.v3.wx, { ...answerFor(TOKEN), download_url: `${fx.v3.server.url}v3/bill/tradebill?token=${TOKEN}` }),
      /must name \/v3\/billdownload\/file/,
    ],
    [
      'plain http to another host',
      () => downloadBill(fx.v3.wx, { ...answerFor(TOKEN), download_url: `http://api.mch.weixin.qq.com/v3/billdownload/file?token=${TOKEN}` }),
      /must use https/,
    ],
    ['a relative URL', () => downloadBill(fx.v3.wx, { ...answerFor(TOKEN), download_url: `/v3/billdownload/file?token=${TOKEN}` }), /absolute URL/],
    ['no token', () => downloadBill(fx.v3.wx, { ...answerFor(TOKEN), download_url: `${fx.v3.server.url}v3/billdownload/file` }), /no query/],
    ['a raw + in the token', () => downloadBill(fx.v3.wx, answerFor('ab+cd')), /parameter "token" would be written differently/],
    ['a raw = in the token', () => downloadBill(fx.v3.wx, answerFor('abcd==')), /parameter "token"/],
    ['a lower-case escape', () => downloadBill(fx.v3.wx, answerFor('ab%2bcd')), /parameter "token"/],
    ['a malformed escape', () => downloadBill(fx.v3.wx, answerFor('ab%zzcd')), /parameter "token"/],
    ['a parameter without =', () => downloadBill(fx.v3.wx, answerFor(TOKEN, sha1Hex(CSV), '&flag')), /a parameter without =/],
    ['a repeated name apart', () => downloadBill(fx.v3.wx, answerFor(TOKEN, sha1Hex(CSV), '&a=1&token=2')), /order of its parameters/],
    [
      'a missing directory',
      () => downloadBill(fx.v3.wx, answerFor(TOKEN), { to: join(tmpdir(), 'no-such-dir-wechatpay', 'bill.csv') }),
      /directory .* does not exist/,
    ],
    ['a directory as the file', () => downloadBill(fx.v3.wx, answerFor(TOKEN), { to: fx.dir }), /is a directory/],
    ['an unknown option', () => downloadBill(fx.v3.wx, answerFor(TOKEN), { too: 'x' } as never), /Unknown option `too`/],
    ['a signal that is not one', () => downloadBill(fx.v3.wx, answerFor(TOKEN), { signal: 'stop' } as never), /`signal` must be an AbortSignal/],
    ['maxBytes with to', () => downloadBill(fx.v3.wx, answerFor(TOKEN), { to: join(tmpdir(), 'x.csv'), maxBytes: 1 } as never), /does not apply with `to`/],
  ];
  test.each(cases)('%s', async (_name, call, message) => {
    const error = await errorOf(call());
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(fx.v3.server.checks).toHaveLength(0);
  });

  test('an error message never carries the token', async () => {
    const error = await errorOf(downloadBill(fx.v3.wx, answerFor(`${TOKEN}+x`)));
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
    const wx = fx.v3.wx;
    const csv: string = await downloadBill(wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } });
    const file = await downloadBill(
      wx,
      { type: 'fundflowbill', query: { bill_date: '2024-01-01', tar_type: 'GZIP' } },
      { to: join(fx.dir, 'fund-2024-01-01.csv') },
    );
    const again: string = await downloadBill(wx, (await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01' } })).data);
    expect([csv, readFileSync(file.path, 'utf8'), again]).toEqual([CSV, CSV, CSV]);
  });
});
