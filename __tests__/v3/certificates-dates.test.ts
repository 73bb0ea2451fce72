import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Certificates, isVerificationError, MAX_CERTIFICATES, type Client } from '../../src';
import { makePlatformCa, sealCertificate } from '../helpers/pki';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { rsaPair, startV3Server, type V3Server } from '../helpers/v3-server';

const APIV3_KEY = 'v3KeyOfExactly32BytesForTesting!';
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
let short: string;
/** What `GET /v3/certificates` answers in `data`. */
let listed: unknown[] = [];

const keysOf = (wx: Client) => Certificates.keys(wx).map((k) => k.id);
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
