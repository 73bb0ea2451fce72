import { Builder, type Client, type ClientConfig } from '../../src';
import { rsaPair, startV3Server, type V3Server } from './v3-server';

export const MCHID = '1900000109';
export const MERCHANT_SERIAL = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C';
export const PLATFORM_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';

export interface V3Setup {
  server: V3Server;
  wx: Client;
  merchant: ReturnType<typeof rsaPair>;
  platform: ReturnType<typeof rsaPair>;
  /** Another client on the same server, with extra configuration. */
  client(extra?: Partial<ClientConfig>): Client;
}

/** A v3 verifying server plus a client configured for it, keys generated afresh. */
export async function setupV3(serial = PLATFORM_SERIAL): Promise<V3Setup> {
  const merchant = rsaPair();
  const platform = rsaPair();
  const server = await startV3Server({
    mchid: MCHID,
    merchantPublicKey: merchant.publicKey,
    merchantSerial: MERCHANT_SERIAL,
    platformKey: platform.privateKey,
    serial,
  });
  const client = (extra: Partial<ClientConfig> = {}) =>
    Builder.factory({
      mchid: MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: merchant.privatePem,
      certs: { [serial]: platform.publicPem },
      baseURL: server.url,
      ...extra,
    });
  return { server, wx: client(), merchant, platform, client };
}

/**
 * `setupV3()` for the whole test file (or `describe`): started before its tests, closed after
 * them, its record of checks emptied before each.
 *
 * @example const v3 = useV3(); test('…', async () => { await v3.wx.v3.certificates.get(); expect(v3.server.checks[0]!.authOk).toBe(true); });
 */
export function useV3(serial = PLATFORM_SERIAL): V3Setup {
  const fixture = {} as V3Setup;
  beforeAll(async () => {
    Object.assign(fixture, await setupV3(serial));
  });
  afterAll(() => fixture.server.close());
  beforeEach(() => {
    fixture.server.checks.length = 0;
  });
  return fixture;
}
