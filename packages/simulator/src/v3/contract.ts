import { createHash } from 'node:crypto';
import {
  boundaryOf,
  build,
  fileAnswer,
  issueOf,
  queryFields,
  readMultipart,
  refusalMessage,
  v3Refusal,
  type Operation,
  type Part,
  type Refusal,
} from '../contract';
import type { SimContext } from '../context';
import { header, type Incoming } from '../http';
import { v3Error, type V3Result } from './reply';

/**
 * APIv3 and the contract engine: reading a request's body (JSON or a multipart upload), refusing
 * it as WeChat Pay does when it breaks the description, and answering the operations that have
 * no hand-written handler from their answer schema.
 */

/** What the body of an APIv3 request holds, once read. */
export interface V3Body {
  json: unknown;
  /** The parts of an upload. */
  form?: ReadonlyMap<string, Part>;
  /** What the Authorization signature covers: the body, or an upload's `meta` part. */
  signed: Buffer;
}

/**
 * The body of an APIv3 request: a multipart upload's parts (its `meta` is what is signed), else
 * the JSON. A string says why it cannot be read (400 PARAM_ERROR).
 *
 * @example const body = readV3Body(incoming); if (typeof body === 'string') return v3Error(400, 'PARAM_ERROR', body);
 */
export function readV3Body(incoming: Incoming): V3Body | string {
  const boundary = boundaryOf(header(incoming, 'content-type'));
  if (boundary !== undefined) {
    const form = readMultipart(incoming.body, boundary);
    if (typeof form === 'string') return `multipart/form-data 格式错误 (${form})`;
    const meta = form.get('meta')?.content;
    let json: unknown;
    try {
      json = meta === undefined ? undefined : JSON.parse(meta.toString('utf8'));
    } catch {
      return 'meta 不是合法的JSON (the meta part is not JSON)';
    }
    return { json, form, signed: meta ?? Buffer.alloc(0) };
  }
  if (!incoming.body.length) return { json: undefined, signed: incoming.body };
  try {
    return { json: JSON.parse(incoming.body.toString('utf8')), signed: incoming.body };
  } catch {
    return '请求体不是合法的JSON (the body is not JSON)';
  }
}

/** 400 PARAM_ERROR naming the field, its path and what was wrong, as WeChat Pay answers. */
export function refusalResult(refusal: Refusal): V3Result {
  const { problem, location } = refusal;
  return v3Error(400, 'PARAM_ERROR', refusalMessage(refusal, 3), {
    field: problem.field,
    ...(problem.value === undefined || Buffer.isBuffer(problem.value) ? {} : { value: problem.value }),
    issue: issueOf(problem),
    location,
  });
}

/** The merchant-id fields that name the caller, in the order looked at. */
const CALLER_FIELDS = ['sp_mchid', 'combine_mchid', 'mchid'] as const;

/** The caller named in a body or query field, when it is not this simulator's merchant: 400 PARAM_ERROR. */
function callerProblem(json: unknown, query: URLSearchParams, mchid: string): V3Result | undefined {
  const body = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  for (const [source, location] of [
    [body, 'body'],
    [queryFields(query), 'query'],
  ] as const) {
    const field = CALLER_FIELDS.find((name) => typeof source[name] === 'string');
    if (field === undefined) continue;
    if (source[field] === mchid) return undefined;
    return v3Error(400, 'PARAM_ERROR', `${field} ${String(source[field])} 与发起请求的商户号 ${mchid} 不一致 (the ${field} must be the merchant's)`, {
      field,
      value: source[field],
      issue: 'mismatch',
      location,
    });
  }
  return undefined;
}

/**
 * The first problem of a request against its operation (400 PARAM_ERROR), or undefined.
 *
 * @example const refused = contractProblem(operation, params, incoming.query, body, ctx); if (refused) return refused;
 */
export function contractProblem(
  operation: Operation,
  params: Record<string, string>,
  query: URLSearchParams,
  body: V3Body,
  ctx: SimContext,
): V3Result | undefined {
  const refusal = v3Refusal(operation, { params, query, json: body.json, ...(body.form ? { form: body.form } : {}) });
  if (refusal) return refusalResult(refusal);
  return callerProblem(body.json, query, ctx.options.mchid);
}

/** Names whose value an answer takes from the request, and the merchant's own id where the request gave none. */
function echoOf(params: Record<string, string>, query: URLSearchParams, json: unknown, mchid: string): Map<string, unknown> {
  const byName = new Map<string, unknown>([
    ['mchid', mchid],
    ['sp_mchid', mchid],
    ['combine_mchid', mchid],
  ]);
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    for (const [name, value] of Object.entries(json)) if (typeof value === 'string' || typeof value === 'number') byName.set(name, value);
  }
  for (const [name, value] of Object.entries(queryFields(query))) byName.set(name, value);
  for (const [name, value] of Object.entries(params)) byName.set(name, value);
  return byName;
}

/**
 * The answer of an operation with no hand-written handler: built from its answer schema (the
 * request's identifiers and amounts echoed), a file of its kind, or an empty 204.
 *
 * @example describedAnswer(operation, template, params, incoming.query, json, ctx) // { status: 200, json: { … } }
 */
export function describedAnswer(
  operation: Operation,
  template: string,
  params: Record<string, string>,
  query: URLSearchParams,
  json: unknown,
  ctx: SimContext,
): V3Result {
  if (operation.kind === 'text' || operation.kind === 'bytes' || operation.kind === 'statement') {
    const file = fileAnswer(operation, template, ctx.options.mchid);
    if (operation.kind !== 'statement') return { status: operation.status, raw: file.body, contentType: file.contentType, unsigned: true };
    return { status: operation.status, raw: file.body, contentType: file.contentType, statementSha1: createHash('sha1').update(file.body).digest('hex') };
  }
  if (operation.answer === undefined) return { status: operation.status };
  const echo = { body: json, byName: echoOf(params, query, json, ctx.options.mchid) };
  return { status: operation.status, json: build(operation.answer, echo, [], 'json') };
}
