import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/shared';
import { Formatter, Hash, InvalidRequestError } from '../../src';

interface Vectors {
  v2Sign: { params: Record<string, string>; secret: string; stringA: string; MD5: string; 'HMAC-SHA256': string };
  ksort: { keys: string[]; sorted: string[] };
  queryStringLike: { input: Record<string, string | null>; output: string };
  authorization: { args: [string, string, string, string, string]; header: string };
  v3StringToSign: { example: string };
}
const vectors = JSON.parse(readFileSync(join(FIXTURES, 'vectors.json'), 'utf8')) as Vectors;

describe('vectors.json', () => {
  test('v2Sign: ksort + queryStringLike give the official stringA', () => {
    expect(Formatter.queryStringLike(Formatter.ksort(vectors.v2Sign.params))).toBe(vectors.v2Sign.stringA);
  });

  test.each(['MD5', 'HMAC-SHA256'] as const)('v2Sign %s', (type) => {
    const { params, secret } = vectors.v2Sign;
    expect(Hash.sign(type, Formatter.queryStringLike(Formatter.ksort(params)), secret)).toBe(vectors.v2Sign[type]);
  });

  test('ksort: byte order, capitals < _ < lower case', () => {
    const input = Object.fromEntries(vectors.ksort.keys.map((key, i) => [key, String(i)]));
    expect(Object.keys(Formatter.ksort(input))).toEqual(vectors.ksort.sorted);
  });

  test('queryStringLike skips sign, null and empty string', () => {
    expect(Formatter.queryStringLike(vectors.queryStringLike.input)).toBe(vectors.queryStringLike.output);
  });

  test('authorization, positional in PHP order', () => {
    expect(Formatter.authorization(...vectors.authorization.args)).toBe(vectors.authorization.header);
  });

  test('v3StringToSign via Formatter.request', () => {
    expect(Formatter.request('GET', '/v3/certificates', '1554208460', '593BEC0C930BF1AFEB40B4A08C8FB242', '')).toBe(vectors.v3StringToSign.example);
    expect(Formatter.request('GET', '/v3/certificates', 1554208460, '593BEC0C930BF1AFEB40B4A08C8FB242')).toBe(vectors.v3StringToSign.example);
  });
});

describe('ksort', () => {
  test('returns a copy and keeps values', () => {
    const input = { b: '2', a: '1', A: '0' };
    const sorted = Formatter.ksort(input);
    expect(sorted).not.toBe(input);
    expect(Object.keys(input)).toEqual(['b', 'a', 'A']);
    expect(Object.entries(sorted)).toEqual([
      ['A', '0'],
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  test('compares bytes, not locale: "Z" < "a", "a" < "ab", "_" between', () => {
    expect(Object.keys(Formatter.ksort({ ab: 1, a: 1, Z: 1, _x: 1 }))).toEqual(['Z', '_x', 'a', 'ab']);
  });

  test('compares UTF-8 bytes, not UTF-16 code units, for non-ASCII keys', () => {
    // UTF-16 puts the emoji (D83D…) before U+FF21; UTF-8 puts it after (F0… > EF…), as PHP does.
    expect(Object.keys(Formatter.ksort({ '\u{1F600}': 1, '\uFF21': 1, 中: 1, z: 1 }))).toEqual(['z', '中', '\uFF21', '\u{1F600}']);
  });
});

describe('ksort: byte order even for integer-like keys (a plain object lists those first)', () => {
  const input = { a: 'c', '9': 'b', '10': 'a' };

  test("Object.keys, entries, for…in and JSON.stringify list '10' < '9' < 'a'", () => {
    const sorted = Formatter.ksort(input);
    expect(Object.keys(sorted)).toEqual(['10', '9', 'a']);
    expect(Object.entries(sorted)).toEqual([
      ['10', 'a'],
      ['9', 'b'],
      ['a', 'c'],
    ]);
    const listed: string[] = [];
    for (const key in sorted) listed.push(key);
    expect(listed).toEqual(['10', '9', 'a']);
    expect(JSON.stringify(sorted)).toBe('{"10":"a","9":"b","a":"c"}');
    expect(Object.keys(input)).toEqual(['9', '10', 'a']);
  });

  test('queryStringLike of it is the byte-ordered string PHP makes', () => {
    // PHP 1.4.12: Formatter::queryStringLike(Formatter::ksort(['a' => 'c', '9' => 'b', '10' => 'a'])) is '10=a&9=b&a=c'.
    expect(Formatter.queryStringLike(Formatter.ksort(input))).toBe('10=a&9=b&a=c');
    expect(Formatter.queryStringLike(Formatter.ksort({ '2': 'x', '100': 'y', '-1': 'z', B: 'w', '1a': 'v' }))).toBe('-1=z&100=y&1a=v&2=x&B=w');
  });

  test('keys added to a copy holding integer-like keys are listed in byte order too; values and lookups are plain', () => {
    const sorted = Formatter.ksort<Record<string, unknown>>({ b: '1', '7': 'z' });
    sorted['0'] = 'x';
    sorted.A = 'y';
    expect(Object.keys(sorted)).toEqual(['0', '7', 'A', 'b']);
    expect(sorted['0']).toBe('x');
    expect('b' in sorted).toBe(true);
    expect(sorted).toEqual({ b: '1', '7': 'z', '0': 'x', A: 'y' });
  });

  test('keys that are not array indices keep byte order as plain keys: 4294967295, -1, 01, 1.5', () => {
    expect(Object.keys(Formatter.ksort({ b: 1, '4294967295': 1, '-1': 1, '01': 1, '1.5': 1, a: 1 }))).toEqual(['-1', '01', '1.5', '4294967295', 'a', 'b']);
    expect(Object.keys(Formatter.ksort({ '4294967294': 1, '4294967295': 1, '5': 1 }))).toEqual(['4294967294', '4294967295', '5']);
  });

  test('a __proto__ key is copied as a key, never as the prototype', () => {
    const sorted = Formatter.ksort(JSON.parse('{"__proto__":"p","a":"1"}') as Record<string, unknown>);
    expect(Object.keys(sorted)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(sorted)).toBe(Object.prototype);
  });
});

describe('queryStringLike', () => {
  test('keeps 0 and "0", drops undefined, keeps given order, no URL-encoding', () => {
    expect(Formatter.queryStringLike({ z: 0, y: '0', x: undefined, w: 'a b&c=d', v: '中文' })).toBe('z=0&y=0&w=a b&c=d&v=中文');
  });

  test('only the exact key "sign" is skipped', () => {
    expect(Formatter.queryStringLike({ sign_type: 'MD5', sign: 'S', Sign: 'T' })).toBe('sign_type=MD5&Sign=T');
  });

  test('empty input gives the empty string', () => {
    expect(Formatter.queryStringLike({})).toBe('');
  });
});

describe('request, response and joinedByLineFeed', () => {
  test('every line ends in \\n, the last too', () => {
    expect(Formatter.request('POST', '/v3/x?a=1', 1, 'N', '{"a":1}')).toBe('POST\n/v3/x?a=1\n1\nN\n{"a":1}\n');
    expect(Formatter.response('1', 'N', '')).toBe('1\nN\n\n');
    expect(Formatter.response(1, 'N')).toBe('1\nN\n\n');
    expect(Formatter.joinedByLineFeed()).toBe('');
    expect(Formatter.joinedByLineFeed('a')).toBe('a\n');
  });
});

describe('timestamp', () => {
  test('whole seconds close to now', () => {
    const before = Math.floor(Date.now() / 1000);
    const stamp = Formatter.timestamp();
    expect(Number.isInteger(stamp)).toBe(true);
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(before + 2);
  });
});

describe('nonce', () => {
  test('32 alphanumerics by default, over 1000 draws all distinct', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i += 1) {
      const nonce = Formatter.nonce();
      expect(nonce).toMatch(/^[0-9A-Za-z]{32}$/);
      seen.add(nonce);
    }
    expect(seen.size).toBe(1000);
  });

  test.each([1, 16, 31, 33, 64, 200])('size %i is honoured', (size) => {
    for (let i = 0; i < 50; i += 1) expect(Formatter.nonce(size)).toMatch(new RegExp(`^[0-9A-Za-z]{${size}}$`));
  });

  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('size %p is refused, as PHP refuses a size below 1', (size) => {
    expect(() => Formatter.nonce(size)).toThrow(InvalidRequestError);
    expect(() => Formatter.nonce(size)).toThrow(`Formatter.nonce: size must be a positive integer, got ${String(size)}`);
  });

  test('a size that is not a number is refused', () => {
    expect(() => Formatter.nonce('8' as unknown as number)).toThrow('Formatter.nonce: size must be a positive integer, got string');
  });

  test('uses the whole alphabet without modulo bias', () => {
    const counts = new Map<string, number>();
    const draws = 4000;
    for (let i = 0; i < draws; i += 1) {
      for (const c of Formatter.nonce()) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    // 128000 characters over 62 symbols: about 2065 each, σ ≈ 45. A plain `byte % 62` gives
    // '0'..'7' 5/256 of the draws (about 2500), far outside ±6σ.
    const expected = (draws * 32) / 62;
    const spread = 6 * Math.sqrt(expected);
    expect(counts.size).toBe(62);
    for (const [c, count] of counts) {
      expect([c, Math.abs(count - expected) < spread]).toEqual([c, true]);
    }
  });
});
