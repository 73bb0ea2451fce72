import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigurationError, InvalidRequestError } from '../errors';

export const ALGO_MD5 = 'MD5';
export const ALGO_HMAC_SHA256 = 'HMAC-SHA256';
/** The APIv2 `sign_type` values WeChat Pay accepts. */
export const SIGN_TYPES = [ALGO_MD5, ALGO_HMAC_SHA256] as const;
export type SignType = (typeof SIGN_TYPES)[number];

export function isSignType(value: unknown): value is SignType {
  return value === ALGO_MD5 || value === ALGO_HMAC_SHA256;
}

// PHP's `hash_hmac_algos()` names this SDK accepts (the MD5, SHA-1, SHA-2 and SHA-3 families), with node's names.
const HMAC_ALGORITHMS = new Map([
  ['md5', 'md5'],
  ['sha1', 'sha1'],
  ['sha224', 'sha224'],
  ['sha256', 'sha256'],
  ['sha384', 'sha384'],
  ['sha512', 'sha512'],
  ['sha512/224', 'sha512-224'],
  ['sha512/256', 'sha512-256'],
  ['sha3-224', 'sha3-224'],
  ['sha3-256', 'sha3-256'],
  ['sha3-384', 'sha3-384'],
  ['sha3-512', 'sha3-512'],
]);

function hmacAlgorithm(algorithm: unknown): string {
  const name = typeof algorithm === 'string' ? HMAC_ALGORITHMS.get(algorithm.toLowerCase()) : undefined;
  if (name !== undefined) return name;
  const got = typeof algorithm === 'string' ? JSON.stringify(algorithm) : typeof algorithm;
  throw new InvalidRequestError(`Hash.hmac: algorithm ${got} is not supported; use one of ${[...HMAC_ALGORITHMS.keys()].join(', ')} (PHP's names)`);
}

/** A sign made or checked with an empty key proves nothing: anyone can compute it. */
function checkKey(key: unknown, where: string): string {
  if (typeof key === 'string' && key !== '') return key;
  throw new ConfigurationError(
    `${where}: the key is ${key === '' ? 'empty' : `missing (got ${key === null ? 'null' : typeof key})`}; a sign made or checked with an empty key proves nothing, since anyone can compute it: pass the APIv2 key`,
  );
}

/** PHP's truthiness of `$agency`: false, 0, '' and '0' are false. */
function isAgency(agency: boolean | number | string): boolean {
  return Boolean(agency) && agency !== '0';
}

/**
 * APIv2 hashing, named as in PHP's `WeChatPay\Crypto\Hash`.
 *
 * @example Hash.sign('MD5', 'appid=wx…&mch_id=…', secret) // upper-case hex
 */
export const Hash = {
  ALGO_MD5,
  ALGO_HMAC_SHA256,

  /**
   * Lower-case hex MD5 of `thing`, with `&key=<key>` appended when a key is given; with `agency`
   * (WeCom's key: `true` or the AgentId) `&secret=<key>` instead. No key: the plain MD5.
   * @example Hash.md5('appid=wx…', weComSecret, true) // md5('appid=wx…&secret=<weComSecret>')
   */
  md5(thing: string, key = '', agency: boolean | number | string = false): string {
    const hash = createHash('md5').update(thing, 'utf8');
    if (key) hash.update(`${isAgency(agency) ? '&secret=' : '&key='}${key}`, 'utf8');
    return hash.digest('hex');
  },

  /**
   * Lower-case hex HMAC of `thing` + `&key=<key>`, keyed with `key`, with `algorithm` (PHP's name,
   * `sha256` by default; `sha1`, `md5`, `sha384`, `sha512`, … as PHP's `hash_hmac_algos()` has them).
   * An empty key or another algorithm is refused, as PHP refuses them.
   * @example Hash.hmac('appid=wx…', secret, 'sha512')
   */
  hmac(thing: string, key: string, algorithm = 'sha256'): string {
    const secret = checkKey(key, 'Hash.hmac');
    return createHmac(hmacAlgorithm(algorithm), secret).update(`${thing}&key=${secret}`, 'utf8').digest('hex');
  },

  /**
   * The APIv2 `sign`: upper-case hex MD5 or HMAC-SHA256 of `data&key=<key>`. Throws a
   * `ConfigurationError` for any `type` other than `MD5` and `HMAC-SHA256` (PHP returns null) and
   * for an empty or missing key (PHP signs with it: a forged answer "signed" so would verify).
   * @example Hash.sign('HMAC-SHA256', Formatter.queryStringLike(Formatter.ksort(fields)), secret)
   */
  sign(type: string, data: string, key: string): string {
    if (!isSignType(type)) throw new ConfigurationError(`Unknown sign_type ${JSON.stringify(type)}: expected ${SIGN_TYPES.join(' or ')}`);
    const secret = checkKey(key, 'Hash.sign');
    return (type === ALGO_MD5 ? Hash.md5(data, secret) : Hash.hmac(data, secret)).toUpperCase();
  },

  /**
   * Constant-time string comparison, as PHP's `hash_equals`: strings of different lengths are simply
   * unequal, two empty strings equal; anything that is not a string (null, undefined) is unequal to
   * everything, never a throw. Verifying a sign never rests on this for an empty one: `verifyFields`
   * refuses an empty `sign` first, and a computed sign is never empty.
   * @example Hash.equals(expectedSign, dictionary.sign)
   */
  equals(known: string | null | undefined, user: string | null | undefined): boolean {
    if (typeof known !== 'string' || typeof user !== 'string') return false;
    const a = Buffer.from(known, 'utf8');
    const b = Buffer.from(user, 'utf8');
    return a.length === b.length && timingSafeEqual(a, b);
  },
};
