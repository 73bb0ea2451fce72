import { verify as nodeVerify } from 'node:crypto';
import { inspect } from 'node:util';
import { Builder, isConfigurationError, type ClientConfig } from '../../src';
import { thrown } from '../helpers/thrown';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { parseAuthorization } from '../helpers/v3-server';

// PHP's `privateKey => [$encryptedPem, $passphrase]`: the client decrypts the key once and signs with it.
let v3: V3Setup;
const PASSPHRASE = 'merchant-key-passphrase';
const ORDER = { out_trade_no: '1217752501201407033233368018', trade_state: 'SUCCESS' };
let encryptedPem: string;

beforeAll(async () => {
  v3 = await setupV3();
  v3.server.routes.set('GET /v3/pay/transactions/out-trade-no/1217752501201407033233368018', () => ({ status: 200, json: ORDER }));
  encryptedPem = v3.merchant.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: PASSPHRASE }) as string;
});
afterAll(() => v3.server.close());

test('Builder.factory({ privateKey: [encryptedPem, passphrase] }) signs an APIv3 request that node:crypto verifies', async () => {
  const wx = Builder.factory({
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: [encryptedPem, PASSPHRASE],
    certs: { [PLATFORM_SERIAL]: v3.platform.publicPem },
    baseURL: v3.server.url,
  });
  const { data } = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: ORDER.out_trade_no, query: { mchid: MCHID } });
  expect(data).toEqual(ORDER);
  const { request } = v3.server.checks.at(-1)!;
  const auth = parseAuthorization(request.headers.authorization)!;
  const message = `GET\n/v3/pay/transactions/out-trade-no/${ORDER.out_trade_no}?mchid=${MCHID}\n${auth.timestamp}\n${auth.nonce_str}\n\n`;
  expect(nodeVerify('sha256', Buffer.from(message), v3.merchant.publicKey, Buffer.from(auth.signature!, 'base64'))).toBe(true);
});

test('a wrong passphrase fails when the client is built, naming the problem and showing neither secret', () => {
  const config: ClientConfig = { mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: [encryptedPem, 'not-the-passphrase'] };
  const error = thrown(() => Builder.factory(config));
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toMatch(/the passphrase does not decrypt the encrypted `ENCRYPTED PRIVATE KEY` PEM/);
  const body = encryptedPem.replace(/-----[^-]+-----|\s/g, '');
  for (const rendering of [(error as Error).message, JSON.stringify(error), inspect(error)]) {
    expect(rendering).not.toContain('not-the-passphrase');
    expect(rendering).not.toContain(body.slice(64, 96));
  }
});
