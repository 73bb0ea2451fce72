/**
 * The requests of the contract tests, built from the description alone (helpers/openapi.ts): the
 * options an SDK call takes for one operation, with or without one of its required fields.
 * Uploads are written by hand as multipart bodies with the parts the description names; an
 * APIv2 upload is signed here with node:crypto (the SDK signs XML, not forms).
 */
import { createHash } from 'node:crypto';
import { ALTERNATIVES, placeholdersOf } from '../../../scripts/contract/compile';
import { multipartBody, type FormPart } from '../../../src/helpers/media/multipart';
import { png } from '../src/contract/files';
import { markSignedPart } from '../../../src/util/signed-part';
import { example, parametersOf, type Described, type Spec } from '../../../__tests__/helpers/openapi';

export type Where = 'json' | 'xml' | 'query' | 'form';

export interface SampleRequest {
  /** The required fields the caller sends, each of which may be left out. */
  droppable: Array<{ name: string; where: Where }>;
  /** The call's options, without the field `drop` names when given. */
  options(drop?: { name: string; where: Where }): Record<string, unknown>;
}

/** Names WeChat Pay takes any one of: leaving one out is no refusal while another is sent. */
const alternative = (name: string, sent: string[]) =>
  ALTERNATIVES.some((group) => group.includes(name) && group.some((other) => other !== name && sent.includes(other)));

/** What the SDK adds to every APIv2 request itself. */
const SDK_ADDS = new Set(['sign', 'nonce_str']);

const without = (fields: Record<string, unknown>, drop: string | undefined) => Object.fromEntries(Object.entries(fields).filter(([name]) => name !== drop));

/** The APIv2 sign over text fields, MD5 (upper-case hex), written from the rules, not the SDK. */
function md5Sign(fields: Record<string, string>, secret: string): string {
  const text = Object.keys(fields)
    .filter((name) => name !== 'sign' && fields[name] !== '')
    .sort()
    .map((name) => `${name}=${fields[name]}`)
    .join('&');
  return createHash('md5').update(`${text}&key=${secret}`, 'utf8').digest('hex').toUpperCase();
}

/** A multipart upload with the described parts: files get a PNG, `meta` its JSON, the rest their examples. */
function formOptions(spec: Spec, op: Described, mchid: string, secret: string, drop: string | undefined): Record<string, unknown> {
  const image = png();
  const parts: FormPart[] = [];
  const text: Record<string, string> = {};
  let meta = '';
  for (const param of parametersOf(spec, op).filter((p) => p.in === 'formData' && p.required === true && p.name !== drop)) {
    if (param.type === 'file') {
      parts.push({ name: param.name, filename: 'pixel.png', contentType: 'image/png', content: image });
    } else if (param.name === 'meta') {
      const described = (param.schema ? example(spec, param.schema, op.file, 'json', mchid) : {}) as Record<string, unknown>;
      meta = JSON.stringify({ filename: 'pixel.png', sha256: createHash('sha256').update(image).digest('hex'), ...described });
    } else if (param.name !== 'sign') {
      text[param.name] = String(example(spec, param, op.file, 'text', mchid, param.name));
    }
  }
  if (op.api === 'v2') {
    if ('media_hash' in text) text.media_hash = createHash('md5').update(image).digest('hex');
    if ('sign_type' in text) text.sign_type = 'MD5';
    text.sign = md5Sign(text, secret);
  }
  const textParts = Object.entries(text).map(([name, value]) => ({ name, contentType: 'text/plain', content: Buffer.from(value) }));
  const metaPart = meta ? [{ name: 'meta', contentType: 'application/json', content: Buffer.from(meta) }] : [];
  const { body, boundary } = multipartBody([...metaPart, ...textParts, ...parts]);
  const contentType = `multipart/form-data; boundary=${boundary}`;
  return { body: op.api === 'v3' ? markSignedPart(body, { signed: meta, contentType }) : body, headers: { 'Content-Type': contentType } };
}

/**
 * The request of an operation from its description's examples: placeholders, required query
 * parameters, the body's required fields (JSON for APIv3, XML fields for APIv2) or its form.
 *
 * @example requestOf(spec, op, MCHID, SECRET).options() // { out_trade_no: '1217752501201407033233368018', query: { mchid: '1900000109' } }
 */
export function requestOf(spec: Spec, op: Described, mchid: string, secret: string): SampleRequest {
  const v2 = op.api === 'v2';
  const params = parametersOf(spec, op);
  const placeholders: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const param of params) {
    if (param.in === 'path') placeholders[param.name] = example(spec, param, op.file, 'text', mchid, param.name);
    if (param.in === 'query' && param.required === true && !SDK_ADDS.has(param.name))
      query[param.name] = example(spec, param, op.file, 'text', mchid, param.name);
  }
  for (const name of placeholdersOf(op.urlPath)) placeholders[name] ??= 'x1';
  const body = params.find((param) => param.in === 'body');
  const built = body ? (example(spec, body.schema, op.file, v2 ? 'text' : 'json', mchid) as Record<string, unknown>) : {};
  for (const name of SDK_ADDS) if (v2) delete built[name];
  const form = params.filter((param) => param.in === 'formData' && param.required === true);
  const droppable: SampleRequest['droppable'] = [];
  const add = (names: string[], where: Where) => names.filter((name) => !alternative(name, names)).forEach((name) => droppable.push({ name, where }));
  add(Object.keys(built), v2 ? 'xml' : 'json');
  add(Object.keys(query), 'query');
  add(
    form.filter((param) => param.type !== 'file' && !['meta', 'sign', 'sign_type'].includes(param.name)).map((param) => param.name),
    'form',
  );
  return {
    droppable,
    options(drop) {
      const options: Record<string, unknown> = { ...placeholders };
      const left = (where: Where) => (drop?.where === where ? drop.name : undefined);
      if (Object.keys(query).length) options.query = without(query, left('query'));
      if (form.length) Object.assign(options, formOptions(spec, op, mchid, secret, left('form')));
      else if (body) options[v2 ? 'xml' : 'json'] = without(built, left(v2 ? 'xml' : 'json'));
      return options;
    },
  };
}
