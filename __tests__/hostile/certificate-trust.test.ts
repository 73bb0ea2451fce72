import { Certificates, isVerificationError, VerificationReason, type Client } from '../../src';
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
