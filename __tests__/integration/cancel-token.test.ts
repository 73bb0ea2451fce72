import axios from 'axios';
import { getDriver, isTransportError } from '../../src';
import { MCHID } from '../helpers/seed';
import { useV3 } from '../helpers/v3-client';

// axios' legacy `cancelToken` as a call option: it ends a call as its `signal` would, on a stack
// left as made and on one with an interceptor alike, and a token kept for many calls holds no
// listener of a call that has ended.
const v3 = useV3();
const ID = 'v3/pay/transactions/out-trade-no/cancel_0001';
const transaction = { mchid: MCHID, out_trade_no: 'cancel_0001', trade_state: 'SUCCESS' };

beforeAll(() => {
  v3.server.routes.set(`GET /${ID}`, () => ({ status: 200, json: transaction }));
  // Answers in pieces over about two seconds: time for a cancel to land mid-answer.
  v3.server.routes.set('GET /v3/pay/transactions/out-trade-no/slow_0001', () => ({ status: 200, json: transaction, trickle: { parts: 4, delayMs: 500 } }));
});

const get = (wx: ReturnType<typeof v3.client>, no: string, cancelToken: unknown) =>
  wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid: MCHID }, cancelToken } as never);

test.each([
  ['a stack left as made', false],
  ['a stack with an interceptor', true],
])('on %s: a cancelled token ends a call under way with a TransportError, and one cancelled before sends nothing', async (_, intercepted) => {
  const wx = v3.client();
  if (intercepted)
    getDriver(wx)
      .select()
      .interceptors.response.use((response) => response);
  const source = axios.CancelToken.source();
  const started = Date.now();
  const pending = get(wx, 'slow_0001', source.token);
  setTimeout(() => source.cancel('the cashier gave up'), 300);
  const error = await pending.catch((caught: unknown) => caught);
  expect(isTransportError(error) && /aborted/.test((error as Error).message)).toBe(true);
  expect(Date.now() - started).toBeLessThan(1500);

  const before = v3.server.checks.length;
  await expect(get(wx, 'cancel_0001', source.token)).rejects.toMatchObject({ code: 'ERR_TRANSPORT' });
  expect(v3.server.checks.length).toBe(before);
});

test('a token kept for many calls: each call lets go of its listener when it ends', async () => {
  const wx = v3.client();
  const { token } = axios.CancelToken.source();
  const subscribe = jest.spyOn(token, 'subscribe');
  const unsubscribe = jest.spyOn(token, 'unsubscribe');
  for (let i = 0; i < 3; i += 1) expect((await get(wx, 'cancel_0001', token)).data).toEqual(transaction);
  expect(subscribe).toHaveBeenCalledTimes(3);
  expect(unsubscribe.mock.calls.map(([listener]) => listener)).toEqual(subscribe.mock.calls.map(([listener]) => listener));
});
