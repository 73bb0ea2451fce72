import { Builder, Certificates, isConfigurationError, isTransportError, withOptions } from '../../src';
import { startServer, useServer } from '../helpers/http';
import { MCHID, SECRET } from '../helpers/seed';
import { thrown } from '../helpers/thrown';
import { PLATFORM_SERIAL, useV3 } from '../helpers/v3-client';

/** Typed as plain `string`: a raw body replaces the typed `xml` payload. */
const REPORT: string = 'v2/payitil/report';

// New clients from old: other axios defaults, the same parsed keys; the old client unchanged.
const v3 = useV3();
const other = useServer(() => ({ status: 200, body: '<xml><return_code>SUCCESS</return_code></xml>' }));

test('withOptions: headers merged, the rest replaced, the old client as it was', async () => {
  v3.server.routes.set('GET /v3/ping', () => ({ status: 200, json: { ok: true } }));
  const wx = v3.client({ headers: { 'X-Old': '1' } });
  const patient = withOptions(wx, { headers: { 'X-New': '2' }, timeout: 5_000 });
  await patient.chain('v3/ping').get();
  await wx.chain('v3/ping').get();
  const [fromNew, fromOld] = v3.server.checks.map((check) => check.request.headers);
  expect(fromNew).toMatchObject({ 'x-old': '1', 'x-new': '2' });
  expect(fromOld!['x-new']).toBeUndefined();
  expect(v3.server.checks.every((check) => check.authOk)).toBe(true);
});

test('withOptions shares the parsed keys: the very same platform key objects, and signing still verifies', async () => {
  const wx = v3.client();
  const moved = withOptions(wx, { baseURL: other.url });
  expect(Certificates.keys(moved).map((k) => k.key)).toEqual(Certificates.keys(wx).map((k) => k.key));
  expect(Certificates.keys(moved)[0]!.key).toBe(Certificates.keys(wx)[0]!.key);
  // The new base takes the calls; the old client still talks to its own.
  await expect(
    withOptions(Builder.factory({ mchid: MCHID, secret: SECRET }), { baseURL: other.url })
      .chain(REPORT)
      .post({ body: '<xml/>' }),
  ).resolves.toBeDefined();
  expect(other.received).toHaveLength(1);
});

test('withOptions refuses keys (a client with other keys is another Builder.factory) and bad options, by name', () => {
  const wx = v3.client();
  const refusal = thrown;
  for (const [options, message] of [
    [{ secret: 'x' }, /`secret`: withOptions changes axios options only/],
    [{ timeout: -5 }, /`timeout` must be a number of milliseconds/],
    [{ baseURL: 'nope' }, /`baseURL` must be an absolute http\(s\) URL/],
    [null, /withOptions takes an options object/],
  ] as const) {
    const error = refusal(() => withOptions(wx, options as never));
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  }
});

test('a client made by withOptions has its own deadline', async () => {
  const silent = await startServer(() => new Promise(() => undefined));
  try {
    const quick = withOptions(Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: silent.url }), { timeout: 300 });
    const started = Date.now();
    const error = await quick
      .chain(REPORT)
      .post({ body: '<xml/>' })
      .catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  } finally {
    await silent.close();
  }
});

test('Certificates.keys lists the store: configured keys with their dates or none, not downloaded', () => {
  const [entry, ...rest] = Certificates.keys(v3.wx);
  expect(rest).toEqual([]);
  expect(entry).toMatchObject({ id: PLATFORM_SERIAL, downloaded: false });
  expect(entry!.key.equals(v3.platform.publicKey)).toBe(true);
  // A raw public key has no validity window.
  expect(entry!.notAfter).toBeUndefined();
});
