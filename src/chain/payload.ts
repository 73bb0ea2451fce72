import { InvalidRequestError } from '../errors';
import { wellFormed } from '../util/encode';
import { jsonText } from '../util/json-text';
import { describe, isPlainObject, setField } from '../util/object';
import { isElementName } from '../util/transformer';

function textOf(value: unknown, where: string): string {
  if (typeof value === 'string') return wellFormed(value, `\`${where}\``);
  if (typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  if (Array.isArray(value) || isPlainObject(value)) return jsonText(value, where);
  throw new InvalidRequestError(`\`${where}\` must be a string (or a finite number, or an array/object to send as JSON), got ${describe(value)}`);
}

/**
 * The APIv2 fields as the strings signed and sent, in the caller's order: objects (`detail`,
 * `scene_info`: WeChat takes them as JSON text) JSON-encoded, null/undefined not sent.
 */
export function fieldsOf(payload: Record<string, unknown>, where = 'xml'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    wellFormed(key, `a field name of \`${where}\``);
    // The sign covers the key, but `Transformer.toXml` would write `10` as `<item>`: it could never verify.
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
