import { node } from './catalog';
import { check, type Mode } from './check';
import type { Node, Ref, Scalar } from './types';
import { BeijingTime } from 'wechatpay-ts';

/**
 * An answer built from an operation's answer schema: every field, of the right type, an enum's
 * value, the description's example where it holds, and the request's own values where the answer
 * has the same field (its identifiers, its amounts).
 */

/** What of the request an answer may echo. */
export interface Echo {
  /** The request body (JSON, or the APIv2 fields): a leaf at the same path is echoed. */
  body: unknown;
  /** Identifiers by name (top-level body fields, query and path parameters): echoed wherever the answer has that name. */
  byName: ReadonlyMap<string, unknown>;
}

/** Names echoed wherever they occur: identifiers the merchant chose or WeChat gave. */
const IDENTIFIER = /(^|_)(no|id|mchid|appid|openid)$/;

/** Never echoed: what is made afresh for each answer. */
const FRESH = new Set(['nonce_str', 'sign']);

const MAX_DEPTH = 32;

/** The value at `path` (property names) inside `root`, if any. */
function at(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const name of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/** `value` as the schema's type wants it: numbers from numeric text, text from numbers; in text mode every scalar is text. */
function coerce(value: unknown, schema: Node, mode: Mode): unknown {
  if (mode === 'text') return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
  if ((schema.t === 'i' || schema.t === 'n') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (schema.t === 's' && typeof value === 'number') return String(value);
  return value;
}

const holds = (value: unknown, schema: Node, mode: Mode) => value !== undefined && check(value, schema, '', mode) === undefined;

/** A value made from the type alone, for a field with no usable example. */
function made(schema: Node): Scalar {
  if (schema.t === 'i' || schema.t === 'n') return Math.min(Math.max(schema.lo ?? 1, 1), schema.hi ?? Number.MAX_SAFE_INTEGER);
  if (schema.t === 'b') return true;
  if (schema.fm === 'rfc3339') return BeijingTime.rfc3339(new Date());
  if (schema.fm === 'date') return BeijingTime.day(new Date());
  if (schema.fm === 'url') return 'https://pay.weixin.qq.com/';
  const length = Math.min(Math.max(schema.mn ?? 1, 1), schema.mx ?? 1);
  return '1'.repeat(length);
}

/** A scalar field: the request's own value, else an enum's, else the example, else a made one. */
function scalar(schema: Node, path: readonly string[], echo: Echo, mode: Mode): unknown {
  // APIv2's numbered fields (refund_id_$n) echo what their first one stands for (refund_id).
  const name = (path[path.length - 1] ?? '').replace(/(_\$[nm])+$/, '');
  const candidates: unknown[] = [];
  if (!FRESH.has(name)) {
    candidates.push(at(echo.body, path));
    if (IDENTIFIER.test(name) || echo.byName.has(name)) candidates.push(echo.byName.get(name));
  }
  if (schema.e?.length) candidates.push(schema.ex !== undefined && schema.e.includes(schema.ex) ? schema.ex : schema.e[0]);
  candidates.push(schema.ex, made(schema));
  for (const candidate of candidates) {
    const value = coerce(candidate, schema, mode);
    if (holds(value, schema, mode)) return value;
  }
  return coerce(schema.e?.[0] ?? made(schema), schema, mode);
}

/** An object with every property, and the required ones the description names but never describes. */
function object(schema: Node, echo: Echo, path: readonly string[], mode: Mode, depth: number): Record<string, unknown> {
  const built: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(schema.p ?? {})) {
    const value = build(child, echo, [...path, name], mode, depth + 1);
    if (value !== undefined) built[name] = value;
  }
  // Required, yet described nowhere (the description's indentation slips): present, as text.
  for (const required of schema.r ?? []) {
    const name = typeof required === 'string' ? required : required[0]!;
    if (!(name in built)) built[name] = scalar({ t: 's' }, [...path, name], echo, mode);
  }
  return built;
}

/**
 * A value for `ref`: objects with every property, arrays of one item (or their minimum), APIv2
 * JSON text (`x-json`) written from its own schema.
 *
 * @example build(operation.answer!, { body: request, byName }, [], 'json') // { code_url: 'weixin://wxpay/bizpayurl/up?pr=NwY5Mz9&groupid=00' }
 */
export function build(ref: Ref, echo: Echo, path: readonly string[], mode: Mode, depth = 0): unknown {
  const schema = node(ref);
  if (depth > MAX_DEPTH) return undefined;
  if (schema.o?.length) return build(schema.o[0]!, echo, path, mode, depth + 1);
  // Inside JSON text and arrays nothing is echoed by path: the request has no such path.
  const inner = { body: undefined, byName: echo.byName };
  if (mode === 'text' && schema.js !== undefined) return JSON.stringify(build(schema.js, inner, [], 'json', depth + 1));
  if (schema.t === 'o' || (schema.t === undefined && schema.p)) return object(schema, echo, path, mode, depth);
  if (schema.t !== 'a') return scalar(schema, path, echo, mode);
  const count = Math.max(schema.mn ?? 1, 1);
  return Array.from({ length: count }, () => build(schema.i ?? { t: 's' }, inner, [], mode, depth + 1));
}
