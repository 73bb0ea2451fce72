/**
 * Every operation of the description into its compiled entry (packages/simulator/src/contract/types.ts):
 * parameters by where they go (path, query, header, body, form), the success status, the
 * answer's schema and how the answer is sent.
 */
import { answerOf } from '../../src/chain/answers';
import { isSchema, type Operation as SpecOperation, type Schema, type Spec } from '../generate/load';
import type { AnswerKind, Node, Operation } from '../../packages/simulator/src/contract/types';
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

type Where = 'path' | 'query' | 'formData';

/** The parameters of an operation, gathered by where they go. */
interface Gathered {
  props: Record<Where, Record<string, Node>>;
  required: Record<Where, string[]>;
  body?: Node;
  bodyRequired: boolean;
}

/** One path, query or form parameter as a property; its own `schema` is its value's (a form field's: the JSON it holds). */
function gatherParameter(gathered: Gathered, param: Parameter & { in: Where; name: string }, compiler: SchemaCompiler, file: string): void {
  const node = compiler.compile(param, file) ?? {};
  const inner = param.schema === undefined ? undefined : compiler.compile(param.schema, file);
  if (inner && param.in === 'formData') node.js = inner;
  gathered.props[param.in][param.name] = inner && param.in !== 'formData' ? { ...inner, ...node } : node;
  if (param.required === true || param.in === 'path') gathered.required[param.in].push(param.name);
}

function gather(spec: Spec, compiler: SchemaCompiler, operation: SpecOperation): Gathered {
  const { op, file } = operation;
  const gathered: Gathered = { props: { path: {}, query: {}, formData: {} }, required: { path: [], query: [], formData: [] }, bodyRequired: false };
  for (const raw of Array.isArray(op.parameters) ? op.parameters : []) {
    const param = (isSchema(raw) && typeof raw.$ref === 'string' ? spec.resolve(file, raw.$ref).schema : raw) as Parameter;
    if (!isSchema(param) || typeof param.name !== 'string') continue;
    if (param.in === 'body') {
      gathered.body = compiler.compile(param.schema, file);
      gathered.bodyRequired = param.required === true;
    } else if (param.in === 'path' || param.in === 'query' || param.in === 'formData') {
      gatherParameter(gathered, param as Parameter & { in: Where; name: string }, compiler, file);
    }
  }
  // A placeholder the parameters do not describe is a required string all the same.
  for (const name of placeholdersOf(operation.urlPath)) {
    if (gathered.props.path[name]) continue;
    gathered.props.path[name] = { t: 's' };
    gathered.required.path.push(name);
  }
  return gathered;
}

/** The success status, the answer's schema and how the answer is sent. */
function answerPart(compiler: SchemaCompiler, operation: SpecOperation): Pick<Operation, 'status' | 'answer' | 'kind'> {
  const responses = isSchema(operation.op.responses) ? operation.op.responses : {};
  const code = SUCCESS.find((status) => responses[status] !== undefined) ?? '200';
  const success = responses[code];
  const schema = isSchema(success) && isSchema(success.schema) && Object.keys(success.schema).length > 0 ? success.schema : undefined;
  const answer = schema === undefined ? undefined : compiler.compile(schema, operation.file);
  return { status: Number(code), kind: kindOf(operation, schema), ...(answer ? { answer } : {}) };
}

/** `entry` without its undefined (and false) members, so the data holds only what is there. */
function present<T extends object>(entry: T): T {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && value !== false)) as T;
}

/** Compile one operation. */
export function compileOperation(spec: Spec, compiler: SchemaCompiler, operation: SpecOperation): Operation {
  const { op } = operation;
  const { props, required, body, bodyRequired } = gather(spec, compiler, operation);
  const form = objectOf(props.formData, required.formData);
  const query = objectOf(props.query, required.query);
  if (operation.api === 'v2') [body, form, query].forEach(correctV2);
  const tags = Array.isArray(op.tags) ? op.tags.map(String) : typeof op.tag === 'string' ? [op.tag] : [];
  const answer = answerPart(compiler, operation);
  const file = answer.kind === 'text' || answer.kind === 'bytes';
  return present<Operation>({
    api: operation.api === 'v2' ? 2 : 3,
    tag: tags[0] ?? '',
    status: answer.status,
    kind: answer.kind,
    cert: op['x-api-cert-required'] === true ? 1 : undefined,
    path: objectOf(props.path, required.path),
    query,
    body,
    bodyRequired: bodyRequired ? 1 : undefined,
    form,
    answer: answer.answer,
    produces: file && Array.isArray(op.produces) ? op.produces.map(String) : undefined,
  });
}
