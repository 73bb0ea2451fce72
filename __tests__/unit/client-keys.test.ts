import { generateKeyPairSync } from 'node:crypto';
import { Builder, Certificates, isConfigurationError, signNotification, verifyNotification } from '../../src';
import { MCHID } from '../helpers/seed';
import { thrown } from '../helpers/thrown';

// `apiv3Key` and `ca` in Builder.factory: checked at build time, used by the helpers.
const APIV3_KEY = 'an-apiv3-key-of-32-bytes-exactly';
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000';
const certs = { [SERIAL]: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
const refusal = thrown;

test('a client built with apiv3Key verifies notifications given as its certs without repeating the key', () => {
  const wx = Builder.factory({ mchid: MCHID, certs, apiv3Key: APIV3_KEY });
  const { headers, body } = signNotification(
    { event_type: 'TRANSACTION.SUCCESS', resource: { out_trade_no: 'T1' } },
    { privateKey: platform.privateKey, serial: SERIAL, apiv3Key: APIV3_KEY },
  );
  expect(verifyNotification<{ out_trade_no: string }>({ body, headers, certs: wx }).resource.out_trade_no).toBe('T1');
  // Without a key anywhere it says which to give.
  expect(() => verifyNotification({ body, headers, certs: Builder.factory({ mchid: MCHID, certs }) })).toThrow(/`apiv3Key`.*32 bytes/);
});

test('a wrong apiv3Key or ca is refused at build time by name, never shown', () => {
  const short = refusal(() => Builder.factory({ mchid: MCHID, apiv3Key: 'short-key' }));
  expect(isConfigurationError(short)).toBe(true);
  expect((short as Error).message).toMatch(/`apiv3Key`: the APIv3 key .* must be 32 bytes; got 9 bytes/);
  expect((short as Error).message).not.toContain('short-key');
  const ca = refusal(() => Builder.factory({ mchid: MCHID, ca: 'no-such-ca.pem' }));
  expect(isConfigurationError(ca)).toBe(true);
  expect((ca as Error).message).toMatch(/^ca: cannot read the file "no-such-ca\.pem"/);
});

test("Certificates.download without options needs the client's apiv3Key, and names it", async () => {
  const error = await Certificates.download(Builder.factory({ mchid: MCHID })).catch((e: unknown) => e);
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toMatch(/Certificates.download: `apiv3Key` \(or the client's\)/);
});
