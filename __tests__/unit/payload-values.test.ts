import { createHash } from 'node:crypto';
import { Builder, isInvalidRequestError, isWechatpayError, Transformer } from '../../src';
import { buildRoute, type Route } from '../../src/chain/route';
import { splitVerbatim } from '../../src/chain/segments';
import { signedFields } from '../../src/pipeline/v2/sign';
import { MCHID, SECRET } from '../helpers/seed';
import { thrown } from '../helpers/thrown';

// What a merchant gives is sent as given, or refused by name before anything is sent: never a
// bare URIError, never U+FFFD in place of a broken character, never a field dropped, never a value
// JSON silently turns into null or {} (issue 14 §4).

const seg = (path: string) => splitVerbatim(path);
const refused = (build: () => unknown, message: RegExp) => {
  const error = thrown(build);
  expect(isInvalidRequestError(error)).toBe(true);
  expect((error as Error).message).toMatch(message);
};
const bytesOf = (route: Route) => (route.body.kind === 'bytes' ? String(route.body.data) : '');
/** The APIv2 fields of a route as signed and written: the XML body and the sign's own input. */
const v2Sent = (route: Route) => {
  if (route.body.kind !== 'v2-fields') throw new Error('not a v2 route');
  const fields = signedFields(route.body.fields, { mchid: MCHID, secret: SECRET }, { nonceless: true, where: route.body.into });
  return { fields, xml: Transformer.toXml(fields) };
};

const HALF = '\ud83d'; // the first half of 👍 (U+1F44D), alone

describe('a lone UTF-16 surrogate is refused, naming the field', () => {
  test.each([
    [
      'a placeholder',
      () => buildRoute(seg('v3/pay/transactions/id/{transaction_id}'), 'get', { transaction_id: `42${HALF}`, query: { mchid: MCHID } }),
      /Placeholder \{transaction_id\} holds a lone UTF-16 surrogate \(\\uD83D at index 2/,
    ],
    [
      'a query value',
      () => buildRoute(seg('v3/marketing/favor/stocks'), 'get', { query: { stock_name: `券${HALF}` } }),
      /`query.stock_name` holds a lone UTF-16 surrogate/,
    ],
    [
      'a query name',
      () => buildRoute(seg('v3/marketing/favor/stocks'), 'get', { query: { [`a${HALF}`]: '1' } }),
      /a name in `query` holds a lone UTF-16 surrogate/,
    ],
    ['an APIv2 GET query value', () => buildRoute(seg('v2/risk/getviolation'), 'get', { query: { note: HALF } }), /`query.note` holds a lone UTF-16 surrogate/],
    [
      'an xml value',
      () => buildRoute(seg('v2/pay/micropay'), 'post', { xml: { body: `门店${HALF}` } }),
      /`xml.body` holds a lone UTF-16 surrogate \(\\uD83D at index 2/,
    ],
    ['an xml name', () => buildRoute(seg('v2/pay/micropay'), 'post', { xml: { [`b${HALF}`]: '1' } }), /a field name of `xml` holds a lone UTF-16 surrogate/],
    [
      'JSON inside an xml field',
      () => buildRoute(seg('v2/pay/micropay'), 'post', { xml: { detail: { goods: [{ name: HALF }] } } }),
      /`xml.detail.goods\[0\].name` holds a lone/,
    ],
    [
      'a json value',
      () => buildRoute(seg('v3/pay/transactions/native'), 'post', { json: { scene_info: { store_info: { name: `店${HALF}` } } } }),
      /`json.scene_info.store_info.name` holds a lone UTF-16 surrogate/,
    ],
    [
      'a json name',
      () => buildRoute(seg('v3/pay/transactions/native'), 'post', { json: { [`x${HALF}`]: 1 } }),
      /a key of `json` holds a lone UTF-16 surrogate/,
    ],
    [
      'a trailing low half',
      () => buildRoute(seg('v3/pay/transactions/native'), 'post', { json: { note: 'a\udc4d' } }),
      /`json.note` holds a lone UTF-16 surrogate \(\\uDC4D at index 1/,
    ],
  ])('in %s', (_what, build, message) => refused(build, message));

  test('through a client, the refusal is a WechatpayError (never a bare URIError), before anything is sent', async () => {
    const requests: string[] = [];
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: 'http://127.0.0.1:9/', hooks: { onRequest: (e) => void requests.push(e.url) } });
    const error = await wx.v3.pay.transactions.id._transaction_id_.get({ transaction_id: HALF, query: { mchid: MCHID } }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(URIError);
    expect(isWechatpayError(error) && isInvalidRequestError(error)).toBe(true);
    expect(requests).toEqual([]);
  });

  test('a whole surrogate pair is fine: 👍 is sent as its four UTF-8 bytes, signed as such', () => {
    const route = buildRoute(seg('v2/pay/micropay'), 'post', { xml: { body: '门店👍' } });
    const { fields, xml } = v2Sent(route);
    expect(xml).toContain('<body>门店👍</body>');
    const md5 = createHash('md5').update(`body=门店👍&key=${SECRET}`, 'utf8').digest('hex').toUpperCase();
    expect(fields.sign).toBe(md5);
    expect(buildRoute(seg('v3/marketing/favor/stocks'), 'get', { query: { q: '👍' } }).url).toMatch(/\?q=%F0%9F%91%8D$/);
  });
});

describe('__proto__, constructor and prototype are field names like any other: sent, never dropped', () => {
  const names = () => JSON.parse('{"__proto__":"1","constructor":"2","prototype":"3"}') as Record<string, string>;

  test('in v2 `xml`: written, and covered by the sign', () => {
    const { fields, xml } = v2Sent(buildRoute(seg('v2/pay/orderquery'), 'post', { xml: { ...names(), out_trade_no: 'T1' } }));
    expect(xml).toBe(
      `<xml><__proto__>1</__proto__><constructor>2</constructor><prototype>3</prototype><out_trade_no>T1</out_trade_no><sign>${fields.sign}</sign></xml>`,
    );
    const md5 = createHash('md5').update(`__proto__=1&constructor=2&out_trade_no=T1&prototype=3&key=${SECRET}`, 'utf8').digest('hex').toUpperCase();
    expect(fields.sign).toBe(md5);
  });

  test('in a v2 GET `query`', () => {
    const route = buildRoute(seg('v2/risk/getviolation'), 'get', { query: names() });
    expect(route.body.kind === 'v2-fields' && Object.keys(route.body.fields)).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  test('in a v3 `query` and in `json`', () => {
    expect(buildRoute(seg('v3/marketing/favor/stocks'), 'get', { query: names() }).url).toMatch(/\?__proto__=1&constructor=2&prototype=3$/);
    expect(bytesOf(buildRoute(seg('v3/pay/transactions/native'), 'post', { json: { a: names() } }))).toBe(
      '{"a":{"__proto__":"1","constructor":"2","prototype":"3"}}',
    );
  });

  test('an option named constructor is an unknown option, and a placeholder may be named so', () => {
    refused(() => buildRoute(seg('v3/pay/transactions/native'), 'post', { json: {}, constructor: 1 } as never), /Unknown option `constructor`/);
    expect(buildRoute(seg('v3/x/{constructor}'), 'get', { constructor: 'C1' } as never).path).toBe('/v3/x/C1');
  });
});

describe('`json` values JSON cannot carry are refused with their path, never silently changed', () => {
  const json = (value: unknown) => () => buildRoute(seg('v3/pay/transactions/native'), 'post', { json: { amount: { total: value } } });
  test.each([
    ['NaN', NaN, /`json.amount.total` is NaN, which JSON cannot carry \(it would be sent as null\)/],
    ['Infinity', Infinity, /`json.amount.total` is Infinity/],
    ['-Infinity', -Infinity, /`json.amount.total` is -Infinity/],
    ['a BigInt', 10n, /`json.amount.total` is a BigInt/],
    ['a function', () => 1, /`json.amount.total` is a function, which JSON cannot carry \(it would be left out\)/],
    ['a symbol', Symbol('x'), /`json.amount.total` is a symbol/],
    ['a Map', new Map([['a', 1]]), /`json.amount.total` is an object \(Map\), which JSON writes as \{\}/],
    ['a Set', new Set([1]), /`json.amount.total` is an object \(Set\), which JSON writes as \{\}/],
    ['a Uint8Array', new Uint8Array([1, 2]), /`json.amount.total` is an object \(Uint8Array\) of bytes/],
    ['a Buffer', Buffer.from('ab'), /`json.amount.total` is a Buffer of bytes/],
    ['an ArrayBuffer', new ArrayBuffer(2), /is an object \(ArrayBuffer\) of bytes/],
    ['undefined in an array', [1, undefined], /`json.amount.total\[1\]` is undefined in an array, which JSON writes as null/],
  ])('%s', (_what, value, message) => refused(json(value), message));

  test('the same inside an `xml` field sent as JSON text', () => {
    refused(() => buildRoute(seg('v2/pay/micropay'), 'post', { xml: { detail: { cost_price: NaN } } }), /`xml.detail.cost_price` is NaN/);
  });

  test('what JSON does carry is sent as given: null, a Date (its toJSON), undefined fields left out', () => {
    const route = buildRoute(seg('v3/pay/transactions/native'), 'post', { json: { a: null, at: new Date(0), attach: undefined, n: [1, null] } });
    expect(bytesOf(route)).toBe('{"a":null,"at":"1970-01-01T00:00:00.000Z","n":[1,null]}');
  });
});
