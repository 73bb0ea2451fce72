import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigurationError } from '../errors';

export const ALGO_MD5 = 'MD5';
export const ALGO_HMAC_SHA256 = 'HMAC-SHA256';
/** The APIv2 `sign_type` values WeChat Pay accepts. */
export const SIGN_TYPES = [ALGO_MD5, ALGO_HMAC_SHA256] as const;
export type SignType = (typeof SIGN_TYPES)[number];

export function isSignType(value: unknown): value is SignType {
  return value === ALGO_MD5 || value === ALGO_HMAC_SHA256;
}

/**
 * APIv2 hashing, named as in PHP's `WeChatPay\Crypto\Hash`.
 *
 * @example Hash.sign('MD5', 'appid=wx…&mch_id=…', secret) // upper-case hex
 */
export const Hash = {
  ALGO_MD5,
  ALGO_HMAC_SHA256,

  /** Lower-case hex MD5 of `thing`, with `&key=<key>` appended when a key is given. */
  md5(thing: string, key = ''): string {
    const hash = createHash('md5').update(thing, 'utf8');
    if (key) hash.update(`&key=${key}`, 'utf8');
    return hash.digest('hex');
  },

  /** Lower-case hex HMAC-SHA256 of `thing` + `&key=<key>`, keyed with `key`. */
  hmac(thing: string, key: string): string {
    return createHmac('sha256', key).update(`${thing}&key=${key}`, 'utf8').digest('hex');
  },

  /**
   * The APIv2 `sign`: upper-case hex MD5 or HMAC-SHA256 of `data&key=<key>`.
   * Throws for any `type` other than `MD5` and `HMAC-SHA256` (PHP returns null).
   */
  sign(type: string, data: string, key: string): string {
    if (type === ALGO_MD5) return Hash.md5(data, key).toUpperCase();
    if (type === ALGO_HMAC_SHA256) return Hash.hmac(data, key).toUpperCase();
    throw new ConfigurationError(`Unknown sign_type ${JSON.stringify(type)}: expected ${SIGN_TYPES.join(' or ')}`);
  },

  /** Constant-time string comparison; strings of different lengths are simply unequal. */
  equals(known: string, user: string): boolean {
    const a = Buffer.from(known, 'utf8');
    const b = Buffer.from(user, 'utf8');
    return a.length === b.length && timingSafeEqual(a, b);
  },
};
