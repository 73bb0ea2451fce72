/**
 * The rows of a page's field tables: every property of a schema, nested objects, array items and
 * JSON-text fields (`x-json`, such as `trades`) expanded as indented rows under their parent.
 */
import { isSchema, type Schema, type Spec } from '../load';
import { schemaKind } from '../schema-walk';
import { collectProperties, deref, type Located } from '../schema-walk';

export interface Row {
  depth: number;
  /** The names from the options object down, `.`-joined: `xml.trades.state`. */
  path: string;
  name: string;
  type: string;
  /** undefined: the table does not say (answers). */
  required: boolean | undefined;
  description: string;
  values: string[];
}

/** Where rows go: under the row at `path` (depth -1 and '' for the table's top level). */
export interface Parent {
  depth: number;
  path: string;
}

export const TOP: Parent = { depth: -1, path: '' };

const MAX_DEPTH = 8;
const INTEGER = /^(integer|int|int32|int64|uint64)$/;

/** The JSON the `x-json` of a JSON-text field describes, if any. */
export function jsonTextOf(schema: Schema): Schema | undefined {
  const xJson = schema['x-json'];
  return isSchema(xJson) ? xJson : undefined;
}

/** `string`, `integer`, `object[]`, `string(rfc3339)`, `string(JSON: object[])`. */
export function typeLabel(spec: Spec, located: Located): string {
  const { schema, file } = located;
  const json = jsonTextOf(schema);
  if (json) return `string(JSON: ${typeLabel(spec, deref(spec, json, file) ?? { schema: json, file })})`;
  if (Array.isArray(schema.allOf)) return 'object';
  const { kind } = schemaKind(schema);
  if (kind === 'array') {
    const items = deref(spec, schema.items, file);
    return `${items ? typeLabel(spec, items) : 'unknown'}[]`;
  }
  if (kind === 'number') return typeof schema.type === 'string' && INTEGER.test(schema.type.trim()) ? 'integer' : 'number';
  const format = typeof schema.format === 'string' && kind === 'string' ? `(${schema.format})` : '';
  return schema.type === 'file' ? 'file' : `${kind}${format}`;
}

/** The enum values of a schema, as text. */
export function enumValues(schema: Schema): string[] {
  return Array.isArray(schema.enum) ? schema.enum.filter((v) => v !== null && typeof v !== 'object').map(String) : [];
}

/** The schema whose fields are nested under a field: an object, an array's items, a JSON text's JSON. */
function inner(spec: Spec, located: Located): Located | undefined {
  const json = jsonTextOf(located.schema);
  let target = json ? deref(spec, json, located.file) : located;
  for (let i = 0; target && schemaKind(target.schema).kind === 'array' && i < MAX_DEPTH; i += 1) target = deref(spec, target.schema.items, target.file);
  if (!target) return undefined;
  return schemaKind(target.schema).kind === 'object' || Array.isArray(target.schema.allOf) ? target : undefined;
}

/** One row for a field, then its nested fields. */
export function fieldRows(spec: Spec, name: string, prop: unknown, file: string, required: boolean | undefined, parent: Parent): Row[] {
  const located = deref(spec, prop, file);
  if (!located) return [];
  const { schema } = located;
  const depth = parent.depth + 1;
  const path = parent.path ? `${parent.path}.${name}` : name;
  const row: Row = {
    depth,
    path,
    name,
    type: typeLabel(spec, located),
    required,
    description: typeof schema.description === 'string' ? schema.description : '',
    values: enumValues(schema),
  };
  const nested = depth < MAX_DEPTH ? inner(spec, located) : undefined;
  return [row, ...(nested ? objectRows(spec, nested.schema, nested.file, { depth, path }, { answer: required === undefined }) : [])];
}

/** How `objectRows` reads an object: whether it has a required column, what it leaves out. */
export interface RowOptions {
  /** No required column (answers). */
  answer?: boolean;
  /** Properties left out of the table (the SDK's own `sign`, `nonce_str`). */
  skip?: ReadonlySet<string>;
  /** Which properties are required, from the ones the description marks (APIv2 any-one groups). */
  required?: (marked: ReadonlySet<string>) => ReadonlySet<string>;
}

/** The rows of every property of an object schema, nested ones under them. */
export function objectRows(spec: Spec, schema: unknown, file: string, parent: Parent, options: RowOptions = {}): Row[] {
  const collected = collectProperties(spec, schema, file);
  const required = options.required ? options.required(collected.required) : collected.required;
  return [...collected.properties].flatMap(([name, { prop, file: from }]) =>
    options.skip?.has(name) ? [] : fieldRows(spec, name, prop, from, options.answer ? undefined : required.has(name), parent),
  );
}
