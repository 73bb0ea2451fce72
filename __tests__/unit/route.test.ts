import { buildRoute } from '../../src/chain/route';
import { splitVerbatim } from '../../src/chain/segments';
import { ConfigurationError, ErrorCode, isConfigurationError } from '../../src';

const seg = (path: string) => splitVerbatim(path);

/** Runs `fn`, expects a ConfigurationError (INVALID_REQUEST) and returns its message. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as ConfigurationError).code).toBe(ErrorCode.INVALID_REQUEST);
    return (error as Error).message;
  }
  throw new Error('expected buildRoute to throw');
}

describe('pipeline and URL', () => {
  test('v2 prefix is removed: v2/payitil/report -> POST /payitil/report', () => {
    const route = buildRoute(seg('v2/payitil/report'), 'post', { xml: { a: '1' } });
    expect(route.pipeline).toBe('v2');
    expect(route.method).toBe('POST');
    expect(route.path).toBe('/payitil/report');
    expect(route.template).toBe('v2/payitil/report');
    expect(route.options).toEqual({ xml: { a: '1' } });
    expect(route.axios).toEqual({});
  });

  test('v3 prefix is kept', () => {
    const route = buildRoute(seg('v3/pay/transactions/native'), 'post', { json: { a: 1 } });
    expect(route.pipeline).toBe('v3');
    expect(route.path).toBe('/v3/pay/transactions/native');
    expect(route.options.json).toEqual({ a: 1 });
  });

  test('hk and global paths go to the v3 (JSON) pipeline unchanged', () => {
    expect(buildRoute(seg('hk/v3/statements'), 'get')).toMatchObject({ pipeline: 'v3', path: '/hk/v3/statements', method: 'GET' });
    expect(buildRoute(seg('global/v3/transactions'), 'get')).toMatchObject({ pipeline: 'v3', path: '/global/v3/transactions' });
  });

  test('camelCase v2 path is kept verbatim in the URL', () => {
    expect(buildRoute(seg('v2/secapi/mch/addInstitutionsub'), 'post').path).toBe('/secapi/mch/addInstitutionsub');
  });

  test.each(['get', 'post', 'put', 'patch', 'delete'] as const)('verb %s -> upper-case method', (verb) => {
    expect(buildRoute(seg('v3/x'), verb).method).toBe(verb.toUpperCase());
  });

  test('a trailing slash is kept in the URL (v3/applyment4sub/applyment/)', () => {
    const route = buildRoute(seg('v3/applyment4sub/applyment/'), 'post', { json: {} });
    expect(route.path).toBe('/v3/applyment4sub/applyment/');
    expect(route.template).toBe('v3/applyment4sub/applyment/');
  });

  test('a path named V2 (not v2) is not the XML pipeline', () => {
    expect(buildRoute(['V2', 'x'], 'get').pipeline).toBe('v3');
  });

  test('no segments, or v2 alone, is refused', () => {
    expect(refusal(() => buildRoute([], 'get'))).toMatch(/No endpoint/);
    expect(refusal(() => buildRoute(['v2'], 'post'))).toMatch(/v2/);
  });

  test('null or undefined options mean none', () => {
    expect(buildRoute(seg('v3/x'), 'get', undefined).options).toEqual({});
    expect(buildRoute(seg('v3/x'), 'get', null).options).toEqual({});
  });

  test('non-object options are refused', () => {
    expect(refusal(() => buildRoute(seg('v3/x'), 'get', 'abc'))).toMatch(/plain object/);
    expect(refusal(() => buildRoute(seg('v3/x'), 'get', [1]))).toMatch(/plain object/);
  });
});

describe('placeholders are filled and encoded as one segment', () => {
  const path = seg('v3/pay/transactions/out-trade-no/{out_trade_no}');

  test.each([
    ['a/b c', 'a%2Fb%20c'],
    ['1217752501201407033233368018', '1217752501201407033233368018'],
    ['订单-1', encodeURIComponent('订单-1')],
    ['?#&=%', '%3F%23%26%3D%25'],
    ['../x', '..%2Fx'],
    ["!'()*", '%21%27%28%29%2A'],
    ['a~b_c-d.e', 'a~b_c-d.e'],
  ])('%j -> %s', (value, encoded) => {
    const route = buildRoute(path, 'get', { out_trade_no: value });
    expect(route.path).toBe(`/v3/pay/transactions/out-trade-no/${encoded}`);
    expect(route.path.split('/')).toHaveLength(6);
  });

  test('numbers and bigints are written in decimal', () => {
    expect(buildRoute(path, 'get', { out_trade_no: 42 }).path).toMatch(/\/42$/);
    expect(buildRoute(path, 'get', { out_trade_no: 12345678901234567890n }).path).toMatch(/\/12345678901234567890$/);
  });

  test('v2 placeholders are filled too', () => {
    expect(buildRoute(seg('v2/a/{id}/b'), 'post', { id: 'x y' }).path).toBe('/a/x%20y/b');
  });

  test('two placeholders in one path', () => {
    const route = buildRoute(seg('v3/{a}/mid/{b}'), 'get', { a: 'A', b: 'B' });
    expect(route.path).toBe('/v3/A/mid/B');
  });

  test.each([
    ['missing', {}],
    ['undefined', { out_trade_no: undefined }],
    ['null', { out_trade_no: null }],
    ['empty', { out_trade_no: '' }],
    ['dot', { out_trade_no: '.' }],
    ['dot-dot', { out_trade_no: '..' }],
    ['object', { out_trade_no: { id: 1 } }],
    ['array', { out_trade_no: ['a'] }],
    ['boolean', { out_trade_no: true }],
    ['NaN', { out_trade_no: NaN }],
    ['Infinity', { out_trade_no: Infinity }],
  ])('%s value is refused, naming the placeholder', (_label, options) => {
    expect(refusal(() => buildRoute(path, 'get', options))).toContain('out_trade_no');
  });

  test('placeholder values are neither in axios config nor in the SDK options', () => {
    const route = buildRoute(path, 'get', { out_trade_no: 'T1', timeout: 5 });
    expect(route.axios).toEqual({ timeout: 5 });
    expect(route.options).toEqual({});
    expect(JSON.stringify(route)).not.toContain('"out_trade_no":');
  });

  test('a placeholder named like an option is refused', () => {
    expect(refusal(() => buildRoute(seg('v3/x/{timeout}'), 'get', { timeout: 1 }))).toContain('timeout');
    expect(refusal(() => buildRoute(seg('v3/x/{json}'), 'get', { json: 1 }))).toContain('json');
  });
});

describe('unknown and reserved option keys', () => {
  test('an unknown key is refused and named', () => {
    const message = refusal(() => buildRoute(seg('v3/x'), 'get', { jsno: {} }));
    expect(message).toContain('`jsno`');
  });

  test('an unknown key on a path with placeholders lists the placeholders', () => {
    const message = refusal(() => buildRoute(seg('v3/x/{out_trade_no}'), 'get', { out_trade_no: '1', outTradeNo: '1' }));
    expect(message).toContain('outTradeNo');
    expect(message).toContain('out_trade_no');
  });

  test.each([
    ['data', /xml|json|body/],
    ['params', /query/],
    ['url', /chain/],
    ['method', /verb/],
    ['transformRequest', /sign/],
    ['transformResponse', /verif/],
    ['validateStatus', /ApiError/],
    ['paramsSerializer', /query/],
    ['auth', /signature/],
  ])('reserved axios key %s is refused with a hint', (key, hint) => {
    const message = refusal(() => buildRoute(seg('v3/x'), 'get', { [key]: 1 }));
    expect(message).toContain(`\`${key}\``);
    expect(message).toMatch(hint);
  });

  test.each([
    ['timeout', 1000],
    ['signal', new AbortController().signal],
    ['responseType', 'text'],
    ['baseURL', 'http://127.0.0.1:1/'],
    ['maxRedirects', 0],
  ])('pass-through axios key %s lands in route.axios', (key, value) => {
    const route = buildRoute(seg('v3/x'), 'get', { [key]: value });
    expect(route.axios[key]).toBe(value);
    expect(route.options).toEqual({});
  });
});

describe('option types and payload rules', () => {
  test.each([
    ['a string', 'not an object'],
    ['an array', [['a', '1']]],
    ['a Map', new Map([['a', '1']])],
    ['a Buffer', Buffer.from('<xml/>')],
  ])('xml given as %s is refused', (_label, xml) => {
    expect(refusal(() => buildRoute(seg('v2/payitil/report'), 'post', { xml }))).toContain('`xml`');
  });

  test('xml with a null prototype is accepted', () => {
    const xml = Object.assign(Object.create(null) as Record<string, unknown>, { a: '1' });
    expect(buildRoute(seg('v2/payitil/report'), 'post', { xml }).options.xml).toBe(xml);
  });

  test('json on a v2 path is refused', () => {
    expect(refusal(() => buildRoute(seg('v2/payitil/report'), 'post', { json: {} }))).toMatch(/xml/);
  });

  test('xml on a v3 path is refused', () => {
    expect(refusal(() => buildRoute(seg('v3/pay/transactions/native'), 'post', { xml: {} }))).toMatch(/json/);
  });

  test('two payloads are refused', () => {
    expect(refusal(() => buildRoute(seg('v2/payitil/report'), 'post', { xml: {}, body: '<xml/>' }))).toMatch(/one payload/);
    expect(refusal(() => buildRoute(seg('v3/x'), 'post', { json: {}, body: '{}' }))).toMatch(/one payload/);
  });

  test.each(['security', 'nonceless'])('%s must be a boolean', (flag) => {
    expect(refusal(() => buildRoute(seg('v2/payitil/report'), 'post', { [flag]: 'true' }))).toContain(`\`${flag}\``);
    expect(refusal(() => buildRoute(seg('v2/payitil/report'), 'post', { [flag]: 1 }))).toContain(`\`${flag}\``);
    expect(buildRoute(seg('v2/payitil/report'), 'post', { [flag]: true }).options).toEqual({ [flag]: true });
  });

  test('nonceless on a v3 call is refused', () => {
    expect(refusal(() => buildRoute(seg('v3/x'), 'get', { nonceless: true }))).toContain('nonceless');
  });

  test('query and headers must be plain objects, body a string or bytes', () => {
    expect(refusal(() => buildRoute(seg('v3/x'), 'get', { query: 'a=1' }))).toContain('`query`');
    expect(refusal(() => buildRoute(seg('v3/x'), 'get', { headers: [['a', 'b']] }))).toContain('`headers`');
    expect(refusal(() => buildRoute(seg('v3/x'), 'post', { body: { a: 1 } }))).toContain('`body`');
    expect(buildRoute(seg('v3/x'), 'post', { body: Buffer.from('x') }).options.body).toEqual(Buffer.from('x'));
  });
});

describe('buildRoute is pure', () => {
  test('same input twice gives deep-equal output and the options are not mutated', () => {
    const options = {
      out_trade_no: 'a/b',
      xml: { appid: 'wx1', nested: { a: '1' } },
      query: { x: '1' },
      headers: { 'X-A': 'b' },
      timeout: 10,
      security: true,
    };
    const snapshot = structuredClone(options);
    const segments = Object.freeze(seg('v2/pay/{out_trade_no}'));
    const first = buildRoute(segments, 'post', options);
    const second = buildRoute(segments, 'post', options);
    expect(second).toEqual(first);
    expect(options).toEqual(snapshot);
    expect(Object.keys(options)).toEqual(Object.keys(snapshot));
    expect(first.path).toBe('/pay/a%2Fb');
  });

  test('works on frozen options', () => {
    const options = Object.freeze({ id: 'x', timeout: 1 });
    expect(() => buildRoute(seg('v3/{id}'), 'get', options)).not.toThrow();
  });
});

describe('regression: a trailing slash alone names no endpoint', () => {
  test.each([['v2/'], ['v2//'], ['/']])('chain(%j).post() is refused before sending', (path) => {
    expect(() => buildRoute(splitVerbatim(path), 'post', {})).toThrow(/not an endpoint|No endpoint/);
  });
});
