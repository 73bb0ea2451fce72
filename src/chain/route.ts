import { InvalidRequestError } from '../errors';
import { encodeComponent } from '../util/encode';
import { jsonText } from '../util/json-text';
import { describe, isPlainObject, setField } from '../util/object';
import { signedPartOf } from '../util/signed-part';
import { answerOf, needsClientCertificate, type AnswerKind } from './answers';
import { CALL_AXIOS_OPTIONS, checkAxiosOptions, checkOptionTypes, RESERVED_KEYS, CALL_SDK_OPTIONS, SDK_OPTION_KEYS, type RouteOptions } from './options';
import { fieldsOf } from './payload';
import { serializeQuery } from './query';
import { placeholderName } from './segments';
import type { Verb } from './verbs';

export type { RouteOptions } from './options';

/** The client's side of a route: where calls go and the headers every call carries. */
export interface RouteDefaults {
  /** `https://api.mch.weixin.qq.com/`, or the client's `baseURL`. */
  readonly baseURL: string;
  /** The client's headers (its `headers` option and the User-Agent), in their final form. */
  readonly headers: Readonly<Record<string, string>>;
}

export const DEFAULT_BASE_URL = 'https://api.mch.weixin.qq.com/';
const NO_DEFAULTS: RouteDefaults = { baseURL: DEFAULT_BASE_URL, headers: {} };

/** PHP's APIv2 Accept header: XML answers, CSV bills, gzip bills. */
export const V2_ACCEPT = 'text/xml, text/plain, application/x-gzip';
export const V2_CONTENT_TYPE = 'text/xml; charset=utf-8';
export const JSON_TYPE = 'application/json';

/**
 * The body as far as it is known without a key, a clock or randomness: the signer completes
 * `v2-fields` (nonce, sign) and builds `encrypted-json` once a platform key is chosen.
 */
export type RouteBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'bytes'; readonly data: string | Uint8Array; readonly signed: string | undefined }
  | { readonly kind: 'v2-fields'; readonly fields: Readonly<Record<string, string>>; readonly into: 'xml' | 'query' }
  | { readonly kind: 'encrypted-json'; readonly build: (encrypt: (plaintext: string) => string) => unknown };

/** The finished request of one call, built by a pure function (`buildRoute`). */
export interface Route {
  readonly pipeline: 'v2' | 'v3';
  readonly method: Uppercase<Verb>;
  /** The path as written in the chain, placeholders unfilled: `v3/pay/transactions/id/{transaction_id}`. */
  readonly template: string;
  /** The endpoint's path, placeholders filled and encoded, no base, no query: `/payitil/report`. */
  readonly path: string;
  /** Query included (an APIv2 GET gets its signed query from the signer). */
  readonly url: string;
  /** The path and query exactly as on the wire (the `baseURL`'s path included): what APIv3 signs. */
  readonly signedPath: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: RouteBody;
  readonly mutualTls: boolean;
  readonly answerKind: AnswerKind;
  readonly dataAs: DataAs;
  readonly options: RouteOptions;
  readonly axios: Readonly<Record<string, unknown>>;
}

function encodePlaceholder(name: string, value: unknown, template: string): string {
  if (value === undefined || value === null) {
    throw new InvalidRequestError(`The path ${template} needs a value for {${name}}: pass { ${name}: '…' } in the options`);
  }
  const ok = typeof value === 'string' || typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value));
  if (!ok) throw new InvalidRequestError(`Placeholder {${name}} must be a string or a number, got ${describe(value)}`);
  const text = String(value);
  // `.` and `..` would be resolved away by URL parsing and reach another endpoint.
  if (text === '' || text === '.' || text === '..') {
    throw new InvalidRequestError(`Placeholder {${name}} cannot be ${JSON.stringify(text)}: it must name one path segment`);
  }
  return encodeComponent(text, `Placeholder {${name}}`);
}

export type DataAs = 'data' | 'text' | 'arraybuffer' | 'stream';

const DATA_AS: Readonly<Record<string, DataAs>> = { json: 'data', text: 'text', arraybuffer: 'arraybuffer', stream: 'stream' };

function dataAsOf(responseType: unknown, pipeline: Route['pipeline'], answer: AnswerKind, template: string): DataAs {
  if (responseType === undefined) return 'data';
  const dataAs = DATA_AS[String(responseType)];
  if (!dataAs) {
    throw new InvalidRequestError(
      `responseType ${JSON.stringify(responseType)} is not supported: use 'json' (parsed, the default), 'text', 'arraybuffer' or, for unsigned downloads, 'stream'`,
    );
  }
  // A streamed answer is never verified whole, so only the documented unsigned downloads may stream.
  if (dataAs === 'stream' && (pipeline === 'v2' || answer.signed)) {
    throw new InvalidRequestError(
      `responseType 'stream' is only for the unsigned downloads (v3/billdownload/file, v3/transferdownload/*, merchant-service images): ${template} answers are verified whole`,
    );
  }
  return dataAs;
}

/** Header names compared case-insensitively; a later source wins over an earlier one. */
function mergeHeaders(...sources: ReadonlyArray<Readonly<Record<string, string | number | boolean>> | undefined>): Record<string, string> {
  const merged: Record<string, string> = {};
  const spelling = new Map<string, string>();
  for (const source of sources) {
    if (!source) continue;
    for (const name of Object.keys(source)) {
      const value = source[name];
      if (value === undefined) continue;
      const lower = name.toLowerCase();
      const kept = spelling.get(lower);
      if (kept !== undefined && kept !== name) delete merged[kept];
      spelling.set(lower, name);
      // A header named `__proto__` stays a header.
      setField(merged, name, String(value));
    }
  }
  return merged;
}

/** `written`: the SDK writes the body (JSON, XML), so its type wins over a caller's header. */
interface Payload {
  body: RouteBody;
  contentType: string | undefined;
  written: boolean;
}

function v3Body(options: RouteOptions, method: string): Payload {
  const { json, body } = options;
  if (typeof json === 'function')
    return { body: { kind: 'encrypted-json', build: json as (encrypt: (plaintext: string) => string) => unknown }, contentType: JSON_TYPE, written: true };
  if (json !== undefined) return { body: { kind: 'bytes', data: jsonText(json, 'json'), signed: undefined }, contentType: JSON_TYPE, written: true };
  if (body !== undefined) {
    const part = signedPartOf(body);
    return { body: { kind: 'bytes', data: body, signed: part?.signed }, contentType: part?.contentType ?? JSON_TYPE, written: false };
  }
  // No body: still a JSON call (PHP sends this too); without it axios would send its form default.
  return { body: { kind: 'none' }, contentType: method === 'GET' || method === 'DELETE' ? undefined : JSON_TYPE, written: false };
}

function v2Body(options: RouteOptions, method: string, template: string): Payload {
  const { xml, query, body } = options;
  if (body !== undefined) return { body: { kind: 'bytes', data: body, signed: undefined }, contentType: V2_CONTENT_TYPE, written: false };
  if (method === 'GET') {
    if (xml !== undefined) throw new InvalidRequestError(`A v2 GET (${template}) sends its fields in \`query\`, not \`xml\``);
    return { body: { kind: 'v2-fields', fields: fieldsOf(query ?? {}, 'query'), into: 'query' }, contentType: undefined, written: false };
  }
  return { body: { kind: 'v2-fields', fields: fieldsOf(xml ?? {}, 'xml'), into: 'xml' }, contentType: V2_CONTENT_TYPE, written: true };
}

/** Split the options into placeholders, SDK options and axios options; refuse anything else by name. */
function splitOptions(
  options: Record<string, unknown>,
  placeholders: ReadonlySet<string>,
  template: string,
): { sdk: RouteOptions; axios: Record<string, unknown> } {
  const sdk: Record<string, unknown> = {};
  const axios: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (placeholders.has(key)) continue;
    if (Object.hasOwn(RESERVED_KEYS, key)) throw new InvalidRequestError(`Option \`${key}\` is not accepted: ${RESERVED_KEYS[key]}`);
    if (CALL_SDK_OPTIONS.has(key)) sdk[key] = value;
    else if (CALL_AXIOS_OPTIONS.has(key)) axios[key] = value;
    else {
      const hint = placeholders.size ? ` (this path's placeholders: ${[...placeholders].join(', ')})` : '';
      throw new InvalidRequestError(
        `Unknown option \`${key}\` for ${template}${hint}: not an SDK option (${SDK_OPTION_KEYS.join(', ')}), an axios option or a path placeholder`,
      );
    }
  }
  return { sdk: sdk as RouteOptions, axios };
}

function pipelineOf(segments: readonly string[], verb: Verb, options: unknown): Route['pipeline'] {
  // A lone trailing '' only records a trailing `/`: it names no endpoint by itself.
  const named = segments.filter((segment) => segment !== '');
  if (named.length === 0) throw new InvalidRequestError('No endpoint: build a path first, e.g. wx.v2.payitil.report.post(…)');
  if (!isPlainObject(options)) throw new InvalidRequestError(`The options of ${verb}() must be a plain object, got ${describe(options)}`);
  const pipeline: Route['pipeline'] = segments[0] === 'v2' ? 'v2' : 'v3';
  if (pipeline === 'v2' && named.length === 1) throw new InvalidRequestError('`v2` alone is not an endpoint: add its path, e.g. v2/payitil/report');
  return pipeline;
}

function fillPath(segments: readonly string[], pipeline: Route['pipeline'], options: Record<string, unknown>, template: string) {
  const placeholders = new Set<string>();
  const parts = (pipeline === 'v2' ? segments.slice(1) : segments).map((segment) => {
    const name = placeholderName(segment);
    if (name === undefined) return segment;
    if (CALL_SDK_OPTIONS.has(name) || CALL_AXIOS_OPTIONS.has(name) || Object.hasOwn(RESERVED_KEYS, name)) {
      throw new InvalidRequestError(`Placeholder {${name}} in ${template} clashes with the option \`${name}\`: rename it in the path`);
    }
    placeholders.add(name);
    return encodePlaceholder(name, options[name], template);
  });
  return { path: `/${parts.join('/')}`, placeholders };
}

/**
 * Segments, options and the client's defaults -> the finished request. Pure; everything wrong is
 * thrown here, before any send. The URL is normalised once, so what is signed is what is sent.
 *
 * @example buildRoute(['v2', 'payitil', 'report'], 'post', { xml }).url // 'https://api.mch.weixin.qq.com/payitil/report'
 */
export function buildRoute(segments: readonly string[], verb: Verb, given: unknown = {}, defaults: RouteDefaults = NO_DEFAULTS): Route {
  const template = segments.join('/');
  const options = (given ?? {}) as Record<string, unknown>;
  const pipeline = pipelineOf(segments, verb, options);
  const { path, placeholders } = fillPath(segments, pipeline, options, template);
  const { sdk, axios } = splitOptions(options, placeholders, template);
  checkOptionTypes(sdk, pipeline, template);
  checkAxiosOptions(axios, (message) => new InvalidRequestError(message));

  const method = verb.toUpperCase() as Uppercase<Verb>;
  const base = String(axios.baseURL ?? defaults.baseURL);
  const { body, contentType, written } = pipeline === 'v2' ? v2Body(sdk, method, template) : v3Body(sdk, method);
  // An APIv2 GET's query is the signed fields: the signer writes it.
  const query = body.kind === 'v2-fields' && body.into === 'query' ? '' : serializeQuery(sdk.query);
  const url = new URL(`${base.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`);
  const answer = answerOf(pipeline, url.pathname);
  const typeHeader = contentType ? { 'Content-Type': contentType } : undefined;
  const sdkHeaders = { Accept: pipeline === 'v2' ? V2_ACCEPT : JSON_TYPE, ...(written ? {} : typeHeader) };
  return {
    pipeline,
    method,
    template,
    path,
    url: url.href,
    signedPath: `${url.pathname}${url.search}`,
    headers: mergeHeaders(defaults.headers, sdkHeaders, sdk.headers, written ? typeHeader : undefined),
    body,
    mutualTls: sdk.security === true || needsClientCertificate(pipeline, path),
    answerKind: answer,
    dataAs: dataAsOf(axios.responseType, pipeline, answer, template),
    options: sdk,
    axios,
  };
}
