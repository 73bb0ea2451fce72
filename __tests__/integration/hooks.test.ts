import { inspect } from 'node:util';
import { Builder, isApiError, isConfigurationError, type CallEvent } from '../../src';
import { MCHID } from '../helpers/seed';
import { parseAuthorization } from '../helpers/v3-server';
import { useV3 } from '../helpers/v3-client';

// Hooks on every call: what a logger or a metrics counter needs, never a secret; a hook that
// throws never changes the call.
const v3 = useV3();
beforeAll(() => v3.server.routes.set('GET /v3/pay/transactions/out-trade-no/T1', () => ({ status: 200, json: { trade_state: 'SUCCESS' } })));

function recorder() {
  const seen: Array<[string, CallEvent, unknown?]> = [];
  const hooks = {
    onRequest: (event: CallEvent) => void seen.push(['request', event]),
    onResponse: (event: CallEvent) => void seen.push(['response', event]),
    onError: (event: CallEvent, error: unknown) => void seen.push(['error', event, error]),
  };
  return { seen, hooks };
}

test('onRequest then onResponse: method, template, URL without query, status, Request-ID, duration', async () => {
  const { seen, hooks } = recorder();
  const wx = v3.client({ hooks });
  const response = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid: MCHID } });
  expect(seen.map(([phase]) => phase)).toEqual(['request', 'response']);
  const [, done] = seen[1]!;
  expect(done).toMatchObject({
    method: 'GET',
    template: 'v3/pay/transactions/out-trade-no/{out_trade_no}',
    url: `${v3.server.url}v3/pay/transactions/out-trade-no/T1`,
    pipeline: 'v3',
    status: 200,
    requestId: response.headers['request-id'],
  });
  expect(done.durationMs).toBeGreaterThanOrEqual(0);
  expect(seen[0]![1].status).toBeUndefined();
});

test('onError hears a rejected call with its status and Request-ID; nothing the call sent secretly is in the event', async () => {
  const { seen, hooks } = recorder();
  const wx = v3.client({ hooks });
  const error = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOPE', query: { mchid: MCHID } }).catch((e: unknown) => e);
  expect(isApiError(error)).toBe(true);
  const [phase, event, heard] = seen[1]!;
  expect(phase).toBe('error');
  expect(heard).toBe(error);
  expect(event).toMatchObject({ status: 404, template: 'v3/pay/transactions/out-trade-no/{out_trade_no}' });
  const { signature } = parseAuthorization(v3.server.checks[0]!.request.headers.authorization)!;
  for (const [, seenEvent] of seen) expect(inspect(seenEvent, { depth: Infinity })).not.toContain(signature!);
});

test('a hook that throws is a warning, never a change to the call', async () => {
  const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  try {
    const wx = v3.client({
      hooks: {
        onRequest: () => {
          throw new Error('logger down');
        },
        onResponse: () => {
          throw new Error('metrics down');
        },
      },
    });
    const response = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid: MCHID } });
    expect(response.data).toEqual({ trade_state: 'SUCCESS' });
    const warned = warn.mock.calls.map(([text]) => String(text));
    expect(warned.filter((text) => /call hook threw; the call went on: (logger|metrics) down/.test(text))).toHaveLength(2);
  } finally {
    warn.mockRestore();
  }
});

test('hooks are checked at build time by name', () => {
  for (const [hooks, message] of [
    [{ onRequset: () => undefined }, /`hooks.onRequset` is not a hook: expected onRequest, onResponse, onError/],
    [{ onError: 'log' }, /`hooks.onError` must be a function/],
    ['nope', /`hooks` must be an object/],
  ] as const) {
    let caught: unknown;
    try {
      Builder.factory({ mchid: MCHID, hooks: hooks as never });
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  }
});
