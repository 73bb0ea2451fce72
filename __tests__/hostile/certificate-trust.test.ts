import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Certificates, isVerificationError, VerificationReason, type Client } from '../../src';
import { fakeDate } from '../helpers/clock';
import { sealCertificate, selfSigned } from '../helpers/pki';
import { rejection } from '../helpers/thrown';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { rsaPair, startV3Server, type V3Server } from '../helpers/v3-server';

// An attacker who knows the APIv3 key and can answer GET /v3/certificates (a proxy, a DNS entry, a
// leaked key) lists a certificate of their own and signs the answer with its key. Were it installed,
// they could forge every answer and notification from then on.
const APIV3_KEY = 'v3KeyOfExactly32BytesForTesting!';
const ATTACKER_SERIAL = '0BADBADBADBADBADBADBADBADBADBADBADBADBAD';
const ORDER = 'v3/pay/transactions/id/4200000000';

let real: V3Setup;
let attacker: V3Server;
const attackerKey = rsaPair();
const attackerCertificate = selfSigned(attackerKey.privatePem, ATTACKER_SERIAL);
/** What the attacker lists. */
let listed: unknown[] = [];
const ids = (wx: Client) => Certificates.keys(wx).map((key) => key.id);

beforeAll(async () => {
  real = await setupV3(PLATFORM_SERIAL);
  attacker = await startV3Server({
    mchid: MCHID,
    merchantPublicKey: real.merchant.publicKey,
    merchantSerial: MERCHANT_SERIAL,
    platformKey: attackerKey.privateKey,
    serial: ATTACKER_SERIAL,
  });
  attacker.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: listed } }));
  attacker.routes.set(`GET /${ORDER}`, () => ({ status: 200, json: { trade_state: 'SUCCESS', amount: { total: 1 } } }));
});
afterAll(() => Promise.all([real.server.close(), attacker.close()]));
beforeEach(() => {
  listed = [sealCertificate(attackerCertificate, APIV3_KEY)];
});

describe('a client that holds a platform key trusts a certificate list only on that key’s word', () => {
  test('a list signed by the certificate it carries is refused, and the forged answers after it too', async () => {
    const wx = real.client({ baseURL: attacker.url });
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(isVerificationError(error) && error.reason).toBe(VerificationReason.UNKNOWN_SERIAL);
    expect((error as Error).message).toContain(ATTACKER_SERIAL);
    expect((error as Error).message).toMatch(/only on their word/);
    expect(ids(wx)).toEqual([PLATFORM_SERIAL]);
    const forged = await rejection(wx.chain(ORDER).get());
    expect(isVerificationError(forged) && forged.reason).toBe(VerificationReason.UNKNOWN_SERIAL);
  });

  test('listing the real certificate beside its own changes nothing; the refresher hears of the refusal', async () => {
    listed = [sealCertificate(selfSigned(real.platform.privatePem, PLATFORM_SERIAL), APIV3_KEY), sealCertificate(attackerCertificate, APIV3_KEY)];
    const wx = real.client({ baseURL: attacker.url });
    const heard: unknown[] = [];
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, onError: (error) => heard.push(error) });
    try {
      expect(isVerificationError(await rejection(refresher.ready))).toBe(true);
    } finally {
      refresher.stop();
    }
    expect(heard.map((error) => isVerificationError(error) && error.reason)).toEqual([VerificationReason.UNKNOWN_SERIAL]);
    expect(ids(wx)).toEqual([PLATFORM_SERIAL]);
  });
});

describe("a client with no key yet trusts a listed certificate only on the word of WeChat Pay's CA, Tenpay.com Root CA", () => {
  const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');
  const genuine = fixture('tenpay-platform-certificate.pem');
  const merchantCertificate = fixture('tenpay-merchant-certificate.pem');
  const serialOf = (pem: string) => new X509Certificate(pem).serialNumber.toUpperCase();
  let signer: V3Server;
  let signerListed: unknown[] = [];
  const bare = () => real.client({ certs: undefined, baseURL: signer.url });

  beforeAll(async () => {
    // Signs every answer with the attacker's key, under the serial of the genuine platform certificate.
    signer = await startV3Server({
      mchid: MCHID,
      merchantPublicKey: real.merchant.publicKey,
      merchantSerial: MERCHANT_SERIAL,
      platformKey: attackerKey.privateKey,
      serial: serialOf(genuine),
    });
    signer.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: signerListed } }));
  });
  afterAll(() => signer.close());
  // A fixed day inside both real certificates' validity, so the test never depends on the calendar.
  beforeEach(() => fakeDate(Date.parse('2026-01-15T00:00:00Z')));
  afterEach(() => jest.useRealTimers());

  test('a genuine WeChat Pay platform certificate passes the CA check: only the answer’s signature, which no test can make, fails', async () => {
    signerListed = [sealCertificate(genuine, APIV3_KEY)];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(isVerificationError(error) && error.reason).toBe(VerificationReason.BAD_SIGNATURE);
    expect(ids(wx)).toEqual([]);
  });

  test('a merchant API certificate, which the same CA issues and whose key every merchant holds, is no platform certificate', async () => {
    signerListed = [sealCertificate(merchantCertificate, APIV3_KEY)];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(isVerificationError(error) && error.reason).toBe(VerificationReason.CERTIFICATE_UNTRUSTED);
    expect((error as Error).message).toContain(serialOf(merchantCertificate));
    expect((error as Error).message).toMatch(/merchant API certificate is never a platform certificate/);
    expect(ids(wx)).toEqual([]);
  });

  test("the attacker's own certificate, which signed the answer, is refused; installed, it would verify forgeries", async () => {
    jest.useRealTimers(); // openssl dates the attacker's certificate from today
    signerListed = [sealCertificate(selfSigned(attackerKey.privatePem, serialOf(genuine)), APIV3_KEY)];
    const wx = bare();
    const error = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(isVerificationError(error) && error.reason).toBe(VerificationReason.CERTIFICATE_UNTRUSTED);
    expect((error as Error).message).toMatch(/not by a trusted platform CA \(Tenpay\.com Root CA\)/);
    expect(ids(wx)).toEqual([]);
  });
});
