import type { InternalAxiosRequestConfig } from 'axios';
import { Rsa } from '../crypto/rsa';
import { Formatter } from '../util/formatter';
import { contextOf, setDefaultHeader } from '../transport/context';
import { requireV3, PUBLIC_KEY_ID_PREFIX, preferredPlatformKey, type V3Credentials } from './credentials';
import { signedPartOf } from './signed-part';
import { CERTIFICATES_PATH } from './certificate-answer';

/** The path and query exactly as axios will send them (it parses the same joined URL). */
export function pathSent(baseURL: string | undefined, url: string): string {
  const full = /^[a-z][a-z\d+.-]*:\/\//i.test(url) || !baseURL ? url : `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
  const parsed = new URL(full);
  return `${parsed.pathname}${parsed.search}`;
}

function bodyText(data: unknown): string {
  if (data === undefined || data === null) return '';
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data) || data instanceof Uint8Array) return Buffer.from(data).toString('utf8');
  return String(data);
}

/**
 * The last APIv3 request step: `Authorization: WECHATPAY2-SHA256-RSA2048 …` over the method, the
 * path and query as sent, a timestamp, a nonce and the exact body bytes (for an upload, the
 * `meta` JSON only). In public-key mode it also names the key in `Wechatpay-Serial`.
 */
export function v3SignStep(credentials: V3Credentials) {
  return (config: InternalAxiosRequestConfig): InternalAxiosRequestConfig => {
    const context = contextOf(config);
    // A client with no platform keys yet may still ask for them; every other call needs them first.
    const bootstrap = context.method === 'GET' && context.url === CERTIFICATES_PATH;
    const { serial, privateKey } = requireV3(credentials, context.template, bootstrap);
    const timestamp = Formatter.timestamp();
    const nonce = Formatter.nonce();
    const signed = signedPartOf(config.data) ?? bodyText(config.data);
    const uri = pathSent(config.baseURL, config.url ?? context.url);
    const signature = Rsa.sign(Formatter.request(context.method, uri, timestamp, nonce, signed), privateKey);
    config.headers.set('Authorization', Formatter.authorization(credentials.mchid, nonce, signature, timestamp, serial));
    const platform = preferredPlatformKey(credentials.certs);
    if (platform?.id.startsWith(PUBLIC_KEY_ID_PREFIX)) setDefaultHeader(config, 'Wechatpay-Serial', platform.id);
    return config;
  };
}
