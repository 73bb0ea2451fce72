import type { Route } from '../../chain/route';
import { placeholderName } from '../../chain/segments';
import { ApiError, BusinessError, FailureCode, ParseError, TRANSPORT_FAILURES, TransportError, VerificationError, httpFailureCode } from '../../errors';
import type { PayitilReportTrade } from '../../types';
import { isRecord } from '../../util/object';
import { BeijingTime } from '../../util/time';
import type { CallEvent, CallOutcome } from '../observe';
import { FIELD_MAX, type ReportSettings } from './settings';

// 交易保障 report fields, built purely from a call: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_8&index=9
// and https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_14&index=8 (micropay batch).

/** The `interface_url` of a micropay batch report, as WeChat Pay's page names it. */
export const MICROPAY_BATCH_URL = 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total';

/** Code points, as WeChat Pay counts them. */
function cut(value: string, max: number): string {
  const chars = [...value];
  return chars.length > max ? chars.slice(0, max).join('') : value;
}

function resultOf(outcome: CallOutcome): Record<string, string | undefined> {
  const { response, error } = outcome;
  if (!('error' in outcome)) {
    const data = response?.data;
    // A v3 202 carries WeChat's code of a result still open (a code payment's USERPAYING).
    if (response?.status === 202 && isRecord(data) && typeof data.code === 'string') {
      return {
        return_code: 'SUCCESS',
        return_msg: 'OK',
        result_code: 'FAIL',
        err_code: data.code,
        err_code_des: typeof data.message === 'string' ? data.message : undefined,
      };
    }
    const msg = isRecord(data) && typeof data.return_msg === 'string' && data.return_msg !== '' ? data.return_msg : 'OK';
    return { return_code: 'SUCCESS', return_msg: msg, result_code: 'SUCCESS' };
  }
  return failureFields(error);
}

/**
 * WeChat's codes of a business or API error, else `FAIL` with the failure's code (`ETIMEDOUT`, `BAD_SIGN`).
 *
 * @example failureFields(timeoutError) // { return_code: 'FAIL', return_msg: 'timed out: …', result_code: 'FAIL', err_code: 'ETIMEDOUT' }
 */
export function failureFields(error: unknown): Record<string, string | undefined> {
  if (error instanceof BusinessError) {
    return {
      return_code: error.returnCode ?? 'FAIL',
      return_msg: error.returnMsg ?? '',
      result_code: error.resultCode ?? 'FAIL',
      err_code: error.errCode,
      err_code_des: error.errCodeDes,
    };
  }
  if (error instanceof ApiError) return apiErrorFields(error);
  if (error instanceof VerificationError) {
    return { return_code: 'FAIL', return_msg: `the answer failed verification (${error.reason})`, result_code: 'FAIL', err_code: error.reason };
  }
  if (error instanceof TransportError) return transportFields(error);
  if (error instanceof ParseError)
    return { return_code: 'FAIL', return_msg: 'the answer is not the XML or JSON it should be', result_code: 'FAIL', err_code: FailureCode.PARSE };
  return { return_code: 'FAIL', return_msg: error instanceof Error ? error.name : 'failed', result_code: 'FAIL' };
}

function apiErrorFields(error: ApiError): Record<string, string | undefined> {
  const body = error.body;
  const message =
    isRecord(body) && typeof body.message === 'string' ? body.message : isRecord(body) && typeof body.return_msg === 'string' ? body.return_msg : undefined;
  return {
    return_code: 'FAIL',
    return_msg: `HTTP ${error.status}`,
    result_code: 'FAIL',
    err_code: error.apiCode ?? httpFailureCode(error.status),
    err_code_des: message,
  };
}

function transportFields(error: TransportError): Record<string, string | undefined> {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  const known = typeof code === 'string' ? TRANSPORT_FAILURES[code] : undefined;
  const why = known ?? ((error.cause as Error | undefined)?.message || 'no usable answer');
  return { return_code: 'FAIL', return_msg: why, result_code: 'FAIL', err_code: typeof code === 'string' ? code : FailureCode.TRANSPORT };
}

function placeholderOf(route: Route, name: string): string | undefined {
  const template = route.template.split('/').slice(route.pipeline === 'v2' ? 1 : 0);
  const index = template.findIndex((segment) => placeholderName(segment) === name);
  const segment = index < 0 ? undefined : route.path.split('/')[index + 1];
  try {
    return segment === undefined ? undefined : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The `out_trade_no` a call names, in its path, its APIv2 fields, its JSON body or its query. */
function outTradeNoOf(outcome: CallOutcome): string | undefined {
  const { route } = outcome.state;
  const json = route.options.json;
  const query = route.options.query?.out_trade_no;
  const found =
    placeholderOf(route, 'out_trade_no') ??
    (route.body.kind === 'v2-fields' ? route.body.fields.out_trade_no : undefined) ??
    (isRecord(json) && typeof json.out_trade_no === 'string' ? json.out_trade_no : undefined) ??
    (typeof query === 'string' ? query : undefined);
  // WeChat Pay's out_trade_no is at most 32 characters: a longer one could not have been a real order.
  return found !== undefined && found !== '' && [...found].length <= FIELD_MAX.out_trade_no ? found : undefined;
}

function present(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

/**
 * The single-interface report of one finished call; undefined for one never sent, a report, or a success at `'errors'`.
 *
 * @example singleReport(event, outcome, settings, '1900000109') // { interface_url, execute_time_: '83', return_code: 'SUCCESS', … }
 */
export function singleReport(event: CallEvent, outcome: CallOutcome, settings: ReportSettings, mchid: string): Record<string, string> | undefined {
  const { route } = outcome.state;
  // Never a report of a report: the reporter's own calls are not observed, and a merchant's own report call is not reported either.
  if (event.durationMs === undefined || (route.pipeline === 'v2' && route.path === '/payitil/report')) return undefined;
  const result = resultOf(outcome);
  if (settings.level === 'errors' && result.return_code === 'SUCCESS' && result.result_code === 'SUCCESS') return undefined;
  return present({
    appid: settings.appid,
    mch_id: mchid,
    device_info: settings.deviceInfo,
    interface_url: event.url,
    execute_time_: String(Math.max(0, Math.round(event.durationMs))),
    return_code: cut(result.return_code ?? 'FAIL', 16),
    return_msg: cut(result.return_msg || (result.return_code === 'SUCCESS' ? 'OK' : 'FAIL'), FIELD_MAX.return_msg),
    result_code: cut(result.result_code ?? 'FAIL', 16),
    err_code: result.err_code === undefined ? undefined : cut(result.err_code, FIELD_MAX.err_code),
    err_code_des: result.err_code_des === undefined ? undefined : cut(result.err_code_des, FIELD_MAX.err_code_des),
    out_trade_no: outTradeNoOf(outcome),
    user_ip: settings.userIp,
    time: BeijingTime.compact(new Date(event.startedAt)),
  });
}

/**
 * Whether these trades, written as a batch report's `trades` JSON, fit its 1024 characters.
 *
 * @example tradesFit([trade]) // true for any trade with a short err_msg
 */
export function tradesFit(trades: readonly PayitilReportTrade[]): boolean {
  return [...JSON.stringify(trades)].length <= FIELD_MAX.trades;
}

/**
 * The trade, its `err_msg` shortened until it fits a batch alone; undefined when nothing does.
 *
 * @example fitted({ ...trade, err_msg: 'x'.repeat(2000) })!.err_msg!.length < 1024
 */
export function fitted(trade: PayitilReportTrade): PayitilReportTrade | undefined {
  const chars = [...(trade.err_msg ?? '')];
  // Bounded by the message: one character less per round.
  for (let keep = chars.length; keep >= 0; keep -= 1) {
    const candidate = keep === chars.length ? trade : { ...trade, err_msg: chars.slice(0, keep).join('') };
    if (tradesFit([candidate])) return candidate;
  }
  return undefined;
}

/**
 * The micropay batch report of these trades (which `tradesFit`).
 *
 * @example batchReport([trade], settings, '1900000109') // { appid, mch_id, interface_url: MICROPAY_BATCH_URL, user_ip, trades: '[{…}]' }
 */
export function batchReport(trades: readonly PayitilReportTrade[], settings: ReportSettings, mchid: string): Record<string, string> {
  const { appid, deviceInfo, userIp } = settings;
  return present({
    appid,
    mch_id: mchid,
    device_info: deviceInfo,
    interface_url: MICROPAY_BATCH_URL,
    user_ip: userIp,
    trades: JSON.stringify(trades),
  });
}
