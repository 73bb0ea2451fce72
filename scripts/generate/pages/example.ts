/**
 * Example values built from the description's `example`s, shaped as the generated types want
 * them (scripts/generate/schema-to-ts.ts; a number or boolean is also what an APIv2 payload takes): every required field, plus each optional scalar that has
 * an example; placeholders by type where the description gives none.
 */
import { quote } from '../format';
import { isSchema, type Schema, type Spec } from '../load';
import { relaxV2Required, V2_ANY_OF } from '../overrides';
import { schemaKind } from '../schema-walk';
import { collectProperties, deref, type Located } from '../schema-walk';
import { enumValues, jsonTextOf } from './fields';
import { raw, type Lit } from './literal';

const MAX_DEPTH = 8;
const SIGN_TYPES = ['MD5', 'HMAC-SHA256'];
/** The SDK adds these to every APIv2 payload. */
export const SDK_V2_FIELDS: ReadonlySet<string> = new Set(['sign', 'nonce_str']);

const PLACEHOLDER_BY_FORMAT: Readonly<Record<string, string>> = {
  rfc3339: '2024-01-01T10:00:00+08:00',
  'date-time': '2024-01-01T10:00:00+08:00',
  date: '2024-01-01',
  url: 'https://www.example.com/',
  uri: 'https://www.example.com/',
  MediaUrl: 'https://www.example.com/image.jpg',
};

/** A field name as a key of the example: `coupon_fee_$n` becomes `coupon_fee_0`. */
export function exampleKey(name: string): string {
  return name.replace(/\$[nm]/g, '0');
}

function exampleOf(schema: Schema): unknown {
  return schema.example ?? schema.default;
}

/** A text example: strings as written, safe numbers and booleans as text. */
function textExample(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value))) return String(value);
  return undefined;
}

function stringValue(schema: Schema, name: string): Lit {
  const text = textExample(exampleOf(schema));
  const format = typeof schema.format === 'string' ? PLACEHOLDER_BY_FORMAT[schema.format] : undefined;
  return raw(quote(text ?? format ?? `<${name}>`));
}

function numberValue(schema: Schema): Lit {
  const value = Number(exampleOf(schema));
  if (exampleOf(schema) !== undefined && exampleOf(schema) !== '' && Number.isFinite(value)) return raw(String(value));
  return raw(typeof schema.minimum === 'number' && schema.minimum > 0 ? String(schema.minimum) : '1');
}

function booleanValue(schema: Schema): Lit {
  const value = exampleOf(schema);
  return raw(value === true || value === 'true' ? 'true' : 'false');
}

/** An enum field: its example when it is one of the values, else the first value. */
function enumValue(schema: Schema, kind: string): Lit | undefined {
  const values = Array.isArray(schema.enum) ? schema.enum.filter((v) => v !== null && typeof v !== 'object') : [];
  const example = textExample(exampleOf(schema));
  const chosen = values.find((v) => String(v) === example) ?? values[0];
  if (chosen === undefined) return undefined;
  return raw(typeof chosen === 'string' || kind === 'string' ? quote(String(chosen)) : String(chosen));
}

function isObjectLike(schema: Schema): boolean {
  return Array.isArray(schema.allOf) || schemaKind(schema).kind === 'object';
}

/** Whether an optional field is shown in the example: a scalar the description gives an example of. */
function shown(spec: Spec, prop: unknown, file: string): boolean {
  const located = deref(spec, prop, file);
  if (!located || exampleOf(located.schema) === undefined) return false;
  const { kind } = schemaKind(located.schema);
  return kind !== 'object' && kind !== 'array' && !Array.isArray(located.schema.allOf);
}

/** An enum or scalar by reference (`allOf: [$ref]`) is that value; objects are merged. */
function isScalarRef(spec: Spec, schema: Schema, from: string): schema is Schema & { allOf: [unknown] } {
  if (!Array.isArray(schema.allOf) || isSchema(schema.properties) || schema.allOf.length !== 1) return false;
  const first = deref(spec, schema.allOf[0], from);
  return first !== undefined && !isObjectLike(first.schema);
}

/** The example value of one field. */
export function valueOf(spec: Spec, prop: unknown, file: string, name: string, depth = 0): Lit {
  const located = deref(spec, prop, file);
  if (!located || depth > MAX_DEPTH) return raw('{}');
  const { schema, file: from } = located;
  if (isScalarRef(spec, schema, from)) return valueOf(spec, schema.allOf[0], from, name, depth + 1);
  if (Array.isArray(schema.allOf)) return objectValue(spec, located, depth);
  const { kind } = schemaKind(schema);
  const json = jsonTextOf(schema);
  if (json && kind === 'string') return { kind: 'json', value: valueOf(spec, json, from, name, depth + 1) };
  const choice = kind !== 'object' && kind !== 'array' && enumValues(schema).length ? enumValue(schema, kind) : undefined;
  return choice ?? kindValue(spec, located, kind, name, depth);
}

/** The example value of a schema of `kind` with no enum. */
function kindValue(spec: Spec, located: Located, kind: string | undefined, name: string, depth: number): Lit {
  const { schema, file: from } = located;
  switch (kind) {
    case 'object':
      return objectValue(spec, located, depth);
    case 'array':
      return { kind: 'array', items: schema.items === undefined ? [] : [valueOf(spec, schema.items, from, name, depth + 1)] };
    case 'number':
      return numberValue(schema);
    case 'boolean':
      return booleanValue(schema);
    default:
      return stringValue(schema, name);
  }
}

/** An object: its required fields and the optional scalars with an example, in the order written. */
function objectValue(spec: Spec, { schema, file }: Located, depth: number, leaveOut: ReadonlySet<string> = new Set()): Lit {
  const { properties, required } = collectProperties(spec, schema, file);
  const entries: Array<[string, Lit]> = [];
  for (const [name, { prop, file: from, earlier = [] }] of properties) {
    if (leaveOut.has(name) || !(required.has(name) || shown(spec, prop, from))) continue;
    const values = [...earlier, { prop, file: from }].map((part) => valueOf(spec, part.prop, part.file, name, depth + 1));
    entries.push([exampleKey(name), merged(values)]);
  }
  return { kind: 'object', entries };
}

/** A property defined by several `allOf` parts must satisfy them all: their objects merged. */
function merged(values: readonly Lit[]): Lit {
  const last = values.at(-1) ?? raw('{}');
  if (!values.every((value) => value.kind === 'object')) return last;
  const entries = new Map<string, Lit>();
  for (const value of values) if (value.kind === 'object') value.entries.forEach(([key, lit]) => entries.set(key, lit));
  return { kind: 'object', entries: [...entries] };
}

/**
 * The identifiers an APIv2 example leaves out: of each any-one group the description marks all
 * required (overrides.ts, V2_ANY_OF), only the first is given.
 */
function anyOfLeftOut(required: ReadonlySet<string>, file: string): Set<string> {
  const needed = relaxV2Required(required, file);
  const relaxed = new Set([...required].filter((name) => !needed.has(name)));
  const out = new Set<string>();
  for (const group of V2_ANY_OF) {
    if (!group.every((name) => relaxed.has(name) && !out.has(name))) continue;
    group.slice(1).forEach((name) => out.add(name));
  }
  return out;
}

/** A whole APIv2 payload: `sign` and `nonce_str` left to the SDK, `sign_type` one the SDK knows. */
export function xmlPayload(spec: Spec, schema: unknown, file: string): Lit {
  const located = deref(spec, schema, file);
  if (!located) return raw('{}');
  const { required } = collectProperties(spec, located.schema, located.file);
  const leaveOut = new Set([...SDK_V2_FIELDS, ...anyOfLeftOut(required, located.file)]);
  const payload = objectValue(spec, located, 0, leaveOut);
  if (payload.kind !== 'object') return payload;
  const entries = payload.entries.map(([key, value]): [string, Lit] =>
    key === 'sign_type' && !(value.kind === 'raw' && SIGN_TYPES.some((type) => value.text === quote(type))) ? [key, raw(quote('MD5'))] : [key, value],
  );
  return { kind: 'object', entries };
}
