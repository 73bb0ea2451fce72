import { Builder, getDriver, XML_BASED } from '../../src';
import { MCHID, SECRET } from '../helpers/seed';
import { startV2Server, type V2Server } from '../helpers/v2-server';
import { setupV3, type V3Setup } from '../helpers/v3-client';

// A stack as the SDK made it sends each call straight to its adapter; one the user has changed,
// through its interceptors or its `defaults`, goes through axios' request(). Either way, what the
// user set on the stack applies, and the answer is the same verified one.
let v3: V3Setup;
let v2: V2Server;
const ID = 'v3/pay/transactions/out-trade-no/defaults_0001';
const transaction = { mchid: MCHID, out_trade_no: 'defaults_0001', trade_state: 'SUCCESS' };

beforeAll(async () => {
  v3 = await setupV3();
  v3.server.routes.set(`GET /${ID}`, () => ({ status: 200, json: transaction }));
  v2 = await startV2Server({ mchid: MCHID, secret: SECRET });
});
afterAll(async () => {
  await v3.server.close();
  await v2.close();
});

const get = (wx: ReturnType<typeof v3.client>, signal?: AbortSignal) =>
  wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'defaults_0001', query: { mchid: MCHID }, signal });

test("a transformResponse pushed onto the v2 stack's defaults sees the verified answer, and what it returns is the data", async () => {
  const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: v2.url });
  const seen: unknown[] = [];
  const stack = getDriver(wx).select(XML_BASED);
  (stack.defaults.transformResponse as Array<(data: unknown) => unknown>).push((data) => {
    seen.push(data);
    return { ...(data as object), tagged: true };
  });
  const { data } = await wx.v2.pay.orderquery.post({ xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'DEFAULTS_1' } });
  expect(seen).toEqual([expect.objectContaining({ return_code: 'SUCCESS', out_trade_no: 'DEFAULTS_1' })]);
  expect(data).toEqual(expect.objectContaining({ return_code: 'SUCCESS', tagged: true }));
  expect(v2.checked.at(-1)?.signOk).toBe(true);
});

test('a default the user adds (onDownloadProgress) applies to every call of that stack, and only of that stack', async () => {
  const wx = v3.client();
  const loaded: number[] = [];
  getDriver(wx).select().defaults.onDownloadProgress = (event) => loaded.push(event.loaded);
  const { data } = await get(wx);
  expect(data).toEqual(transaction);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.at(-1)).toBe(Buffer.byteLength(JSON.stringify(transaction)));
  // Another client's stack is its own.
  const other = v3.client();
  loaded.length = 0;
  await get(other);
  expect(loaded).toEqual([]);
});

test("a stack left as made: the answer carries the config axios would have made, with the caller's signal", async () => {
  const wx = v3.client();
  const controller = new AbortController();
  const response = await get(wx, controller.signal);
  expect(response.data).toEqual(transaction);
  const { method, url, signal, maxRedirects, timeout, headers } = response.config;
  expect({ method, url, maxRedirects, timeout }).toEqual({
    method: 'get',
    url: new URL(`/${ID}?mchid=${MCHID}`, v3.server.url).href,
    maxRedirects: 0,
    timeout: 0,
  });
  expect(signal).toBe(controller.signal);
  expect(headers).toBeDefined();
});

test('an aborted signal ends a call on an untouched stack and on a changed one alike, before anything is sent', async () => {
  const changed = v3.client();
  getDriver(changed)
    .select()
    .interceptors.response.use((response) => response);
  for (const wx of [v3.client(), changed]) {
    const before = v3.server.checks.length;
    const controller = new AbortController();
    controller.abort();
    await expect(get(wx, controller.signal)).rejects.toMatchObject({ code: 'ERR_TRANSPORT', message: expect.stringMatching(/aborted/) });
    expect(v3.server.checks.length).toBe(before);
  }
});
