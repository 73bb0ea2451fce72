import { X509Certificate, type KeyObject } from 'node:crypto';
import { types } from 'node:util';
import { ownerOf, type WechatpayClient } from '../client/client';
import { platformKeyOf, type PlatformKey } from '../crypto/platform-key';
import type { KeyLike } from '../crypto/rsa';
import { ConfigurationError } from '../errors';

/**
 * Where a notification's platform keys come from: a client made by `Builder.factory` (or any node
 * of it: its live keys), a `Map` of ids to `KeyObject`s or `X509Certificate`s, or a record of ids
 * to keys as `Builder.factory` takes them (`{ [serialOrPubKeyId]: pem }`). Keys that come from a
 * certificate verify only inside its validity window.
 */
export type PlatformKeys = ReadonlyMap<string, KeyObject | X509Certificate> | Record<string, KeyLike> | WechatpayClient | object;

interface Parsed {
  /** The record's values when parsed, to notice a record changed in place. */
  values: unknown[];
  keys: string[];
  map: Map<string, PlatformKey>;
}

// Parsed records, keyed by the record object itself: weak, so the cache never outlives what the
// caller holds, and a record kept in a module constant is parsed once for the process.
const parsedRecords = new WeakMap<object, Parsed>();

function sameSnapshot(parsed: Parsed, record: Record<string, unknown>): boolean {
  const keys = Object.keys(record);
  return keys.length === parsed.keys.length && keys.every((key, i) => key === parsed.keys[i] && record[key] === parsed.values[i]);
}

function parseRecord(record: Record<string, KeyLike>): Map<string, PlatformKey> {
  const cached = parsedRecords.get(record);
  if (cached && sameSnapshot(cached, record)) return cached.map;
  const keys = Object.keys(record);
  const map = new Map<string, PlatformKey>();
  for (const id of keys) map.set(id, platformKeyOf(record[id] as KeyLike));
  parsedRecords.set(record, { keys, values: keys.map((key) => record[key]), map });
  return map;
}

/** A caller's Map of KeyObjects or certificates, read as it is now (it may change between calls). */
function fromMap(certs: ReadonlyMap<unknown, unknown>): Map<string, PlatformKey> {
  const map = new Map<string, PlatformKey>();
  for (const [id, key] of certs) {
    if (!types.isKeyObject(key) && !(key instanceof X509Certificate)) {
      throw new ConfigurationError(
        `certs: the Map's value for ${JSON.stringify(String(id))} is neither a KeyObject nor an X509Certificate; pass a plain record { [serial]: pem } instead, or parse with Rsa.from(pem, 'public')`,
      );
    }
    map.set(String(id), platformKeyOf(key as KeyObject | X509Certificate));
  }
  return map;
}

/**
 * The platform keys to verify a notification with, as the Map `verifySignedMessage` reads.
 * A record is parsed once (and again only if it is changed in place); a client's live keys are
 * used as they are.
 *
 * @example platformKeysOf(wx).get('PUB_KEY_ID_0114232134912410000000000000')?.key // KeyObject | undefined
 */
export function platformKeysOf(certs: unknown): ReadonlyMap<string, PlatformKey> {
  const client = ownerOf(certs);
  if (client) return client.certs;
  if (certs instanceof Map) return fromMap(certs);
  if (certs !== null && typeof certs === 'object' && !Array.isArray(certs) && !Buffer.isBuffer(certs) && !types.isKeyObject(certs)) {
    const proto = Object.getPrototypeOf(certs) as unknown;
    if (proto === Object.prototype || proto === null) return parseRecord(certs as Record<string, KeyLike>);
  }
  const got =
    certs === null
      ? 'null'
      : Array.isArray(certs)
        ? 'an array'
        : typeof certs === 'object'
          ? `a ${(certs as object).constructor?.name ?? 'object'}`
          : typeof certs;
  throw new ConfigurationError(
    `certs must be the platform keys by serial or PUB_KEY_ID_… id: a record { [id]: pem | KeyObject }, a Map<string, KeyObject | X509Certificate>, or a client made by Builder.factory; got ${got}`,
  );
}
