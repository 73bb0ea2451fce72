import { createHash, createSign, randomBytes } from 'node:crypto';
import { Builder, isVerificationError, type Client } from '../../src';
import { startServer, type TestServer } from '../helpers/http';
import { rsaPair } from '../helpers/v3-server';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL } from '../helpers/v3-client';

// Statements answer a file; WeChat signs `{"sha1":"<Wechatpay-Statement-Sha1>"}` instead of it,
// and the file must then hash to that header (docs/protocol.md).
const FILE = Buffer.from('%PDF-1.4 statement of account 对账单\n', 'utf8');
let server: TestServer;
let wx: Client;
let mode: 'ok' | 'tampered-file' | 'bad-signature' = 'ok';
const platform = rsaPair();
const merchant = rsaPair();

beforeAll(async () => {
  server = await startServer(() => {
    const sha1 = createHash('sha1').update(FILE).digest('hex');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(16).toString('hex');
    const signed = `${timestamp}\n${nonce}\n${JSON.stringify({ sha1: mode === 'bad-signature' ? '0'.repeat(40) : sha1 })}\n`;
    return {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Wechatpay-Statement-Sha1': sha1,
        'Wechatpay-Timestamp': timestamp,
        'Wechatpay-Nonce': nonce,
        'Wechatpay-Serial': PLATFORM_SERIAL,
        'Wechatpay-Signature': createSign('RSA-SHA256').update(signed).sign(platform.privateKey, 'base64'),
      },
      body: mode === 'tampered-file' ? Buffer.concat([FILE, Buffer.from('x')]) : FILE,
    };
  });
  wx = Builder.factory({
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: merchant.privatePem,
    certs: { [PLATFORM_SERIAL]: platform.publicPem },
    baseURL: server.url,
  });
});
afterAll(() => server.close());

const STATEMENTS: string = 'v3/global/statements';
const download = () => wx.chain(STATEMENTS).get({ query: { date: '2024-01-01', mchid: MCHID }, responseType: 'arraybuffer' });

test('a statement verifies through its SHA-1 header and comes back byte for byte', async () => {
  mode = 'ok';
  const { data } = await download();
  expect(Buffer.isBuffer(data) && (data as Buffer).equals(FILE)).toBe(true);
});

test('a file that does not hash to the signed SHA-1 is a HASH_MISMATCH', async () => {
  mode = 'tampered-file';
  const error = await download().catch((e: unknown) => e);
  expect(isVerificationError(error) && error.reason).toBe('HASH_MISMATCH');
});

test('a signature over another SHA-1 is a BAD_SIGNATURE', async () => {
  mode = 'bad-signature';
  const error = await download().catch((e: unknown) => e);
  expect(isVerificationError(error) && error.reason).toBe('BAD_SIGNATURE');
});
