import { constants, generateKeyPairSync, publicEncrypt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Builder, Certificates, Rsa, signNotification, verifyNotification } from '../../src/index';
import { startServer } from '../helpers/http';
import { codeBlocks } from './blocks';

// docs/faq.md quotes the SDK's messages word for word: each is produced here, through the public
// API, and must be one of the page's `text` blocks; every such block is accounted for. The Chinese
// page, docs/faq.zh-CN.md, quotes the same messages in the same order, under the same anchors.
const ROOT = path.resolve(__dirname, '../..');
const FAQ = 'docs/faq.md';
const quotedIn = (file: string) =>
  codeBlocks(file, readFileSync(path.join(ROOT, file), 'utf8'))
    .filter((b) => b.language === 'text')
    .map((b) => b.code.trim());
const quoted = quotedIn(FAQ);

const APIV3_KEY = 'your-apiv3-secret-key-length-32b';
const PUB_KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000';
const CERT_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
const REQUEST_ID = '08F78BB5AF0610D302A1B1C1D1E1F1011';
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platformPem = platform.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const notification = signNotification(
  { event_type: 'TRANSACTION.SUCCESS', resource: { out_trade_no: 'order_20250101_0001', trade_state: 'SUCCESS' } },
  { privateKey: platform.privateKey, serial: PUB_KEY_ID, apiv3Key: APIV3_KEY },
);
const certs = { [PUB_KEY_ID]: platformPem };

/** The message `run` throws with; fails the test when it does not throw. */
async function messageOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a failure');
}

/** A v3 client pointed at a 127.0.0.1 server that answers every request with `status` and WeChat's error `body`. */
async function failingWith(status: number, body: object, run: (wx: ReturnType<typeof Builder.factory>) => Promise<unknown>): Promise<string> {
  const server = await startServer(() => ({ status, headers: { 'Content-Type': 'application/json', 'Request-ID': REQUEST_ID }, body: JSON.stringify(body) }));
  try {
    const wx = Builder.factory({ mchid: '1900000109', serial: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C', privateKey: merchant.privateKey, certs, baseURL: server.url });
    return await messageOf(() => run(wx));
  } finally {
    await server.close();
  }
}

const produced: string[] = [];
function expectQuoted(message: string): void {
  produced.push(message);
  expect(quoted).toContain(message);
}

test('a body parsed by a framework, and one parsed then re-serialised: the two messages quoted', async () => {
  const { headers, body } = notification;
  expectQuoted(await messageOf(() => verifyNotification({ body: JSON.parse(body) as Buffer, headers, certs, apiv3Key: APIV3_KEY })));
  const reserialised = JSON.stringify(JSON.parse(body), null, 2);
  expect(reserialised).not.toBe(body);
  expectQuoted(await messageOf(() => verifyNotification({ body: reserialised, headers, certs, apiv3Key: APIV3_KEY })));
  // The raw bytes themselves pass: the failure above is the re-serialising.
  expect(verifyNotification({ body, headers, certs, apiv3Key: APIV3_KEY }).resource).toMatchObject({ trade_state: 'SUCCESS' });
});

test('a wrong APIv3 key, and one of the wrong length', async () => {
  const { headers, body } = notification;
  expectQuoted(await messageOf(() => verifyNotification({ body, headers, certs, apiv3Key: 'x'.repeat(32) })));
  expectQuoted(await messageOf(() => verifyNotification({ body, headers, certs, apiv3Key: 'abc' })));
});

test('a notification signed with the public key while only the platform certificate is configured', async () => {
  const { headers, body } = notification;
  expectQuoted(await messageOf(() => verifyNotification({ body, headers, certs: { [CERT_SERIAL]: platformPem }, apiv3Key: APIV3_KEY })));
});

test('/v3/certificates answering 404 RESOURCE_NOT_EXISTS to a public-key merchant', async () => {
  const message =
    '无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥。可查看指引https://pay.weixin.qq.com/docs/merchant/products/platform-certificate/wxp-pub-key-guide.html';
  expectQuoted(await failingWith(404, { code: 'RESOURCE_NOT_EXISTS', message }, (wx) => Certificates.download(wx, { apiv3Key: APIV3_KEY })));
});

test('PKCS#1 v1.5 ciphertext is not decrypted: the OAEP failure, OpenSSL text elided', async () => {
  const ciphertext = publicEncrypt({ key: merchant.publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from('张三')).toString('base64');
  const message = await messageOf(() => Rsa.decrypt(ciphertext, merchant.privateKey));
  expectQuoted(message.replace(/decryption failed \(.*\); wrong/, 'decryption failed (…); wrong'));
  // What the SDK does use round-trips.
  expect(Rsa.decrypt(Rsa.encrypt('张三', merchant.publicKey), merchant.privateKey)).toBe('张三');
});

test('401 SIGN_ERROR as the SDK reports it', async () => {
  expectQuoted(
    await failingWith(401, { code: 'SIGN_ERROR', message: '商户证书序列号有误。请使用签名私钥匹配的证书序列号' }, (wx) =>
      wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'order_20250101_0001', query: { mchid: '1900000109' } }),
    ),
  );
});

test("every quoted block is one of the SDK's messages above, or Node's own refusal of PKCS#1 v1.5 decryption", () => {
  const node = 'TypeError: RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809';
  expect(quoted.length).toBeGreaterThanOrEqual(8);
  expect([...quoted].sort()).toEqual([...produced, node].sort());
});

test('the Chinese FAQ quotes the same messages, in the same order, under the same anchors', () => {
  const zh = 'docs/faq.zh-CN.md';
  expect(quotedIn(zh)).toEqual(quoted);
  const anchors = (file: string) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/<a id="([\w-]+)"><\/a>/g)].map((m) => m[1]);
  expect(anchors(FAQ).length).toBeGreaterThanOrEqual(7);
  expect(anchors(zh)).toEqual(anchors(FAQ));
});
