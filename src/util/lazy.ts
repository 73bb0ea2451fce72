/**
 * A dependency loaded on its first use instead of when the SDK is imported: undici and xml2js
 * take tens of milliseconds to load, which every process would pay at `require('wechatpay-ts')`
 * (a v3-only merchant never parses XML). `load` is a literal `require(...)`, so bundlers still
 * see the dependency; the ESM build defines `require` for it (tsup.config.ts, the banner).
 *
 * @example const undici = lazy(() => require('undici') as typeof Undici); undici().Agent
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
