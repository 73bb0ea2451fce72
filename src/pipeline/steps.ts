import type { PlatformKey } from '../crypto/platform-key';
import type { Pipeline } from './instance';
import { v2Parse } from './v2/parse';
import { v2VerifyStep } from './v2/verify';
import { v2SignStep, type V2Credentials } from './v2/sign';
import { preferredKeyOf, type V3Credentials } from './v3/credentials';
import { v3EncryptStep } from './v3/encrypt';
import { v3Parse } from './v3/parse';
import { v3SignStep } from './v3/sign';
import { v3VerifyStep } from './v3/verify';

/**
 * The contract: signing is the last request step (the exact bytes sent), verification the first
 * response step (the raw bytes received); steps are named, so the order is tested without running.
 *
 * @example v3Pipeline(credentials).request.map((step) => step.name) // ['v3Encrypt', 'v3Sign']
 */
export function v2Pipeline(credentials: V2Credentials): Pipeline {
  return { request: [v2SignStep(credentials)], response: [v2VerifyStep(credentials.secret), v2Parse] };
}

export function v3Pipeline(credentials: V3Credentials & { certs: ReadonlyMap<string, PlatformKey> }): Pipeline {
  // The platform key requests name, worked out once per client (again only when `certs` changes).
  const preferred = preferredKeyOf(credentials.certs);
  return {
    request: [v3EncryptStep(credentials.certs, preferred), v3SignStep(credentials, preferred)],
    response: [v3VerifyStep(credentials.certs), v3Parse],
  };
}
