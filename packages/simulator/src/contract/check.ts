import { node } from './catalog';
import type { Node, Ref } from './types';

/**
 * Checking a value against a compiled schema as WeChat Pay checks a request: required fields,
 * types, enums, lengths, patterns, ranges. The first problem found is the answer, as WeChat
 * Pay names one field per refusal.
 */

/** What is wrong with one field. */
export interface Problem {
  /** The field's path: `amount.total`, `goods_detail[0].price`, `out_trade_no`. */
  field: string;
  /** Which rule failed. */
  rule: 'required' | 'type' | 'enum' | 'length' | 'pattern' | 'range' | 'format';
  /** What was expected, in English: `an integer`, `one of SUCCESS, FAIL`, `at most 32 characters`; for a missing field `required` or `one of a, b`. */
  expected: string;
  /** The field's Chinese name (总金额), when the description gives one. */
  label?: string;
  /** The value refused (absent for a missing field). */
  value?: unknown;
}

/** `json`: typed JSON values (an APIv3 body). `text`: strings (APIv2 fields, query and path parameters). */
export type Mode = 'json' | 'text';

/** Deeper than any request of the description: a hostile body is refused here rather than recursed into. */
const MAX_DEPTH = 32;

const TYPE_NAMES = { s: 'a string', i: 'an integer', n: 'a number', b: 'a boolean', o: 'an object', a: 'an array', f: 'a file' } as const;

const INTEGER = /^-?\d{1,19}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Compiled patterns, one per pattern of the description (a finite set). */
const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) patterns.set(source, (compiled = new RegExp(source, 'u')));
  return compiled;
}

/** Does text read as `type`? An object or array in text is JSON text, any string. */
function typedText(value: string, type: Node['t']): boolean {
  if (type === 'i') return INTEGER.test(value);
  if (type === 'n') return NUMBER.test(value);
  if (type === 'b') return value === 'true' || value === 'false';
  return true;
}

const JSON_TYPES: Record<Exclude<Node['t'], undefined>, (value: unknown) => boolean> = {
  s: (value) => typeof value === 'string',
  i: (value) => Number.isSafeInteger(value),
  n: (value) => typeof value === 'number' && Number.isFinite(value),
  b: (value) => typeof value === 'boolean',
  o: isObject,
  a: Array.isArray,
  f: () => true,
};

/** Does `value` have type `type`? In text mode a field is a string that reads as that type. */
function typed(value: unknown, type: Node['t'], mode: Mode): boolean {
  if (type === undefined) return true;
  if (mode === 'text' && typeof value === 'string') return typedText(value, type);
  return JSON_TYPES[type](value);
}

function problem(field: string, rule: Problem['rule'], expected: string, schema: Node, value?: unknown): Problem {
  return { field, rule, expected, ...(schema.d ? { label: schema.d } : {}), ...(value === undefined ? {} : { value }) };
}

/** The problem with a string's length, pattern or format, if any. */
function textProblem(value: string, schema: Node, field: string): Problem | undefined {
  const length = [...value].length;
  if (schema.mx !== undefined && length > schema.mx) return problem(field, 'length', `at most ${schema.mx} characters`, schema, value);
  if (schema.mn !== undefined && length < schema.mn) return problem(field, 'length', `at least ${schema.mn} characters`, schema, value);
  if (schema.re !== undefined && !pattern(schema.re).test(value)) return problem(field, 'pattern', `to match /${schema.re}/`, schema, value);
  if (schema.fm === 'rfc3339' && !RFC3339.test(value)) return problem(field, 'format', 'an RFC 3339 time (2018-06-08T10:34:56+08:00)', schema, value);
  if (schema.fm === 'date' && !DATE.test(value)) return problem(field, 'format', 'a date (2018-06-08)', schema, value);
  return undefined;
}

/** The problem with a number's range, if any. */
function rangeProblem(value: number, schema: Node, field: string): Problem | undefined {
  if (schema.lo !== undefined && value < schema.lo) return problem(field, 'range', `at least ${schema.lo}`, schema, value);
  if (schema.hi !== undefined && value > schema.hi) return problem(field, 'range', `at most ${schema.hi}`, schema, value);
  return undefined;
}

/** A field's path below `parent`. */
const below = (parent: string, name: string) => (parent ? `${parent}.${name}` : name);

/** The first required field (or group of alternatives) `value` lacks. */
function missing(value: Record<string, unknown>, schema: Node, field: string): Problem | undefined {
  const present = (name: string) => value[name] !== undefined && value[name] !== null && value[name] !== '';
  for (const required of schema.r ?? []) {
    if (typeof required === 'string') {
      if (!present(required)) return problem(below(field, required), 'required', 'required', schema.p?.[required] ? node(schema.p[required]) : {});
    } else if (!required.some(present)) {
      return problem(below(field, required.join('|')), 'required', `one of ${required.join(', ')}`, {});
    }
  }
  return undefined;
}

/** The first problem of an object's properties. */
function objectProblem(value: Record<string, unknown>, schema: Node, field: string, mode: Mode, depth: number): Problem | undefined {
  const absent = missing(value, schema, field);
  if (absent) return absent;
  for (const [name, ref] of Object.entries(schema.p ?? {})) {
    const child = value[name];
    if (child === undefined || child === null) continue;
    const found = check(child, ref, below(field, name), mode, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The first problem of an array's length and items. */
function arrayProblem(value: unknown[], schema: Node, field: string, mode: Mode, depth: number): Problem | undefined {
  if (schema.mx !== undefined && value.length > schema.mx) return problem(field, 'length', `at most ${schema.mx} items`, schema, value.length);
  if (schema.mn !== undefined && value.length < schema.mn) return problem(field, 'length', `at least ${schema.mn} items`, schema, value.length);
  if (schema.i === undefined) return undefined;
  for (let at = 0; at < value.length; at += 1) {
    const found = check(value[at], schema.i, `${field}[${at}]`, mode, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The problem with text holding JSON (APIv2 `detail`, a `meta` part): it must parse, as an object or array as described. */
function jsonTextProblem(value: string, schema: Node, field: string): Problem | undefined {
  const inner = node(schema.js!);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return problem(field, 'type', 'JSON text', schema, value);
  }
  if (inner.t === 'o' || inner.t === 'a') {
    if (!typed(parsed, inner.t, 'json')) return problem(field, 'type', `JSON text of ${TYPE_NAMES[inner.t]}`, schema, value);
  }
  return undefined;
}

/**
 * The first problem of `value` against `ref`, or undefined when it holds. `field` is its path
 * (empty for the whole body).
 *
 * @example check({ amount: { total: 0.5 } }, body, '', 'json') // { field: 'amount.total', rule: 'type', expected: 'an integer', … }
 */
export function check(value: unknown, ref: Ref, field: string, mode: Mode, depth = 0): Problem | undefined {
  const schema = node(ref);
  if (depth > MAX_DEPTH) return problem(field, 'type', `at most ${MAX_DEPTH} levels of nesting`, schema);
  if (schema.o) {
    const problems = schema.o.map((branch) => check(value, branch, field, mode, depth + 1));
    return problems.some((found) => found === undefined) ? undefined : problems[0];
  }
  if (!typed(value, schema.t, mode)) return problem(field, 'type', TYPE_NAMES[schema.t!], schema, value);
  if (schema.e?.length) {
    if (!schema.e.some((allowed) => String(allowed) === String(value))) return problem(field, 'enum', `one of ${schema.e.join(', ')}`, schema, value);
    // A value the description lists is good, even where its own maxLength says otherwise (customs_$n: 2 characters, SHANGHAI_ZS).
    return undefined;
  }
  if (typeof value === 'string') return stringProblem(value, schema, field, mode);
  if (typeof value === 'number') return rangeProblem(value, schema, field);
  if (isObject(value)) return objectProblem(value, schema, field, mode, depth);
  if (Array.isArray(value)) return arrayProblem(value, schema, field, mode, depth);
  return undefined;
}

/** A string's problem: JSON text (x-json) parsed, a number in text ranged, else length, pattern, format. */
function stringProblem(value: string, schema: Node, field: string, mode: Mode): Problem | undefined {
  if (mode === 'text' && schema.js !== undefined) return jsonTextProblem(value, schema, field);
  const found = textProblem(value, schema, field);
  if (found || mode === 'json' || (schema.t !== 'i' && schema.t !== 'n')) return found;
  return rangeProblem(Number(value), schema, field);
}
