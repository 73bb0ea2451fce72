/**
 * The few lines the simulator keeps although the SDK has their like inside: each says why it is
 * not a public export. Everything else, times included (`BeijingTime`), comes from `wechatpay-ts`.
 */
import { ConfigurationError, Formatter, Hash } from 'wechatpay-ts';

/**
 * An object that is not an array (a parsed JSON object, say): its fields can be read by name.
 * Kept: a three-line type guard is no part of a payment SDK's API.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The APIv2 `sign` of `fields` (`sign` itself left out by Formatter.ksort's caller).
 * Kept: it is the composition of public `Hash` and `Formatter` that `Hash.sign`'s own example shows.
 *
 * @example signFields('MD5', { appid: 'wx…', nonce_str: '…' }, secret) // upper-case hex
 */
export function signFields(type: string, fields: Record<string, unknown>, secret: string): string {
  return Hash.sign(type, Formatter.queryStringLike(Formatter.ksort(fields)), secret);
}

/**
 * Does `fields.sign` match? 64 hex characters: HMAC-SHA256, else MD5; an empty `sign` never matches.
 * Kept: the SDK checks a merchant's incoming `sign` only as `verifyV2Notification`, which throws.
 */
export function verifyFields(fields: Record<string, unknown>, secret: string): boolean {
  const given = fields.sign;
  if (typeof given !== 'string' || given === '') return false;
  const type = given.length === 64 ? Hash.ALGO_HMAC_SHA256 : Hash.ALGO_MD5;
  return Hash.equals(signFields(type, fields, secret), given.toUpperCase());
}

/** The APIv3 key's length: 32 bytes (AES-256-GCM). */
const APIV3_KEY_LENGTH = 32;

/**
 * The APIv3 key as bytes, refused with a message naming `where` unless it is 32 bytes: the SDK's
 * message word for word. Kept: the SDK runs this check inside `Builder.factory`, `AesGcm` and
 * `verifyNotification`, so a merchant never calls it alone, and it names the SDK's callers, not
 * the simulator's option (`startSimulator: apiv3Key`, `--apiv3-key`).
 */
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

/**
 * WeChat Pay's signature probe: an answer signed with this prefix must be refused by the SDK.
 * Kept: a string from WeChat's documentation, not SDK code; a merchant never writes one.
 */
export const PROBE_PREFIX = 'WECHATPAY/SIGNTEST/';
