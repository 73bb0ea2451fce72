import type { KeyObject } from 'node:crypto';
import { invalidAt, type PlatformKey } from '../../crypto/platform-key';
import { ConfigurationError } from '../../errors';
import type { MerchantKey } from '../../crypto/signer';

/** What APIv3 signing and verification need; only v3 calls ask for it. */
export interface V3Credentials {
  mchid: string;
  serial: string | undefined;
  privateKey: MerchantKey | undefined;
  /** Platform public keys by certificate serial or `PUB_KEY_ID_…`; shared with the refresher. */
  certs: Map<string, PlatformKey>;
}

export const PUBLIC_KEY_ID_PREFIX = 'PUB_KEY_ID_';

/** Only `GET /v3/certificates` may go without `certs`: its answer carries what verifies it (the bootstrap). */
export function requireV3(credentials: V3Credentials, what: string, certsOptional = false): { serial: string; privateKey: MerchantKey } {
  const missing = [
    credentials.serial ? undefined : '`serial` (the merchant API certificate serial number)',
    credentials.privateKey ? undefined : '`privateKey` (the merchant API private key)',
    credentials.certs.size || certsOptional ? undefined : '`certs` (WeChat Pay platform certificates or a PUB_KEY_ID_… public key)',
  ].filter(Boolean);
  if (missing.length) throw new ConfigurationError(`${what} is an APIv3 call and needs ${missing.join(', ')} in Builder.factory's configuration`);
  return { serial: credentials.serial!, privateKey: credentials.privateKey! };
}

/** A `PUB_KEY_ID_…` key, else the last certificate added valid now (an expired one is never encrypted for). */
export function preferredPlatformKey(certs: ReadonlyMap<string, PlatformKey>, now = Date.now()): { id: string; key: KeyObject } | undefined {
  let chosen: { id: string; key: KeyObject } | undefined;
  for (const [id, entry] of certs) {
    if (id.startsWith(PUBLIC_KEY_ID_PREFIX)) return { id, key: entry.key };
    if (invalidAt(entry, now) === undefined) chosen = { id, key: entry.key };
  }
  return chosen;
}

export type PreferredKey = (now?: number) => { id: string; key: KeyObject } | undefined;

/** The key `preferredPlatformKey` chose, and until when the choice stands. */
interface Choice {
  readonly size: number;
  readonly entry: PlatformKey | undefined;
  readonly chosen: { id: string; key: KeyObject } | undefined;
  /** The next time a key's validity window opens or closes (the choice may change then). */
  readonly until: number;
}

function nextBoundary(certs: ReadonlyMap<string, PlatformKey>, now: number): number {
  let until = Number.POSITIVE_INFINITY;
  for (const { notBefore, notAfter } of certs.values()) {
    if (notBefore !== undefined && notBefore > now) until = Math.min(until, notBefore);
    if (notAfter !== undefined && notAfter >= now) until = Math.min(until, notAfter + 1);
  }
  return until;
}

/**
 * `preferredPlatformKey`, worked out again only when the map or a key's validity window changes.
 *
 * @example const preferred = preferredKeyOf(certs); preferred()?.id // 'PUB_KEY_ID_0114232134912410000000000000'
 */
export function preferredKeyOf(certs: ReadonlyMap<string, PlatformKey>): PreferredKey {
  let choice: Choice | undefined;
  return (now = Date.now()) => {
    const current = choice;
    if (current && current.size === certs.size && now < current.until && (current.chosen === undefined || certs.get(current.chosen.id) === current.entry)) {
      return current.chosen;
    }
    const chosen = preferredPlatformKey(certs, now);
    choice = { size: certs.size, chosen, entry: chosen && certs.get(chosen.id), until: nextBoundary(certs, now) };
    return chosen;
  };
}
