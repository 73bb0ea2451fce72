import { sign } from 'node:crypto';
import type { InternalAxiosRequestConfig } from 'axios';
import { Rsa } from '../../crypto/rsa';
import { Formatter } from '../../util/formatter';
import { contextOf, setDefaultHeader } from '../state';
import { requireV3, PUBLIC_KEY_ID_PREFIX, preferredPlatformKey, type V3Credentials } from './credentials';
import { signedPartOf } from '../../util/signed-part';
import { CERTIFICATES_PATH } from '../../helpers/certificates/certificate-answer';

// Characters a URL parser leaves as they are in a path and query, and no dot segments: for such a
// URL (all the SDK writes itself) the bytes sent are the bytes given, with no parse needed.
const VERBATIM_URL = /^\/[A-Za-z0-9\-._~%!$&()*+,;=:@/?]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;
let lastBase: { baseURL: string; prefix: string } | undefined;

/** The path of `baseURL` without its trailing `/` (one entry remembered: a client has one base). */
function basePath(baseURL: string): string {
  if (lastBase?.baseURL !== baseURL) lastBase = { baseURL, prefix: new URL(baseURL).pathname.replace(/\/+$/, '') };
  return lastBase.prefix;
}

/** The path and query exactly as axios will send them (it parses the same joined URL). */
export function pathSent(baseURL: string | undefined, url: string): string {
  const absolute = /^[a-z][a-z\d+.-]*:\/\//i.test(url);
  if (!absolute && baseURL && VERBATIM_URL.test(url) && !DOT_SEGMENT.test(url)) return `${basePath(baseURL)}${url}`;
  const full = absolute || !baseURL ? url : `${baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
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
 *
 * An RSA-2048 signature costs about half a millisecond of CPU. When other calls of the client are
 * in flight (`busy()`), it is computed on libuv's thread pool instead of the event loop, so the
 * loop goes on with their I/O; a lone call signs inline, which is quicker than the hop.
 */
export function v3SignStep(credentials: V3Credentials, busy: () => boolean = () => false) {
  return (config: InternalAxiosRequestConfig): InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig> => {
    const context = contextOf(config);
    // A client with no platform keys yet may still ask for them; every other call needs them first.
    const bootstrap = context.method === 'GET' && context.url === CERTIFICATES_PATH;
    const { serial, privateKey } = requireV3(credentials, context.template, bootstrap);
    const timestamp = Formatter.timestamp();
    const nonce = Formatter.nonce();
    const signed = signedPartOf(config.data) ?? bodyText(config.data);
    const uri = pathSent(config.baseURL, config.url ?? context.url);
    const message = Formatter.request(context.method, uri, timestamp, nonce, signed);
    const finish = (signature: string): InternalAxiosRequestConfig => {
      const authorization = Formatter.authorization(credentials.mchid, nonce, signature, timestamp, serial);
      context.sent.push(authorization, signature);
      config.headers.set('Authorization', authorization);
      const platform = preferredPlatformKey(credentials.certs);
      if (platform?.id.startsWith(PUBLIC_KEY_ID_PREFIX)) setDefaultHeader(config, 'Wechatpay-Serial', platform.id);
      return config;
    };
    if (!busy()) return finish(Rsa.sign(message, privateKey));
    return new Promise((resolve, reject) => {
      sign('sha256', Buffer.from(message, 'utf8'), privateKey, (error, signature) => (error ? reject(error) : resolve(finish(signature.toString('base64')))));
    });
  };
}
