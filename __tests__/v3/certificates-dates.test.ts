import { Certificates, MAX_CERTIFICATES } from '../../src';
import { fakeDate } from '../helpers/clock';
import { rejection } from '../helpers/thrown';
import { APIV3_KEY, certificatesFixture, downloadedOf, HAND, keysOf, ORDER, reasonOf, S1, seal } from './certificates-fixture';

const fx = certificatesFixture();
const { makeCertificate, other, bare, handClient } = fx;
/** A certificate that expires two days from now. */
const SHORT = '2C0FFEE0000000000000000000000000000000AA';
let short: string;
beforeAll(() => {
  short = makeCertificate(other.privatePem, SHORT, 2);
});

describe('validity dates (Date faked, timers real)', () => {
  const DAY = 24 * 3600_000;
  /** Move the clock `offset` from the real now (servers and SDK share it, as they would in life). */
  const at = (offset: number) => {
    jest.useRealTimers();
    fakeDate(Date.now() + offset);
  };
  afterEach(() => jest.useRealTimers());

  test('one expired entry is skipped and named; the other is installed, on a new client and on one that holds a key', async () => {
    fx.listed = [seal(fx.cert1), seal(short)];
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
    fx.listed = [seal(fx.cert1), seal(short)];
    at(-DAY);
    const wx = bare();
    const early = await rejection(Certificates.download(wx, { apiv3Key: APIV3_KEY }));
    expect(reasonOf(early)).toBe('CERTIFICATE_NOT_VALID');
    expect((early as Error).message).toMatch(new RegExp(`none of the 2 .*${S1} is not valid before .*${SHORT} is not valid before`));
    expect(keysOf(wx)).toEqual([]);
  });

  test('the refresher installs the others and tells onError which entry it skipped', async () => {
    fx.listed = [seal(fx.cert1), seal(short)];
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
    fx.listed = [seal(fx.cert1), seal(short)];
    await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(keysOf(wx)).toEqual([HAND, S1, SHORT]);
    at(3 * DAY);
    fx.listed = [seal(fx.cert1)];
    await Certificates.download(wx, { apiv3Key: APIV3_KEY });
    expect(keysOf(wx)).toEqual([HAND, S1]);
  });
});

test(`downloaded keys are capped at ${MAX_CERTIFICATES}, the latest answer's and hand-configured keys kept`, async () => {
  const wx = handClient();
  const extras = Array.from({ length: MAX_CERTIFICATES + 2 }, (_, i) => `6${i.toString(16).toUpperCase().padStart(39, '0')}`);
  for (const serial of extras) {
    fx.listed = [seal(fx.cert1), seal(makeCertificate(other.privatePem, serial, 2))];
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
