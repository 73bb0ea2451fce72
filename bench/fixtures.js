'use strict';
/**
 * What every process of the benchmark agrees on: the merchant, the two calls and the answers.
 * Keys are made once by run.js and handed to the server and the workers as PEM text.
 *
 * @example const { SEED_XML, v3Path } = require('./fixtures');
 */
const { createHash, createVerify, generateKeyPairSync } = require('node:crypto');

const MCHID = '1900000109';
/** An APIv2 key is 32 characters (wechatpay-axios-plugin refuses any other length). */
const SECRET = 'bench0secret0key0of032characters';
const MERCHANT_SERIAL = '3775B6A45ACD588826D15E583A95F5DD00000001';
const PLATFORM_SERIAL = '7132D72A03E93CDDF8C03BBD1F37EEDF00000001';

/** The seed call of the seed page (__tests__/fixtures/payitil-report.txt), field for field. */
const SEED_XML = Object.freeze({
  appid: 'wx8888888888888888',
  mch_id: MCHID,
  device_info: '013467007045764',
  interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total',
  user_ip: '8.8.8.8',
  trades: JSON.stringify([{ out_trade_no: 'out_trade_no_test_1', begin_time: '20160602203256', end_time: '20160602203257', state: 'OK', err_msg: '' }]),
});

/** How WeChat answers the report (payitil/report answers carry no `sign`). */
const V2_ANSWER =
  '<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg><result_code><![CDATA[SUCCESS]]></result_code></xml>';

/** A query-by-id answer shaped like WeChat's documented example (about 700 bytes). */
const V3_ANSWER = JSON.stringify({
  amount: { currency: 'CNY', payer_currency: 'CNY', payer_total: 100, total: 100 },
  appid: 'wxd678efh567hg6787',
  attach: '自定义数据',
  bank_type: 'CMC',
  mchid: MCHID,
  out_trade_no: '1217752501201407033233368018',
  payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  promotion_detail: [],
  success_time: '2018-06-08T10:34:56+08:00',
  trade_state: 'SUCCESS',
  trade_state_desc: '支付成功',
  trade_type: 'MICROPAY',
  transaction_id: '1217752501201407033233368018',
});

/** The id that makes the server answer with a body its signature does not cover. */
const TAMPER_ID = 'TAMPER';

/** The v3 path of call `i`: a different `{transaction_id}` every time. */
function transactionId(i) {
  return `4200000000${String(i).padStart(18, '0')}`;
}

/** Two RSA-2048 pairs: the merchant's (signs requests) and the platform's (signs answers). */
function makeKeys() {
  const pem = () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return {
      privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  };
  return { merchant: pem(), platform: pem() };
}

// ---- The server's own checks: node:crypto and a regex, never the code under test. ----

/** `<xml><k>v</k>…</xml>` (CDATA or text) to fields. */
function xmlFields(xml) {
  const fields = {};
  const inner = /^\s*<xml>([\s\S]*)<\/xml>\s*$/.exec(xml);
  if (!inner) return undefined;
  for (const m of inner[1].matchAll(/<(\w+)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g)) fields[m[1]] = m[2] ?? m[3];
  return fields;
}

/** Is this APIv2 body the seed report, for our merchant, with a correct MD5/HMAC `sign`? */
function checkV2(body) {
  const fields = xmlFields(body);
  if (!fields) return 'the body is not <xml>…</xml>';
  for (const [key, value] of Object.entries(SEED_XML)) if (fields[key] !== value) return `field ${key} differs from the seed`;
  if (!fields.nonce_str) return 'no nonce_str';
  if (!fields.sign) return 'no sign';
  const plain = Object.keys(fields)
    .filter((key) => key !== 'sign' && fields[key] !== '')
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((key) => `${key}=${fields[key]}`)
    .join('&');
  const type = fields.sign_type ?? 'MD5';
  if (type !== 'MD5') return `unexpected sign_type ${type}`;
  const expected = createHash('md5').update(`${plain}&key=${SECRET}`).digest('hex').toUpperCase();
  return expected === fields.sign ? undefined : 'sign does not match';
}

/** Does this APIv3 request's Authorization verify with the merchant public key over what arrived? */
function checkV3(method, url, headers, body, merchantPublicPem) {
  const match = /^WECHATPAY2-SHA256-RSA2048 (.+)$/.exec(headers.authorization ?? '');
  if (!match) return 'no WECHATPAY2-SHA256-RSA2048 Authorization';
  const auth = {};
  for (const pair of match[1].matchAll(/(\w+)="([^"]*)"/g)) auth[pair[1]] = pair[2];
  if (auth.mchid !== MCHID) return `mchid ${auth.mchid}`;
  if (auth.serial_no !== MERCHANT_SERIAL) return `serial_no ${auth.serial_no}`;
  if (!(Math.abs(Date.now() / 1000 - Number(auth.timestamp)) <= 300)) return `timestamp ${auth.timestamp}`;
  if (!url.includes(`mchid=${MCHID}`)) return 'no mchid in the query';
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`${method}\n${url}\n${auth.timestamp}\n${auth.nonce_str}\n${body}\n`);
  return verifier.verify(merchantPublicPem, auth.signature ?? '', 'base64') ? undefined : 'signature does not verify';
}

module.exports = {
  MCHID,
  SECRET,
  MERCHANT_SERIAL,
  PLATFORM_SERIAL,
  SEED_XML,
  V2_ANSWER,
  V3_ANSWER,
  TAMPER_ID,
  transactionId,
  makeKeys,
  checkV2,
  checkV3,
};
