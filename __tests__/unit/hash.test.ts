import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/shared';
import { ConfigurationError, Formatter, Hash, InvalidRequestError, SIGN_TYPES } from '../../src';

const vectors = JSON.parse(readFileSync(join(FIXTURES, 'vectors.json'), 'utf8')) as {
  v2Sign: { params: Record<string, string>; secret: string; stringA: string; MD5: string; 'HMAC-SHA256': string };
};

describe('Hash.sign', () => {
  const { params, secret, stringA } = vectors.v2Sign;

  test('official MD5 vector', () => {
    expect(Hash.sign('MD5', stringA, secret)).toBe(vectors.v2Sign.MD5);
    expect(Hash.sign(Hash.ALGO_MD5, Formatter.queryStringLike(Formatter.ksort(params)), secret)).toBe(vectors.v2Sign.MD5);
  });

  test('official HMAC-SHA256 vector', () => {
    expect(Hash.sign('HMAC-SHA256', stringA, secret)).toBe(vectors.v2Sign['HMAC-SHA256']);
    expect(Hash.sign(Hash.ALGO_HMAC_SHA256, Formatter.queryStringLike(Formatter.ksort(params)), secret)).toBe(vectors.v2Sign['HMAC-SHA256']);
  });

  test('matches an independent computation over UTF-8 text', () => {
    const data = 'body=中文测试&total_fee=1';
    const key = 'k'.repeat(32);
    expect(Hash.sign('MD5', data, key)).toBe(createHash('md5').update(`${data}&key=${key}`, 'utf8').digest('hex').toUpperCase());
    expect(Hash.sign('HMAC-SHA256', data, key)).toBe(createHmac('sha256', key).update(`${data}&key=${key}`, 'utf8').digest('hex').toUpperCase());
  });

  test('output is upper-case hex of the right length', () => {
    expect(Hash.sign('MD5', 'a=1', 'k')).toMatch(/^[0-9A-F]{32}$/);
    expect(Hash.sign('HMAC-SHA256', 'a=1', 'k')).toMatch(/^[0-9A-F]{64}$/);
  });

  test.each(['md5', 'SHA256', 'HMAC_SHA256', '', 'RSA'])('unknown type %j throws a ConfigurationError', (type) => {
    expect(() => Hash.sign(type, 'a=1', 'k')).toThrow(ConfigurationError);
    expect(() => Hash.sign(type, 'a=1', 'k')).toThrow(/sign_type/);
  });

  test('the secret never appears in the error for an unknown type', () => {
    try {
      Hash.sign('nope', 'a=1', 'SUPERSECRETKEY');
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('SUPERSECRETKEY');
      return;
    }
    throw new Error('expected a throw');
  });

  test('SIGN_TYPES lists exactly the two accepted types', () => {
    expect([...SIGN_TYPES]).toEqual(['MD5', 'HMAC-SHA256']);
  });
});

describe('Hash.md5 and Hash.hmac (lower-case hex, PHP names)', () => {
  test('md5 without key is the plain digest, with key appends &key=', () => {
    expect(Hash.md5('abc')).toBe(createHash('md5').update('abc').digest('hex'));
    expect(Hash.md5('abc', 'K')).toBe(createHash('md5').update('abc&key=K').digest('hex'));
  });

  test('hmac appends &key= and is keyed with the key', () => {
    expect(Hash.hmac('abc', 'K')).toBe(createHmac('sha256', 'K').update('abc&key=K').digest('hex'));
  });
});

describe('Hash.equals', () => {
  test('equal strings', () => {
    expect(Hash.equals(vectors.v2Sign.MD5, vectors.v2Sign.MD5)).toBe(true);
    expect(Hash.equals('中文', '中文')).toBe(true);
  });

  test('unequal strings of the same length', () => {
    expect(Hash.equals('ABCDEF', 'ABCDEE')).toBe(false);
    expect(Hash.equals(vectors.v2Sign.MD5, vectors.v2Sign.MD5.toLowerCase())).toBe(false);
  });

  test('different lengths are unequal without throwing', () => {
    expect(() => Hash.equals('ABC', 'ABCD')).not.toThrow();
    expect(Hash.equals('ABC', 'ABCD')).toBe(false);
    expect(Hash.equals('ABCD', 'ABC')).toBe(false);
    expect(Hash.equals('', 'A')).toBe(false);
  });

  test("two empty strings are equal, as PHP's hash_equals('', '') and wechatpay-axios-plugin say", () => {
    expect(Hash.equals('', '')).toBe(true);
  });

  test('same character count but different byte length is unequal without throwing', () => {
    expect(() => Hash.equals('é', 'e')).not.toThrow();
    expect(Hash.equals('é', 'e')).toBe(false);
  });
});

describe('Hash.hmac(thing, key, algorithm = "sha256") honours the algorithm, as PHP', () => {
  // PHP 1.4.12's Hash::hmac('appid=wx&mch_id=10000100', 'K3y', $algorithm) for each algorithm (php 8.2).
  test.each([
    ['md5', '0b6aa191057df99ba921620766809d97'],
    ['sha1', '45dc9ee16e3eab6890d2579f901c7dfcb64f282e'],
    ['sha224', 'ee0d5098c46bd5fc3c5f971b358e0cb64f42a11f66fdbb3e5e4ad42a'],
    ['sha256', '3b521796435920d6e9d9cf0fcb60f631e2b7c0be333ad7873d132d4730f28b57'],
    ['sha384', '54b8554aabda06ee8d1f5084f5dc6ae7683c598f41cee320fce046f2886f50e420c869298f0fe236c2e81815565223f2'],
    ['sha512', '98cb811bd610e0894c9c1ead6f7487bea9c7a0909ec9ecceb0f84663ea67a74b8d998851d8c826ab26830427d25c914f502e3e37c1904042b989b36035afc49c'],
    ['sha512/224', '02ad9c9199df81de26ff11f9f7ea6e95239798647a42b399e8fe4db1'],
    ['sha512/256', '82c9de6ea0228dad7a0819a02a6460475e98f8ec752cbce9f1b0d8803c0a7b34'],
    ['sha3-224', 'fb68e90f569ce08072a0288d065df148c53808f95b7bfa6f3a1c7fa3'],
    ['sha3-256', '4966d38698d91aee4fae53fe4edc783dfc9e02d4e2cc497483795d7d551bff2f'],
    ['sha3-384', '870c44bdfbc95112948102c1d43de34c7d20facc527ed42e6143880772e193d8d0d342c53b556db3e58d0c68dee9f1f7'],
    ['sha3-512', '6fdaa0c30a3779e26c4f963146c3fb059b64fd6866818d4a01a85ab5bc6ac25970a9b4598fbd7f7c6f236d0c026f8b02aa8be7de3e995ae751a670078e3ad28e'],
  ])('%s', (algorithm, php) => {
    expect(Hash.hmac('appid=wx&mch_id=10000100', 'K3y', algorithm)).toBe(php);
  });

  test('sha256 is the default; names are read case-insensitively, as PHP does', () => {
    expect(Hash.hmac('appid=wx&mch_id=10000100', 'K3y')).toBe('3b521796435920d6e9d9cf0fcb60f631e2b7c0be333ad7873d132d4730f28b57');
    // PHP 1.4.12's Hash::hmac('a', 'k', 'SHA256').
    expect(Hash.hmac('a', 'k', 'SHA256')).toBe('50a2fc454f5acd994b75ed566222b5d027616c1d177f185a0eb3c5a401e3ae94');
  });

  test.each(['nope', 'crc32b', 'sha512-256', 'HMAC-SHA256', '', 'constructor'])('algorithm %j is refused by name', (algorithm) => {
    expect(() => Hash.hmac('a', 'k', algorithm)).toThrow(InvalidRequestError);
    expect(() => Hash.hmac('a', 'k', algorithm)).toThrow(
      `Hash.hmac: algorithm ${JSON.stringify(algorithm)} is not supported; use one of md5, sha1, sha224, sha256,`,
    );
  });

  test('an empty key is refused, as PHP refuses it (hash_init: the key cannot be empty)', () => {
    expect(() => Hash.hmac('a', '')).toThrow(ConfigurationError);
    expect(() => Hash.hmac('a', '')).toThrow(/Hash.hmac: the key is empty/);
  });
});

describe('Hash.md5(thing, key, agency): WeCom keys sign with &secret=', () => {
  // PHP 1.4.12's Hash::md5('appid=wx', 'S3cret', $agency) and md5('appid=wx').
  const AGENCY = '534dfc4d00da609aa097c0d6ff7851f2';
  const KEY = '80895d89ad9da3ff95abef648c672ae0';
  const PLAIN = '4e5f781fda2d6e2b6092d01c20cfdffe';

  test('agency true or an AgentId appends &secret=', () => {
    expect(Hash.md5('appid=wx', 'S3cret', true)).toBe(AGENCY);
    expect(Hash.md5('appid=wx', 'S3cret', 1000002)).toBe(AGENCY);
    expect(Hash.md5('appid=wx', 'S3cret', '1000002')).toBe(AGENCY);
    expect(AGENCY).toBe(createHash('md5').update('appid=wx&secret=S3cret').digest('hex'));
  });

  test("agency false, 0, '' or '0' (PHP's false values) appends &key=", () => {
    for (const agency of [false, 0, '', '0']) expect(Hash.md5('appid=wx', 'S3cret', agency)).toBe(KEY);
    expect(Hash.md5('appid=wx', 'S3cret')).toBe(KEY);
  });

  test('no key is the plain MD5, agency or not', () => {
    expect(Hash.md5('appid=wx', '', true)).toBe(PLAIN);
    expect(Hash.md5('appid=wx')).toBe(PLAIN);
  });
});

describe('Hash.sign refuses an empty or missing key', () => {
  test.each([
    ['empty', ''],
    ['undefined', undefined],
    ['null', null],
  ])('%s key: a ConfigurationError, for both types', (_label, key) => {
    for (const type of SIGN_TYPES) {
      expect(() => Hash.sign(type, 'a=1', key as string)).toThrow(ConfigurationError);
      expect(() => Hash.sign(type, 'a=1', key as string)).toThrow(/Hash.sign: the key is (empty|missing).*proves nothing/);
    }
  });
});

describe('Hash.equals never throws on missing values', () => {
  test.each([
    ['null user', 'ABC', null],
    ['undefined user', 'ABC', undefined],
    ['null known', null, 'ABC'],
    ['both undefined', undefined, undefined],
    ['empty user', 'ABC', ''],
    ['null user, empty known', '', null],
    ['undefined user, empty known', '', undefined],
    ['empty user, null known', null, ''],
    ['a number', 'ABC', 123],
  ])('%s: false', (_label, known, user) => {
    expect(() => Hash.equals(known as string, user as string)).not.toThrow();
    expect(Hash.equals(known as string, user as string)).toBe(false);
  });
});
