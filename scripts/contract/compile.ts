/**
 * Every operation of the description into its compiled entry (src/simulator/contract/types.ts):
 * parameters by where they go (path, query, header, body, form), the success status, the
 * answer's schema and how the answer is sent.
 */
import { answerOf } from '../../src/chain/answers';
import { isSchema, type Operation as SpecOperation, type Schema, type Spec } from '../generate/load';
import type { AnswerKind, Node, Operation } from '../../src/simulator/contract/types';
import type { SchemaCompiler } from './schema';

/**
 * Identifiers of which WeChat Pay takes any one, though the description marks each required
 * (its pages say 二选一 or 四选一): a required list holding all of a group asks for one of it.
 * Larger groups first: the refund queries take any one of four.
 */
export const ALTERNATIVES: ReadonlyArray<readonly string[]> = [
  ['transaction_id', 'out_trade_no', 'refund_id', 'out_refund_no'],
  ['transaction_id', 'out_trade_no'],
  ['refund_id', 'out_refund_no'],
  // Hong Kong and cross-border: a direct merchant sends mchid, an institution sp_mchid.
  ['mchid', 'sp_mchid'],
];

/** `required` with each complete group of ALTERNATIVES replaced by the group. */
export function withAlternatives(required: string[]): Array<string | string[]> {
  let rest: Array<string | string[]> = [...required];
  for (const group of ALTERNATIVES) {
    if (!group.every((name) => rest.includes(name))) continue;
    rest = [...rest.filter((name) => typeof name !== 'string' || !group.includes(name)), [...group]];
  }
  return rest;
}

/**
 * Where the description is wrong about a request: an APIv2 `sign` is 32 characters (MD5) or 64
 * (HMAC-SHA256), though most of its pages say at most 32.
 */
function correctV2(fields: Node | undefined): void {
  const sign = fields?.p?.sign;
  if (sign && typeof sign === 'object') delete sign.mx;
}

/** The statuses an operation may succeed with, in the order preferred. */
const SUCCESS = ['200', '204', '202', '302'];

interface Parameter extends Schema {
  name?: string;
  in?: string;
}

/** An object node gathering parameters as properties, or undefined when there are none. */
function objectOf(props: Record<string, Node>, required: string[]): Node | undefined {
  if (Object.keys(props).length === 0) return undefined;
  return { t: 'o', p: props, ...(required.length ? { r: withAlternatives(required) } : {}) };
}

/** How the simulator sends the answer: the SDK's own reading of the path (src/chain/answers.ts), plus the files the description shows only by a missing schema. */
function kindOf(operation: SpecOperation, schema: unknown): AnswerKind {
  const read = answerOf(operation.api, operation.urlPath);
  if (read.statement) return 'statement';
  if (read.file) return read.file;
  if (!read.signed) return 'unsigned';
  // A GET answered 200 without a schema (the complaint images): a file.
  return operation.verb === 'get' && schema === undefined && operation.api === 'v3' ? 'bytes' : 'signed';
}

/** The placeholders of a path template, in order. */
export function placeholdersOf(urlPath: string): string[] {
  return [...urlPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

/** Compile one operation. */
export function compileOperation(spec: Spec, compiler: SchemaCompiler, operation: SpecOperation): Operation {
  const { op, file } = operation;
  const where: Record<'path' | 'query' | 'formData', { props: Record<string, Node>; required: string[] }> = {
    path: { props: {}, required: [] },
    query: { props: {}, required: [] },
    formData: { props: {}, required: [] },
  };
  const headers: string[] = [];
  let body: Node | undefined;
  let bodyRequired = false;
  for (const raw of Array.isArray(op.parameters) ? op.parameters : []) {
    const param = (isSchema(raw) && typeof raw.$ref === 'string' ? spec.resolve(file, raw.$ref).schema : raw) as Parameter;
    if (!isSchema(param) || typeof param.name !== 'string') continue;
    if (param.in === 'body') {
      body = compiler.compile(param.schema, file);
      bodyRequired = param.required === true;
    } else if (param.in === 'header') {
      if (param.required === true) headers.push(param.name.toLowerCase());
    } else if (param.in === 'path' || param.in === 'query' || param.in === 'formData') {
      const node = compiler.compile(param, file) ?? {};
      // A parameter's own schema (a formData `meta` describes its JSON).
      const inner = param.schema === undefined ? undefined : compiler.compile(param.schema, file);
      // A form field's schema describes the JSON it holds (a `meta`); a query's is its value's.
      if (inner && param.in === 'formData') node.js = inner;
      where[param.in].props[param.name] = inner && param.in !== 'formData' ? { ...inner, ...node } : node;
      if (param.required === true || param.in === 'path') where[param.in].required.push(param.name);
    }
  }
  for (const name of placeholdersOf(operation.urlPath)) {
    if (where.path.props[name]) continue;
    where.path.props[name] = { t: 's' };
    where.path.required.push(name);
  }
  const responses = isSchema(op.responses) ? op.responses : {};
  const code = SUCCESS.find((status) => responses[status] !== undefined) ?? '200';
  const success = responses[code];
  const schema = isSchema(success) && success.schema !== undefined && Object.keys(success.schema as object).length > 0 ? success.schema : undefined;
  const answer = schema === undefined ? undefined : compiler.compile(schema, file);
  const kind = kindOf(operation, schema);
  const tags = Array.isArray(op.tags) ? op.tags.map(String) : typeof op.tag === 'string' ? [op.tag] : [];
  const produces = Array.isArray(op.produces) ? op.produces.map(String) : [];
  const compiled: Operation = { api: operation.api === 'v2' ? 2 : 3, tag: tags[0] ?? '', status: Number(code), kind };
  const form = objectOf(where.formData.props, where.formData.required);
  const query = objectOf(where.query.props, where.query.required);
  if (operation.api === 'v2') [body, form, query].forEach(correctV2);
  if (op['x-api-cert-required'] === true) compiled.cert = 1;
  const path = objectOf(where.path.props, where.path.required);
  if (path) compiled.path = path;
  if (query) compiled.query = query;
  if (headers.length) compiled.headers = headers;
  if (body) compiled.body = body;
  if (bodyRequired) compiled.bodyRequired = 1;
  if (form) compiled.form = form;
  if (answer) compiled.answer = answer;
  if (kind === 'text' || kind === 'bytes') compiled.produces = produces;
  return compiled;
}
