import { createCipheriv, createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { isVerificationError, type VerificationError } from '../../src';
import { thrown } from '../helpers/thrown';

// Everything WeChat's side does is done here with node:crypto directly, never with the SDK's code.
export const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
export const APIV3_KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';
export const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const platformPem = platform.publicKey.export({ type: 'spki', format: 'pem' }).toString();
export const certs = { [SERIAL]: platformPem };

export interface Transaction {
  out_trade_no: string;
  transaction_id: string;
  trade_state: string;
  amount: { total: number; currency: string };
}
export const transaction: Transaction = {
  out_trade_no: '1217752501201407033233368018',
  transaction_id: '4200000540202005267407409907',
  trade_state: 'SUCCESS',
  amount: { total: 100, currency: 'CNY' },
};

/** base64(ct || tag), WeChat's resource encoding, with node's own AES-256-GCM. */
export function gcmEncrypt(plaintext: string, key: string, nonce: string, aad: string): string {
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(key), Buffer.from(nonce));
  cipher.setAAD(Buffer.from(aad));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

export function rsaSign(message: string, key: KeyObject = platform.privateKey): string {
  return createSign('RSA-SHA256').update(message, 'utf8').sign(key, 'base64');
}

export interface Built {
  body: string;
  headers: Record<string, string>;
  timestamp: string;
  nonce: string;
}

/** A notification as WeChat sends it: the JSON text and its four Wechatpay-* headers. */
export function build(
  options: {
    resource?: unknown;
    envelope?: Record<string, unknown>;
    rawBody?: string;
    age?: number;
    key?: string;
    signature?: (message: string) => string;
  } = {},
): Built {
  const nonce = randomBytes(16).toString('hex');
  const timestamp = String(Math.floor(Date.now() / 1000) - (options.age ?? 0));
  const gcmNonce = randomBytes(6).toString('hex'); // 12 characters, as WeChat's
  const resource = {
    original_type: 'transaction',
    algorithm: 'AEAD_AES_256_GCM',
    ciphertext: gcmEncrypt(JSON.stringify(options.resource ?? transaction), options.key ?? APIV3_KEY, gcmNonce, 'transaction'),
    associated_data: 'transaction',
    nonce: gcmNonce,
  };
  const body =
    options.rawBody ??
    JSON.stringify({
      id: 'EV-2018022511223320873',
      create_time: '2015-05-20T13:29:35+08:00',
      resource_type: 'encrypt-resource',
      event_type: 'TRANSACTION.SUCCESS',
      summary: '支付成功',
      resource,
      ...options.envelope,
    });
  const message = `${timestamp}\n${nonce}\n${body}\n`;
  const headers = {
    'Wechatpay-Serial': SERIAL,
    'Wechatpay-Signature': (options.signature ?? rsaSign)(message),
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
  return { body, headers, timestamp, nonce };
}

/** The VerificationError `run` throws; fails the test if it throws anything else or nothing. */
export function verificationFailure(run: () => unknown): VerificationError {
  const error = thrown(run);
  if (isVerificationError(error)) return error;
  throw error;
}
