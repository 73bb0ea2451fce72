import { VERBATIM_SEGMENTS } from '../generated/verbatim-segments';

/**
 * How property names and path strings become URI segments.
 *
 * Property access follows PHP's normalisation, so PHP code ports unchanged; strings (given to
 * `chain()` or as a bracket key holding `/`) are taken verbatim, which fixes PHP's corruption of
 * IDs and camelCase paths such as `v2/secapi/mch/addInstitutionsub` (wechatpay-php #56 #69 #74 #77).
 */

const CAPITAL = /[A-Z]/;
const PLACEHOLDER_PROPERTY = /^_(.+)_$/;

/**
 * PHP's rule for a property name (`Builder::normalize`), in its order: a leading capital is
 * lower-cased, every other capital becomes `-` plus its lower case, and then `_name_` becomes the
 * placeholder `{name}`, so the name inside is normalised too. Only ASCII capitals count, as in
 * PHP's `[A-Z]`. Unlike PHP, `__` stays `__` rather than becoming the empty placeholder `{}`.
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

/**
 * A path string split on `/`, every segment kept as written. Empty segments (a leading `/`, `//`)
 * are dropped, but a trailing `/` is kept as a final empty segment: WeChat Pay has endpoints whose
 * path ends in `/` (`v3/applyment4sub/applyment/`).
 */
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

/**
 * The segments a property key adds: a key holding `/` is a path and is taken verbatim; a key that
 * is one of WeChat Pay's own capitalised segments (`addInstitutionsub`) is kept; any other key is
 * one property name, normalised as PHP does.
 */
export function segmentsOfKey(key: string): string[] {
  if (key.includes('/')) return splitVerbatim(key);
  return [VERBATIM_SEGMENTS.has(key) ? key : normaliseProperty(key)];
}

const PLACEHOLDER_SEGMENT = /^\{(.+)\}$/;

/** The placeholder's name when `segment` is `{name}`, else undefined. */
export function placeholderName(segment: string): string | undefined {
  return PLACEHOLDER_SEGMENT.exec(segment)?.[1];
}
