import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Certificates, isConfigurationError, isVerificationError, type Client } from '../../src';
import { makePlatformCa, sealCertificate, selfSigned } from '../helpers/pki';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { rsaPair, startV3Server, type V3Fault, type V3Server } from '../helpers/v3-server';

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
const other = rsaPair();
const hand = rsaPair();
const rotated = rsaPair();
let cert1: string;
let cert2: string;
/** What `GET /v3/certificates` answers in `data`. */
let listed: unknown[] = [];

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
