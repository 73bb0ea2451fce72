import { ConfigurationError, VerificationError, VerificationReason } from '../errors';

/**
 * Request headers as frameworks hand them over: Node's `IncomingHttpHeaders` (lower-case names,
 * `string | string[]` values), any plain record in any case, or a fetch-style `Headers`/`Map`
 * with `get(name)`.
 */
export type NotificationHeaders = Record<string, string | readonly string[] | number | undefined> | { get(name: string): string | null | undefined };

/**
 * A case-insensitive reader over `headers`. A header present more than once is refused: a signed
 * message has one timestamp, nonce, signature and serial, and picking one would be a guess.
 *
 * @example headerReader({ 'Wechatpay-Nonce': 'abc' })('wechatpay-nonce') // 'abc'
 */
export function headerReader(headers: unknown): (name: string) => string | undefined {
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    throw new ConfigurationError(
      `headers must be the notification request's headers (req.headers), got ${headers === null ? 'null' : Array.isArray(headers) ? 'an array' : typeof headers}`,
    );
  }
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') {
    return (name) => {
      const value: unknown = get.call(headers, name);
      return value === null || value === undefined ? undefined : String(value);
    };
  }
  const byName = new Map<string, unknown[]>();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    byName.set(lower, [...(byName.get(lower) ?? []), ...(Array.isArray(value) ? value : [value])]);
  }
  return (name) => {
    const values = byName.get(name.toLowerCase());
    if (values === undefined || values.length === 0) return undefined;
    if (values.length > 1) {
      throw new VerificationError(
        VerificationReason.MISSING_HEADER,
        `header ${name} was given ${values.length} times; a WeChat Pay notification carries it once`,
      );
    }
    return String(values[0]);
  };
}
