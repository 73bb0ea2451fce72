import path from 'node:path';
import type { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { Builder, getDriver, isInvalidRequestError, isVerificationError, JSON_BASED, withOptions, XML_BASED } from '../../src';
import { documentationBlocks } from '../docs/blocks';
import { runBlock } from '../docs/run-block';
import { MCHID, SECRET } from '../helpers/seed';
import { startV2Server, type V2Server } from '../helpers/v2-server';
import { setupV3, type V3Setup } from '../helpers/v3-client';

// getDriver(wx).select(): the user's axios interceptor stack, as PHP's getDriver()->select() gives
// Guzzle's handler stack. The servers verify every signature on their own (node:crypto), so "what
// an interceptor changed is what is signed" is checked by someone other than the SDK.
let v3: V3Setup;
let v2: V2Server;
const ORDER = 'v3/pay/transactions/native';
const order = {
  appid: 'wxd678efh567hg6787',
  mchid: MCHID,
  description: 'QQ公仔',
  out_trade_no: 'stack_0001',
  notify_url: 'https://example.com/n',
  amount: { total: 1 },
};
const transaction = { mchid: MCHID, out_trade_no: 'stack_0001', trade_state: 'SUCCESS' };

beforeAll(async () => {
  v3 = await setupV3();
  v3.server.routes.set(`POST /${ORDER}`, (check) => ({
    status: 200,
    json: { code_url: 'weixin://wxpay/bizpayurl?pr=1', echo: JSON.parse(check.request.text) },
  }));
  v3.server.routes.set('GET /v3/pay/transactions/out-trade-no/stack_0001', () => ({ status: 200, json: transaction }));
  v2 = await startV2Server({ mchid: MCHID, secret: SECRET });
});
afterAll(async () => {
  await v3.server.close();
  await v2.close();
});
beforeEach(() => {
  v3.server.fault = 'none';
  v3.server.checks.length = 0;
  v2.mode = 'ok';
  v2.checked.length = 0;
});

const v2Client = () => Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: v2.url });
const query = (wx: ReturnType<typeof v3.client>) =>
  wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'stack_0001', query: { mchid: MCHID } });

test("select() is the v3 stack by default, select('v2') the v2 one; XML_BASED and JSON_BASED are PHP's names", () => {
  const wx = v3.client();
  expect([XML_BASED, JSON_BASED]).toEqual(['v2', 'v3']);
  const driver = getDriver(wx);
  expect(driver.select()).toBe(driver.select(JSON_BASED));
  expect(driver.select(XML_BASED)).not.toBe(driver.select(JSON_BASED));
  expect(() => driver.select('v4' as never)).toThrow(/select\(\) takes 'v2' \(XML_BASED\) or 'v3' \(JSON_BASED\), got "v4"/);
  expect(() => getDriver({} as never)).toThrow(expect.objectContaining({ code: 'ERR_CONFIGURATION' }));
});

test('a v3 request interceptor sees the json object given; a field it changes is signed and sent, a header it adds arrives', async () => {
  const wx = v3.client();
  const seen: unknown[] = [];
  getDriver(wx)
    .select()
    .interceptors.request.use((config) => {
      seen.push(structuredClone(config.data), config.method, config.url);
      (config.data as typeof order).description = 'changed by the interceptor';
      config.headers.set('X-Gateway-Tenant', 'shop-42');
      return config;
    });
  const { data } = await wx.v3.pay.transactions.native.post({ json: order });
  expect(seen).toEqual([order, 'post', new URL(`/${ORDER}`, v3.server.url).href]);
  const check = v3.server.checks[0]!;
  expect(check.authOk).toBe(true); // the server's own RSA check over the bytes it received
  expect(JSON.parse(check.request.text).description).toBe('changed by the interceptor');
  expect((data as unknown as { echo: typeof order }).echo.description).toBe('changed by the interceptor');
  expect(check.request.headers['x-gateway-tenant']).toBe('shop-42');
});

test('a v2 request interceptor sees the xml dictionary; what it changes is under the sign the server checks', async () => {
  const wx = v2Client();
  const seen: unknown[] = [];
  getDriver(wx)
    .select(XML_BASED)
    .interceptors.request.use((config) => {
      seen.push({ ...config.data });
      config.data = { ...config.data, out_trade_no: 'CHANGED_1' };
      config.headers.set('X-Gateway-Tenant', 'shop-42');
      return config;
    });
  const { data } = await wx.v2.pay.orderquery.post({ xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'GIVEN_1' } });
  expect(seen).toEqual([{ appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'GIVEN_1' }]);
  expect(v2.checked[0]).toMatchObject({ signOk: true, fields: { out_trade_no: 'CHANGED_1' } });
  expect(v2.checked[0]!.request.headers['x-gateway-tenant']).toBe('shop-42');
  expect(data).toMatchObject({ out_trade_no: 'CHANGED_1', return_code: 'SUCCESS' });
});

test("a query an interceptor changes is signed as sent; a header HTTP cannot carry is refused by name; the URL is the chain's", async () => {
  const wx = v3.client();
  const stack = getDriver(wx).select();
  const id = stack.interceptors.request.use((config) => ({ ...config, params: { mchid: MCHID, extra: 'x y' } }) as InternalAxiosRequestConfig);
  await query(wx);
  expect(v3.server.checks[0]).toMatchObject({ authOk: true, request: { url: '/v3/pay/transactions/out-trade-no/stack_0001?mchid=1900000109&extra=x%20y' } });
  stack.interceptors.request.eject(id);
  stack.interceptors.request.use((config) => {
    config.headers.set('X-Store', '门店');
    return config;
  });
  await expect(query(wx)).rejects.toThrow(/X-Store holds a character beyond Latin-1/);
  const other = v3.client();
  getDriver(other)
    .select()
    .interceptors.request.use((config) => ({ ...config, url: 'https://elsewhere.example/' }) as InternalAxiosRequestConfig);
  const refused = await query(other).catch((error: unknown) => error);
  expect(isInvalidRequestError(refused)).toBe(true);
  expect(v3.server.checks).toHaveLength(1);
});

test('response interceptors see the verified, parsed answer; a forged one reaches onError as the VerificationError, never a fulfilled handler', async () => {
  const wx = v3.client();
  const fulfilled: unknown[] = [];
  const rejected: unknown[] = [];
  getDriver(wx)
    .select()
    .interceptors.response.use(
      (response) => {
        fulfilled.push(response.data, (response as AxiosResponse & { raw: Buffer }).raw.length > 0);
        return response;
      },
      (error: unknown) => {
        rejected.push(error);
        throw error;
      },
    );
  await query(wx);
  expect(fulfilled).toEqual([transaction, true]);
  for (const fault of ['forge', 'stale', 'tamper'] as const) {
    v3.server.fault = fault;
    const error = await query(wx).catch((caught: unknown) => caught);
    expect(isVerificationError(error)).toBe(true);
  }
  expect(fulfilled).toHaveLength(2);
  expect(rejected).toHaveLength(3);
  expect(rejected.every(isVerificationError)).toBe(true);
});

test('an interceptor that throws rejects the call with its own error, before anything is sent on the request side', async () => {
  const wx = v3.client();
  const stack = getDriver(wx).select();
  const mine = new Error('the gateway is closed');
  const id = stack.interceptors.request.use(() => {
    throw mine;
  });
  await expect(query(wx)).rejects.toBe(mine);
  expect(v3.server.checks).toHaveLength(0);
  stack.interceptors.request.eject(id);
  const late = new Error('refused after the answer');
  stack.interceptors.response.use(() => {
    throw late;
  });
  await expect(query(wx)).rejects.toBe(late);
  expect(v3.server.checks).toHaveLength(1);
});

test('the order is a contract: request interceptors last-added first, all before signing; response ones in order, all after verifying', async () => {
  const wx = v3.client();
  const order: string[] = [];
  const stack = getDriver(wx).select();
  for (const name of ['a', 'b']) {
    stack.interceptors.request.use((config) => {
      order.push(`request ${name} ${config.headers.has('Authorization') ? 'signed' : 'unsigned'}`);
      return config;
    });
    stack.interceptors.response.use((response) => {
      order.push(`response ${name} ${(response as AxiosResponse & { raw?: Buffer }).raw ? 'verified' : 'raw'}`);
      return response;
    });
  }
  await query(wx);
  expect(order).toEqual(['request b unsigned', 'request a unsigned', 'response a verified', 'response b verified']);
});

test('eject removes an interceptor; two clients never share a stack; withOptions copies the stack as it is then', async () => {
  const first = v3.client();
  const second = v3.client();
  const ran: string[] = [];
  const stack = getDriver(first).select();
  const id = stack.interceptors.request.use((config) => {
    ran.push('first');
    return config;
  });
  await query(second);
  expect(ran).toEqual([]);
  const patient = withOptions(first, { timeout: 60_000 });
  expect(getDriver(patient).select()).not.toBe(stack);
  await query(patient);
  expect(ran).toEqual(['first']);
  stack.interceptors.request.eject(id);
  await query(first);
  await query(patient); // the copy keeps its own
  expect(ran).toEqual(['first', 'first']);
  getDriver(patient)
    .select()
    .interceptors.request.use((config) => {
      ran.push('patient');
      return config;
    });
  await query(first);
  expect(ran).toEqual(['first', 'first']);
});

// The README's example (and its Chinese twin's), run as written on a client of the verifying server.
const blocks = documentationBlocks(path.resolve(__dirname, '../..'));
describe.each([
  ['README.md', 'The interceptor stack (`getDriver`)'],
  ['README.zh-CN.md', '拦截器栈（`getDriver`）'],
])('%s', (file, heading) => {
  test('logging, a gateway header and a metrics timer, as the example writes them', async () => {
    const block = blocks.find((b) => b.file === file && b.heading === heading && b.language === 'ts');
    expect(block?.code).toContain('getDriver(wx).select(JSON_BASED)');
    const wx = v3.client();
    const logged: unknown[][] = [];
    const timings: Array<[string, number]> = [];
    const counted: string[] = [];
    const logger = { info: (...values: unknown[]) => logged.push(values) };
    const metrics = { timing: (name: string, ms: number) => timings.push([name, ms]), increment: (name: string) => counted.push(name) };
    await runBlock(block!, { given: { wx, logger, metrics } });
    await query(wx);
    expect(v3.server.checks[0]).toMatchObject({ authOk: true, request: { headers: { 'x-gateway-tenant': 'shop-42' } } });
    expect(logged[0]).toEqual(['wechatpay ->', 'get', `${new URL('/v3/pay/transactions/out-trade-no/stack_0001', v3.server.url).href}?mchid=${MCHID}`]);
    expect(logged[1]).toEqual(['wechatpay <-', 200, expect.stringMatching(/^req-/)]);
    expect(timings).toEqual([['wechatpay', expect.any(Number)]]);
    v3.server.fault = 'forge';
    await expect(query(wx)).rejects.toMatchObject({ code: 'ERR_VERIFICATION' });
    expect(logged[3]).toEqual(['wechatpay x', 'ERR_VERIFICATION', expect.stringMatching(/^req-/)]);
    expect(counted).toEqual(['wechatpay.ERR_VERIFICATION']);
    expect(timings).toHaveLength(1);
  });
});
