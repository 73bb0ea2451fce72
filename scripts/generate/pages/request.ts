/**
 * What a page says about an operation's request: the options object as a table (placeholders,
 * `query`, `xml`/`json` or the multipart `body`, `headers`) and the example options literal.
 */
import { parametersOf, type Parameter } from '../endpoints';
import { quote } from '../format';
import type { Operation, Schema, Spec } from '../load';
import { relaxV2Required } from '../overrides';
import { deref } from '../schema-walk';
import { SDK_V2_FIELDS, valueOf, xmlPayload } from './example';
import { fieldRows, objectRows, TOP, typeLabel, type Row } from './fields';
import { raw, type Lit } from './literal';

/** An operation's parameters by where they go. */
export interface Parts {
  placeholders: Array<{ name: string; schema: Schema | undefined }>;
  query: Parameter[];
  headers: Parameter[];
  form: Parameter[];
  body: Parameter | undefined;
}

const byIn = (parameters: readonly Parameter[], where: string) => parameters.filter((p) => p.schema.in === where && typeof p.schema.name === 'string');

export function partsOf(spec: Spec, operation: Operation): Parts {
  const parameters = parametersOf(spec, operation);
  const declared = byIn(parameters, 'path');
  const placeholders = [...operation.chainPath.matchAll(/\{([^}]+)\}/g)].map(([, name = '']) => ({
    name,
    schema: declared.find((p) => p.schema.name === name)?.schema,
  }));
  return {
    placeholders,
    query: byIn(parameters, 'query'),
    headers: byIn(parameters, 'header'),
    form: byIn(parameters, 'formData'),
    body: parameters.find((p) => p.schema.in === 'body'),
  };
}

/** The header the SDK sets itself on APIv3 calls; the pages never ask for it. */
export const SDK_HEADER = 'Wechatpay-Serial';

function group(name: string, type: string, required: boolean, description: string, children: Row[]): Row[] {
  return [{ depth: 0, path: name, name, type, required, description, values: [] }, ...children];
}

const OPTIONS_PARENT = (path: string) => ({ depth: 0, path });

/** A form field: `meta` and the like carry their JSON's shape in `schema`. */
function formField(p: Parameter): Schema {
  const { schema } = p;
  return schema.schema !== undefined && schema['x-json'] === undefined ? { ...schema, 'x-json': schema.schema } : schema;
}

function bodyRows(spec: Spec, operation: Operation, parts: Parts): Row[] {
  const { body } = parts;
  if (parts.form.length) {
    const fields = parts.form.flatMap((p) => fieldRows(spec, String(p.schema.name), formField(p), p.file, p.schema.required === true, OPTIONS_PARENT('body')));
    return group('body', 'multipart/form-data', true, 'The form, sent as is', fields);
  }
  const located = body ? deref(spec, body.schema.schema, body.file) : undefined;
  if (!body || !located) return [];
  const required = body.schema.required === true;
  if (operation.api === 'v2') {
    const options = { skip: SDK_V2_FIELDS, required: (marked: ReadonlySet<string>) => relaxV2Required(marked, located.file) };
    return group('xml', 'object', required, 'The APIv2 payload', objectRows(spec, located.schema, located.file, OPTIONS_PARENT('xml'), options));
  }
  const children = fieldRows(spec, 'json', located.schema, located.file, required, TOP).slice(1);
  return group('json', typeLabel(spec, located), required, 'The JSON body', children);
}

/** The rows of the options table, top level first: placeholders, `query`, the payload, `headers`. */
export function requestRows(spec: Spec, operation: Operation, parts: Parts): Row[] {
  const placeholders = parts.placeholders.map(({ name, schema }): Row => ({
    depth: 0,
    path: name,
    name,
    type: 'string',
    required: true,
    description: typeof schema?.description === 'string' ? schema.description : 'Placeholder of the path',
    values: [],
  }));
  const listed = (name: string, description: string, parameters: Parameter[]) => {
    if (!parameters.length) return [];
    const children = parameters.flatMap((p) => fieldRows(spec, String(p.schema.name), p.schema, p.file, p.schema.required === true, OPTIONS_PARENT(name)));
    return group(
      name,
      'object',
      parameters.some((p) => p.schema.required === true),
      description,
      children,
    );
  };
  return [
    ...placeholders,
    ...listed('query', 'Query parameters, written into the URL by the SDK', parts.query),
    ...bodyRows(spec, operation, parts),
    // The SDK sets Wechatpay-Serial itself (a note under the table says how): it is no input.
    ...listed(
      'headers',
      'Request headers',
      parts.headers.filter((p) => p.schema.name !== SDK_HEADER),
    ),
  ];
}

/** Whether the multipart form is the one `MediaUtil` builds: a `file` and a `meta` of filename and sha256. */
export function isMediaForm(spec: Spec, form: readonly Parameter[]): boolean {
  const names = form.map((p) => String(p.schema.name)).sort();
  if (names.join() !== 'file,meta') return false;
  const meta = form.find((p) => p.schema.name === 'meta');
  const shape = meta ? deref(spec, meta.schema.schema, meta.file) : undefined;
  const props = shape && typeof shape.schema.properties === 'object' && shape.schema.properties !== null ? Object.keys(shape.schema.properties) : [];
  return props.every((name) => name === 'filename' || name === 'sha256');
}

const included = (p: Parameter) => p.schema.required === true || p.schema.example !== undefined;

/** The example options object, or undefined when the call takes none. */
export function exampleOptions(spec: Spec, operation: Operation, parts: Parts): Lit | undefined {
  const entries: Array<[string, Lit]> = parts.placeholders.map(({ name, schema }) => [
    name,
    // A placeholder is text in the path, whatever type the description gives it.
    schema ? valueOf(spec, { ...schema, type: 'string' }, operation.file, name) : raw(quote(`<${name}>`)),
  ]);
  const query = parts.query.filter(included).map((p): [string, Lit] => [String(p.schema.name), valueOf(spec, p.schema, p.file, String(p.schema.name))]);
  if (query.length) entries.push(['query', { kind: 'object', entries: query }]);
  entries.push(...payloadEntries(spec, operation, parts));
  const headers = parts.headers.filter((p) => p.schema.required === true && p.schema.name !== SDK_HEADER);
  const headerEntries = headers.map((p): [string, Lit] => [
    String(p.schema.name),
    valueOf(spec, { ...p.schema, type: 'string' }, p.file, String(p.schema.name)),
  ]);
  const formHeaders = entries.find(([key]) => key === 'headers');
  if (formHeaders && formHeaders[1].kind === 'object') formHeaders[1].entries.push(...headerEntries);
  else if (headerEntries.length) entries.push(['headers', { kind: 'object', entries: headerEntries }]);
  return entries.length ? { kind: 'object', entries } : undefined;
}

function payloadEntries(spec: Spec, operation: Operation, parts: Parts): Array<[string, Lit]> {
  if (parts.form.length) {
    const media = isMediaForm(spec, parts.form);
    return [
      ['body', raw(media ? 'media.getStream()' : 'multipart')],
      ['headers', { kind: 'object', entries: [['Content-Type', raw(media ? 'media.getContentType()' : quote('multipart/form-data; boundary=…'))]] }],
    ];
  }
  if (!parts.body) return [];
  const { schema, file } = parts.body;
  return operation.api === 'v2' ? [['xml', xmlPayload(spec, schema.schema, file)]] : [['json', valueOf(spec, schema.schema, file, 'json')]];
}
