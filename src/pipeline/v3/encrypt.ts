import type { KeyObject } from 'node:crypto';
import type { PlatformKey } from '../../crypto/platform-key';
import { Rsa } from '../../crypto/rsa';
import { InvalidRequestError, WechatpayError } from '../../errors';
import type { Encrypt } from '../../types';
import { jsonText } from '../../util/json-text';
import { hasHeader, type CallState } from '../state';
import type { PreferredKey } from './credentials';

const SERIAL_HEADER = 'Wechatpay-Serial';

/** The platform key to encrypt for: the one a caller-given `Wechatpay-Serial` names, else the preferred one. */
function platformFor(state: CallState, certs: ReadonlyMap<string, PlatformKey>, preferred: PreferredKey): { id: string; key: KeyObject } {
  const named = Object.entries(state.headers).find(([name]) => name.toLowerCase() === SERIAL_HEADER.toLowerCase())?.[1];
  if (named !== undefined) {
    const entry = certs.get(named);
    if (!entry) throw new InvalidRequestError(`Wechatpay-Serial ${JSON.stringify(named)} names no configured platform key: cannot encrypt for it`);
    return { id: named, key: entry.key };
  }
  const platform = preferred();
  if (!platform) throw new InvalidRequestError('Encrypting sensitive fields needs a WeChat Pay platform key in `certs`');
  return platform;
}

/** For `json` built with `encrypt`: WeChat Pay requires `Wechatpay-Serial` to name the key the fields were encrypted for. */
export function v3EncryptStep(certs: ReadonlyMap<string, PlatformKey>, preferred: PreferredKey) {
  return function v3Encrypt(state: CallState): CallState {
    const { body } = state.route;
    if (body.kind !== 'encrypted-json') return state;
    const { id, key } = platformFor(state, certs, preferred);
    const encrypt: Encrypt = (plaintext) => {
      if (typeof plaintext !== 'string') throw new InvalidRequestError(`encrypt() takes a string, got ${typeof plaintext}`);
      return Rsa.encrypt(plaintext, key);
    };
    let built: unknown;
    try {
      built = body.build(encrypt);
    } catch (error) {
      if (error instanceof WechatpayError) throw error;
      throw new InvalidRequestError(`The \`json\` function threw before anything was sent: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    state.body = jsonText(built, 'json');
    if (!hasHeader(state.headers, SERIAL_HEADER)) state.headers[SERIAL_HEADER] = id;
    return state;
  };
}
