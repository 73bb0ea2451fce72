import { node } from './catalog';
import { check, type Problem } from './check';
import type { Part } from './multipart';
import type { Node, Operation, Ref } from './types';

/**
 * The checks of a request against its operation, in WeChat Pay's order: the path's placeholders,
 * the query, then the body (APIv3 JSON, APIv2 XML fields, or a multipart form).
 */

/** Where the refused field is, as WeChat Pay's `detail.location` says it. */
export type Location = 'path' | 'query' | 'body';

export interface Refusal {
  problem: Problem;
  location: Location;
}

/** What an APIv3 request holds, read from the wire. */
export interface V3Parts {
  /** Placeholder values, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when there is none. */
  json: unknown;
  /** The multipart parts, for an upload. */
  form?: ReadonlyMap<string, Part>;
}

/** The first value of each query parameter. */
export function queryFields(query: URLSearchParams): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of query) if (!(name in fields)) fields[name] = value;
  return fields;
}

/** A form's values: text parts as text, file parts (type `f`) as their bytes. */
export function formFields(form: ReadonlyMap<string, Part>, schema: Node): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, part] of form) {
    const prop = schema.p?.[name];
    fields[name] = prop !== undefined && node(prop).t === 'f' ? part.content : part.content.toString('utf8');
  }
  return fields;
}

function refusal(value: unknown, ref: Ref | undefined, location: Location, mode: 'json' | 'text'): Refusal | undefined {
  if (ref === undefined) return undefined;
  const problem = check(value, ref, '', mode);
  return problem ? { problem, location } : undefined;
}

/**
 * The first problem of an APIv3 request, or undefined when it holds.
 *
 * @example v3Refusal(operation, { params, query, json }) // { problem: { field: 'amount.total', rule: 'type', … }, location: 'body' }
 */
export function v3Refusal(operation: Operation, parts: V3Parts): Refusal | undefined {
  const found = refusal(parts.params, operation.path, 'path', 'text') ?? refusal(queryFields(parts.query), operation.query, 'query', 'text');
  if (found) return found;
  if (operation.form !== undefined) {
    const form = node(operation.form);
    return refusal(formFields(parts.form ?? new Map(), form), form, 'body', 'text');
  }
  if (operation.body === undefined) return undefined;
  if (parts.json === undefined) {
    if (!operation.bodyRequired) return undefined;
    return { problem: { field: '', rule: 'required', expected: 'a JSON body' }, location: 'body' };
  }
  return refusal(parts.json, operation.body, 'body', 'json');
}

/**
 * The first problem of an APIv2 request's fields (from its XML, its form, or its query for the
 * GET pages), or undefined when they hold.
 *
 * @example v2Refusal(operation, { appid: 'wx…', mch_id: '1900000109' }) // { problem: { field: 'out_trade_no', rule: 'required', … }, location: 'body' }
 */
export function v2Refusal(operation: Operation, fields: Record<string, unknown>): Refusal | undefined {
  if (operation.body !== undefined) return refusal(fields, operation.body, 'body', 'text');
  if (operation.form !== undefined) return refusal(fields, operation.form, 'body', 'text');
  return refusal(fields, operation.query, 'query', 'text');
}
