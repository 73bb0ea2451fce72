import { isIP } from 'node:net';
import { ConfigurationError } from '../../errors';
import { wholeNumber } from '../../util/limit';
import { describe, isPlainObject } from '../../util/object';

/** What is reported: nothing, the calls that did not succeed, or every call. */
export const REPORT_LEVELS = ['off', 'errors', 'all'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/** How often queued reports are sent, by default: every 5 s (`report.flushMs`). */
export const DEFAULT_REPORT_FLUSH_MS = 5_000;
/** How many reports may wait, by default (`report.maxQueue`); past it the oldest is dropped and counted. */
export const DEFAULT_REPORT_MAX_QUEUE = 100;
/** The deadline of one report call: a slow report server holds up the next report, never a business call. */
export const REPORT_TIMEOUT_MS = 5_000;

const FLUSH_RANGE = { name: '`report.flushMs`', min: 100, max: 10 * 60_000, unit: 'milliseconds' };
const QUEUE_RANGE = { name: '`report.maxQueue`', min: 1, max: 10_000, unit: 'reports' };
const REPORT_KEYS = ['level', 'userIp', 'deviceInfo', 'appid', 'flushMs', 'maxQueue', 'onError'] as const;

/** Field lengths of WeChat Pay's report pages (definitions/report.yaml and the single-interface tables), in characters. */
export const FIELD_MAX = {
  appid: 32,
  device_info: 32,
  interface_url: 127,
  user_ip: 16,
  return_msg: 128,
  err_code: 32,
  err_code_des: 128,
  out_trade_no: 32,
  trades: 1024,
} as const;

/** A report's fields as they are signed and sent (the SDK adds `nonce_str` and `sign`). */
export type ReportFields = Readonly<Record<string, string>>;

/**
 * `Builder.factory({ report })`: turn 交易保障 on.
 *
 * @example report: { level: 'errors', appid: 'wx8888888888888888', userIp: '8.8.8.8', onError: (e) => log.warn(e) }
 */
export interface ReportConfig {
  /** `'off'` (the default), `'errors'` (calls that did not succeed), `'all'`. */
  level?: ReportLevel;
  /** `user_ip` (访问接口IP): the IPv4 address of the machine that calls WeChat Pay. Needed unless `level` is `'off'`. */
  userIp?: string;
  /** `device_info` (设备号), at most 32 characters. */
  deviceInfo?: string;
  /** `appid` (公众账号ID) the reports are made under. Needed unless `level` is `'off'`. */
  appid?: string;
  /** Milliseconds between two sendings of the queue (default `DEFAULT_REPORT_FLUSH_MS`, 100 to 600,000). */
  flushMs?: number;
  /** Reports that may wait (default `DEFAULT_REPORT_MAX_QUEUE`, 1 to 10,000): a full queue is sent at once, and past it the oldest is dropped. */
  maxQueue?: number;
  /** Told of each report that could not be sent (never retried), with its fields; without it, a process warning. */
  onError?: (error: unknown, report: ReportFields) => void;
}

/** `report`, checked: only for a level other than `'off'`. */
export interface ReportSettings {
  level: Exclude<ReportLevel, 'off'>;
  userIp: string;
  deviceInfo: string | undefined;
  appid: string;
  flushMs: number;
  maxQueue: number;
  onError: ReportConfig['onError'];
}

function text(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string' || value === '') throw new ConfigurationError(`\`report.${name}\` must be a non-empty string, got ${describe(value)}`);
  if ([...value].length > max) throw new ConfigurationError(`\`report.${name}\` has ${[...value].length} characters; WeChat Pay takes at most ${max}`);
  return value;
}

/**
 * `Builder.factory`'s `report`, checked by name; undefined when reporting is off. Reports are
 * APIv2 calls, signed with the APIv2 key: a client without `secret` cannot send them.
 *
 * @example reportSettingsOf({ level: 'all', appid, userIp: '8.8.8.8' }, secret)
 */
export function reportSettingsOf(value: unknown, secret: string | undefined): ReportSettings | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) throw new ConfigurationError(`\`report\` must be an object { level, appid, userIp, … }, got ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!(REPORT_KEYS as readonly string[]).includes(key))
      throw new ConfigurationError(`\`report.${key}\` is not a report option: expected ${REPORT_KEYS.join(', ')}`);
  }
  const level = value.level ?? 'off';
  if (!(REPORT_LEVELS as readonly unknown[]).includes(level)) {
    throw new ConfigurationError(`\`report.level\` must be one of ${REPORT_LEVELS.map((l) => `'${l}'`).join(', ')}, got ${describe(level)}`);
  }
  if (secret === undefined) {
    throw new ConfigurationError(
      '`report` needs `secret`, the APIv2 key: 交易保障 reports are APIv2 calls (v2/payitil/report), signed with it. Pass secret, or leave `report` out',
    );
  }
  const flushMs = wholeNumber(value.flushMs, FLUSH_RANGE, DEFAULT_REPORT_FLUSH_MS);
  const maxQueue = wholeNumber(value.maxQueue, QUEUE_RANGE, DEFAULT_REPORT_MAX_QUEUE);
  if (value.onError !== undefined && typeof value.onError !== 'function')
    throw new ConfigurationError(`\`report.onError\` must be a function, got ${describe(value.onError)}`);
  const deviceInfo = value.deviceInfo === undefined ? undefined : text(value.deviceInfo, 'deviceInfo', FIELD_MAX.device_info);
  if (level === 'off') return undefined;
  const appid = text(value.appid, 'appid', FIELD_MAX.appid);
  const userIp = text(value.userIp, 'userIp', FIELD_MAX.user_ip);
  if (isIP(userIp) === 0)
    throw new ConfigurationError(
      `\`report.userIp\` must be the IP address of the machine that calls WeChat Pay, e.g. '8.8.8.8', got ${JSON.stringify(userIp)}`,
    );
  return { level: level as ReportSettings['level'], userIp, deviceInfo, appid, flushMs, maxQueue, onError: value.onError as ReportConfig['onError'] };
}
