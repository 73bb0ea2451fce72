import { inflateSync } from 'node:zlib';
import { check, csv, match, pdf, png, refusalMessage, type Node } from '../../src/contract';

describe('the contract catalog: METHOD + path template', () => {
  test('placeholders take one segment each, as sent; literal segments win over placeholders', () => {
    const found = match('GET', '/v3/pay/transactions/id/4200%2F0001');
    expect(found).toMatchObject({ found: true, template: 'GET /v3/pay/transactions/id/{transaction_id}', params: { transaction_id: '4200%2F0001' } });
    expect(match('POST', '/v3/merchant-service/images/upload')).toMatchObject({ found: true, template: 'POST /v3/merchant-service/images/upload' });
    expect(match('GET', '/v3/merchant-service/images/upload')).toMatchObject({ found: true, params: { media_id: 'upload' } });
  });

  test('Hong Kong, cross-border, APIv2 and trailing-slash paths are all described', () => {
    expect(match('POST', '/hk/v3/transactions/native')).toMatchObject({ found: true, operation: { api: 3 } });
    expect(match('GET', '/global/v3/customs/orders')).toMatchObject({ found: true });
    expect(match('POST', '/secapi/pay/refund')).toMatchObject({ found: true, operation: { api: 2, cert: 1 } });
    expect(match('POST', '/v3/applyment4sub/applyment/')).toMatchObject({ found: true });
    expect(match('POST', '/v3/applyment4sub/applyment')).toMatchObject({ found: false });
  });

  test('an unknown path says so; a known path with another method lists the methods it takes', () => {
    expect(match('GET', '/v3/no/such/thing')).toEqual({ found: false, methods: [] });
    expect(match('DELETE', '/v3/pay/transactions/native')).toEqual({ found: false, methods: ['POST'] });
    expect(match('GET', '/v3/pay/transactions/id/')).toEqual({ found: false, methods: [] });
  });
});

describe('checks and their messages', () => {
  const body: Node = {
    t: 'o',
    r: ['amount', ['transaction_id', 'out_trade_no']],
    p: {
      amount: { t: 'o', r: ['total'], p: { total: { t: 'i', d: '总金额', lo: 1 } } },
      state: { t: 's', e: ['A', 'B'] },
      no: { t: 's', mx: 4, re: '^[0-9]+$' },
    },
  };
  const refused = (value: unknown, mode: 'json' | 'text' = 'json') => {
    const problem = check(value, body, '', mode);
    return problem && refusalMessage({ problem, location: 'body' }, mode === 'json' ? 3 : 2);
  };

  test('a wrong type names the path and the field, as WeChat Pay does', () => {
    expect(refused({ amount: { total: 0.5 }, out_trade_no: 'T' })).toBe(
      '无法将 JSON 输入源“/body/amount/total”映射到目标字段“总金额”中，此字段需要一个合法的 64 位有符号整数 (amount.total must be an integer)',
    );
    // APIv2 fields are text: an integer is digits, and the message roots the field at /body/xml.
    const fields: Node = { t: 'o', p: { total_fee: { t: 'i', d: '标价金额' } } };
    const problem = check({ total_fee: '0.01' }, fields, '', 'text')!;
    expect(refusalMessage({ problem, location: 'body' }, 2)).toBe(
      '无法将输入源“/body/xml/total_fee”映射到目标字段“标价金额”中，此字段需要一个合法的 64 位有符号整数 (total_fee must be an integer)',
    );
  });

  test('missing fields, alternatives, enums, lengths, patterns and ranges each say what was wanted', () => {
    expect(refused({ out_trade_no: 'T' })).toMatch(/^输入源“\/body\/amount”映射到字段“amount”必填性规则校验失败，此字段为必填项 \(amount is required\)$/);
    expect(refused({ amount: { total: 1 } })).toMatch(/\(one of transaction_id, out_trade_no is required\)$/);
    expect(refused({ amount: { total: 1 }, transaction_id: '42' })).toBeUndefined();
    expect(refused({ amount: { total: 1 }, out_trade_no: 'T', state: 'C' })).toMatch(/“\/body\/state”.*取值不在枚举范围内 \(state must be one of A, B\)/);
    expect(refused({ amount: { total: 1 }, out_trade_no: 'T', no: '12345' })).toMatch(/长度校验失败 \(no must be at most 4 characters\)/);
    expect(refused({ amount: { total: 1 }, out_trade_no: 'T', no: '12a' })).toMatch(/格式校验失败/);
    expect(refused({ amount: { total: 0 }, out_trade_no: 'T' })).toMatch(/取值范围校验失败 \(amount.total must be at least 1\)/);
  });

  test('a hostile depth is refused, not recursed into', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i += 1) deep = [deep];
    expect(check(deep, { t: 'a', i: { t: 'a', i: { t: 'a' } } }, '', 'json')).toBeUndefined();
    const nested: Node = { t: 'a' };
    nested.i = nested;
    expect(check(deep, nested, '', 'json')?.expected).toMatch(/levels of nesting/);
  });
});

describe('file answers are files of their kind', () => {
  test('PNG: signature, IHDR 1x1, an IDAT that inflates, IEND', () => {
    const image = png();
    expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(image.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1, 1]);
    const idat = image.indexOf('IDAT');
    expect(inflateSync(image.subarray(idat + 4, idat + 4 + image.readUInt32BE(idat - 4)))).toHaveLength(4);
    expect(image.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  test('PDF: header, startxref pointing at the cross-reference table, each object where it says', () => {
    const text = pdf('WeChat Pay simulator').toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, at) => expect(text.slice(offset).startsWith(`${at + 1} 0 obj`)).toBe(true));
  });

  test('CSV: a header, rows of backquoted values, CRLF lines', () => {
    const lines = csv('1900000109').split('\r\n');
    expect(lines[0]).toContain('商户号');
    expect(lines[1]).toContain('`1900000109');
  });
});
