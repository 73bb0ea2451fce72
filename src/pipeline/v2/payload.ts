import { InvalidRequestError } from '../../errors';
import { describe } from '../../chain/route';
import { jsonText } from '../../util/json-text';

const invalid = (message: string) => new InvalidRequestError(message);

/**
 * The caller's APIv2 fields as the strings that are signed and sent, in the caller's order.
 * Strings stay as given; finite numbers and bigints are written in decimal; arrays and plain
 * objects (`trades`, `detail`, `scene_info`, `receivers`: fields WeChat takes as JSON text) are
 * JSON-encoded; null and undefined mean "not sent". Anything else is refused by name.
 * The caller's object is never modified.
 */
export function fieldsOf(payload: Record<string, unknown>, where = 'xml'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') fields[key] = value;
    else if (typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value))) fields[key] = String(value);
    else if (Array.isArray(value) || isPlainObject(value)) fields[key] = jsonText(value, `${where}.${key}`);
    else throw invalid(`${where}.${key} must be a string (or a number, or an array/object to send as JSON), got ${describe(value)}`);
  }
  return fields;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The merchant id a payload names: `mch_id`, else `mchid`, else `combine_mch_id` (PROTOCOL.md). */
export function merchantIdOf(fields: Record<string, string>): { key: string; value: string } | undefined {
  for (const key of ['mch_id', 'mchid', 'combine_mch_id']) {
    const value = fields[key];
    if (value !== undefined) return { key, value };
  }
  return undefined;
}
