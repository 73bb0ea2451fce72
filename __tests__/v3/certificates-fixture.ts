import { Certificates, isVerificationError, type Client } from '../../src';
import { makePlatformCa, sealCertificate, type PlatformCa } from '../helpers/pki';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { rsaPair, startV3Server, type V3Server } from '../helpers/v3-server';

// What the Certificates suites (download and CA trust, validity dates, refresh) share: WeChat
// Pay's certificate list served by a verifying server, the certificate it rotates to, and a
// second server that signs with the rotated-to key.

export const APIV3_KEY = 'v3KeyOfExactly32BytesForTesting!';
export const WRONG_KEY = 'another32ByteKeyThatIsNotTheKey!';
/** The serial the server signs under: the first platform certificate's. */
export const S1 = PLATFORM_SERIAL;
/** The certificate WeChat Pay rotates to. */
export const S2 = '3A4B5C6D7E8F90112233445566778899AABBCCDD';
/** A key configured by hand under its own id. */
export const HAND = '7777777777777777777777777777777777777777';
// Typed as plain `string`: the test server answers what it likes.
export const ORDER: string = 'v3/pay/transactions/id/4200000000';

export const keysOf = (wx: Client) => Certificates.keys(wx).map((k) => k.id);
export const keyOf = (wx: Client, id: string) => Certificates.keys(wx).find((k) => k.id === id);
export const downloadedOf = (wx: Client) =>
  Certificates.keys(wx)
    .filter((k) => k.downloaded)
    .map((k) => k.id);
export const reasonOf = (error: unknown) => (isVerificationError(error) ? error.reason : error);

/** One `data[]` entry, sealed with node's AES-256-GCM under `key` (the APIv3 key unless told). */
export const seal = (pem: string, options: { key?: string; listedAs?: string; tamperTag?: boolean } = {}) =>
  sealCertificate(pem, options.key ?? APIV3_KEY, options);

export interface CertificatesFixture {
  /** The test's stand-in for Tenpay.com Root CA (openssl, never the SDK). */
  ca: PlatformCa;
  /** A platform certificate for `keyPem` that `ca` issued. */
  makeCertificate: (keyPem: string, serial: string, days: number) => string;
  /** A key of no one's certificate, one configured by hand, and the one WeChat Pay rotates to. */
  other: ReturnType<typeof rsaPair>;
  hand: ReturnType<typeof rsaPair>;
  rotated: ReturnType<typeof rsaPair>;
  /** A client that holds no platform key: it must bootstrap from the list, trusting the test CA. */
  bare: () => Client;
  /** A client that holds WeChat Pay's current key and one of its own, both configured by hand. */
  handClient: () => Client;
  /** Set before the tests: the server signing under S1, and the one signing with `rotated` under S2. */
  v3: V3Setup;
  serverB: V3Server;
  /** The certificates of S1 (the server's key) and S2 (`rotated`), ten days long. */
  cert1: string;
  cert2: string;
  /** What `GET /v3/certificates` answers in `data`: `[seal(cert1)]` at the start of each test. */
  listed: unknown[];
}

/**
 * Starts the servers before the suite's tests and closes them after; each test starts with the
 * server well behaved and listing `cert1` alone.
 *
 * @example const fx = certificatesFixture(); test('…', async () => { fx.listed = [seal(fx.cert2)]; … });
 */
export function certificatesFixture(): CertificatesFixture {
  const ca = makePlatformCa();
  const hand = rsaPair();
  const fx = {
    ca,
    makeCertificate: (keyPem: string, serial: string, days: number) => ca.issue(keyPem, serial, days),
    other: rsaPair(),
    hand,
    rotated: rsaPair(),
    bare: () => fx.v3.client({ certs: undefined, platformCertificateAuthorities: ca.pem }),
    handClient: () => fx.v3.client({ certs: { [HAND]: hand.publicPem, [S1]: fx.v3.platform.publicPem } }),
    listed: [],
  } as unknown as CertificatesFixture;
  beforeAll(async () => {
    const v3 = (fx.v3 = await setupV3(S1));
    fx.cert1 = fx.makeCertificate(v3.platform.privatePem, S1, 10);
    fx.cert2 = fx.makeCertificate(fx.rotated.privatePem, S2, 10);
    v3.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: fx.listed } }));
    v3.server.routes.set(`GET /${ORDER}`, () => ({ status: 200, json: { trade_state: 'SUCCESS' } }));
    // The rotated-to key signs here, as WeChat Pay will once it switches.
    fx.serverB = await startV3Server({
      mchid: MCHID,
      merchantPublicKey: v3.merchant.publicKey,
      merchantSerial: MERCHANT_SERIAL,
      platformKey: fx.rotated.privateKey,
      serial: S2,
    });
    fx.serverB.routes.set(`GET /${ORDER}`, () => ({ status: 200, json: { trade_state: 'SUCCESS' } }));
  });
  afterAll(async () => {
    await Promise.all([fx.v3.server.close(), fx.serverB.close()]);
    ca.cleanup();
  });
  beforeEach(() => {
    fx.v3.server.fault = 'none';
    fx.listed = [seal(fx.cert1)];
  });
  return fx;
}
