/** Walking schemas: `$ref`s followed, `allOf` parts merged, and what a schema holds (its kind, its enumeration). */
import { isSchema, type Schema, type Spec } from './load';

/** A schema and the file its `$ref`s are relative to. */
export interface Located {
  schema: Schema;
  file: string;
}

/** Every property of an object schema (its `allOf` parts and `$ref`s merged), and which are required. */
export interface Collected {
  /** The last definition of each property; `earlier` holds the ones it overrides (both apply: allOf). */
  properties: Map<string, { prop: unknown; file: string; earlier?: Array<{ prop: unknown; file: string }> }>;
  required: Set<string>;
}

const MAX_DEPTH = 16;

/** `schema` with its `$ref`s followed; undefined when it is not a schema. */
export function deref(spec: Spec, schema: unknown, file: string): Located | undefined {
  let node = schema;
  let from = file;
  for (let depth = 0; isSchema(node) && typeof node.$ref === 'string' && depth < MAX_DEPTH; depth += 1) {
    const target = spec.resolve(from, node.$ref);
    node = target.schema;
    from = target.file;
  }
  return isSchema(node) ? { schema: node, file: from } : undefined;
}

/** The properties of `schema` in the order written, later parts overriding earlier ones. */
export function collectProperties(spec: Spec, schema: unknown, file: string): Collected {
  const collected: Collected = { properties: new Map(), required: new Set() };
  const collect = (node: unknown, from: string, depth: number): void => {
    const located = deref(spec, node, from);
    if (!located || depth > MAX_DEPTH) return;
    const { schema: part, file: partFile } = located;
    if (Array.isArray(part.allOf)) part.allOf.forEach((child) => collect(child, partFile, depth + 1));
    if (isSchema(part.properties)) {
      for (const [name, prop] of Object.entries(part.properties)) {
        const before = collected.properties.get(name);
        const earlier = before ? [...(before.earlier ?? []), { prop: before.prop, file: before.file }] : undefined;
        collected.properties.set(name, { prop, file: partFile, ...(earlier ? { earlier } : {}) });
      }
    }
    if (Array.isArray(part.required)) part.required.forEach((name) => collected.required.add(String(name)));
  };
  collect(schema, file, 0);
  return collected;
}

/** Integer spellings met in the description (`int`, `uint64` are data errors there). */
const INTEGER_TYPES = new Set(['integer', 'int', 'uint64', 'int32', 'int64']);

export type SchemaKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'unknown';

/**
 * What a schema holds, read from `type` (integer spellings are numbers), else from `properties`,
 * `items` or `enum`. A `type` that is no JSON type is read as a string and returned as `oddType`.
 */
export function schemaKind(schema: Schema): { kind: SchemaKind; oddType?: string } {
  const raw = typeof schema.type === 'string' ? schema.type.trim() : undefined;
  if (raw === 'object' || raw === 'array' || raw === 'string' || raw === 'boolean') return { kind: raw };
  if (raw === 'number' || (raw !== undefined && INTEGER_TYPES.has(raw))) return { kind: 'number' };
  if (isSchema(schema.properties)) return { kind: 'object' };
  if (schema.items !== undefined) return { kind: 'array' };
  if (raw === 'file') return { kind: 'unknown' };
  if (raw !== undefined) return { kind: 'string', oddType: raw };
  if (Array.isArray(schema.enum)) return { kind: schema.enum.every((v) => typeof v === 'number') ? 'number' : 'string' };
  return { kind: 'unknown' };
}

/** The enumeration of a scalar schema, its `$ref`s followed: its `enum`, or every value of an `allOf` of enumerations. */
export function enumOf(spec: Spec, schema: unknown, file: string): unknown[] | undefined {
  const located = deref(spec, schema, file);
  if (!located) return undefined;
  if (Array.isArray(located.schema.allOf)) return enumOfParts(spec, located.schema.allOf, located.file);
  const { kind } = schemaKind(located.schema);
  const scalar = kind === 'string' || kind === 'number' || kind === 'boolean';
  return scalar && Array.isArray(located.schema.enum) ? located.schema.enum : undefined;
}

/** Every value of an `allOf` whose parts (their `$ref`s followed) are all scalar enumerations, else undefined. */
export function enumOfParts(spec: Spec, parts: readonly unknown[], file: string): unknown[] | undefined {
  const values: unknown[] = [];
  for (const part of parts) {
    const located = deref(spec, part, file);
    const own = located && !Array.isArray(located.schema.allOf) ? enumOf(spec, located.schema, located.file) : undefined;
    if (own === undefined) return undefined;
    values.push(...own);
  }
  return values;
}
