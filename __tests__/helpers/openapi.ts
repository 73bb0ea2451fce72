/**
 * The API description read straight from vendor/openapi (YAML, `$ref`s, `allOf`), with its own
 * small validator and example builder: none of the simulator's compiled form or checks, so an
 * answer the simulator builds is judged by code that did not build it.
 */
import path from 'node:path';
import { isSchema, Spec, type Operation as Described, type Schema } from '../../scripts/generate/load';
import { collectProperties, deref } from '../../scripts/generate/schema-walk';

export const OPENAPI = path.resolve(__dirname, '../../vendor/openapi');

export type Mode = 'json' | 'text';

/** The description's type names, misspellings included, as JSON Schema's. */
function typeOf(schema: Schema): string | undefined {
  const raw = typeof schema.type === 'string' ? schema.type.trim().toLowerCase() : undefined;
  if (raw === 'int' || raw === 'uint64') return 'integer';
  if (raw === 'stringde') return 'string';
  return raw && ['string', 'integer', 'number', 'boolean', 'object', 'array', 'file'].includes(raw) ? raw : undefined;
}

function typeError(value: unknown, type: string | undefined, mode: Mode): boolean {
  if (type === undefined || type === 'file') return false;
  if (mode === 'text' && typeof value === 'string') {
    if (type === 'integer') return !/^-?\d+$/.test(value);
    if (type === 'number') return !/^-?\d+(\.\d+)?$/.test(value);
    if (type === 'boolean') return value !== 'true' && value !== 'false';
    return false;
  }
  const expected: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    integer: (v) => Number.isInteger(v),
    number: (v) => typeof v === 'number',
    boolean: (v) => typeof v === 'boolean',
    object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    array: (v) => Array.isArray(v),
  };
  return !expected[type]!(value);
}

/** Problems of a string's length or a number's range. */
function sizeErrors(value: unknown, schema: Schema, at: string): string[] {
  const { maxLength, minLength, maximum, minimum } = schema as Record<string, unknown>;
  const length = typeof value === 'string' ? [...value].length : undefined;
  const errors: string[] = [];
  if (length !== undefined && typeof maxLength === 'number' && length > maxLength) errors.push(`${at}: longer than ${maxLength}`);
  if (length !== undefined && typeof minLength === 'number' && length < minLength) errors.push(`${at}: shorter than ${minLength}`);
  if (typeof value === 'number' && typeof maximum === 'number' && value > maximum) errors.push(`${at}: over ${maximum}`);
  if (typeof value === 'number' && typeof minimum === 'number' && value < minimum) errors.push(`${at}: under ${minimum}`);
  return errors;
}

/** Problems of a scalar against the leaf rules: enum, lengths, range. */
function leafErrors(value: unknown, schema: Schema, at: string): string[] {
  if (Array.isArray(schema.enum) && schema.enum.length) {
    // A listed value holds even where the same schema's maxLength says otherwise (the description contradicts itself).
    return schema.enum.some((allowed) => String(allowed) === String(value)) ? [] : [`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`];
  }
  // An APIv2 sign is 64 characters with HMAC-SHA256, whatever the pages' maxLength 32 says.
  return at === '$.sign' ? [] : sizeErrors(value, schema, at);
}

/** A field by its described name; APIv2's numbered ones (refund_id_$n) by any number (refund_id_0). */
function field(record: Record<string, unknown>, name: string): unknown {
  if (!name.includes('$')) return record[name];
  const pattern = new RegExp(`^${name.replace(/\$[nm]/g, '\\d+')}$`);
  const key = Object.keys(record).find((candidate) => pattern.test(candidate));
  return key === undefined ? undefined : record[key];
}

/** Problems of an object's required and described properties. */
function objectErrors(spec: Spec, schema: Schema, from: string, record: Record<string, unknown>, mode: Mode, at: string, depth: number): string[] {
  const errors: string[] = [];
  for (const name of Array.isArray(schema.required) ? schema.required.map(String) : [])
    if (field(record, name) === undefined) errors.push(`${at}.${name}: missing`);
  const properties = isSchema(schema.properties) ? Object.entries(schema.properties) : [];
  for (const [name, prop] of properties) {
    const value = field(record, name);
    if (value !== undefined) errors.push(...validate(spec, prop, from, value, mode, `${at}.${name}`, depth + 1));
  }
  return errors;
}

/** Problems of the combinators: every allOf part, and one oneOf branch at least. */
function combinedErrors(spec: Spec, schema: Schema, from: string, value: unknown, mode: Mode, at: string, depth: number): string[] {
  const errors = (Array.isArray(schema.allOf) ? schema.allOf : []).flatMap((part) => validate(spec, part, from, value, mode, at, depth + 1));
  if (!Array.isArray(schema.oneOf)) return errors;
  const branches = schema.oneOf.map((branch) => validate(spec, branch, from, value, mode, at, depth + 1));
  return branches.some((found) => found.length === 0) ? errors : [...errors, ...(branches[0] ?? [])];
}

/**
 * Every way `value` breaks `raw` (read in `file`): allOf parts each apply, one oneOf branch must
 * hold, required properties present, types, enums, lengths, ranges, items.
 */
export function validate(spec: Spec, raw: unknown, file: string, value: unknown, mode: Mode, at = '$', depth = 0): string[] {
  const located = deref(spec, raw, file);
  if (!located || depth > 40) return [];
  const { schema, file: from } = located;
  const errors = combinedErrors(spec, schema, from, value, mode, at, depth);
  if (typeError(value, typeOf(schema), mode)) return [...errors, `${at}: ${JSON.stringify(value)} is not ${typeOf(schema)}`];
  errors.push(...leafErrors(value, schema, at));
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    errors.push(...objectErrors(spec, schema, from, value as Record<string, unknown>, mode, at, depth));
  if (Array.isArray(value) && schema.items !== undefined)
    value.forEach((item, index) => errors.push(...validate(spec, schema.items, from, item, mode, `${at}[${index}]`, depth + 1)));
  return errors;
}

/** Fields every request of this merchant names as the merchant. */
const MERCHANT_FIELDS = new Set(['mchid', 'sp_mchid', 'combine_mchid', 'mch_id', 'combine_mch_id']);

/** A value from the type alone, for a field whose example does not hold. */
function madeUp(schema: Schema): unknown {
  const type = typeOf(schema);
  if (type === 'integer' || type === 'number') return typeof schema.minimum === 'number' ? Math.max(schema.minimum, 1) : 1;
  if (type === 'boolean') return true;
  if (schema.format === 'rfc3339') return '2025-06-08T10:34:56+08:00';
  if (schema.format === 'date') return '2025-06-08';
  const length = typeof schema.minLength === 'number' ? Math.max(schema.minLength, 1) : 1;
  return 'x'.repeat(Math.min(length, typeof schema.maxLength === 'number' ? schema.maxLength : length));
}

/** A scalar: the description's example if it holds, else its first enum value, else one made from the type. */
function scalarExample(spec: Spec, schema: Schema, from: string, mode: Mode): unknown {
  const candidates = [schema.example, Array.isArray(schema.enum) ? schema.enum[0] : undefined, madeUp(schema)];
  for (const candidate of candidates) {
    if (candidate === undefined || (typeof candidate === 'object' && candidate !== null)) continue;
    const value = mode === 'text' || typeOf(schema) === 'string' ? String(candidate) : candidate;
    if (validate(spec, schema, from, value, mode).length === 0) return value;
  }
  return madeUp(schema);
}

/** An untyped schema's type, from what it holds. */
const shapeOf = (schema: Schema, hasProperties: boolean) => (hasProperties ? 'object' : schema.items !== undefined ? 'array' : undefined);

/** What to build instead of `schema`: a oneOf's first branch; a scalar whose facts sit in its allOf parts (an enum by $ref), merged. */
function substitute(spec: Spec, schema: Schema, from: string, hasProperties: boolean): unknown {
  if (Array.isArray(schema.oneOf) && schema.oneOf.length) return schema.oneOf[0];
  if (!Array.isArray(schema.allOf) || hasProperties) return undefined;
  return Object.assign({}, ...schema.allOf.map((part) => deref(spec, part, from)?.schema ?? {}), { ...schema, allOf: undefined });
}

/**
 * A request value for `raw`: objects with their required properties, arrays of one item, scalars
 * from the description's example (else its first enum value, else one made from the type), the
 * merchant fields set to `mchid`. In text mode (APIv2 fields, query, placeholders) scalars are text.
 */
export function example(spec: Spec, raw: unknown, file: string, mode: Mode, mchid: string, name = '', depth = 0): unknown {
  const located = deref(spec, raw, file);
  if (!located || depth > 40) return undefined;
  const { schema, file: from } = located;
  const { properties, required } = collectProperties(spec, schema, from);
  const instead = substitute(spec, schema, from, properties.size > 0);
  if (instead !== undefined) return example(spec, instead, from, mode, mchid, name, depth + 1);
  const type = typeOf(schema) ?? shapeOf(schema, properties.size > 0);
  if (type === 'object' && !(mode === 'text' && depth > 0)) {
    const entries = [...required].map((field) => {
      const prop = properties.get(field);
      return [field, prop ? example(spec, prop.prop, prop.file, mode, mchid, field, depth + 1) : madeUp({})];
    });
    return Object.fromEntries(entries);
  }
  if (type === 'array' && mode === 'json') return [example(spec, schema.items, from, mode, mchid, '', depth + 1)];
  return MERCHANT_FIELDS.has(name) ? mchid : scalarExample(spec, schema, from, mode);
}

/** A described operation's parameters by where they go, `$ref`s followed. */
export function parametersOf(spec: Spec, operation: Described): Array<Schema & { name: string; in: string }> {
  const list = Array.isArray(operation.op.parameters) ? operation.op.parameters : [];
  return list
    .map((raw) => (isSchema(raw) && typeof raw.$ref === 'string' ? spec.resolve(operation.file, raw.$ref).schema : raw))
    .filter((param): param is Schema & { name: string; in: string } => isSchema(param) && typeof param.name === 'string' && typeof param.in === 'string');
}

/** The schema of the first success answer (200, 204, 202), if it has one. */
export function answerSchemaOf(operation: Described): { status: number; schema: unknown } {
  const responses = isSchema(operation.op.responses) ? operation.op.responses : {};
  const status = ['200', '204', '202', '302'].find((code) => responses[code] !== undefined) ?? '200';
  const success = responses[status];
  const schema = isSchema(success) && isSchema(success.schema) && Object.keys(success.schema).length ? success.schema : undefined;
  return { status: Number(status), schema };
}

export { Spec, type Described };
