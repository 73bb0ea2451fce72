import { Builder, isConfigurationError, isInvalidRequestError } from '../../src';
import { buildRoute } from '../../src/chain/route';
import { splitVerbatim } from '../../src/chain/segments';
import { MCHID, SECRET } from '../helpers/seed';
import { thrown } from '../helpers/thrown';

// A header undici (or Node's http) would refuse at the socket is refused by the route, by name,
// before anything is sent (issue 14 §4): a TransportError there would say nothing useful, and with
// failover on it used to move the whole client to the backup.

const native = splitVerbatim('v3/pay/transactions/native');
const route = (headers: Record<string, unknown>) => () => buildRoute(native, 'post', { json: {}, headers });

describe('header values HTTP cannot carry are refused by name', () => {
  test.each([
    ['a Chinese store name', { 'X-Store': '门店 001' }, /`headers`.X-Store holds a character beyond Latin-1 \(U\+95E8 at index 0\)/],
    ['an emoji (a surrogate pair)', { 'X-Note': 'ok 👍' }, /`headers`.X-Note holds a character beyond Latin-1 \(U\+1F44D at index 3\)/],
    ['a lone surrogate', { 'X-Note': 'a\ud800' }, /`headers`.X-Note holds a character beyond Latin-1 \(U\+D800/],
    ['a control character', { 'X-Id': 'a\u0001b' }, /`headers`.X-Id holds a control character \(U\+0001 at index 1\)/],
    ['an escape', { 'X-Id': '\u001b[31m' }, /holds a control character \(U\+001B/],
    ['DEL', { 'X-Id': 'a\u007f' }, /`headers`.X-Id holds DEL \(U\+007F at index 1\)/],
    ['a line break', { 'X-Id': 'a\nInjected: 1' }, /`headers`.X-Id holds a line break or NUL/],
    ['NUL', { 'X-Id': 'a\0' }, /holds a line break or NUL/],
  ])('%s', (_what, headers, message) => {
    const error = thrown(route(headers));
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/percent-encode the value|split the request's headers/);
  });

  test('the message never quotes the value (it may be a secret)', () => {
    const error = thrown(route({ 'X-Token': 'sekret-门店-value' }));
    expect((error as Error).message).not.toMatch(/sekret/);
  });

  test.each([
    ['a tab and printable ASCII', { 'X-Id': 'a\tb ~!' }],
    ['Latin-1 (sent as one byte each, as undici and Node do)', { 'X-Name': 'Café Zürich' }],
    ['a percent-encoded Chinese name', { 'X-Store': encodeURIComponent('门店') }],
    ['a number and a boolean', { 'X-Count': 3, 'X-Flag': true }],
    ['Connection: close', { Connection: 'close' }],
  ])('%s goes through unchanged', (_what, headers) => {
    const built = buildRoute(native, 'post', { json: {}, headers: headers as Record<string, string> });
    for (const [name, value] of Object.entries(headers)) expect(built.headers[name]).toBe(String(value));
  });
});

describe('header names and the headers the transport owns', () => {
  test.each([
    ['a Chinese name', { 门店: '1' }, /"门店" is not a valid header name/],
    ['a name with a space', { 'X Store': '1' }, /"X Store" is not a valid header name/],
    ['an empty name', { '': '1' }, /"" is not a valid header name/],
    ['Content-Length', { 'Content-Length': '10' }, /`headers`.Content-Length cannot be given: the transport writes it from the exact bytes sent/],
    ['Transfer-Encoding', { 'transfer-encoding': 'chunked' }, /cannot be given: the transport frames the body itself/],
    ['Expect', { Expect: '100-continue' }, /`headers`.Expect cannot be given/],
    ['Upgrade', { Upgrade: 'h2c' }, /`headers`.Upgrade cannot be given/],
    ['Keep-Alive', { 'Keep-Alive': 'timeout=5' }, /`headers`.Keep-Alive cannot be given/],
    ['Connection: upgrade', { Connection: 'upgrade' }, /`headers`.Connection may only be close or keep-alive/],
  ])('%s is refused', (_what, headers, message) => {
    const error = thrown(route(headers));
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});

describe('through a client', () => {
  test("a call's header: an InvalidRequestError before anything is sent (no onRequest, no connection)", async () => {
    const requests: string[] = [];
    // Nothing listens on port 9: a call that got as far as the network would fail with a TransportError.
    const wx = Builder.factory({
      mchid: MCHID,
      secret: SECRET,
      baseURL: 'http://127.0.0.1:9/',
      hooks: { onRequest: (event) => void requests.push(event.url) },
    });
    const error = await wx.v2.pay.orderquery
      .post({ xml: { appid: 'wxd678efh567hg6787', mch_id: MCHID, out_trade_no: 'T1' }, headers: { 'X-Store': '北京门店' } })
      .catch((e: unknown) => e);
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as Error).message).toMatch(/`headers`.X-Store holds a character beyond Latin-1/);
    expect(requests).toEqual([]);
  });

  test("a client's header: a ConfigurationError when the client is built", () => {
    const error = thrown(() => Builder.factory({ mchid: MCHID, secret: SECRET, headers: { 'X-Store': '北京门店' } }));
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/X-Store holds a character beyond Latin-1/);
  });
});
