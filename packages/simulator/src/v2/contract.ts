import { boundaryOf, build, csv, formFields, node, queryFields, readMultipart, refusalMessage, v2Refusal, type Operation } from '../contract';
import type { SimContext } from '../context';
import { header, type Incoming, type Reply } from '../http';
import { ids } from '../state';
import { v2, type V2Result } from './reply';
import { parseRequest, type Fields } from './xml';

/**
 * APIv2 and the contract engine: reading a request's fields (its XML, an upload's form, a GET
 * page's query), refusing it as WeChat Pay does when it breaks the description (return_code FAIL
 * naming the field), and answering the operations with no hand-written handler.
 */

/** The fields of an APIv2 request, and what its `sign` covers (a file part is not signed). */
export interface V2Fields {
  fields: Fields;
  /** Every field the description checks, a form's file part included (as bytes). */
  checked: Record<string, unknown>;
}

/**
 * The request's fields: the query of a GET page, the text parts of a multipart upload, else
 * the XML. A string says why they cannot be read.
 *
 * @example const read = readV2Fields(incoming, operation); if (typeof read === 'string') return v2.fail(read);
 */
export function readV2Fields(incoming: Incoming, operation: Operation | undefined): V2Fields | string {
  if (incoming.method === 'GET') {
    const fields = queryFields(incoming.query);
    return { fields, checked: fields };
  }
  const boundary = boundaryOf(header(incoming, 'content-type'));
  if (boundary !== undefined && operation?.form !== undefined) {
    const form = readMultipart(incoming.body, boundary);
    if (typeof form === 'string') return `multipart/form-data 格式错误 (${form})`;
    const checked = formFields(form, node(operation.form));
    const fields: Fields = {};
    for (const [name, value] of Object.entries(checked)) if (typeof value === 'string') fields[name] = value;
    return { fields, checked };
  }
  const fields = parseRequest(incoming.body.toString('utf8'));
  return typeof fields === 'string' ? fields : { fields, checked: fields };
}

/** The merchant a request names: `mch_id`, else `mchid`, else `combine_mch_id` (as the SDK reads it). */
export function merchantOf(fields: Fields): { field: string; value: string } | undefined {
  const field = ['mch_id', 'mchid', 'combine_mch_id'].find((name) => fields[name] !== undefined);
  return field === undefined ? undefined : { field, value: fields[field]! };
}

/**
 * The request against the description: return_code FAIL with a return_msg naming the field (as
 * `无法将输入源“/body/xml/total_fee”映射到目标字段“标价金额”中…`), or undefined when it holds.
 *
 * @example const refused = v2ContractProblem(operation, read.checked); if (refused) return answer(refused);
 */
export function v2ContractProblem(operation: Operation, checked: Record<string, unknown>): V2Result | undefined {
  const refusal = v2Refusal(operation, checked);
  return refusal ? v2.fail(refusalMessage(refusal, 2)) : undefined;
}

/** Set by every APIv2 answer that succeeds, whatever the schema's enums list first. */
const SUCCESS: Fields = { return_code: 'SUCCESS', return_msg: 'OK' };

/** An answer's fields as text: nested values as JSON, numbered fields (refund_id_$n, coupon_id_$n_$m) as the first of each (refund_id_0). */
function asFields(built: unknown): Fields {
  const fields: Fields = {};
  if (typeof built !== 'object' || built === null) return fields;
  for (const [name, value] of Object.entries(built)) fields[name.replace(/\$[nm]/g, '0')] = typeof value === 'string' ? value : JSON.stringify(value);
  return fields;
}

/** `text` as a URL, or `fallback` when it is none. */
function urlOr(text: string | undefined, fallback: string): URL {
  try {
    return new URL(text ?? fallback);
  } catch {
    return new URL(fallback);
  }
}

/**
 * The answer of an APIv2 operation with no hand-written handler: its fields built from the
 * answer schema (the request's identifiers and amounts echoed, return_code and result_code
 * SUCCESS, a fresh nonce_str), signed unless the endpoint answers unsigned; a bill as CSV; the
 * OAuth page (appauth/authindex) as its redirect.
 *
 * @example describedV2Answer(operation, fields, ctx) // { fields: { return_code: 'SUCCESS', …, result_code: 'SUCCESS' }, signed: true }
 */
export function describedV2Answer(operation: Operation, request: Fields, ctx: SimContext): V2Result | Reply {
  const headers = { 'Request-ID': ids.request() };
  if (operation.kind === 'text')
    return { status: 200, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: Buffer.from(csv(ctx.options.mchid), 'utf8') };
  if (operation.status === 302) {
    const target = urlOr(request.redirect_uri, 'https://pay.weixin.qq.com/');
    target.searchParams.set('code', ids.nonce(32));
    if (request.state !== undefined) target.searchParams.set('state', request.state);
    return { status: 302, headers: { ...headers, Location: target.href }, body: Buffer.alloc(0) };
  }
  // The sign-up pages (papay/entrustweb) describe no answer: the plain SUCCESS of APIv2.
  if (operation.answer === undefined) return { fields: { ...SUCCESS }, signed: false };
  const byName = new Map<string, unknown>(Object.entries(request));
  byName.set('mch_id', request.mch_id ?? ctx.options.mchid);
  const fields = asFields(build(operation.answer, { body: request, byName }, [], 'text'));
  delete fields.sign;
  // A success carries no error code, unless the description insists on one.
  const required = new Set((node(operation.answer).r ?? []).flat());
  for (const name of ['err_code', 'err_code_des']) if (!required.has(name)) delete fields[name];
  const answer: Fields = { ...SUCCESS, ...fields, ...SUCCESS };
  if ('result_code' in answer) answer.result_code = 'SUCCESS';
  if ('nonce_str' in answer) answer.nonce_str = ids.nonce(32);
  return { fields: answer, signed: operation.kind !== 'unsigned' };
}
