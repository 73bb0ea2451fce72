import type { AxiosResponse } from 'axios';
import {
  ApiError,
  BusinessError,
  MICROPAY_BATCH_URL,
  ParseError,
  TransportError,
  VerificationError,
  VerificationReason,
  type PayitilReportTrade,
} from '../../src';
import { buildRoute } from '../../src/chain/route';
import type { CallEvent, CallOutcome } from '../../src/client/observe';
import { batchReport, failureFields, singleReport } from '../../src/client/report';
import { fitted, tradesFit } from '../../src/client/report/records';
import type { ReportSettings } from '../../src/client/report';
import { planCall } from '../../src/pipeline/plan';
import { CallState } from '../../src/pipeline/state';

import { MCHID } from '../helpers/seed';

const PLAN_DEFAULTS = { timeout: 30_000, maxContentLength: undefined, maxRedirects: 0, signal: undefined, undici: true, merchantCertificate: false };

// The 交易保障 fields of a call, built with no network: the event and outcome in, the fields out.

const SETTINGS: ReportSettings = {
  level: 'all',
  userIp: '8.8.8.8',
  deviceInfo: 'POS-1',
  appid: 'wx8888888888888888',
  flushMs: 5_000,
  maxQueue: 100,
  onError: undefined,
};
const STARTED = Date.UTC(2024, 0, 1, 0, 0, 0);

function call(segments: string[], options: Record<string, unknown>, sent = true) {
  const route = buildRoute(segments, 'post', options);
  const state = new CallState(route, planCall(route, PLAN_DEFAULTS), false);
  const event: CallEvent = {
    method: route.method,
    template: route.template,
    url: `https://api.mch.weixin.qq.com${route.path}`,
    pipeline: route.pipeline,
    startedAt: STARTED,
    durationMs: sent ? 83.4 : undefined,
    status: 200,
    requestId: undefined,
  };
  return { state, event };
}

const answered = (state: CallState, status: number, data: unknown): CallOutcome => ({ state, response: { status, data } as AxiosResponse });
const failed = (state: CallState, error: unknown): CallOutcome => ({ state, error });

describe('the single-interface report of one call', () => {
  test('a call that succeeded: its URL, its time in ms, SUCCESS, its out_trade_no from the path, the time in Beijing', () => {
    const { state, event } = call(['v3', 'pay', 'transactions', 'out-trade-no', '{out_trade_no}'], { out_trade_no: 'T%2F1 2', json: { mchid: MCHID } });
    expect(singleReport(event, answered(state, 200, { trade_state: 'SUCCESS' }), SETTINGS, MCHID)).toEqual({
      appid: SETTINGS.appid,
      mch_id: MCHID,
      device_info: 'POS-1',
      interface_url: event.url,
      execute_time_: '83',
      return_code: 'SUCCESS',
      return_msg: 'OK',
      result_code: 'SUCCESS',
      out_trade_no: 'T%2F1 2',
      user_ip: '8.8.8.8',
      time: '20240101080000',
    });
  });

  test("the out_trade_no of an APIv2 call's fields, and a v3 202 reported with WeChat's open code", () => {
    const v2 = call(['v2', 'pay', 'orderquery'], { xml: { appid: SETTINGS.appid, mch_id: MCHID, out_trade_no: 'V2-1' } });
    expect(singleReport(v2.event, answered(v2.state, 200, { return_msg: 'done' }), SETTINGS, MCHID)).toMatchObject({
      out_trade_no: 'V2-1',
      return_msg: 'done',
    });
    const v3 = call(['v3', 'pay', 'transactions', 'codepay'], { json: { out_trade_no: 'V3-1' } });
    expect(singleReport(v3.event, answered(v3.state, 202, { code: 'USERPAYING', message: '用户支付中' }), SETTINGS, MCHID)).toMatchObject({
      out_trade_no: 'V3-1',
      return_code: 'SUCCESS',
      result_code: 'FAIL',
      err_code: 'USERPAYING',
      err_code_des: '用户支付中',
    });
  });

  test('not reported: a call that never reached the transport, a report call itself, a success at level errors', () => {
    const unsent = call(['v3', 'pay', 'transactions', 'native'], { json: {} }, false);
    expect(singleReport(unsent.event, failed(unsent.state, new TransportError('x', undefined)), SETTINGS, MCHID)).toBeUndefined();
    const report = call(['v2', 'payitil', 'report'], { xml: { a: '1' } });
    expect(singleReport(report.event, failed(report.state, new ParseError('x')), SETTINGS, MCHID)).toBeUndefined();
    const ok = call(['v3', 'pay', 'transactions', 'native'], { json: {} });
    expect(singleReport(ok.event, answered(ok.state, 200, {}), { ...SETTINGS, level: 'errors' }, MCHID)).toBeUndefined();
    expect(singleReport(ok.event, answered(ok.state, 200, {}), SETTINGS, MCHID)).toMatchObject({ return_code: 'SUCCESS' });
  });

  test("a failure's fields are cut to WeChat Pay's lengths, in characters", () => {
    const { state, event } = call(['v3', 'pay', 'transactions', 'native'], { json: { out_trade_no: 'x'.repeat(33) } });
    const error = new ApiError({ status: 400, apiCode: 'PARAM_ERROR', body: { code: 'PARAM_ERROR', message: '参'.repeat(200) } });
    const fields = singleReport(event, failed(state, error), SETTINGS, MCHID)!;
    expect([...fields.err_code_des!]).toHaveLength(128);
    // A 33-character out_trade_no could not have been a real order: left out.
    expect(fields.out_trade_no).toBeUndefined();
  });
});

describe('the codes a failure is reported with', () => {
  test.each([
    [
      'a timeout',
      new TransportError('t', Object.assign(new Error('late'), { code: 'ETIMEDOUT' })),
      'ETIMEDOUT',
      'timed out: no complete answer within the deadline',
    ],
    ['a reset', new TransportError('t', Object.assign(new Error('reset'), { code: 'ECONNRESET' })), 'ECONNRESET', 'the connection was reset'],
    ['a transport failure without a code', new TransportError('t', new Error('odd')), 'TRANSPORT_ERROR', 'odd'],
    ['an ApiError without a WeChat code', new ApiError({ status: 502 }), 'HTTP_502', 'HTTP 502'],
    ['a VerificationError', new VerificationError(VerificationReason.BAD_SIGN, 'no'), 'BAD_SIGN', 'the answer failed verification (BAD_SIGN)'],
    ['a ParseError', new ParseError('not XML'), 'PARSE_ERROR', 'the answer is not the XML or JSON it should be'],
  ])('%s', (_what, error, code, message) => {
    expect(failureFields(error)).toMatchObject({ return_code: 'FAIL', result_code: 'FAIL', err_code: code, return_msg: message });
  });

  test("a BusinessError keeps WeChat's own codes", () => {
    const error = new BusinessError({ return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'ORDERNOTEXIST', err_code_des: '订单不存在' }, true);
    expect(failureFields(error)).toEqual({
      return_code: 'SUCCESS',
      return_msg: '',
      result_code: 'FAIL',
      err_code: 'ORDERNOTEXIST',
      err_code_des: '订单不存在',
    });
  });
});

describe('the micropay batch report', () => {
  const trade = (n: number, err_msg?: string): PayitilReportTrade => ({
    out_trade_no: `T${n}`,
    begin_time: '20240101080000',
    end_time: '20240101080001',
    state: 'FAIL',
    ...(err_msg === undefined ? {} : { err_msg }),
  });

  test('its fields: the batch URL and the trades as JSON, without an empty device_info', () => {
    const trades = [trade(1), trade(2, '超时')];
    expect(batchReport(trades, { ...SETTINGS, deviceInfo: undefined }, MCHID)).toEqual({
      appid: SETTINGS.appid,
      mch_id: MCHID,
      interface_url: MICROPAY_BATCH_URL,
      user_ip: '8.8.8.8',
      trades: JSON.stringify(trades),
    });
  });

  test("a trade's err_msg is shortened until it fits the 1024 characters of trades; batches stop where the next would not fit", () => {
    const long = fitted(trade(1, '错'.repeat(2_000)))!;
    expect(tradesFit([long])).toBe(true);
    expect([...JSON.stringify([{ ...long, err_msg: `${long.err_msg}错` }])].length).toBe(1025);
    expect(tradesFit([long, trade(2)])).toBe(false);
    expect(fitted(trade(3))).toEqual(trade(3));
    expect(fitted({ ...trade(4), out_trade_no: 'x'.repeat(1_100) })).toBeUndefined();
  });
});
