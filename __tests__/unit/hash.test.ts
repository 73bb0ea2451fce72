import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/shared';
import { ConfigurationError, Formatter, Hash, SIGN_TYPES } from '../../src';

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
    expect(Hash.equals('', '')).toBe(true);
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

  test('same character count but different byte length is unequal without throwing', () => {
    expect(() => Hash.equals('é', 'e')).not.toThrow();
    expect(Hash.equals('é', 'e')).toBe(false);
  });
});
