import type { Fields } from './xml';

/** One report as the simulator stored it. */
export interface StoredReport {
  form: 'batch' | 'single';
  receivedAt: Date;
  fields: Fields;
  trades?: Array<Record<string, string>>;
}

// Limits and enums from the WeChat Pay OpenAPI description (definitions/report.yaml).
const MAX_LENGTH: Record<string, number> = {
  appid: 32,
  mch_id: 32,
  device_info: 32,
  nonce_str: 32,
  sign: 64,
  interface_url: 127,
  user_ip: 16,
  trades: 1024,
};
const TRADE_FIELDS = ['out_trade_no', 'begin_time', 'end_time', 'state'] as const;
const TRADE_STATES = ['OK', 'FAIL', 'CANCLE'];
const TIME = /^\d{14}$/;

/**
 * Validate a `payitil/report` request (either form) and return the report to store, or the
 * `return_msg` WeChat Pay would answer with.
 */
export function validateReport(fields: Fields): StoredReport | string {
  for (const key of ['appid', 'mch_id', 'nonce_str', 'sign', 'interface_url', 'user_ip']) {
    if (!fields[key]) return `${key}参数缺失 (missing ${key})`;
  }
  for (const [key, max] of Object.entries(MAX_LENGTH)) {
    const value = fields[key];
    if (value !== undefined && [...value].length > max) return `${key}超过最大长度${max} (too long)`;
  }
  if (fields.trades === undefined) {
    for (const key of ['execute_time_', 'return_code', 'result_code']) {
      if (!fields[key]) return `${key}参数缺失 (single-interface report needs ${key})`;
    }
    if (!/^\d+$/.test(fields.execute_time_ ?? '')) return 'execute_time_必须为毫秒数 (milliseconds)';
    if (fields.time !== undefined && !TIME.test(fields.time)) return 'time格式错误 (yyyyMMddHHmmss)';
    return { form: 'single', receivedAt: new Date(), fields };
  }
  let trades: unknown;
  try {
    trades = JSON.parse(fields.trades);
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
  return { form: 'batch', receivedAt: new Date(), fields, trades: trades as Array<Record<string, string>> };
}
