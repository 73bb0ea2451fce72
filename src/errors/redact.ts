/** Keys (any case, at any depth) whose values never appear in an error's message, `toJSON()` or `inspect`. */
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
/** How deep `redact` copies: WeChat Pay answers are a few levels deep; a hostile one can be any depth. */
export const MAX_RENDER_DEPTH = 8;
export const MAX_RENDER_ENTRIES = 256;
const TOO_DEEP = '[nested too deep]';
const CIRCULAR = '[circular]';

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase());
}

/** A redacted copy, cut in depth and breadth: it never throws, and its JSON cannot overflow the stack. */
export function redact<T>(value: T): T {
  return copy(value, 0, new Set()) as T;
}

function copy(value: unknown, depth: number, seen: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? `${value}n` : value;
  if (Buffer.isBuffer(value)) return `<Buffer ${value.length} bytes>`;
  if (seen.has(value)) return CIRCULAR;
  if (depth >= MAX_RENDER_DEPTH) return TOO_DEEP;
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const items = value.slice(0, MAX_RENDER_ENTRIES).map((item) => copy(item, depth + 1, seen));
      if (value.length > MAX_RENDER_ENTRIES) items.push(`[${value.length - MAX_RENDER_ENTRIES} more]`);
      return items;
    }
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (const key of keys.slice(0, MAX_RENDER_ENTRIES)) {
      let item: unknown;
      try {
        item = (value as Record<string, unknown>)[key];
      } catch {
        item = '[unreadable]';
      }
      out[key] = isSecretKey(key) ? REDACTED : copy(item, depth + 1, seen);
    }
    if (keys.length > MAX_RENDER_ENTRIES) out['…'] = `${keys.length - MAX_RENDER_ENTRIES} more keys`;
    return out;
  } finally {
    seen.delete(value);
  }
}

export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret && out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

// PEM armour, PHP's `private.pkcs8://`-style prefixes, or a long run of base64 letters and digits
// (DER keys, certificates and PFX files written as text; path segments are never 48 such in a row).
const KEY_MATERIAL = /-----BEGIN |[A-Za-z0-9+=]{48,}|^(?:private|public)\.[a-z0-9]+:\/\//i;
const MAX_SHOWN_PATH = 240;

/**
 * A path quoted for a message, or a placeholder when it looks like key material (often passed where a path was expected).
 *
 * @example describePath('/etc/wechatpay/apiclient_key.pem') // '"/etc/wechatpay/apiclient_key.pem"'
 * @example describePath('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC…')  // '(the value, not shown: it looks like key material, not a path)'
 */
export function describePath(path: string): string {
  if (path.length > MAX_SHOWN_PATH || /[\r\n]/.test(path) || KEY_MATERIAL.test(path)) return '(the value, not shown: it looks like key material, not a path)';
  return JSON.stringify(path);
}

/** What a call sent (Authorization, signature, `sign`) scrubbed by value: a gateway may echo the request. */
export function scrubError<E extends Error>(error: E, values: readonly string[]): E {
  const secrets = values.filter((value) => value.length >= 8);
  if (secrets.length === 0) return error;
  error.message = scrubText(error.message, secrets);
  if (error.stack) error.stack = scrubText(error.stack, secrets);
  for (const [key, value] of Object.entries(error)) {
    if (key === 'name' || key === 'code') continue;
    Object.defineProperty(error, key, { value: scrubValue(value, secrets, 0), enumerable: true, writable: false, configurable: true });
  }
  return error;
}

function scrubValue(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, depth + 1));
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype);
  for (const [key, item] of Object.entries(value)) out[scrubText(key, secrets)] = scrubValue(item, secrets, depth + 1);
  return out;
}
