import { isIP } from 'node:net';
import type { Route } from '../chain/route';
import { placeholderName } from '../chain/segments';
import { ApiError, BusinessError, ConfigurationError, InvalidRequestError, ParseError, TransportError, VerificationError, isTransportError } from '../errors';
import type { PayitilReportTrade } from '../types';
import { wholeNumber } from '../util/limit';
import { describe, isPlainObject, isRecord } from '../util/object';
import { beijing } from '../util/time';
import type { CallEvent, CallObserver, CallOutcome } from './observe';

/**
 * 交易保障 (`v2/payitil/report`) done for the merchant: every finished call of a client becomes one
 * single-interface report, every micropay trade goes into a batch report, and both are sent in the
 * background, one report call at a time, from a bounded queue. A business call never waits for a
 * report and never sees one fail.
 * https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_8&index=9 (single interface)
 * https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_14&index=8 (micropay batch)
 */

/** What is reported: nothing, the calls that did not succeed, or every call. */
export const REPORT_LEVELS = ['off', 'errors', 'all'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/** How often queued reports are sent, by default: every 5 s (`report.flushMs`). */
export const DEFAULT_REPORT_FLUSH_MS = 5_000;
/** How many reports may wait, by default (`report.maxQueue`); past it the oldest is dropped and counted. */
export const DEFAULT_REPORT_MAX_QUEUE = 100;
/** The deadline of one report call: a slow report server holds up the next report, never a business call. */
export const REPORT_TIMEOUT_MS = 5_000;
/** The `interface_url` of a micropay batch report, as WeChat Pay's page names it. */
export const MICROPAY_BATCH_URL = 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total';

const FLUSH_RANGE = { name: '`report.flushMs`', min: 100, max: 10 * 60_000, unit: 'milliseconds' };
const QUEUE_RANGE = { name: '`report.maxQueue`', min: 1, max: 10_000, unit: 'reports' };
const REPORT_KEYS = ['level', 'userIp', 'deviceInfo', 'appid', 'flushMs', 'maxQueue', 'onError'] as const;

// Field lengths of WeChat Pay's report pages (definitions/report.yaml and the single-interface tables).
const MAX = { appid: 32, device_info: 32, interface_url: 127, user_ip: 16, return_msg: 128, err_code: 32, err_code_des: 128, out_trade_no: 32, trades: 1024 };

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

/** What a client's reporter has done, in reports (a batch of three trades counts three). */
export interface ReportStats {
  /** Accepted by WeChat Pay. */
  sent: number;
  /** Sent and refused, or not sent because the report call failed: told to `onError`, not retried. */
  failed: number;
  /** Pushed out of a full queue, oldest first. */
  dropped: number;
  /** Never queued because WeChat Pay could not take them (an `interface_url` over 127 characters): told to `onError`. */
  skipped: number;
  /** Still waiting. */
  queued: number;
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
  const deviceInfo = value.deviceInfo === undefined ? undefined : text(value.deviceInfo, 'deviceInfo', MAX.device_info);
  if (level === 'off') return undefined;
  const appid = text(value.appid, 'appid', MAX.appid);
  const userIp = text(value.userIp, 'userIp', MAX.user_ip);
  if (isIP(userIp) === 0)
    throw new ConfigurationError(
      `\`report.userIp\` must be the IP address of the machine that calls WeChat Pay, e.g. '8.8.8.8', got ${JSON.stringify(userIp)}`,
    );
  return { level: level as ReportSettings['level'], userIp, deviceInfo, appid, flushMs, maxQueue, onError: value.onError as ReportConfig['onError'] };
}

/** At most `max` characters (code points), as WeChat Pay counts them. */
function cut(value: string, max: number): string {
  const chars = [...value];
  return chars.length > max ? chars.slice(0, max).join('') : value;
}

const TRANSPORT_WORDS: Readonly<Record<string, string>> = {
  ETIMEDOUT: 'timed out: no complete answer within the deadline',
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name did not resolve (DNS)',
  EAI_AGAIN: 'the host name did not resolve (DNS, try again)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ERR_CANCELED: 'the caller aborted the call',
  ERR_ANSWER_TOO_LARGE: 'the answer was larger than maxContentLength',
};

/** `return_code` … `err_code_des` of a call's outcome, as WeChat Pay's report pages name them. */
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
 * `return_code` … `err_code_des` of a call that failed: WeChat's codes of a business or API error,
 * else `FAIL` with a clear `return_msg` and the failure's code (`ETIMEDOUT`, `BAD_SIGN`, …) as `err_code`.
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
  if (error instanceof ApiError) {
    const body = error.body;
    const message =
      isRecord(body) && typeof body.message === 'string' ? body.message : isRecord(body) && typeof body.return_msg === 'string' ? body.return_msg : undefined;
    return {
      return_code: 'FAIL',
      return_msg: `HTTP ${error.status}`,
      result_code: 'FAIL',
      err_code: error.apiCode ?? `HTTP_${error.status}`,
      err_code_des: message,
    };
  }
  if (error instanceof VerificationError) {
    return { return_code: 'FAIL', return_msg: `the answer failed verification (${error.reason})`, result_code: 'FAIL', err_code: error.reason };
  }
  if (error instanceof TransportError) {
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    const known = typeof code === 'string' ? TRANSPORT_WORDS[code] : undefined;
    const why = known ?? ((error.cause as Error | undefined)?.message || 'no usable answer');
    return { return_code: 'FAIL', return_msg: why, result_code: 'FAIL', err_code: typeof code === 'string' ? code : 'TRANSPORT_ERROR' };
  }
  if (error instanceof ParseError)
    return { return_code: 'FAIL', return_msg: 'the answer is not the XML or JSON it should be', result_code: 'FAIL', err_code: 'PARSE_ERROR' };
  return { return_code: 'FAIL', return_msg: error instanceof Error ? error.name : 'failed', result_code: 'FAIL' };
}

/** The value of placeholder `{name}` in the path sent, decoded: the segment where the template has it. */
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
  return found !== undefined && found !== '' && [...found].length <= MAX.out_trade_no ? found : undefined;
}

/** Only the fields that hold something: a report leaves the empty optional ones out. */
function present(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

/**
 * The single-interface report of one finished call, or undefined when it is not reported (it never
 * reached the transport, it is itself a report, or `level` is `'errors'` and it succeeded). Pure: the event and outcome in,
 * the fields out.
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
    return_msg: cut(result.return_msg || (result.return_code === 'SUCCESS' ? 'OK' : 'FAIL'), MAX.return_msg),
    result_code: cut(result.result_code ?? 'FAIL', 16),
    err_code: result.err_code === undefined ? undefined : cut(result.err_code, MAX.err_code),
    err_code_des: result.err_code_des === undefined ? undefined : cut(result.err_code_des, MAX.err_code_des),
    out_trade_no: outTradeNoOf(outcome),
    user_ip: settings.userIp,
    time: beijing.compact(new Date(event.startedAt)),
  });
}

/** The trade, or one with a shorter `err_msg`, whose JSON alone in a batch fits `trades`' 1024 characters. */
function fitted(trade: PayitilReportTrade): PayitilReportTrade | undefined {
  const chars = [...(trade.err_msg ?? '')];
  // Bounded by the message: one character less per round.
  for (let keep = chars.length; keep >= 0; keep -= 1) {
    const candidate = keep === chars.length ? trade : { ...trade, err_msg: chars.slice(0, keep).join('') };
    if ([...JSON.stringify([candidate])].length <= MAX.trades) return candidate;
  }
  return undefined;
}

type Item = { kind: 'single'; fields: Record<string, string> } | { kind: 'trade'; trade: PayitilReportTrade };

/** Sends one report's fields (`v2/payitil/report`, never observed itself: no report of a report). */
export type SendReport = (xml: Record<string, string>, timeout: number) => Promise<unknown>;

/**
 * One client's 交易保障 reporter: an observer of its calls, a bounded queue, a timer that is
 * `unref`'d (a queue never keeps the process alive) and one report call at a time.
 *
 * @example
 * const reporter = new Reporter(settings, mchid, (xml, timeout) => client.send(['v2', 'payitil', 'report'], 'post', { xml, timeout }, { unobserved: true }));
 * client.observe(reporter.observer);
 */
export class Reporter {
  readonly #settings: ReportSettings;
  readonly #mchid: string;
  readonly #send: SendReport;
  readonly #queue: Item[] = [];
  readonly #counts = { sent: 0, failed: 0, dropped: 0, skipped: 0 };
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;

  constructor(settings: ReportSettings, mchid: string, send: SendReport) {
    this.#settings = settings;
    this.#mchid = mchid;
    this.#send = send;
  }

  /** The level reports are made at. */
  get level(): ReportSettings['level'] {
    return this.#settings.level;
  }

  /** What the client's observers list gets: each finished call becomes a report, queued, never awaited. */
  readonly observer: CallObserver = {
    finished: (event, outcome) => {
      try {
        const fields = singleReport(event, outcome, this.#settings, this.#mchid);
        if (fields === undefined) return;
        if ([...(fields.interface_url ?? '')].length > MAX.interface_url) {
          this.#counts.skipped += 1;
          this.#tell(new InvalidRequestError(`Not reported: interface_url has more than ${MAX.interface_url} characters, which WeChat Pay refuses`), fields);
          return;
        }
        this.#enqueue({ kind: 'single', fields });
      } catch (error) {
        this.#tell(error, {});
      }
    },
  };

  /** Queue one micropay trade for the batch report (`'errors'`: only a trade that did not end OK). */
  trade(trade: PayitilReportTrade): void {
    if (this.#settings.level === 'errors' && trade.state === 'OK') return;
    const fit = fitted(trade);
    if (!fit) {
      this.#counts.skipped += 1;
      this.#tell(new InvalidRequestError(`Not reported: the trade ${trade.out_trade_no} does not fit the ${MAX.trades} characters of \`trades\``), {});
      return;
    }
    this.#enqueue({ kind: 'trade', trade: fit });
  }

  /** The counts so far. */
  stats(): ReportStats {
    return { ...this.#counts, queued: this.#queue.length };
  }

  /**
   * Send what is queued now and resolve when done (after a sending under way, if any). A report
   * server that cannot be reached ends the sending: what is left stays queued, in `queued`.
   */
  async flush(): Promise<ReportStats> {
    if (this.#draining) await this.#draining;
    // Joins a sending another flush started meanwhile, or starts one over what is left.
    if (this.#queue.length > 0) await this.#drainNow();
    // A sending that took the rest off the queue before this one looked: it is done when that is.
    if (this.#draining) await this.#draining;
    return this.stats();
  }

  #enqueue(item: Item): void {
    this.#queue.push(item);
    if (this.#queue.length > this.#settings.maxQueue) {
      this.#queue.shift();
      this.#counts.dropped += 1;
    }
    if (this.#queue.length >= this.#settings.maxQueue) void this.#drainNow();
    else this.#arm();
  }

  /** The timer of the next sending, when none is armed or under way; unref'd. */
  #arm(): void {
    if (this.#timer !== undefined || this.#draining !== undefined || this.#queue.length === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#drainNow();
    }, this.#settings.flushMs);
    this.#timer.unref();
  }

  /** Start a sending unless one is under way; it never rejects. */
  #drainNow(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
      this.#arm();
    });
    return this.#draining;
  }

  /** Send at most what is queued when it starts, one report call at a time. */
  async #drain(): Promise<void> {
    let budget = this.#queue.length;
    while (budget > 0 && this.#queue.length > 0) {
      const { xml, count } = this.#next();
      budget -= count;
      try {
        await this.#send(xml, REPORT_TIMEOUT_MS);
        this.#counts.sent += count;
      } catch (error) {
        this.#counts.failed += count;
        this.#tell(error, xml);
        // Unreachable: the rest waits for the next sending rather than failing one by one now.
        if (isTransportError(error)) return;
      }
    }
  }

  /** The next report off the head of the queue: one single-interface report, or a batch of the trades that fit. */
  #next(): { xml: Record<string, string>; count: number } {
    const head = this.#queue[0]!;
    if (head.kind === 'single') {
      this.#queue.shift();
      return { xml: head.fields, count: 1 };
    }
    const trades: PayitilReportTrade[] = [];
    for (let item = this.#queue[0]; item?.kind === 'trade'; item = this.#queue[0]) {
      if (trades.length > 0 && [...JSON.stringify([...trades, item.trade])].length > MAX.trades) break;
      trades.push(item.trade);
      this.#queue.shift();
    }
    const { appid, deviceInfo, userIp } = this.#settings;
    const xml = present({
      appid,
      mch_id: this.#mchid,
      device_info: deviceInfo,
      interface_url: MICROPAY_BATCH_URL,
      user_ip: userIp,
      trades: JSON.stringify(trades),
    });
    return { xml, count: trades.length };
  }

  /** A report that failed goes to `onError`; without one, or when it throws, a process warning. */
  #tell(error: unknown, report: ReportFields): void {
    const warn = (what: unknown) =>
      process.emitWarning(`a wechatpay-ts 交易保障 report was not sent: ${what instanceof Error ? what.message : String(what)}`, { code: 'WECHATPAY_REPORT' });
    if (!this.#settings.onError) return warn(error);
    try {
      this.#settings.onError(error, { ...report });
    } catch (thrown) {
      warn(thrown);
    }
  }
}
