import { Builder, isConfigurationError, isInvalidRequestError, ErrorCode } from '../../src';
import { useServer } from '../helpers/http';
import { MCHID, SECRET } from '../helpers/seed';
import { rejection } from '../helpers/thrown';
import { useV3 } from '../helpers/v3-client';

// Every bad option is refused with an SDK error that names it, before anything is sent.

const v3 = useV3();
const v2 = useServer(() => ({ status: 200, body: '<xml><return_code>SUCCESS</return_code></xml>' }));

const cyclic = (): Record<string, unknown> => {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  return value;
};

describe('APIv3 call options', () => {
  test.each([
    ['cyclic json', { json: cyclic() }, /`json` cannot be written as JSON \(Converting circular structure/],
    ['BigInt in json', { json: { amount: 1n } }, /`json.amount` is a BigInt, which JSON cannot carry/],
    [
      'a throwing toJSON',
      {
        json: {
          toJSON: () => {
            throw new Error('nope');
          },
        },
      },
      /`json` cannot be written as JSON \(nope\)/,
    ],
    [
      'a json builder that throws',
      {
        json: () => {
          throw new TypeError('oops');
        },
      },
      /`json` function threw.*oops/,
    ],
    ['a json function value that is not data', { json: () => Symbol('x') }, /`json` is a symbol, which JSON cannot carry/],
    ['a header name with a space', { json: {}, headers: { 'X Bad': '1' } }, /"X Bad" is not a valid header name/],
    ['a header name with CR/LF', { json: {}, headers: { 'X-A\r\nInjected': '1' } }, /is not a valid header name/],
    ['a header value with CR/LF', { json: {}, headers: { 'X-A': 'v\r\nInjected: 1' } }, /headers`.X-A holds a line break/],
    ['a header value that is an object', { json: {}, headers: { 'X-A': {} as never } }, /must be a string or a number, got an object/],
    ['a malformed baseURL', { json: {}, baseURL: 'not a url' }, /`baseURL` must be an absolute http\(s\) URL/],
    ['a baseURL with a query', { json: {}, baseURL: 'https://api.mch.weixin.qq.com/?x=1' }, /must not carry a query/],
    ['a signal that is not an AbortSignal', { json: {}, signal: { aborted: 'no' } as never }, /`signal` must be an AbortSignal/],
    ['a proxy without a port', { json: {}, proxy: { host: '127.0.0.1' } as never }, /`proxy.port` must be a port number/],
    ['a proxy that is a string', { json: {}, proxy: 'http://127.0.0.1:8080' as never }, /`proxy` must be false or/],
    ['a negative timeout', { json: {}, timeout: -1 }, /`timeout` must be a number of milliseconds/],
    ['a zero maxContentLength', { json: {}, maxContentLength: 0 }, /`maxContentLength` must be a positive number/],
  ])('%s', async (_what, options, message) => {
    const error = await rejection(v3.wx.v3.pay.transactions.native.post(options as never));
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(ErrorCode.INVALID_REQUEST);
    expect((error as Error).message).toMatch(message);
    expect(v3.server.checks).toHaveLength(0);
  });
});

describe('APIv2 call options', () => {
  test.each([
    ['cyclic xml field', { xml: { mch_id: MCHID, detail: cyclic() } }, /`xml.detail` cannot be written as JSON \(Converting circular structure/],
    ['BigInt nested in an xml field', { xml: { mch_id: MCHID, detail: { n: 1n } } }, /`xml.detail.n` is a BigInt, which JSON cannot carry/],
  ])('%s', async (_what, options, message) => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: v2.url });
    const error = await rejection(wx.v2.pay.unifiedorder.post(options as never));
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(v2.received).toHaveLength(0);
  });
});

describe('client configuration', () => {
  test.each([
    ['a malformed baseURL', { baseURL: 'ftp://x/' }, /`baseURL` must be an absolute http\(s\) URL/],
    ['a header with CR/LF', { headers: { 'X-A': 'a\nb' } }, /headers`.X-A holds a line break/],
    ['a malformed proxy', { proxy: { host: 'a b', port: 8080 } }, /`proxy.host` must be a host name/],
    ['proxy credentials as one string', { proxy: { host: '127.0.0.1', port: 8080, auth: 'user:pass' } }, /`proxy.auth` must be \{ username, password \}/],
    ['a signal that is not an AbortSignal', { signal: 'x' }, /`signal` must be an AbortSignal/],
    ['a timeout that is not a number', { timeout: '10s' }, /`timeout` must be a number/],
  ])('%s is refused by Builder.factory', (_what, extra, message) => {
    let caught: unknown;
    try {
      Builder.factory({ mchid: MCHID, secret: SECRET, ...(extra as object) });
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as { code: string }).code).toBe(ErrorCode.CONFIGURATION);
    expect((caught as Error).message).toMatch(message);
  });

  test("certs holding the merchant's own serial is refused, as PHP does", () => {
    let caught: unknown;
    try {
      Builder.factory({ mchid: MCHID, serial: 'ABCDEF', privateKey: v3.merchant.privatePem, certs: { abcdef: v3.platform.publicPem } });
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/`certs` holds abcdef, which is `serial`, your own merchant certificate/);
  });
});

describe('APIv3 writes without a body', () => {
  test.each(['post', 'put', 'patch'] as const)('%s sends Content-Type: application/json, signed over an empty body', async (verb) => {
    v3.server.routes.set(`${verb.toUpperCase()} /v3/empty`, () => ({ status: 204 }));
    try {
      await v3.wx.chain('v3/empty')[verb]();
      const [check] = v3.server.checks;
      expect(check!.request.headers['content-type']).toBe('application/json');
      expect(check!.request.body).toHaveLength(0);
      expect(check!.authOk).toBe(true);
    } finally {
      v3.server.routes.delete(`${verb.toUpperCase()} /v3/empty`);
    }
  });
});
