import { CERTIFICATES_PATH } from '../../chain/answers';
import { signWith } from '../../crypto/signer';
import { Formatter } from '../../util/formatter';
import { hasHeader, type CallState } from '../state';
import { PUBLIC_KEY_ID_PREFIX, requireV3, type PreferredKey, type V3Credentials } from './credentials';

function bodyText(data: string | Uint8Array | undefined): string {
  if (data === undefined) return '';
  return typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
}

/**
 * The last request step, over the exact path and bytes sent. An RSA-2048 signature costs ~0.5 ms:
 * with other calls in flight it is made on libuv's thread pool; a lone call signs inline (quicker).
 */
export function v3SignStep(credentials: V3Credentials, preferred: PreferredKey) {
  return function v3Sign(state: CallState): CallState | Promise<CallState> {
    const { route } = state;
    // A client with no platform keys yet may still ask for them; every other call needs them first.
    const bootstrap = route.method === 'GET' && route.path === CERTIFICATES_PATH;
    const { serial, privateKey } = requireV3(credentials, route.template, bootstrap);
    const timestamp = Formatter.timestamp();
    const nonce = Formatter.nonce();
    const message = Formatter.request(route.method, route.signedPath, timestamp, nonce, state.signedBody ?? bodyText(state.body));
    const finish = (signature: string): CallState => {
      const authorization = Formatter.authorization(credentials.mchid, nonce, signature, timestamp, serial);
      state.sentSecrets.push(authorization, signature);
      state.headers.Authorization = authorization;
      const platform = preferred();
      if (platform?.id.startsWith(PUBLIC_KEY_ID_PREFIX) && !hasHeader(state.headers, 'Wechatpay-Serial')) state.headers['Wechatpay-Serial'] = platform.id;
      return state;
    };
    const signature = signWith(privateKey, message, state.concurrent);
    return typeof signature === 'string' ? finish(signature) : signature.then(finish);
  };
}
