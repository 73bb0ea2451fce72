import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Certificates, isConfigurationError, isVerificationError, MAX_CERTIFICATES, type Client } from '../../src';
import { makePlatformCa, sealCertificate, selfSigned } from '../helpers/pki';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { rsaPair, startV3Server, type V3Fault, type V3Server } from '../helpers/v3-server';

const APIV3_KEY = 'v3KeyOfExactly32BytesForTesting!';
const WRONG_KEY = 'another32ByteKeyThatIsNotTheKey!';
/** The serial the server signs under: the first platform certificate's. */
const S1 = PLATFORM_SERIAL;
/** The certificate WeChat Pay rotates to. */
const S2 = '3A4B5C6D7E8F90112233445566778899AABBCCDD';
/** A certificate that expires two days from now. */
const SHORT = '2C0FFEE0000000000000000000000000000000AA';
/** A key configured by hand under its own id. */
const HAND = '7777777777777777777777777777777777777777';
// Typed as plain `string`: the test server answers what it likes.
const ORDER: string = 'v3/pay/transactions/id/4200000000';

const dir = mkdtempSync(join(tmpdir(), 'wechatpay-certificates-'));
/** The test's stand-in for Tenpay.com Root CA (openssl, never the SDK). */
const ca = makePlatformCa();
/** A platform certificate for `keyPem` that `ca` issued. */
const makeCertificate = (keyPem: string, serial: string, days: number) => ca.issue(keyPem, serial, days);

/** One `data[]` entry, sealed with node's AES-256-GCM under `key` (the APIv3 key unless told). */
const seal = (pem: string, options: { key?: string; listedAs?: string; tamperTag?: boolean } = {}) => sealCertificate(pem, options.key ?? APIV3_KEY, options);

let v3: V3Setup;
let serverB: V3Server;
const other = rsaPair();
const hand = rsaPair();
const rotated = rsaPair();
let cert1: string;
let cert2: string;
let short: string;
/** What `GET /v3/certificates` answers in `data`. */
let listed: unknown[] = [];

const fetches = () => v3.server.checks.filter((check) => check.request.url === '/v3/certificates').length;
const keysOf = (wx: Client) => Certificates.keys(wx).map((k) => k.id);
const keyOf = (wx: Client, id: string) => Certificates.keys(wx).find((k) => k.id === id);
const downloadedOf = (wx: Client) =>
  Certificates.keys(wx)
    .filter((k) => k.downloaded)
    .map((k) => k.id);
/** A client that holds no platform key: it must bootstrap from the list, trusting the test CA. */
const bare = () => v3.client({ certs: undefined, platformCertificateAuthorities: ca.pem });
/** A client that holds WeChat Pay's current key and one of its own, both configured by hand. */
const handClient = () => v3.client({ certs: { [HAND]: hand.publicPem, [S1]: v3.platform.publicPem } });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); await sleep(20)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}
const reasonOf = (error: unknown) => (isVerificationError(error) ? error.reason : error);

beforeAll(async () => {
  v3 = await setupV3(S1);
  cert1 = makeCertificate(v3.platform.privatePem, S1, 10);
  cert2 = makeCertificate(rotated.privatePem, S2, 10);
  short = makeCertificate(other.privatePem, SHORT, 2);
  v3.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: listed } }));
  v3.server.routes.set(`GET /${ORDER}`, () => ({ status: 200, json: { trade_state: 'SUCCESS' } }));
  // The rotated-to key signs here, as WeChat Pay will once it switches.
  serverB = await startV3Server({
    mchid: MCHID,
    merchantPublicKey: v3.merchant.publicKey,
    merchantSerial: MERCHANT_SERIAL,
    platformKey: rotated.privateKey,
    serial: S2,
  });
  serverB.routes.set(`GET /${ORDER}`, () => ({ status: 200, json: { trade_state: 'SUCCESS' } }));
});
afterAll(async () => {
  await Promise.all([v3.server.close(), serverB.close()]);
  rmSync(dir, { recursive: true, force: true });
  ca.cleanup();
});
beforeEach(() => {
  v3.server.fault = 'none';
  listed = [seal(cert1)];
});

describe('Certificates.download', () => {
  test('a client configured with no certs downloads, verifies, and can then make a verified call', async () => {
    const wx = bare();
    expect(isConfigurationError(await rejection(wx.chain(ORDER).get()))).toBe(true);
    const list = await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(list.map((item) => item.serial)).toEqual([S1]);
    expect(list[0]!.pem.trim()).toBe(cert1.trim());
    expect(list[0]!.certificate.serialNumber.toUpperCase()).toBe(S1);
    expect(list[0]!.expire.getTime()).toBe(new Date(new X509Certificate(cert1).validTo).getTime());
    expect(keysOf(wx)).toEqual([S1]);
    expect(keyOf(wx, S1)!.key.equals(v3.platform.publicKey)).toBe(true);
    const before = v3.server.checks.length;
    await expect(wx.chain(ORDER).get()).resolves.toMatchObject({ status: 200, data: { trade_state: 'SUCCESS' } });
    expect(v3.server.checks.slice(before).every((check) => check.authOk)).toBe(true);
  });

  test('a client that already trusts the signer gets the list; its hand-configured key stays its own', async () => {
    const configured = keyOf(v3.wx, S1)!.key;
    const list = await Certificates.download(v3.wx, { apiv3Key: Buffer.from(APIV3_KEY) });
    expect(list.map((item) => item.serial)).toEqual([S1]);
    expect(keyOf(v3.wx, S1)!.key).toBe(configured);
    expect(downloadedOf(v3.wx)).toEqual([]);
  });

  test('a wrong APIv3 key is DECRYPT_FAILED and adds nothing', async () => {
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: WRONG_KEY }));
    expect(reasonOf(error)).toBe('DECRYPT_FAILED');
    expect((error as Error).message).not.toContain(WRONG_KEY);
    expect(keysOf(wx)).toEqual([]);
  });

  test('the GCM tag is checked: one flipped tag bit is DECRYPT_FAILED', async () => {
    listed = [seal(cert1, { tamperTag: true })];
    const wx = bare();
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('DECRYPT_FAILED');
    expect(keysOf(wx)).toEqual([]);
  });

  test('an answer signed by a key that is neither carried nor configured is refused, nothing added', async () => {
    // The certificate listed under the signing serial holds another key than the one that signed.
    listed = [seal(makeCertificate(other.privatePem, S1, 2))];
    const wx = bare();
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('BAD_SIGNATURE');
    expect(keysOf(wx)).toEqual([]);
  });

  test.each<[V3Fault, string]>([
    ['probe', 'PROBE'],
    ['unknown-serial', 'UNKNOWN_SERIAL'],
    ['forge', 'BAD_SIGNATURE'],
    ['garbage-signature', 'BAD_SIGNATURE'],
    ['stale', 'STALE_TIMESTAMP'],
    ['no-signature', 'MISSING_HEADER'],
  ])('answer fault %s is %s and adds nothing', async (fault, reason) => {
    v3.server.fault = fault;
    const wx = bare();
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe(reason);
    expect(keysOf(wx)).toEqual([]);
  });

  test('a serial_no that is not the serial inside the certificate is refused', async () => {
    listed = [seal(makeCertificate(v3.platform.privatePem, '1111111111111111111111111111111111111111', 2), { listedAs: S1 })];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(error)).toBe('SERIAL_MISMATCH');
    expect((error as Error).message).toContain('1111111111111111111111111111111111111111');
    expect(keysOf(wx)).toEqual([]);
  });

  test('a certificate whose serial is configured with another key is KEY_MISMATCH, nothing added', async () => {
    listed = [seal(cert1), seal(cert2)];
    const wx = v3.client({ certs: { [HAND]: hand.publicPem, [S2]: other.publicPem } });
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('KEY_MISMATCH');
    expect(keysOf(wx)).toEqual([HAND, S2]);
    expect(keyOf(wx, S2)!.key.equals(other.publicKey)).toBe(true);
  });

  test('an answer that is not { data: [...] }, or lists too many certificates, is UNPARSEABLE', async () => {
    const wx = handClient();
    listed = undefined as never;
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('UNPARSEABLE');
    listed = Array.from({ length: 17 }, () => seal(cert1));
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('UNPARSEABLE');
    expect(keysOf(wx)).toEqual([HAND, S1]);
  });

  test('an APIv3 key that is not 32 bytes, an unknown option or a non-client is refused before sending', async () => {
    const wx = handClient();
    const before = v3.server.checks.length;
    for (const apiv3Key of ['x'.repeat(31), 'x'.repeat(33), '中'.repeat(11), 42, undefined]) {
      const error = await rejection(Certificates.download(wx, { apiv3Key } as never));
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/apiv3Key/);
    }
    expect(isConfigurationError(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY, apiV3Key: APIV3_KEY } as never)))).toBe(true);
    expect(isConfigurationError(await rejection(Certificates.download({}, { apiv3Key: APIV3_KEY })))).toBe(true);
    expect(v3.server.checks.length).toBe(before);
  });

  test('an HTTP error (public-key-mode merchants get 404) is an ApiError', async () => {
    v3.server.routes.set('GET /v3/certificates', () => ({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: '无可用的平台证书' } }));
    try {
      const error = await rejection(Certificates.download(handClient(), { apiv3Key: APIV3_KEY }));
      expect(error).toMatchObject({ name: 'ApiError', status: 404, apiCode: 'RESOURCE_NOT_EXISTS' });
    } finally {
      v3.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: listed } }));
    }
  });
});

describe('a client with no key yet trusts only certificates a trusted CA issued', () => {
  const otherCa = makePlatformCa('Another Test CA');
  afterAll(() => otherCa.cleanup());

  test.each([
    ['self-signed', () => selfSigned(v3.platform.privatePem, S1)],
    ['issued by another CA', () => otherCa.issue(v3.platform.privatePem, S1, 10)],
  ])('a certificate %s, though it signed the answer, is CERTIFICATE_UNTRUSTED and adds nothing', async (_what, make) => {
    listed = [seal(make())];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(error)).toBe('CERTIFICATE_UNTRUSTED');
    expect((error as Error).message).toContain(S1);
    expect((error as Error).message).toContain('Test Platform CA');
    expect(keysOf(wx)).toEqual([]);
  });

  test("without platformCertificateAuthorities only WeChat Pay's CA is trusted, and the message says how to trust another", async () => {
    const wx = v3.client({ certs: undefined });
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(error)).toBe('CERTIFICATE_UNTRUSTED');
    expect((error as Error).message).toMatch(/not by a trusted platform CA \(Tenpay\.com Root CA\).*platformCertificateAuthorities/);
    expect(keysOf(wx)).toEqual([]);
  });

  test('an untrusted entry beside a trusted one is skipped and named; the trusted one is installed', async () => {
    listed = [seal(cert1), seal(selfSigned(rotated.privatePem, S2))];
    const wx = bare();
    const list = await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(list.map((item) => item.serial)).toEqual([S1]);
    expect(list.skipped).toEqual([{ serial: S2, reason: 'CERTIFICATE_UNTRUSTED', message: expect.stringContaining('not by a trusted platform CA') }]);
    expect(keysOf(wx)).toEqual([S1]);
  });

  test('an answer signed under an untrusted entry is refused, whatever else it lists', async () => {
    listed = [seal(selfSigned(v3.platform.privatePem, S1)), seal(cert2)];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(error)).toBe('CERTIFICATE_UNTRUSTED');
    expect((error as Error).message).toMatch(new RegExp(`signed under certificate ${S1}, which is issued by`));
    expect(keysOf(wx)).toEqual([]);
  });

  test('platformCertificateAuthorities is checked by Builder.factory, before anything is sent', () => {
    const before = v3.server.checks.length;
    for (const [value, message] of [
      [[], /empty list/],
      ['not a certificate', /holds no certificate/],
      [42, /must be PEM text/],
      [cert1, /is not a CA certificate/],
      [[ca.pem, cert1], /platformCertificateAuthorities\[1\].*not a CA certificate/],
    ] as const) {
      expect(() => v3.client({ platformCertificateAuthorities: value as never })).toThrow(
        expect.objectContaining({ name: 'ConfigurationError', message: expect.stringMatching(message) }),
      );
    }
    expect(() => v3.client({ platformCertificateAuthorities: [ca.pem, new X509Certificate(otherCa.pem)] })).not.toThrow();
    expect(v3.server.checks.length).toBe(before);
  });
});

describe('validity dates (Date faked, timers real)', () => {
  const DAY = 24 * 3600_000;
  /** Move the clock `offset` from the real now (servers and SDK share it, as they would in life). */
  const at = (offset: number) => {
    jest.useRealTimers();
    jest.useFakeTimers({
      now: Date.now() + offset,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
  };
  afterEach(() => jest.useRealTimers());

  test('one expired entry is skipped and named; the other is installed, on a new client and on one that holds a key', async () => {
    listed = [seal(cert1), seal(short)];
    at(3 * DAY);
    for (const wx of [bare(), handClient()]) {
      const list = await Certificates.download(wx, { apiv3Key: APIV3_KEY });
      expect(list.map((item) => item.serial)).toEqual([S1]);
      expect(list.skipped).toEqual([{ serial: SHORT, reason: 'CERTIFICATE_EXPIRED', message: expect.stringMatching(/^expired at \d{4}-/) }]);
      expect(keysOf(wx)).not.toContain(SHORT);
      expect(keysOf(wx)).toContain(S1);
      await expect(wx.chain(ORDER).get()).resolves.toMatchObject({ status: 200 });
    }
  });

  test('when no entry may be used, the download fails naming each and why, and adds nothing', async () => {
    listed = [seal(cert1), seal(short)];
    at(-DAY);
    const wx = bare();
    const early = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(early)).toBe('CERTIFICATE_NOT_VALID');
    expect((early as Error).message).toMatch(new RegExp(`none of the 2 .*${S1} is not valid before .*${SHORT} is not valid before`));
    expect(keysOf(wx)).toEqual([]);
  });

  test('the refresher installs the others and tells onError which entry it skipped', async () => {
    listed = [seal(cert1), seal(short)];
    at(3 * DAY);
    const wx = bare();
    const heard: unknown[] = [];
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, onError: (error) => heard.push(error) });
    try {
      expect((await refresher.ready).skipped.map((item) => item.serial)).toEqual([SHORT]);
    } finally {
      refresher.stop();
    }
    expect(keysOf(wx)).toEqual([S1]);
    expect(heard.map(reasonOf)).toEqual(['CERTIFICATE_EXPIRED']);
    expect((heard[0] as Error).message).toMatch(new RegExp(`1 of the 2 .* skipped, the others are in use: ${SHORT} expired at`));
  });

  test('downloaded keys that expired and are no longer listed are dropped; hand-configured keys stay', async () => {
    const wx = handClient();
    listed = [seal(cert1), seal(short)];
    await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(keysOf(wx)).toEqual([HAND, S1, SHORT]);
    at(3 * DAY);
    listed = [seal(cert1)];
    await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(keysOf(wx)).toEqual([HAND, S1]);
  });
});

test(`downloaded keys are capped at ${MAX_CERTIFICATES}, the latest answer's and hand-configured keys kept`, async () => {
  const wx = handClient();
  const extras = Array.from({ length: MAX_CERTIFICATES + 2 }, (_, i) => `6${i.toString(16).toUpperCase().padStart(39, '0')}`);
  for (const serial of extras) {
    listed = [seal(cert1), seal(makeCertificate(other.privatePem, serial, 2))];
    await Certificates.download(wx, { apiv3Key: APIV3_KEY });
  }
  const keys = keysOf(wx);
  expect(downloadedOf(wx)).toHaveLength(MAX_CERTIFICATES);
  expect(keys).toContain(HAND);
  expect(keys).toContain(S1);
  expect(keys).toContain(extras.at(-1));
  expect(keys).not.toContain(extras[0]);
  expect(keys).toHaveLength(MAX_CERTIFICATES + 2);
});

describe('Certificates.refresh', () => {
  test('picks up a rotated certificate on its next tick and keeps hand-configured keys', async () => {
    const wx = handClient();
    const errors: unknown[] = [];
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, intervalMs: 100, onError: (error) => errors.push(error) });
    try {
      await expect(refresher.ready).resolves.toHaveLength(1);
      expect(keysOf(wx)).toEqual([HAND, S1]);
      // Before the rotation, an answer signed with the new key is refused.
      expect(reasonOf(await rejection(wx.chain(ORDER).get({ baseURL: serverB.url })))).toBe('UNKNOWN_SERIAL');
      listed = [seal(cert1), seal(cert2)];
      await until(() => keysOf(wx).includes(S2), 'the rotated certificate');
      expect(keysOf(wx)).toEqual([HAND, S1, S2]);
      await expect(wx.chain(ORDER).get({ baseURL: serverB.url })).resolves.toMatchObject({ status: 200 });
      await expect(wx.chain(ORDER).get()).resolves.toMatchObject({ status: 200 });
      expect(errors).toEqual([]);
    } finally {
      refresher.stop();
    }
  });

  test('a failing tick goes to onError and the current keys keep working', async () => {
    const wx = handClient();
    const errors: unknown[] = [];
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, intervalMs: 50, onError: (error) => errors.push(error) });
    try {
      await refresher.ready;
      listed = [seal(cert1, { key: WRONG_KEY })];
      await until(() => errors.length > 0, 'onError');
      expect(reasonOf(errors[0])).toBe('DECRYPT_FAILED');
      expect(keysOf(wx)).toEqual([HAND, S1]);
      await expect(wx.chain(ORDER).get()).resolves.toMatchObject({ status: 200 });
      // It goes on trying and recovers.
      listed = [seal(cert1), seal(cert2)];
      await until(() => keysOf(wx).includes(S2), 'recovery');
    } finally {
      refresher.stop();
    }
  });

  test('a failed first download rejects ready, goes to onError, and later ticks retry', async () => {
    listed = [seal(cert1, { key: WRONG_KEY })];
    const wx = bare();
    const errors: unknown[] = [];
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, intervalMs: 50, onError: (error) => errors.push(error) });
    try {
      expect(reasonOf(await rejection(refresher.ready))).toBe('DECRYPT_FAILED');
      expect(reasonOf(errors[0])).toBe('DECRYPT_FAILED');
      expect(keysOf(wx)).toEqual([]);
      listed = [seal(cert1)];
      await until(() => keysOf(wx).includes(S1), 'a retry');
    } finally {
      refresher.stop();
    }
  });

  test('stop() clears the timer: no download after it', async () => {
    const refresher = Certificates.refresh(handClient(), { apiv3Key: APIV3_KEY, intervalMs: 30, onError: () => undefined });
    const start = fetches();
    await refresher.ready;
    await until(() => fetches() >= start + 3, 'three downloads');
    refresher.stop();
    const atStop = fetches();
    await sleep(200);
    const settled = fetches();
    // One download may have been on the wire when stop() was called; none is started after.
    expect(settled - atStop).toBeLessThanOrEqual(1);
    await sleep(200);
    expect(fetches()).toBe(settled);
  });

  test('stop() during the first download: it completes, and nothing is scheduled after it', async () => {
    const wx = handClient();
    const start = fetches();
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, intervalMs: 20, onError: () => undefined });
    refresher.stop();
    await refresher.ready;
    expect(keysOf(wx)).toEqual([HAND, S1]);
    await sleep(200);
    expect(fetches()).toBe(start + 1);
  });

  test('bad options are refused at once, before sending', () => {
    const wx = handClient();
    const before = v3.server.checks.length;
    for (const options of [
      { apiv3Key: 'short' },
      { apiv3Key: APIV3_KEY, intervalMs: 0 },
      { apiv3Key: APIV3_KEY, intervalMs: 1.5 },
      { apiv3Key: APIV3_KEY, intervalMs: Number.NaN },
      { apiv3Key: APIV3_KEY, intervalMs: 2 ** 31 },
      { apiv3Key: APIV3_KEY, onError: 'log' },
      { apiv3Key: APIV3_KEY, interval: 1000 },
    ]) {
      expect(() => Certificates.refresh(wx, options as never)).toThrow(expect.objectContaining({ name: 'ConfigurationError' }));
    }
    expect(v3.server.checks.length).toBe(before);
  });

  test('its timer never keeps a process alive, and an ignored failing ready does not crash it', async () => {
    // A child process whose only work is a refresher aimed at a closed port: it must exit by itself.
    const script = join(dir, 'alive.ts');
    writeFileSync(
      script,
      [
        `import { Builder } from ${JSON.stringify(resolve('src/index.ts'))};`,
        `import { Certificates } from ${JSON.stringify(resolve('src/index.ts'))};`,
        `const wx = Builder.factory({ mchid: '${MCHID}', serial: '${MERCHANT_SERIAL}', privateKey: ${JSON.stringify(v3.merchant.privatePem)}, certs: { '${HAND}': ${JSON.stringify(hand.publicPem)} }, baseURL: 'http://127.0.0.1:9/' });`,
        `Certificates.refresh(wx, { apiv3Key: '${APIV3_KEY}', intervalMs: 3_600_000, onError: (e) => console.log('onError', (e as Error).name) });`,
      ].join('\n'),
    );
    const started = Date.now();
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
      const child = execFile(resolve('node_modules/.bin/tsx'), [script], { timeout: 15_000 }, (error, out) =>
        done({ code: error ? ((error.code as number | null) ?? -1) : 0, stdout: out }),
      );
      child.stdin?.end();
    });
    expect(stdout).toContain('onError TransportError');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
