import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Builder, ConfigurationError, ErrorCode, isConfigurationError, type Client, type PayitilReportRequest } from '../../src';
import { MCHID, SECRET } from '../helpers/seed';

// Split from unit/config.test.ts: a counting server on 127.0.0.1 shows that nothing is sent.

describe('bad APIv2 calls are refused before anything reaches the network', () => {
  let server: Server;
  let hits = 0;
  let baseURL = '';
  let wx: Client;

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits += 1;
      req.resume();
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end('<xml><return_code>SUCCESS</return_code><result_code>SUCCESS</result_code></xml>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    hits = 0;
  });

  /** Awaits `call`, expects a ConfigurationError whose message matches, and no request received. */
  async function refused(call: () => Promise<unknown>, expected: RegExp): Promise<ConfigurationError> {
    let caught: unknown;
    try {
      await call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(expected);
    expect((caught as Error).message).not.toContain(SECRET);
    expect(JSON.stringify(caught)).not.toContain(SECRET);
    expect(hits).toBe(0);
    return caught as ConfigurationError;
  }

  const base = (): PayitilReportRequest => ({
    appid: 'wx8888888888888888',
    mch_id: MCHID,
    interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total',
    user_ip: '8.8.8.8',
    trades: '[]',
  });
  /** Deliberately wrong payloads bypass the endpoint's types, as a JavaScript caller would. */
  const post = (options: Record<string, unknown>) => wx.v2.payitil.report.post(options as never);

  test('the counting server does count (sanity check of the harness)', async () => {
    await wx.v2.payitil.report.post({ xml: base() });
    expect(hits).toBe(1);
  });

  test('xml that is not an object', async () => {
    await refused(() => post({ xml: 'not an object' }), /`xml` must be a plain object/);
  });

  test.each(['SHA256', 'md5', 'HMAC_SHA256', ''])('unknown sign_type %j', async (signType) => {
    const error = await refused(() => post({ xml: { ...base(), sign_type: signType } }), /sign_type/);
    expect(error.code).toBe(ErrorCode.INVALID_REQUEST);
  });

  test('sign given in xml', async () => {
    await refused(() => post({ xml: { ...base(), sign: 'ABCDEF0123456789' } }), /xml\.sign must not be given/);
  });

  test.each([
    ['mch_id', { mch_id: '1900000110' }],
    ['mchid', { mchid: '1900000110' }],
    ['combine_mch_id', { combine_mch_id: '1900000110' }],
    ['mch_id as a number', { mch_id: 1900000110 }],
  ])('merchant id mismatch via %s', async (key, fields) => {
    const { mch_id: _drop, ...rest } = base();
    const error = await refused(() => post({ xml: { ...rest, ...fields } }), /1900000110/);
    expect(error.message).toContain(key.split(' ')[0] ?? key);
    expect(error.message).toContain(MCHID);
  });

  test('mch_id is checked first: a mismatching mch_id is refused even if mchid matches', async () => {
    // docs/protocol.md: `mch_id`, else `mchid`, else `combine_mch_id`.
    await refused(() => post({ xml: { ...base(), mch_id: '1', mchid: MCHID } }), /xml\.mch_id is "1"/);
  });

  test('a v2 call on a client without secret', async () => {
    const noSecret = Builder.factory({ mchid: MCHID, baseURL });
    await refused(() => noSecret.v2.payitil.report.post({ xml: base() }), /secret/);
  });

  test.each([
    ['boolean', true],
    ['function', () => 'x'],
    ['symbol', Symbol('x')],
    ['NaN', NaN],
    ['Date', new Date(0)],
  ])('a %s field value', async (_label, value) => {
    await refused(() => post({ xml: { ...base(), device_info: value } }), /xml\.device_info/);
  });

  test('a v2 GET with xml is refused', async () => {
    await refused(() => wx.chain<string>('v2/payitil/report').get({ xml: base() } as never), /query/);
  });

  test('a v2 GET with a bad query field is refused', async () => {
    await refused(() => wx.chain<string>('v2/pay/downloadbill').get({ query: { ...base(), sign: 'X' } } as never), /query\.sign/);
  });

  test('route-level refusals (unknown option, reserved key, json on v2) also send nothing', async () => {
    await refused(() => post({ xml: base(), timout: 1 }), /`timout`/);
    await refused(() => post({ xml: base(), data: '<xml/>' }), /`data`/);
    await refused(() => post({ json: base() }), /xml/);
    await refused(() => post({ xml: base(), security: 'yes' }), /`security`/);
  });

  test('an unsupported responseType is refused', async () => {
    await refused(() => post({ xml: base(), responseType: 'stream' }), /responseType/);
  });

  test('the caller payload is not mutated by a refused or an accepted call', async () => {
    const xml = base();
    const snapshot = { ...xml };
    await refused(() => post({ xml: { ...xml, sign_type: 'nope' } }), /sign_type/);
    await wx.v2.payitil.report.post({ xml });
    expect(xml).toEqual(snapshot);
    expect(hits).toBe(1);
  });
});
