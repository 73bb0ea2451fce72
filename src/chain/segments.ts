import { VERBATIM_SEGMENTS } from '../generated/verbatim-segments';

// Properties are normalised as PHP does, so PHP code ports unchanged; path strings are taken
// verbatim, which fixes PHP's corruption of IDs and camelCase paths (wechatpay-php #56 #69 #74 #77).

const CAPITAL = /[A-Z]/;
const PLACEHOLDER_PROPERTY = /^_(.+)_$/;

/**
 * PHP's `Builder::normalize`, except that `__` stays `__` rather than becoming the placeholder `{}`.
 *
 * @example normaliseProperty('merchantService')           // 'merchant-service'
 * @example normaliseProperty('_out_trade_no_')            // '{out_trade_no}'
 * @example normaliseProperty('_variableMixed_underline_') // '{variable-mixed_underline}'
 */
export function normaliseProperty(name: string): string {
  // Most properties are already segments (`payitil`, `out-trade-no`): no capital, no placeholder.
  if (name.charCodeAt(0) !== 0x5f && !CAPITAL.test(name)) return name;
  const kebab = name.replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const placeholder = PLACEHOLDER_PROPERTY.exec(kebab);
  return placeholder ? `{${placeholder[1]}}` : kebab;
}

/** Split on `/`; a trailing `/` stays as a final '' (`v3/applyment4sub/applyment/` is an endpoint). */
export function splitVerbatim(path: string): string[] {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (path.endsWith('/')) segments.push('');
  return segments;
}

/** `segments` followed by `more`; a trailing `/` of `segments` gives way to what follows. */
export function appendSegments(segments: readonly string[], more: readonly string[]): string[] {
  const base = segments.at(-1) === '' && more.length > 0 ? segments.slice(0, -1) : segments;
  return [...base, ...more];
}

/** A key holding `/`, or one of WeChat Pay's capitalised segments, is kept verbatim; any other is normalised. */
export function segmentsOfKey(key: string): string[] {
  if (key.includes('/')) return splitVerbatim(key);
  return [VERBATIM_SEGMENTS.has(key) ? key : normaliseProperty(key)];
}

const PLACEHOLDER_SEGMENT = /^\{(.+)\}$/;

export function placeholderName(segment: string): string | undefined {
  return PLACEHOLDER_SEGMENT.exec(segment)?.[1];
}
