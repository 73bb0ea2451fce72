import { X509Certificate } from 'node:crypto';
import { Certificates, isConfigurationError } from '../../src';
import { makePlatformCa, selfSigned } from '../helpers/pki';
import { type V3Fault } from '../helpers/v3-server';
import { rejection } from '../helpers/thrown';
import { APIV3_KEY, certificatesFixture, downloadedOf, HAND, keyOf, keysOf, ORDER, reasonOf, S1, S2, seal, WRONG_KEY } from './certificates-fixture';

const fx = certificatesFixture();
const { ca, makeCertificate, other, hand, rotated, bare, handClient } = fx;

describe('Certificates.download', () => {
  test('a client configured with no certs downloads, verifies, and can then make a verified call', async () => {
    const wx = bare();
    expect(isConfigurationError(await rejection(wx.chain(ORDER).get()))).toBe(true);
    const list = await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(list.map((item) => item.serial)).toEqual([S1]);
    expect(list[0]!.pem.trim()).toBe(fx.cert1.trim());
    expect(list[0]!.certificate.serialNumber.toUpperCase()).toBe(S1);
    expect(list[0]!.expire.getTime()).toBe(new Date(new X509Certificate(fx.cert1).validTo).getTime());
    expect(keysOf(wx)).toEqual([S1]);
    expect(keyOf(wx, S1)!.key.equals(fx.v3.platform.publicKey)).toBe(true);
    const before = fx.v3.server.checks.length;
    await expect(wx.chain(ORDER).get()).resolves.toMatchObject({ status: 200, data: { trade_state: 'SUCCESS' } });
    expect(fx.v3.server.checks.slice(before).every((check) => check.authOk)).toBe(true);
  });

  test('a client that already trusts the signer gets the list; its hand-configured key stays its own', async () => {
    const configured = keyOf(fx.v3.wx, S1)!.key;
    const list = await Certificates.download(fx.v3.wx, { apiv3Key: Buffer.from(APIV3_KEY) });
    expect(list.map((item) => item.serial)).toEqual([S1]);
    expect(keyOf(fx.v3.wx, S1)!.key).toBe(configured);
    expect(downloadedOf(fx.v3.wx)).toEqual([]);
  });

  test('a wrong APIv3 key is DECRYPT_FAILED and adds nothing', async () => {
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: WRONG_KEY }));
    expect(reasonOf(error)).toBe('DECRYPT_FAILED');
    expect((error as Error).message).not.toContain(WRONG_KEY);
    expect(keysOf(wx)).toEqual([]);
  });

  test('the GCM tag is checked: one flipped tag bit is DECRYPT_FAILED', async () => {
    fx.listed = [seal(fx.cert1, { tamperTag: true })];
    const wx = bare();
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('DECRYPT_FAILED');
    expect(keysOf(wx)).toEqual([]);
  });

  test('an answer signed by a key that is neither carried nor configured is refused, nothing added', async () => {
    // The certificate listed under the signing serial holds another key than the one that signed.
    fx.listed = [seal(makeCertificate(other.privatePem, S1, 2))];
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
    fx.v3.server.fault = fault;
    const wx = bare();
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe(reason);
    expect(keysOf(wx)).toEqual([]);
  });

  test('a serial_no that is not the serial inside the certificate is refused', async () => {
    fx.listed = [seal(makeCertificate(fx.v3.platform.privatePem, '1111111111111111111111111111111111111111', 2), { listedAs: S1 })];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(error)).toBe('SERIAL_MISMATCH');
    expect((error as Error).message).toContain('1111111111111111111111111111111111111111');
    expect(keysOf(wx)).toEqual([]);
  });

  test('a certificate whose serial is configured with another key is KEY_MISMATCH, nothing added', async () => {
    fx.listed = [seal(fx.cert1), seal(fx.cert2)];
    const wx = fx.v3.client({ certs: { [HAND]: hand.publicPem, [S2]: other.publicPem } });
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('KEY_MISMATCH');
    expect(keysOf(wx)).toEqual([HAND, S2]);
    expect(keyOf(wx, S2)!.key.equals(other.publicKey)).toBe(true);
  });

  test('an answer that is not { data: [...] }, or lists too many certificates, is UNPARSEABLE', async () => {
    const wx = handClient();
    fx.listed = undefined as never;
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('UNPARSEABLE');
    fx.listed = Array.from({ length: 17 }, () => seal(fx.cert1));
    expect(reasonOf(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY })))).toBe('UNPARSEABLE');
    expect(keysOf(wx)).toEqual([HAND, S1]);
  });

  test('an APIv3 key that is not 32 bytes, an unknown option or a non-client is refused before sending', async () => {
    const wx = handClient();
    const before = fx.v3.server.checks.length;
    for (const apiv3Key of ['x'.repeat(31), 'x'.repeat(33), '中'.repeat(11), 42, undefined]) {
      const error = await rejection(Certificates.download(wx, { apiv3Key } as never));
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/apiv3Key/);
    }
    expect(isConfigurationError(await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY, apiV3Key: APIV3_KEY } as never)))).toBe(true);
    expect(isConfigurationError(await rejection(Certificates.download({}, { apiv3Key: APIV3_KEY })))).toBe(true);
    expect(fx.v3.server.checks.length).toBe(before);
  });

  test('an HTTP error (public-key-mode merchants get 404) is an ApiError', async () => {
    fx.v3.server.routes.set('GET /v3/certificates', () => ({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: '无可用的平台证书' } }));
    try {
      const error = await rejection(Certificates.download(handClient(), { apiv3Key: APIV3_KEY }));
      expect(error).toMatchObject({ name: 'ApiError', status: 404, apiCode: 'RESOURCE_NOT_EXISTS' });
    } finally {
      fx.v3.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: fx.listed } }));
    }
  });
});

describe('a client with no key yet trusts only certificates a trusted CA issued', () => {
  const otherCa = makePlatformCa('Another Test CA');
  afterAll(() => otherCa.cleanup());

  test.each([
    ['self-signed', () => selfSigned(fx.v3.platform.privatePem, S1)],
    ['issued by another CA', () => otherCa.issue(fx.v3.platform.privatePem, S1, 10)],
  ])('a certificate %s, though it signed the answer, is CERTIFICATE_UNTRUSTED and adds nothing', async (_what, make) => {
    fx.listed = [seal(make())];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(error)).toBe('CERTIFICATE_UNTRUSTED');
    expect((error as Error).message).toContain(S1);
    expect((error as Error).message).toContain('Test Platform CA');
    expect(keysOf(wx)).toEqual([]);
  });

  test("without platformCertificateAuthorities only WeChat Pay's CA is trusted, and the message says how to trust another", async () => {
    const wx = fx.v3.client({ certs: undefined });
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(error)).toBe('CERTIFICATE_UNTRUSTED');
    expect((error as Error).message).toMatch(/not by a trusted platform CA \(Tenpay\.com Root CA\).*platformCertificateAuthorities/);
    expect(keysOf(wx)).toEqual([]);
  });

  test('an untrusted entry beside a trusted one is skipped and named; the trusted one is installed', async () => {
    fx.listed = [seal(fx.cert1), seal(selfSigned(rotated.privatePem, S2))];
    const wx = bare();
    const list = await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(list.map((item) => item.serial)).toEqual([S1]);
    expect(list.skipped).toEqual([{ serial: S2, reason: 'CERTIFICATE_UNTRUSTED', message: expect.stringContaining('not by a trusted platform CA') }]);
    expect(keysOf(wx)).toEqual([S1]);
  });

  test('an answer signed under an untrusted entry is refused, whatever else it lists', async () => {
    fx.listed = [seal(selfSigned(fx.v3.platform.privatePem, S1)), seal(fx.cert2)];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(error)).toBe('CERTIFICATE_UNTRUSTED');
    expect((error as Error).message).toMatch(new RegExp(`signed under certificate ${S1}, which is issued by`));
    expect(keysOf(wx)).toEqual([]);
  });

  test('platformCertificateAuthorities is checked by Builder.factory, before anything is sent', () => {
    const before = fx.v3.server.checks.length;
    for (const [value, message] of [
      [[], /empty list/],
      ['not a certificate', /holds no certificate/],
      [42, /must be PEM text/],
      [fx.cert1, /is not a CA certificate/],
      [[ca.pem, fx.cert1], /platformCertificateAuthorities\[1\].*not a CA certificate/],
    ] as const) {
      expect(() => fx.v3.client({ platformCertificateAuthorities: value as never })).toThrow(
        expect.objectContaining({ name: 'ConfigurationError', message: expect.stringMatching(message) }),
      );
    }
    expect(() => fx.v3.client({ platformCertificateAuthorities: [ca.pem, new X509Certificate(otherCa.pem)] })).not.toThrow();
    expect(fx.v3.server.checks.length).toBe(before);
  });
});
