import type { KeyObject } from 'node:crypto';
import type { PlatformKey } from '../../crypto/platform-key';
import type { Encrypt } from '../../types';
import type { InternalAxiosRequestConfig } from 'axios';
import { Rsa } from '../../crypto/rsa';
import { InvalidRequestError, WechatpayError } from '../../errors';
import { preferredPlatformKey } from './credentials';

/** A `json` body built with `encrypt` at hand: `json: (encrypt) => ({ name: encrypt('张三') })`. */
export type SensitiveBuilder = (encrypt: Encrypt) => unknown;

const SERIAL_HEADER = 'Wechatpay-Serial';

/**
 * Build the body of a call that carries encrypted fields. WeChat Pay requires such a request to
 * name, in `Wechatpay-Serial`, the platform key the fields were encrypted with: this picks that key
 * (the one named by a caller-given `Wechatpay-Serial` header, else a `PUB_KEY_ID_…` key, else the
 * last certificate configured), encrypts with RSA-OAEP, and sets the header to match.
 */
export function withEncryptor(build: SensitiveBuilder, certs: ReadonlyMap<string, PlatformKey>, config: InternalAxiosRequestConfig, given: Record<string, unknown> | undefined): unknown {
  const named = given && Object.entries(given).find(([key]) => key.toLowerCase() === SERIAL_HEADER.toLowerCase())?.[1];
  let platform: { id: string; key: KeyObject } | undefined;
  if (named !== undefined) {
    const entry = certs.get(String(named));
    if (!entry) throw new InvalidRequestError(`Wechatpay-Serial ${JSON.stringify(String(named))} names no configured platform key: cannot encrypt for it`);
    platform = { id: String(named), key: entry.key };
  } else {
    platform = preferredPlatformKey(certs);
  }
  if (!platform) throw new InvalidRequestError('Encrypting sensitive fields needs a WeChat Pay platform key in `certs`');
  const { id, key } = platform;
  const encrypt: Encrypt = (plaintext) => {
    if (typeof plaintext !== 'string') throw new InvalidRequestError(`encrypt() takes a string, got ${typeof plaintext}`);
    return Rsa.encrypt(plaintext, key);
  };
  let body: unknown;
  try {
    body = build(encrypt);
  } catch (error) {
    if (error instanceof WechatpayError) throw error;
    throw new InvalidRequestError(`The \`json\` function threw before anything was sent: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  config.headers.set(SERIAL_HEADER, id);
  return body;
}
