import { canonical } from '../orders';
import type { Fields } from './xml';

/**
 * The first problem with an APIv2 request's fields, as WeChat Pay's `return_msg`, or undefined.
 * `required` must be present and non-empty; `limits` caps lengths (in characters).
 *
 * @example fieldProblem(fields, ['appid', 'body'], { body: 128 })
 */
export function fieldProblem(fields: Fields, required: readonly string[], limits: Record<string, number> = {}): string | undefined {
  for (const key of required) if (!fields[key]) return `缺少参数${key} (missing ${key})`;
  for (const [key, max] of Object.entries(limits)) {
    const value = fields[key];
    if (value !== undefined && [...value].length > max) return `${key}超过最大长度${max} (longer than ${max})`;
  }
  if (fields.out_trade_no !== undefined && !/^[A-Za-z0-9_\-|*@]{1,32}$/.test(fields.out_trade_no))
    return 'out_trade_no格式错误 (1 to 32 letters, digits, _-|*@)';
  for (const key of ['total_fee', 'refund_fee']) {
    if (fields[key] !== undefined && !/^[1-9]\d{0,11}$/.test(fields[key]!)) return `${key}必须为正整数，单位为分 (a positive whole number of fen)`;
  }
  if (fields.notify_url !== undefined && !isHttpUrl(fields.notify_url)) return 'notify_url必须为http(s)地址 (an absolute http or https URL)';
  return undefined;
}

/** An absolute http(s) URL: where a notification can be POSTed. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The request's content without what changes on every retry (nonce, sign), to tell a retry from a
 * different order under the same number.
 *
 * @example v2Fingerprint(fields) === v2Fingerprint({ ...fields, nonce_str: 'other' }) // true
 */
export function v2Fingerprint(fields: Fields): string {
  const { nonce_str: _nonce, sign: _sign, sign_type: _type, ...content } = fields;
  return canonical(content);
}
