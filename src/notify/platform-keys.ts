import { types } from 'node:util';
import type { KeyObject } from 'node:crypto';
import { OWNER } from '../chain/proxy';
import { clientOf, WechatpayClient } from '../client';
import { Rsa, type KeyLike } from '../crypto/rsa';
import { ConfigurationError } from '../errors';

/**
 * Where a notification's platform keys come from: the live `Map` (e.g. `clientOf(wx).certs`), a
 * client made by `Builder.factory` (or any node of it), or a record of ids to keys as
 * `Builder.factory` takes them (`{ [serialOrPubKeyId]: pem }`).
 */
export type PlatformKeys = ReadonlyMap<string, KeyObject> | Record<string, KeyLike> | WechatpayClient | object;

interface Parsed {
  /** The record's values when parsed, to notice a record changed in place. */
  values: unknown[];
  keys: string[];
  map: Map<string, KeyObject>;
}

// Parsed records, keyed by the record object itself: weak, so the cache never outlives what the
// caller holds, and a record kept in a module constant is parsed once for the process.
const parsedRecords = new WeakMap<object, Parsed>();

function sameSnapshot(parsed: Parsed, record: Record<string, unknown>): boolean {
  const keys = Object.keys(record);
  return keys.length === parsed.keys.length && keys.every((key, i) => key === parsed.keys[i] && record[key] === parsed.values[i]);
}

function parseRecord(record: Record<string, KeyLike>): Map<string, KeyObject> {
  const cached = parsedRecords.get(record);
  if (cached && sameSnapshot(cached, record)) return cached.map;
  const keys = Object.keys(record);
  const map = new Map<string, KeyObject>();
  for (const id of keys) map.set(id, Rsa.from(record[id] as KeyLike, 'public'));
  parsedRecords.set(record, { keys, values: keys.map((key) => record[key]), map });
  return map;
}

/**
 * The platform keys to verify a notification with, as the Map `verifySignedMessage` reads.
 * A record is parsed once (and again only if it is changed in place); a Map is used as given.
 *
 * @example platformKeysOf(wx).get('PUB_KEY_ID_0114232134912410000000000000') // KeyObject | undefined
 */
export function platformKeysOf(certs: unknown): ReadonlyMap<string, KeyObject> {
  if (certs instanceof Map) {
    for (const [id, key] of certs) {
      if (!types.isKeyObject(key)) {
        throw new ConfigurationError(`certs: the Map's value for ${JSON.stringify(String(id))} is not a KeyObject; pass a plain record { [serial]: pem } instead, or parse with Rsa.from(pem, 'public')`);
      }
    }
    return certs as ReadonlyMap<string, KeyObject>;
  }
  if (certs instanceof WechatpayClient) return certs.certs;
  if (certs !== null && typeof certs === 'object' && (certs as { [OWNER]?: unknown })[OWNER] !== undefined) return clientOf(certs).certs;
  if (certs !== null && typeof certs === 'object' && !Array.isArray(certs) && !Buffer.isBuffer(certs) && !types.isKeyObject(certs)) {
    const proto = Object.getPrototypeOf(certs) as unknown;
    if (proto === Object.prototype || proto === null) return parseRecord(certs as Record<string, KeyLike>);
  }
  const got = certs === null ? 'null' : Array.isArray(certs) ? 'an array' : typeof certs === 'object' ? `a ${(certs as object).constructor?.name ?? 'object'}` : typeof certs;
  throw new ConfigurationError(
    `certs must be the platform keys by serial or PUB_KEY_ID_… id: a record { [id]: pem | KeyObject }, a Map<string, KeyObject>, or a client made by Builder.factory; got ${got}`,
  );
}
