import { privateDecrypt, constants } from 'node:crypto';
import { isConfigurationError, isVerificationError } from '../../src';
import { MCHID, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';

const PUB_KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000';
// Typed as plain `string`: the test server echoes what it got, not the documented answer.
const APPLYMENT: string = 'v3/applyment4sub/applyment/';

describe('public-key mode (PUB_KEY_ID_…)', () => {
  let v3: V3Setup;
  beforeAll(async () => {
    v3 = await setupV3(PUB_KEY_ID);
    v3.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: [] } }));
    v3.server.routes.set('POST /v3/applyment4sub/applyment/', (check) => ({
      status: 200,
      json: { applyment_id: 2000002124775691, seen: JSON.parse(check.request.text), serial: check.request.headers['wechatpay-serial'] },
    }));
  });
  afterAll(() => v3.server.close());

  test('requests name the public key in Wechatpay-Serial and answers signed with it verify', async () => {
    const { data } = await v3.wx.v3.certificates.get();
    expect(data).toEqual({ data: [] });
    expect(v3.server.checks[0]!.request.headers['wechatpay-serial']).toBe(PUB_KEY_ID);
    expect(v3.server.checks[0]!.authOk).toBe(true);
  });

  test('sensitive fields: json as a function gets encrypt(), the request names the key used', async () => {
    const { data } = await v3.wx.chain(APPLYMENT).post({
      json: (encrypt: (text: string) => string) => ({
        business_code: 'X',
        contact_info: { contact_name: encrypt('张三'), mobile_phone: encrypt('13900000000') },
      }),
    });
    const seen = data as { seen: { contact_info: Record<string, string> }; serial: string };
    expect(seen.serial).toBe(PUB_KEY_ID);
    const decrypt = (b64: string) =>
      privateDecrypt({ key: v3.platform.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(b64, 'base64')).toString('utf8');
    expect(decrypt(seen.seen.contact_info.contact_name!)).toBe('张三');
    expect(decrypt(seen.seen.contact_info.mobile_phone!)).toBe('13900000000');
    expect(v3.server.checks.at(-1)!.authOk).toBe(true);
  });

  test('a Wechatpay-Serial that names no configured key is refused before sending', async () => {
    const before = v3.server.checks.length;
    const error = await v3.wx
      .chain(APPLYMENT)
      .post({ headers: { 'Wechatpay-Serial': 'NOPE' }, json: (encrypt: (t: string) => string) => ({ name: encrypt('x') }) })
      .catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect(v3.server.checks.length).toBe(before);
  });
});

describe('migration: platform certificate serials and a PUB_KEY_ID side by side', () => {
  let v3: V3Setup;
  beforeAll(async () => {
    v3 = await setupV3(PLATFORM_SERIAL);
    v3.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: [] } }));
  });
  afterAll(() => v3.server.close());

  test('an answer signed under the certificate serial verifies while a PUB_KEY_ID is also configured', async () => {
    const other = (await import('../helpers/v3-server')).rsaPair();
    const wx = v3.client({ certs: { [PUB_KEY_ID]: other.publicPem, [PLATFORM_SERIAL]: v3.platform.publicPem } });
    await expect(wx.v3.certificates.get()).resolves.toMatchObject({ status: 200 });
  });

  test('the key under an id must be the one that signed: a swapped key is a BAD_SIGNATURE', async () => {
    const other = (await import('../helpers/v3-server')).rsaPair();
    const wx = v3.client({ certs: { [PLATFORM_SERIAL]: other.publicPem } });
    const error = await wx.v3.certificates.get().catch((e: unknown) => e);
    expect(isVerificationError(error) && error.reason).toBe('BAD_SIGNATURE');
    expect(MCHID).toBe('1900000109');
  });
});
