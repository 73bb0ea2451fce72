import type { Fields } from './xml';

/** One report as the simulator stored it. */
export interface StoredReport {
  form: 'batch' | 'single';
  receivedAt: Date;
  fields: Fields;
  trades?: Array<Record<string, string>>;
}

// Limits and enums from the WeChat Pay OpenAPI description (definitions/report.yaml) and the
// single-interface tables of the 交易保障 pages (JSAPI, NATIVE, APP, H5).
const MAX_LENGTH: Record<string, number> = {
  appid: 32,
  mch_id: 32,
  device_info: 32,
  nonce_str: 32,
  sign: 64,
  interface_url: 127,
  user_ip: 16,
  trades: 1024,
  return_code: 16,
  return_msg: 128,
  result_code: 16,
  err_code: 32,
  err_code_des: 128,
  out_trade_no: 32,
};
const TRADE_FIELDS = ['out_trade_no', 'begin_time', 'end_time', 'state'] as const;
const TRADE_STATES = ['OK', 'FAIL', 'CANCLE'];
const CODES = ['SUCCESS', 'FAIL'];
const TIME = /^\d{14}$/;
/** The `interface_url` of the micropay batch form. */
export const BATCH_URL = 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total';

function isUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The single-interface form's own checks: how long the call took and what it answered. */
function singleProblem(fields: Fields): string | undefined {
  for (const key of ['execute_time_', 'return_code', 'result_code']) {
    if (!fields[key]) return `${key}参数缺失 (single-interface report needs ${key})`;
  }
  if (!/^\d+$/.test(fields.execute_time_ ?? '')) return 'execute_time_必须为毫秒数 (milliseconds)';
  for (const key of ['return_code', 'result_code']) {
    if (!CODES.includes(fields[key]!)) return `${key}必须为${CODES.join('|')}`;
  }
  if (!isUrl(fields.interface_url!)) return 'interface_url必须为接口的完整URL (the full URL of the API called)';
  if (fields.time !== undefined && !TIME.test(fields.time)) return 'time格式错误 (yyyyMMddHHmmss)';
  return undefined;
}

/**
 * Validate a `payitil/report` request (either form) and return the report to store, or the
 * `return_msg` WeChat Pay would answer with: the common fields, then the single-interface form
 * (`execute_time_` in milliseconds, `return_code`/`result_code` SUCCESS or FAIL, the full URL called,
 * `time`) or the batch form (its fixed `interface_url`, `trades` a non-empty JSON array of trades).
 *
 * @example validateReport(fields) // { form: 'single', receivedAt, fields } or '…参数缺失 (missing …)'
 */
export function validateReport(fields: Fields): StoredReport | string {
  for (const key of ['appid', 'mch_id', 'nonce_str', 'sign', 'interface_url', 'user_ip']) {
    if (!fields[key]) return `${key}参数缺失 (missing ${key})`;
  }
  for (const [key, max] of Object.entries(MAX_LENGTH)) {
    const value = fields[key];
    if (value !== undefined && [...value].length > max) return `${key}超过最大长度${max} (too long)`;
  }
  if (fields.trades === undefined) return singleProblem(fields) ?? { form: 'single', receivedAt: new Date(), fields };
  if (fields.execute_time_ !== undefined) return 'trades与execute_time_不能同时上报 (one report is one form: the batch or the single interface)';
  if (fields.interface_url !== BATCH_URL) return `批量上报的interface_url必须为${BATCH_URL}`;
  const trades = tradesOf(fields.trades);
  if (typeof trades === 'string') return trades;
  return { form: 'batch', receivedAt: new Date(), fields, trades };
}

/** The batch's trades, or what is wrong with them. */
function tradesOf(text: string): Array<Record<string, string>> | string {
  let trades: unknown;
  try {
    trades = JSON.parse(text);
  } catch {
    return 'trades必须为JSON数组 (not JSON)';
  }
  if (!Array.isArray(trades) || trades.length === 0) return 'trades必须为非空JSON数组 (not a non-empty array)';
  for (const [index, trade] of trades.entries()) {
    if (trade === null || typeof trade !== 'object') return `trades[${index}]必须为对象`;
    const record = trade as Record<string, unknown>;
    for (const key of TRADE_FIELDS) {
      if (typeof record[key] !== 'string' || record[key] === '') return `trades[${index}].${key}参数缺失`;
    }
    if (!TRADE_STATES.includes(record.state as string)) return `trades[${index}].state必须为${TRADE_STATES.join('|')}`;
    if (!TIME.test(record.begin_time as string) || !TIME.test(record.end_time as string)) return `trades[${index}]时间格式错误 (yyyyMMddHHmmss)`;
  }
  return trades as Array<Record<string, string>>;
}
