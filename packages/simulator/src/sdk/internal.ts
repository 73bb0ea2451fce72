/**
 * The simulator's own copies of a few small SDK internals that `wechatpay-ts` does not export (and
 * need not: a merchant never calls them). Everything else comes from `wechatpay-ts`'s public API.
 */
import { ConfigurationError, Formatter, Hash } from 'wechatpay-ts';

/** China Standard Time, UTC+8: WeChat Pay writes every time in it. */
const OFFSET = 8 * 3_600_000;

function parts(date: Date): string[] {
  const shifted = new Date(date.getTime() + OFFSET);
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  return [
    pad(shifted.getUTCFullYear(), 4),
    pad(shifted.getUTCMonth() + 1),
    pad(shifted.getUTCDate()),
    pad(shifted.getUTCHours()),
    pad(shifted.getUTCMinutes()),
    pad(shifted.getUTCSeconds()),
  ];
}

/**
 * Times as WeChat Pay writes them, in UTC+8.
 *
 * @example
 * beijing.rfc3339(new Date(0))  // '1970-01-01T08:00:00+08:00' (APIv3)
 * beijing.compact(new Date(0))  // '19700101080000' (APIv2 time_end)
 * beijing.bill(new Date(0))     // '1970-01-01 08:00:00' (bills)
 * beijing.day(new Date(0))      // '1970-01-01' (bill_date)
 */
export const beijing = {
  rfc3339(date: Date): string {
    const [y, mo, d, h, mi, s] = parts(date);
    return `${y}-${mo}-${d}T${h}:${mi}:${s}+08:00`;
  },
  compact(date: Date): string {
    return parts(date).join('');
  },
  bill(date: Date): string {
    const [y, mo, d, h, mi, s] = parts(date);
    return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
  },
  day(date: Date): string {
    return parts(date).slice(0, 3).join('-');
  },
};

/** An object that is not an array (a parsed JSON object, say): its fields can be read by name. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The APIv2 `sign` of `fields` (`sign` itself left out by Formatter.ksort's caller): WeChat's rule,
 * from the SDK's public Hash and Formatter.
 *
 * @example signFields('MD5', { appid: 'wx…', nonce_str: '…' }, secret) // upper-case hex
 */
export function signFields(type: string, fields: Record<string, unknown>, secret: string): string {
  return Hash.sign(type, Formatter.queryStringLike(Formatter.ksort(fields)), secret);
}

/** Does `fields.sign` match? 64 hex characters: HMAC-SHA256, else MD5; an empty `sign` never matches. */
export function verifyFields(fields: Record<string, unknown>, secret: string): boolean {
  const given = fields.sign;
  if (typeof given !== 'string' || given === '') return false;
  const type = given.length === 64 ? Hash.ALGO_HMAC_SHA256 : Hash.ALGO_MD5;
  return Hash.equals(signFields(type, fields, secret), given.toUpperCase());
}

/** The APIv3 key's length: 32 bytes (AES-256-GCM). */
const APIV3_KEY_LENGTH = 32;

/** The APIv3 key as bytes, refused with a message naming `where` unless it is 32 bytes (the SDK's own check, word for word). */
export function apiv3KeyOf(value: unknown, where: string): Buffer {
  if (typeof value !== 'string' && !Buffer.isBuffer(value)) {
    throw new ConfigurationError(
      `${where}: the APIv3 key (API安全 > APIv3密钥) must be ${APIV3_KEY_LENGTH} bytes, as a string or Buffer; got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
    );
  }
  const bytes = Buffer.isBuffer(value) ? value : Buffer.from(value, 'utf8');
  if (bytes.length !== APIV3_KEY_LENGTH) {
    throw new ConfigurationError(
      `${where}: the APIv3 key (API安全 > APIv3密钥) must be ${APIV3_KEY_LENGTH} bytes; got ${bytes.length} bytes. Copy it again from the merchant platform (it is not the APIv2 key).`,
    );
  }
  return bytes;
}

/** WeChat Pay's signature probe: an answer signed with this prefix must be refused by the SDK. */
export const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/';
