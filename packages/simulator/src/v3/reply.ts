import { randomBytes, type KeyObject } from 'node:crypto';
import type { FaultBoard } from '../faults';
import { header, type Incoming, type Reply } from '../http';
import type { Platform } from '../platform';
import { ids } from '../state';
import { Formatter, Rsa } from 'wechatpay-ts';
import { PROBE_PREFIX } from '../sdk/internal';

/** What an APIv3 handler answers, before it is written as bytes and signed. */
export interface V3Result {
  status: number;
  json?: unknown;
  /** Bytes sent as they are (a bill file). */
  raw?: Buffer;
  contentType?: string;
  /** The bill download: answered without a signature, by design. */
  unsigned?: boolean;
  /** A statement: the signature covers `{"sha1":"<this>"}`, sent in `Wechatpay-Statement-Sha1`. */
  statementSha1?: string;
}

/** `{code, message, detail?}` as WeChat Pay's APIv3 errors. */
export function v3Error(
  status: number,
  code: string,
  message: string,
  detail?: { field?: string; value?: unknown; issue?: string; location?: string },
): V3Result {
  return { status, json: detail ? { code, message, detail } : { code, message } };
}

/**
 * 400 PARAM_ERROR for a body that is not a JSON object; `shape` says what it should be.
 *
 * @example if (!isRecord(body)) return notAnObject('{ sp_mchid, sub_mchid }');
 */
export function notAnObject(shape = '(the body must be a JSON object)'): V3Result {
  return v3Error(400, 'PARAM_ERROR', `请求体必须为JSON对象 ${shape}`);
}

/** 400 PARAM_ERROR naming the field, as WeChat Pay's validation errors do. */
export function paramError(field: string, issue: string, value?: unknown): V3Result {
  return v3Error(400, 'PARAM_ERROR', `参数错误: ${field} ${issue}`, { field, ...(value === undefined ? {} : { value }), issue, location: 'body' });
}

/** Probes look like this on the wire: the prefix, then what would be a signature. */
const PROBE = PROBE_PREFIX;
const STALE_SECONDS = 600;

/**
 * The four `Wechatpay-*` headers over `TS\nNONCE\nBODY\n`, with the platform key. `faults` (absent
 * for notifications) may forge it, turn it into a probe or date it 10 minutes back.
 *
 * @example signWechatpay(body, platform.certificateSerial, platform.privateKey)['Wechatpay-Signature']
 */
export function signWechatpay(body: Buffer, serial: string, key: KeyObject, faults?: FaultBoard): Record<string, string> {
  const stale = faults?.take('stale');
  const forge = faults?.take('forge');
  const probe = faults?.take('probe');
  const timestamp = String(Formatter.timestamp() - (stale ? STALE_SECONDS : 0));
  const nonce = ids.nonce(32);
  // A forged answer is a genuine signature over other bytes: only checking it against the body catches it.
  const signed = forge ? Buffer.concat([body, Buffer.from(' ')]) : body;
  const signature = probe
    ? `${PROBE}${randomBytes(256).toString('base64')}`
    : Rsa.sign(Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), signed, Buffer.from('\n')]), key);
  return { 'Wechatpay-Nonce': nonce, 'Wechatpay-Signature': signature, 'Wechatpay-Timestamp': timestamp, 'Wechatpay-Serial': serial };
}

/**
 * The key id an answer is signed under: the public-key id when the request named one in
 * `Wechatpay-Serial` (public-key mode), else the platform certificate's serial.
 *
 * @example serialFor(incoming, platform) // 'PUB_KEY_ID_01…' or '5157F09E…'
 */
export function serialFor(incoming: Incoming, platform: Platform): string {
  return header(incoming, 'wechatpay-serial')?.startsWith('PUB_KEY_ID_') ? platform.publicKeyId : platform.certificateSerial;
}

/**
 * Write an APIv3 result as exact bytes, then sign those bytes (unless unsigned by design).
 * `Request-ID` goes on every answer.
 *
 * @example v3Reply({ status: 200, json: { code_url } }, incoming, platform, faults)
 */
export function v3Reply(result: V3Result, incoming: Incoming, platform: Platform, faults: FaultBoard): Reply {
  const body = result.raw ?? (result.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(result.json), 'utf8'));
  const headers: Record<string, string> = { 'Request-ID': ids.request() };
  if (body.length || result.contentType) headers['Content-Type'] = result.contentType ?? 'application/json; charset=utf-8';
  if (result.statementSha1 !== undefined) headers['Wechatpay-Statement-Sha1'] = result.statementSha1;
  if (!result.unsigned) {
    const serial = serialFor(incoming, platform);
    const signed = result.statementSha1 === undefined ? body : Buffer.from(JSON.stringify({ sha1: result.statementSha1 }), 'utf8');
    Object.assign(headers, signWechatpay(signed, serial, platform.privateKey, faults));
  }
  return { status: result.status, headers, body };
}
