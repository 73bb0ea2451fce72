/** A plain object (`{}`, or one made with `Object.create(null)`): not an array, class instance or Buffer. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * What a value is, for messages; never the value itself, which may be a secret.
 *
 * @example describe(new Date()) // 'an object (Date)'
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Buffer.isBuffer(value)) return 'a Buffer';
  if (typeof value === 'object') return `an object (${(value as { constructor?: { name?: string } }).constructor?.name ?? 'no prototype'})`;
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/** An object that is not an array (a parsed JSON object, say): its fields can be read by name. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `{ ...source }` (its own enumerable keys, `__proto__` among them) as an object that stays cheap to
 * add keys to: on Node 18–20 each key added to an object made by a spread costs about 1 µs (V8 gives
 * it a map of its own), and a call adds some (`nonce_str`, `sign`, `Accept-Encoding`).
 *
 * @example const headers = copyFields(route.headers); headers.Authorization = token;
 */
export function copyFields<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(source)) setField(out, key, source[key]!);
  return out;
}

/**
 * `target[key] = value`, even for `__proto__` (an assignment would set the prototype).
 *
 * @example setField(fields, '__proto__', 'x'); Object.keys(fields) // ['__proto__']
 */
export function setField<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
