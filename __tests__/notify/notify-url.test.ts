import { createCipheriv, createHash, createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Builder } from '../../src';
import { readBody } from '../helpers/http';
import { notificationAnswer, v2NotificationAnswer, verifyNotification, verifyV2Notification, type Notification } from '../../src/notify';

// End to end: a real node:http server is the merchant's notify_url, written as a merchant would
// write it with this SDK; the test is WeChat Pay, POSTing notifications built with node:crypto.
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000';
const APIV3_KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';
const APIV2_KEY = '192006250b4c09247ec02edce69f6a2d';
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const wx = Builder.factory({ mchid: '1900000109', certs: { [SERIAL]: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString() } });

let server: Server;
let port: number;
const handled: Array<Notification | Error> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    void readBody(req).then((body) => {
      if (req.url === '/notify/v2') {
        let answer;
        try {
          verifyV2Notification(body, APIV2_KEY);
          answer = v2NotificationAnswer();
        } catch (error) {
          answer = v2NotificationAnswer(error);
        }
        res.writeHead(answer.status, answer.headers).end(answer.body);
        return;
      }
      let answer;
      try {
        handled.push(verifyNotification({ body, headers: req.headers, certs: wx, apiv3Key: APIV3_KEY }));
        answer = notificationAnswer();
      } catch (error) {
        handled.push(error as Error);
        answer = notificationAnswer(error);
      }
      res.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);
beforeEach(() => {
  handled.length = 0;
});

function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Length': String(Buffer.byteLength(body)), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** What WeChat Pay POSTs for a paid order. */
function paidNotification(): { body: string; headers: Record<string, string> } {
  const nonce = randomBytes(6).toString('hex');
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(APIV3_KEY), Buffer.from(nonce));
  cipher.setAAD(Buffer.from('transaction'));
  const ciphertext = Buffer.concat([
    cipher.update('{"out_trade_no":"1217752501201407033233368018","trade_state":"SUCCESS"}'),
    cipher.final(),
    cipher.getAuthTag(),
  ]).toString('base64');
  const body = JSON.stringify({
    id: 'EV-2018022511223320873',
    create_time: '2015-05-20T13:29:35+08:00',
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: { original_type: 'transaction', algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: 'transaction', nonce },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signNonce = randomBytes(16).toString('hex');
  const signature = createSign('RSA-SHA256').update(`${timestamp}\n${signNonce}\n${body}\n`).sign(platform.privateKey, 'base64');
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'Wechatpay-Serial': SERIAL,
      'Wechatpay-Signature': signature,
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': signNonce,
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
    },
  };
}

test('APIv3: a good notification is answered 204 and handled', async () => {
  const { body, headers } = paidNotification();
  const answer = await post('/notify', body, headers);
  expect(answer).toEqual({ status: 204, body: '' });
  expect(handled).toHaveLength(1);
  expect((handled[0] as Notification).resource).toEqual({ out_trade_no: '1217752501201407033233368018', trade_state: 'SUCCESS' });
});

test('APIv3: a tampered notification is answered non-2xx with {"code":"FAIL"}, so WeChat retries', async () => {
  const { body, headers } = paidNotification();
  const answer = await post('/notify', body.replace('支付成功', '支付失败'), headers);
  expect(answer.status).toBe(401);
  expect(JSON.parse(answer.body)).toEqual({ code: 'FAIL', message: 'verification failed (BAD_SIGNATURE)' });
  expect(handled[0]).toMatchObject({ name: 'VerificationError', reason: 'BAD_SIGNATURE' });
});

test('APIv3: a signature probe is answered non-2xx', async () => {
  const { body, headers } = paidNotification();
  const answer = await post('/notify', body, { ...headers, 'Wechatpay-Signature': `WECHATPAY/SIGNTEST/${headers['Wechatpay-Signature']}` });
  expect(answer.status).toBe(401);
  expect(JSON.parse(answer.body)).toEqual({ code: 'FAIL', message: 'verification failed (PROBE)' });
});

test('APIv2: a signed notification gets SUCCESS, a forged one FAIL under a non-2xx status', async () => {
  const fields: Record<string, string> = {
    appid: 'wx2421b1c4370ec43b',
    mch_id: '10000100',
    nonce_str: '5d2b6c2a8db53831f7eda20af46e531c',
    out_trade_no: '1409811653',
    result_code: 'SUCCESS',
    return_code: 'SUCCESS',
    total_fee: '1',
  };
  const signed =
    Object.keys(fields)
      .sort()
      .map((k) => `${k}=${fields[k]}`)
      .join('&') + `&key=${APIV2_KEY}`;
  const sign = createHash('md5').update(signed).digest('hex').toUpperCase();
  const xml = (extra: Record<string, string>) =>
    `<xml>${Object.entries({ ...fields, ...extra })
      .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
      .join('')}</xml>`;
  const good = await post('/notify/v2', xml({ sign }), { 'Content-Type': 'text/xml' });
  expect(good).toEqual({ status: 200, body: '<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>' });
  const forged = await post('/notify/v2', xml({ total_fee: '100', sign }), { 'Content-Type': 'text/xml' });
  expect(forged).toEqual({ status: 401, body: '<xml><return_code>FAIL</return_code><return_msg>verification failed (BAD_SIGN)</return_msg></xml>' });
});
