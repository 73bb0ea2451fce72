/**
 * What may never appear in an error's message, `toJSON()` or `inspect` output.
 *
 * Keys are compared case-insensitively. A value under one of these keys is replaced, wherever it
 * sits in a nested object, so a dictionary or header bag can be shown to a user safely.
 */
const SECRET_KEYS = new Set([
  'sign',
  'paysign',
  'authorization',
  'proxy-authorization',
  'signature',
  'wechatpay-signature',
  'secret',
  'key',
  'privatekey',
  'private_key',
  'passphrase',
  'pfx',
  'apiv3key',
]);

export const REDACTED = '[redacted]';

/** True when the value under `key` must not be shown. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase());
}

/** A deep copy of `value` with every secret-bearing key's value replaced by `[redacted]`. */
export function redact<T>(value: T, depth = 0): T {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value)) return `<Buffer ${value.length} bytes>` as unknown as T;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1)) as unknown as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] = isSecretKey(key) ? REDACTED : redact(item, depth + 1);
  }
  return out as T;
}
