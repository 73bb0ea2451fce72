import { InvalidRequestError } from '../errors';
import { wellFormed } from '../util/encode';
import { jsonText } from '../util/json-text';
import { describe, isPlainObject, setField } from '../util/object';
import { isElementName } from '../util/transformer';

/** One field's value as the string signed and sent; `where` names it in a refusal. */
function textOf(value: unknown, where: string): string {
  if (typeof value === 'string') return wellFormed(value, `\`${where}\``);
  if (typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  if (Array.isArray(value) || isPlainObject(value)) return jsonText(value, where);
  throw new InvalidRequestError(`\`${where}\` must be a string (or a finite number, or an array/object to send as JSON), got ${describe(value)}`);
}

/**
 * The caller's APIv2 fields as the strings that are signed and sent, in the caller's order.
 * Strings stay as given; finite numbers and bigints are written in decimal; arrays and plain
 * objects (`trades`, `detail`, `scene_info`, `receivers`: fields WeChat takes as JSON text) are
 * JSON-encoded; null and undefined mean "not sent". Anything else, and text UTF-8 cannot carry (a
 * lone surrogate), is refused by name. Every name is kept, `__proto__` and `constructor` too. The
 * caller's object is never modified.
 */
export function fieldsOf(payload: Record<string, unknown>, where = 'xml'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    wellFormed(key, `a field name of \`${where}\``);
    // The XML body names each element by its key, and the sign covers the key: a key that is no
    // element name (`10`, which `Transformer.toXml` writes as `<item>`) could never verify.
    if (where === 'xml' && !isElementName(key)) {
      throw new InvalidRequestError(
        `${where}.${key} cannot be sent: an APIv2 field name must be an XML element name (a letter or _, then letters, digits, . _ : -)`,
      );
    }
    setField(fields, key, textOf(value, `${where}.${key}`));
  }
  return fields;
}

/** The merchant id a payload names: `mch_id`, else `mchid`, else `combine_mch_id` (docs/protocol.md). */
export function merchantIdOf(fields: Record<string, string>): { key: string; value: string } | undefined {
  for (const key of ['mch_id', 'mchid', 'combine_mch_id']) {
    const value = fields[key];
    if (value !== undefined) return { key, value };
  }
  return undefined;
}
