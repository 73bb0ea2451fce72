import { constants, createHash, generateKeyPairSync, privateDecrypt, verify } from 'node:crypto';
import { buildRoute } from '../../src/chain/route';
import { platformKeyOf } from '../../src/crypto/platform-key';
import { planCall } from '../../src/pipeline/plan';
import { CallState } from '../../src/pipeline/state';

import { v2Pipeline, v3Pipeline } from '../../src/pipeline/steps';
import { MCHID, SECRET } from '../helpers/seed';
import { parseAuthorization } from '../helpers/v3-server';

const PLAN_DEFAULTS = { timeout: 30_000, maxContentLength: undefined, maxRedirects: 0, signal: undefined, undici: true, merchantCertificate: false };

// The order of each pipeline's steps, as plain arrays, run on a call's state without a network:
// what a step needs from the one before it (v3: the body encrypted before it is signed; v2: the
// sign over the very XML sent) holds only in this order.
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SERIAL = 'PLATFORMSERIAL0001';
const certs = new Map([[SERIAL, platformKeyOf(platform.publicKey)]]);

test('the steps, in the order they run', () => {
  const v2 = v2Pipeline({ mchid: MCHID, secret: SECRET });
  const v3 = v3Pipeline({ mchid: MCHID, serial: 'MERCHANTSERIAL', privateKey: merchant.privateKey, certs });
  expect(v2.request.map((step) => step.name)).toEqual(['v2Sign']);
  expect(v2.response.map((step) => step.name)).toEqual(['v2Verify', 'v2Parse']);
  expect(v3.request.map((step) => step.name)).toEqual(['v3Encrypt', 'v3Sign']);
  expect(v3.response.map((step) => step.name)).toEqual(['v3Verify', 'v3Parse']);
});

test('APIv3: encrypt writes the body and names the platform key, then sign covers those very bytes', async () => {
  const v3 = v3Pipeline({ mchid: MCHID, serial: 'MERCHANTSERIAL', privateKey: merchant.privateKey, certs });
  const route = buildRoute(['v3', 'profitsharing', 'receivers', 'add'], 'post', {
    json: (encrypt: (text: string) => string) => ({ type: 'PERSONAL_OPENID', account: 'o-1', name: encrypt('张三') }),
  });
  let state = new CallState(route, planCall(route, PLAN_DEFAULTS), false);
  for (const step of v3.request) state = await step(state);
  const body = JSON.parse(String(state.body)) as { name: string };
  expect(
    privateDecrypt({ key: platform.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(body.name, 'base64')).toString(),
  ).toBe('张三');
  expect(state.headers['Wechatpay-Serial']).toBe(SERIAL);
  const auth = parseAuthorization(state.headers.Authorization);
  expect(auth?.mchid).toBe(MCHID);
  const message = `POST\n${route.signedPath}\n${auth!.timestamp}\n${auth!.nonce_str}\n${String(state.body)}\n`;
  expect(verify('sha256', Buffer.from(message), merchant.publicKey, Buffer.from(auth!.signature ?? '', 'base64'))).toBe(true);
});

test('APIv2: sign writes the XML whose sign is over its own fields', () => {
  const v2 = v2Pipeline({ mchid: MCHID, secret: SECRET });
  const route = buildRoute(['v2', 'pay', 'orderquery'], 'post', { xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'T1' } });
  let state = new CallState(route, planCall(route, PLAN_DEFAULTS), false);
  for (const step of v2.request) state = step(state) as CallState;
  const xml = String(state.body);
  const fields = Object.fromEntries([...xml.matchAll(/<(\w+)><!\[CDATA\[(.*?)\]\]><\/\1>|<(\w+)>([^<]*)<\/\3>/g)].map((m) => [m[1] ?? m[3], m[2] ?? m[4]]));
  const { sign, ...rest } = fields as Record<string, string>;
  const plain = `${Object.keys(rest)
    .sort()
    .map((key) => `${key}=${rest[key]}`)
    .join('&')}&key=${SECRET}`;
  expect(sign).toBe(createHash('md5').update(plain).digest('hex').toUpperCase());
  expect(rest.out_trade_no).toBe('T1');
  expect(rest.nonce_str).toMatch(/^\w{16,32}$/);
});
