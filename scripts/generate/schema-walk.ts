/** Walking schemas: `$ref`s followed and `allOf` parts merged, for the emitters that need the fields. */
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
