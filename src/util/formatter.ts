import { randomFillSync } from 'node:crypto';
import { InvalidRequestError } from '../errors';

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// 62 * 4 = 248: bytes at or above it are dropped so every character is equally likely.
const UNBIASED_LIMIT = 248;

// Any surrogate, paired or not (not util/encode's lone-surrogate check): a key beyond U+FFFF sorts apart in UTF-8.
const SURROGATE = /[\uD800-\uDFFF]/;

/** UTF-8 byte order (PHP's SORT_STRING): UTF-16 order equals it except beyond U+FFFF. */
function byteOrder(a: string, b: string): number {
  if (SURROGATE.test(a) || SURROGATE.test(b)) return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Keys in byte order: a plain object lists array-index keys (`'9'`, `'10'`) first whatever the insertion order. */
const BYTE_ORDERED: ProxyHandler<Record<string, unknown>> = {
  ownKeys(target) {
    const keys = Reflect.ownKeys(target);
    const names = keys.filter((key): key is string => typeof key === 'string').sort(byteOrder);
    return [...names, ...keys.filter((key) => typeof key === 'symbol')];
  },
};

const ARRAY_INDEX = /^(?:0|[1-9][0-9]{0,9})$/;
function isArrayIndex(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * `Formatter.queryStringLike(Formatter.ksort(thing))` in one pass, without the sorted copy: the
 * APIv2 string to sign. Keys without surrogates sort by code unit, which is their byte order.
 *
 * @example sortedQueryString({ b: '2', a: '1', sign: 'X' }) // 'a=1&b=2'
 */
export function sortedQueryString(thing: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(thing);
  if (keys.some((key) => SURROGATE.test(key))) keys.sort(byteOrder);
  else keys.sort();
  let out = '';
  for (const key of keys) {
    const value = thing[key];
    if (key === 'sign' || value === null || value === undefined || value === '') continue;
    out += `${out === '' ? '' : '&'}${key}=${String(value)}`;
  }
  return out;
}

// Random bytes drawn 4 KiB at a time (one system call per ~120 nonces); each byte is used once.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;

function randomByte(): number {
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const byte = pool[poolAt]!;
  pool[poolAt] = 0;
  poolAt += 1;
  return byte;
}

/**
 * String builders for nonces, timestamps and the strings WeChat Pay signs, named as in PHP.
 *
 * @example Formatter.queryStringLike(Formatter.ksort({ b: '2', a: '1' })) // 'a=1&b=2'
 */
export const Formatter = {
  /**
   * `size` crypto-random alphanumerics (32 by default: APIv2 `nonce_str`, APIv3 nonce). A size
   * that is not a positive integer is refused, as PHP refuses it.
   * @example Formatter.nonce(16) // 'k3Zr0bQ9XyA1mN2p'
   */
  nonce(size = 32): string {
    if (!Number.isInteger(size) || size < 1) {
      throw new InvalidRequestError(`Formatter.nonce: size must be a positive integer, got ${typeof size === 'number' ? String(size) : typeof size}`);
    }
    let out = '';
    // Bounded: about 97% of bytes are kept, so `size` characters take about 1.03 × size draws.
    for (let draws = 0; out.length < size && draws < size * 64; draws += 1) {
      const byte = randomByte();
      if (byte < UNBIASED_LIMIT) out += ALPHANUMERIC[byte % 62];
    }
    return out;
  },

  /** Unix time in whole seconds. */
  timestamp(): number {
    return Math.floor(Date.now() / 1000);
  },

  /**
   * A copy of `thing` whose keys enumerate in byte order (PHP's `ksort` with SORT_STRING):
   * `REMARK` < `RE_OPENID` < `re_openid` < `remark`, and `'10'` < `'9'` < `'a'`. A plain object
   * cannot hold the second order (it lists array-index keys first), so a copy with such keys is a
   * Proxy that sorts its keys whenever they are listed (`Object.keys`, `Object.entries`, `for…in`,
   * `JSON.stringify`); any other copy is a plain object, which enumerates faster.
   * @example Object.keys(Formatter.ksort({ '9': 'b', a: 'c', '10': 'a' })) // ['10', '9', 'a']
   */
  ksort<T extends Record<string, unknown>>(thing: T): T {
    const keys = Object.keys(thing).sort(byteOrder);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      // defineProperty for `__proto__`: assigning it would set the prototype instead.
      if (key === '__proto__') Object.defineProperty(out, key, { value: thing[key], enumerable: true, writable: true, configurable: true });
      else out[key] = thing[key];
    }
    return (keys.some(isArrayIndex) ? new Proxy(out, BYTE_ORDERED) : out) as T;
  },

  /**
   * `k=v&k2=v2` in the given key order, skipping `sign` and values that are null, undefined or ''
   * (`0` is kept); values are raw UTF-8, never URL-encoded. The APIv2 string to sign.
   */
  queryStringLike(thing: Record<string, unknown>): string {
    const pairs: string[] = [];
    for (const [key, value] of Object.entries(thing)) {
      if (key === 'sign' || value === null || value === undefined || value === '') continue;
      pairs.push(`${key}=${String(value)}`);
    }
    return pairs.join('&');
  },

  /** The APIv3 `Authorization` header value, in PHP's argument and field order. */
  authorization(mchid: string, nonce: string, signature: string, timestamp: string | number, serial: string): string {
    return `WECHATPAY2-SHA256-RSA2048 mchid="${mchid}",serial_no="${serial}",timestamp="${timestamp}",nonce_str="${nonce}",signature="${signature}"`;
  },

  /** The APIv3 request string to sign: `METHOD\nURI\nTIMESTAMP\nNONCE\nBODY\n`. */
  request(method: string, uri: string, timestamp: string | number, nonce: string, body = ''): string {
    return Formatter.joinedByLineFeed(method, uri, timestamp, nonce, body);
  },

  /** The APIv3 response (and notification) string to verify: `TIMESTAMP\nNONCE\nBODY\n`. */
  response(timestamp: string | number, nonce: string, body = ''): string {
    return Formatter.joinedByLineFeed(timestamp, nonce, body);
  },

  /** Every piece followed by `\n`, the last one too. */
  joinedByLineFeed(...pieces: Array<string | number>): string {
    return pieces.length ? `${pieces.join('\n')}\n` : '';
  },
};
