import { createSign, generateKeyPairSync, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { Builder, Certificates, isVerificationError, verifyNotification, VerificationReason } from '../../src';
import { createCertificate, randomSerial } from '../../packages/simulator/src/x509';
import { startServer } from '../helpers/http';
import { rejection } from '../helpers/thrown';
import { MCHID } from '../helpers/seed';
import { MERCHANT_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';

// A hostile server on 127.0.0.1 signs with a certificate outside its validity window.
/** A platform certificate for `key`, valid between the two dates. */
function certificateFor(key: { publicKey: KeyObject; privateKey: KeyObject }, notBefore: Date, notAfter: Date): { pem: string; serial: string } {
  const serial = randomSerial();
  const pem = createCertificate({ subjectKey: key.publicKey, issuerKey: key.privateKey, serial, subject: { CN: 'Tenpay.com sign' }, notBefore, notAfter });
  return { pem, serial: new X509Certificate(pem).serialNumber.toUpperCase() };
}

describe('a platform certificate verifies only inside its validity window', () => {
  const day = 86_400_000;
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const expired = certificateFor(platform, new Date(Date.now() - 400 * day), new Date(Date.now() - day));
  const future = certificateFor(platform, new Date(Date.now() + day), new Date(Date.now() + 400 * day));
  const valid = certificateFor(platform, new Date(Date.now() - day), new Date(Date.now() + 400 * day));
  let v3: V3Setup | undefined;
  afterEach(() => v3?.server.close());

  async function answersSignedBy(serial: string, pem: string) {
    v3 = await setupV3(serial);
    // The helper signs with its own platform key: sign with the certificate's key instead.
    const wx = Builder.factory({ mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: v3.merchant.privatePem, certs: { [serial]: pem }, baseURL: v3.server.url });
    return { wx, v3 };
  }

  test.each([
    ['expired', expired, VerificationReason.CERTIFICATE_EXPIRED],
    ['not yet valid', future, VerificationReason.CERTIFICATE_NOT_VALID],
  ] as const)('an %s certificate verifies no answer, and says so', async (_what, certificate, reason) => {
    const { wx, v3: server } = await answersSignedBy(certificate.serial, certificate.pem);
    server.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: [] } }));
    // The answer is signed with the helper's key; the check must fail on the dates before it reaches the signature.
    const error = await rejection(wx.v3.certificates.get());
    expect(isVerificationError(error) && error.reason).toBe(reason);
    expect((error as Error).message).toContain(certificate.serial);
  });

  test('the same key from a certificate valid now verifies; as a raw public key it has no dates and stays valid', async () => {
    for (const key of [valid.pem, platform.publicKey.export({ type: 'spki', format: 'pem' }).toString()]) {
      const serial = key === valid.pem ? valid.serial : 'PUB_KEY_ID_0112233445566778899';
      const server = await startServer(() => {
        const body = Buffer.from('{"data":[]}');
        const timestamp = String(Math.floor(Date.now() / 1000));
        const nonce = randomBytes(8).toString('hex');
        const signature = createSign('RSA-SHA256').update(`${timestamp}\n${nonce}\n${body}\n`).sign(platform.privateKey, 'base64');
        return {
          status: 200,
          headers: { 'Wechatpay-Timestamp': timestamp, 'Wechatpay-Nonce': nonce, 'Wechatpay-Signature': signature, 'Wechatpay-Serial': serial },
          body,
        };
      });
      try {
        const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const wx = Builder.factory({ mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: merchant.privateKey, certs: { [serial]: key }, baseURL: server.url });
        await expect(wx.v3.certificates.get()).resolves.toMatchObject({ data: { data: [] } });
      } finally {
        await server.close();
      }
    }
  });

  test('an expired certificate verifies no notification either', () => {
    const body = Buffer.from('{"id":"N1","resource":{}}');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = 'n1';
    const signature = createSign('RSA-SHA256').update(`${timestamp}\n${nonce}\n${body}\n`).sign(platform.privateKey, 'base64');
    const headers = { 'wechatpay-timestamp': timestamp, 'wechatpay-nonce': nonce, 'wechatpay-signature': signature, 'wechatpay-serial': expired.serial };
    let caught: unknown;
    try {
      verifyNotification({ body, headers, certs: { [expired.serial]: expired.pem }, apiv3Key: 'a'.repeat(32) });
    } catch (error) {
      caught = error;
    }
    expect(isVerificationError(caught) && caught.reason).toBe(VerificationReason.CERTIFICATE_EXPIRED);
  });

  test('an expired configured certificate verifies no certificate download', async () => {
    const { wx, v3: server } = await answersSignedBy(expired.serial, expired.pem);
    server.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: [] } }));
    const error = await rejection(Certificates.download(wx, { apiv3Key: 'a'.repeat(32) }));
    expect(isVerificationError(error)).toBe(true);
  });
});
