import { Builder, ConfigurationError, ErrorCode, type ClientConfig } from '../../src';

const MCHID = '1900000109';
const SECRET = 'your-apiv2-secret-key-length-32b';

/** Calls Builder.factory with anything, expects a ConfigurationError, returns its message. */
function factoryRefusal(config: unknown): string {
  let caught: unknown;
  try {
    Builder.factory(config as ClientConfig);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ConfigurationError);
  expect((caught as ConfigurationError).code).toBe(ErrorCode.CONFIGURATION);
  const message = (caught as Error).message;
  expect(message).not.toContain(SECRET);
  return message;
}

describe('Builder.factory refuses a bad configuration up front', () => {
  test('not an object', () => {
    expect(factoryRefusal(undefined)).toMatch(/configuration object/);
    expect(factoryRefusal('1900000109')).toMatch(/configuration object/);
    expect(factoryRefusal([MCHID])).toMatch(/configuration object/);
  });

  test('missing mchid', () => {
    expect(factoryRefusal({ secret: SECRET })).toMatch(/`mchid` is missing/);
  });

  test.each([['abc'], ['1900-000109'], [''], [' 1900000109'], [1900000109], [null]])('non-digit mchid %j', (mchid) => {
    expect(factoryRefusal({ mchid, secret: SECRET })).toContain('`mchid`');
  });

  test.each([[12345], [''], [null], [{ key: 'x' }], [Buffer.from(SECRET)]])('secret %p that is not a non-empty string', (secret) => {
    expect(factoryRefusal({ mchid: MCHID, secret })).toContain('`secret`');
  });

  test('unknown key mchId suggests mchid', () => {
    const message = factoryRefusal({ mchId: MCHID, secret: SECRET });
    expect(message).toContain('`mchId`');
    expect(message).toContain('did you mean `mchid`');
  });

  test('other near-miss keys suggest the SDK key', () => {
    expect(factoryRefusal({ mchid: MCHID, private_key: 'x' })).toContain('did you mean `privateKey`');
    expect(factoryRefusal({ mchid: MCHID, Secret: SECRET })).toContain('did you mean `secret`');
  });

  test.each(['data', 'params', 'url', 'method', 'transformRequest', 'transformResponse', 'validateStatus', 'auth'])(
    'reserved axios key %s is refused',
    (key) => {
      expect(factoryRefusal({ mchid: MCHID, secret: SECRET, [key]: 'x' })).toContain(`\`${key}\``);
    },
  );

  test.each([
    ['a string', 'PUB_KEY_ID_1'],
    ['an array', []],
    ['null', null],
    ['a number', 1],
  ])('certs as %s is refused', (_label, certs) => {
    expect(factoryRefusal({ mchid: MCHID, certs })).toContain('`certs`');
  });

  test('garbage privateKey is refused without echoing it', () => {
    const garbage = 'this-is-not-a-key-GARBAGE-VALUE-0123456789';
    const message = factoryRefusal({ mchid: MCHID, privateKey: garbage });
    expect(message).not.toContain(garbage);
    expect(message.length).toBeGreaterThan(10);
  });

  test('garbage PEM privateKey is refused', () => {
    factoryRefusal({ mchid: MCHID, privateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n' });
  });

  test('garbage cert in certs is refused', () => {
    factoryRefusal({ mchid: MCHID, certs: { PUB_KEY_ID_0114232134912410000000000000: 'not a key' } });
  });

  test('a v2-only configuration (mchid + secret) builds', () => {
    expect(() => Builder.factory({ mchid: MCHID, secret: SECRET })).not.toThrow();
    expect(() => Builder.factory({ mchid: MCHID, secret: SECRET, timeout: 1000, baseURL: 'http://127.0.0.1:1/' })).not.toThrow();
  });

  test('mchid alone builds (APIv2 calls then fail at call time, see below)', () => {
    expect(() => Builder.factory({ mchid: MCHID })).not.toThrow();
  });
});
