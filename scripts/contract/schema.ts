/**
 * One schema of the description into a compiled node (packages/simulator/src/contract/types.ts): `$ref`s
 * followed, `allOf` merged, the description's misspelt types read, prose dropped but for a
 * field's short Chinese name, which WeChat Pay quotes in its messages.
 */
import { isSchema, type Schema, type Spec } from '../generate/load';
import { deref } from '../generate/schema-walk';
import type { Node, NodeType, Scalar } from '../../packages/simulator/src/contract/types';

const TYPES: Record<string, NodeType> = {
  string: 's',
  stringde: 's',
  integer: 'i',
  int: 'i',
  uint64: 'i',
  number: 'n',
  boolean: 'b',
  object: 'o',
  array: 'a',
  file: 'f',
};

/** Formats that decide a value, checked or generated; the others (base64, MediaId, …) only describe it. */
const FORMATS = new Set(['rfc3339', 'date', 'url', 'int64', 'uint64', 'jsonObjectLike', 'jsonArrayLike']);

/** Deeper than any schema of the description: a guard against a `$ref` loop. */
const MAX_DEPTH = 24;

const LABEL_MAX = 16;

/** A field's short name: the description up to its first pause, without markdown, at most 16 characters. */
export function labelOf(description: unknown): string | undefined {
  if (typeof description !== 'string') return undefined;
  const plain = description.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
  const first = (plain.split(/[\n。，,；;：:（(【]/)[0] ?? '').trim();
  if (!first) return undefined;
  return [...first].slice(0, LABEL_MAX).join('');
}

const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value);

/** `/\d{8}|OnAccept/` as the description writes it, as a RegExp source; undefined when it does not compile. */
export function patternOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw === '') return undefined;
  const source = /^\/(.*)\/$/.exec(raw)?.[1] ?? raw;
  try {
    new RegExp(source, 'u');
    return source;
  } catch {
    return undefined;
  }
}

const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The bounds of `raw` onto `node`: lengths or item counts, range, pattern. */
function bounds(node: Node, raw: Schema): void {
  const min = count(raw.minLength) ?? count(raw.minItems);
  const max = count(raw.maxLength) ?? count(raw.maxItems);
  if (min !== undefined) node.mn = min;
  if (max !== undefined) node.mx = max;
  if (count(raw.minimum) !== undefined) node.lo = raw.minimum as number;
  if (count(raw.maximum) !== undefined) node.hi = raw.maximum as number;
  const pattern = patternOf(raw.pattern);
  if (pattern !== undefined) node.re = pattern;
}

/** Put the scalar facts of `raw` (type, bounds, enum, example, …) on `node`. */
function scalarFacts(node: Node, raw: Schema): void {
  const type = typeof raw.type === 'string' ? TYPES[raw.type.trim().toLowerCase()] : undefined;
  if (type) node.t = type;
  if (Array.isArray(raw.enum)) node.e = raw.enum.filter(isScalar);
  bounds(node, raw);
  if (typeof raw.format === 'string' && FORMATS.has(raw.format)) node.fm = raw.format;
  if (isScalar(raw.example)) node.ex = raw.example;
  const label = labelOf(raw.description);
  if (label) node.d = label;
  if (raw.nullable === true) node.nl = 1;
}

/** `a` then `b`, as allOf reads them: both apply; b's scalar facts win; properties and required merged. */
export function mergeNodes(a: Node, b: Node): Node {
  const merged: Node = { ...a, ...b };
  if (a.p && b.p) {
    const props = { ...a.p };
    for (const [name, prop] of Object.entries(b.p)) {
      const before = props[name];
      props[name] = before && typeof before === 'object' && typeof prop === 'object' ? mergeNodes(before, prop) : prop;
    }
    merged.p = props;
  }
  if (a.r && b.r) merged.r = [...a.r, ...b.r.filter((name) => !a.r!.some((seen) => JSON.stringify(seen) === JSON.stringify(name)))];
  if (a.i && b.i && typeof a.i === 'object' && typeof b.i === 'object') merged.i = mergeNodes(a.i, b.i);
  return merged;
}

/** Compiles schemas of one description; `alternatives` rewrites required lists (see compile.ts). */
export class SchemaCompiler {
  /** Each `$ref` target compiled once (the compiled nodes are never changed afterwards). */
  private readonly compiled = new Map<string, Node | undefined>();

  constructor(
    private readonly spec: Spec,
    private readonly alternatives: (required: string[]) => Array<string | string[]>,
  ) {}

  /** `raw` (as written in `file`) as a node; undefined when it is not a schema. */
  compile(raw: unknown, file: string, depth = 0): Node | undefined {
    if (isSchema(raw) && typeof raw.$ref === 'string' && Object.keys(raw).length === 1) {
      const key = this.spec.resolve(file, raw.$ref).key;
      if (!this.compiled.has(key)) this.compiled.set(key, this.compileSchema(raw, file, depth));
      return this.compiled.get(key);
    }
    return this.compileSchema(raw, file, depth);
  }

  private compileSchema(raw: unknown, file: string, depth: number): Node | undefined {
    const located = deref(this.spec, raw, file);
    if (!located || depth > MAX_DEPTH) return undefined;
    const { schema, file: from } = located;
    let node: Node = {};
    if (Array.isArray(schema.allOf)) {
      for (const part of schema.allOf) {
        const compiled = this.compile(part, from, depth + 1);
        if (compiled) node = mergeNodes(node, compiled);
      }
    }
    const own: Node = {};
    scalarFacts(own, schema);
    this.structure(own, schema, from, depth);
    node = mergeNodes(node, own);
    if (!node.t && node.p) node.t = 'o';
    if (!node.t && node.i) node.t = 'a';
    // An example of an object or array is prose for the answers' purposes: the leaves carry theirs.
    if (node.t === 'o' || node.t === 'a') delete node.ex;
    return node;
  }

  /** Properties, required, items, oneOf and x-json of `schema`, onto `node`. */
  private structure(node: Node, schema: Schema, file: string, depth: number): void {
    if (isSchema(schema.properties)) {
      const props: Record<string, Node> = {};
      for (const [name, prop] of Object.entries(schema.properties)) props[name] = this.compile(prop, file, depth + 1) ?? {};
      node.p = props;
    }
    if (Array.isArray(schema.required) && schema.required.length > 0) node.r = this.alternatives(schema.required.map(String));
    if (schema.items !== undefined) {
      const items = this.compile(schema.items, file, depth + 1);
      if (items) node.i = items;
    }
    if (Array.isArray(schema.oneOf)) {
      const branches = schema.oneOf.map((branch) => this.compile(branch, file, depth + 1)).filter((branch): branch is Node => branch !== undefined);
      if (branches.length) node.o = branches;
    }
    if (schema['x-json'] !== undefined) {
      const inner = this.compile(schema['x-json'], file, depth + 1);
      if (inner) node.js = inner;
    }
  }
}
