import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Certificates, isVerificationError, type Client } from '../../src';
import { makePlatformCa, sealCertificate } from '../helpers/pki';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { rsaPair, startV3Server, type V3Server } from '../helpers/v3-server';

const APIV3_KEY = 'v3KeyOfExactly32BytesForTesting!';
const WRONG_KEY = 'another32ByteKeyThatIsNotTheKey!';
/** The serial the server signs under: the first platform certificate's. */
const S1 = PLATFORM_SERIAL;
/** The certificate WeChat Pay rotates to. */
const S2 = '3A4B5C6D7E8F90112233445566778899AABBCCDD';
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
const hand = rsaPair();
const rotated = rsaPair();
let cert1: string;
let cert2: string;
/** What `GET /v3/certificates` answers in `data`. */
let listed: unknown[] = [];

const fetches = () => v3.server.checks.filter((check) => check.request.url === '/v3/certificates').length;
const keysOf = (wx: Client) => Certificates.keys(wx).map((k) => k.id);
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
