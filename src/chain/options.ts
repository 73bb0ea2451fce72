import { InvalidRequestError } from '../errors';
import type { PassThroughKey, QueryValue, SdkOptionKey } from '../types';
import { wellFormed } from '../util/encode';
import { describe, isPlainObject } from '../util/object';

/** The options this SDK reads itself (PHP's names); every other key is axios config or a placeholder. */
export const SDK_OPTION_KEYS = ['xml', 'json', 'query', 'headers', 'body', 'security', 'nonceless'] as const satisfies readonly SdkOptionKey[];

/** Keys only axios' http adapter honours: a call given one goes through it instead of undici. */
export const AXIOS_ADAPTER_KEYS = [
  'adapter',
  'httpAgent',
  'httpsAgent',
  'socketPath',
  'transport',
  'lookup',
  'family',
  'insecureHTTPParser',
  'maxRate',
  'onUploadProgress',
  'http2Options',
] as const satisfies readonly PassThroughKey[];

/** Axios config passed through; any other key (not an SDK option or placeholder) is refused, so a typo drops nothing. */
export const AXIOS_PASS_THROUGH_KEYS = [
  ...AXIOS_ADAPTER_KEYS,
  'baseURL',
  'timeout',
  'timeoutErrorMessage',
  'signal',
  'cancelToken',
  'responseType',
  'responseEncoding',
  'maxContentLength',
  'maxBodyLength',
  'maxRedirects',
  'beforeRedirect',
  'decompress',
  'proxy',
  'onDownloadProgress',
  'transitional',
  'env',
  'fetchOptions',
  'allowAbsoluteUrls',
  'withCredentials',
  'xsrfCookieName',
  'xsrfHeaderName',
  'withXSRFToken',
] as const satisfies readonly PassThroughKey[];

// The runtime lists hold exactly the keys the option types declare, or this fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Locked<T extends true> = T;
export type OptionListsLocked = [
  Locked<Same<(typeof SDK_OPTION_KEYS)[number], SdkOptionKey>>,
  Locked<Same<(typeof AXIOS_PASS_THROUGH_KEYS)[number], PassThroughKey>>,
];

/** Axios keys the SDK owns: setting them would bypass signing or verification. */
export const RESERVED_KEYS: Readonly<Record<string, string>> = {
  url: 'the URL comes from the chain',
  method: 'the method comes from the verb you call',
  data: 'use `xml` (APIv2), `json` (APIv3) or `body` (raw bytes)',
  params: "use `query` (PHP's name); it is signed as sent",
  paramsSerializer: 'the SDK serialises `query` itself so the signature covers the exact URL',
  transformRequest: 'the SDK signs the exact bytes it sends',
  transformResponse: 'the SDK verifies the raw bytes it receives',
  validateStatus: 'the SDK turns every non-2xx answer into an ApiError',
  auth: 'WeChat Pay authenticates with signatures, not HTTP basic auth',
};

export const CALL_SDK_OPTIONS: ReadonlySet<string> = new Set<string>(SDK_OPTION_KEYS);
export const CALL_AXIOS_OPTIONS: ReadonlySet<string> = new Set<string>(AXIOS_PASS_THROUGH_KEYS);

// RFC 9110 field names are tokens; values may not hold CR, LF or NUL (they would split the header).
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const LINE_BREAK = /[\r\n\0]/;
// What undici refuses in a value: controls but tab, DEL, and past Latin-1 (one byte per character).
const BAD_HEADER_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

/** Headers the transport writes itself, or refuses whatever their value (undici): never the caller's. */
const TRANSPORT_HEADERS: Readonly<Record<string, string>> = {
  'content-length': 'the transport writes it from the exact bytes sent',
  'transfer-encoding': 'the transport frames the body itself',
  'keep-alive': 'the transport keeps connections alive itself',
  upgrade: 'a WeChat Pay call is one HTTP request, never upgraded',
  expect: 'the transport sends the body at once (an `Expect: 100-continue` is not supported)',
};

/** The value itself is never quoted: it may be a secret. */
function headerProblem(name: string, value: unknown, where: string): string | undefined {
  if (!HEADER_NAME.test(name))
    return `${where}: ${JSON.stringify(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only; no spaces, colons or line breaks)`;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    return `${where}.${name} must be a string or a number, got ${describe(value)}`;
  const lower = name.toLowerCase();
  if (Object.hasOwn(TRANSPORT_HEADERS, lower)) return `${where}.${name} cannot be given: ${TRANSPORT_HEADERS[lower]}`;
  const text = String(value);
  if (lower === 'connection' && !/^(close|keep-alive)$/i.test(text)) return `${where}.${name} may only be close or keep-alive`;
  if (LINE_BREAK.test(text)) return `${where}.${name} holds a line break or NUL, which would split the request's headers`;
  const at = text.search(BAD_HEADER_CHAR);
  if (at < 0) return undefined;
  const code = text.codePointAt(at)!;
  const what = code > 0xff ? 'a character beyond Latin-1' : code === 0x7f ? 'DEL' : 'a control character';
  return `${where}.${name} holds ${what} (U+${code.toString(16).toUpperCase().padStart(4, '0')} at index ${at}), which an HTTP header cannot carry (tab, printable ASCII and Latin-1 only): percent-encode the value (encodeURIComponent) or send it in the body`;
}

/**
 * Headers refused here, by name, that undici would refuse at the socket, or the transport writes itself.
 *
 * @example checkHeaders({ 'X-Store': '门店' }, (m) => new InvalidRequestError(m)) // throws: `headers`.X-Store holds a character beyond Latin-1 …
 */
export function checkHeaders(headers: unknown, fail: (message: string) => Error, where = '`headers`'): void {
  if (headers === undefined) return;
  if (!isPlainObject(headers)) throw fail(`${where} must be a plain object of header names to values, got ${describe(headers)}`);
  for (const [name, value] of Object.entries(headers)) {
    const problem = headerProblem(name, value, where);
    if (problem) throw fail(problem);
  }
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    value instanceof AbortSignal ||
    (value !== null &&
      typeof value === 'object' &&
      typeof (value as AbortSignal).aborted === 'boolean' &&
      typeof (value as AbortSignal).addEventListener === 'function')
  );
}

function checkBaseUrl(value: unknown, fail: (message: string) => Error): void {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  const got = typeof value === 'string' ? JSON.stringify(value) : describe(value);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw fail(`\`baseURL\` must be an absolute http(s) URL such as https://api.mch.weixin.qq.com/, got ${got}`);
  if (url.search || url.hash || url.username || url.password) throw fail(`\`baseURL\` must not carry a query, a #fragment or credentials, got ${got}`);
}

const PROXY_SHAPE = "`proxy` must be false or { protocol?: 'http' | 'https', host, port, auth?: { username, password } }";

const PROXY_FIELDS: ReadonlyArray<(proxy: Record<string, unknown>) => string | undefined> = [
  ({ host }) =>
    typeof host !== 'string' || host === '' || /[\s/]/.test(host)
      ? `\`proxy.host\` must be a host name, got ${typeof host === 'string' ? JSON.stringify(host) : describe(host)}`
      : undefined,
  ({ port }) =>
    typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536
      ? undefined
      : `\`proxy.port\` must be a port number from 1 to 65535, got ${String(port)}`,
  ({ protocol }) =>
    protocol === undefined || ['http', 'https', 'http:', 'https:'].includes(String(protocol))
      ? undefined
      : `\`proxy.protocol\` must be 'http' or 'https', got ${JSON.stringify(protocol)}`,
  ({ auth }) =>
    auth === undefined || (isPlainObject(auth) && typeof auth.username === 'string' && typeof auth.password === 'string')
      ? undefined
      : `\`proxy.auth\` must be { username, password } (strings), got ${auth === null ? 'null' : Array.isArray(auth) ? 'an array' : typeof auth}`,
];

function checkProxy(value: unknown, fail: (message: string) => Error): void {
  if (value === false) return;
  if (!isPlainObject(value)) throw fail(`${PROXY_SHAPE}, got ${describe(value)}`);
  for (const problem of PROXY_FIELDS) {
    const found = problem(value);
    if (found) throw fail(`${PROXY_SHAPE}: ${found}`);
  }
}

const isCount = (value: unknown, least: number) => Number.isSafeInteger(value) && (value as number) >= least;

const AXIOS_CHECKS: Readonly<Record<string, (value: unknown) => string | undefined>> = {
  timeout: (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? undefined
      : `\`timeout\` must be a number of milliseconds (0 for no deadline), got ${typeof value === 'number' ? String(value) : describe(value)}`,
  signal: (value) => (isAbortSignal(value) ? undefined : `\`signal\` must be an AbortSignal (new AbortController().signal), got ${describe(value)}`),
  maxContentLength: (value) =>
    isCount(value, 1) || value === -1 ? undefined : `\`maxContentLength\` must be a positive number of bytes (or -1 for no limit), got ${String(value)}`,
  maxRedirects: (value) => (isCount(value, 0) ? undefined : `\`maxRedirects\` must be a whole number, got ${String(value)}`),
  beforeRedirect: (value) => (typeof value === 'function' ? undefined : `\`beforeRedirect\` must be a function, got ${describe(value)}`),
};

const CHECKED_IN_ORDER = ['timeout', 'signal', 'baseURL', 'proxy', 'maxContentLength', 'maxRedirects', 'beforeRedirect'] as const;

/** Axios options that would otherwise fail deep inside axios or Node (or not at all), checked before sending. */
export function checkAxiosOptions(axios: Record<string, unknown>, fail: (message: string) => Error): void {
  for (const key of CHECKED_IN_ORDER) {
    const value = axios[key];
    if (value === undefined) continue;
    if (key === 'baseURL') checkBaseUrl(value, fail);
    else if (key === 'proxy') checkProxy(value, fail);
    const problem = AXIOS_CHECKS[key]?.(value);
    if (problem) throw fail(problem);
  }
}

/** A lone surrogate in a string body would silently become U+FFFD. */
function checkBody(body: unknown): void {
  if (body === undefined || body instanceof Uint8Array) return;
  if (typeof body !== 'string') throw new InvalidRequestError(`\`body\` must be a string or a Buffer, got ${describe(body)}`);
  wellFormed(body, '`body`');
}

export function checkOptionTypes(options: RouteOptions, pipeline: 'v2' | 'v3', template: string): void {
  const { xml, json, query, headers, body, security, nonceless } = options;
  if (xml !== undefined && !isPlainObject(xml)) throw new InvalidRequestError(`\`xml\` must be a plain object of fields, got ${describe(xml)}`);
  if (query !== undefined && !isPlainObject(query)) throw new InvalidRequestError(`\`query\` must be a plain object, got ${describe(query)}`);
  checkHeaders(headers, (message) => new InvalidRequestError(message));
  checkBody(body);
  for (const [name, flag] of Object.entries({ security, nonceless })) {
    if (flag !== undefined && typeof flag !== 'boolean') throw new InvalidRequestError(`\`${name}\` must be true or false, got ${describe(flag)}`);
  }
  const given = (['xml', 'json', 'body'] as const).filter((key) => options[key] !== undefined);
  if (given.length > 1) throw new InvalidRequestError(`Give one payload, not ${given.map((key) => `\`${key}\``).join(' and ')}`);
  if (pipeline === 'v2' && json !== undefined)
    throw new InvalidRequestError(`${template} is an APIv2 (XML) endpoint: pass the payload as \`xml\`, not \`json\``);
  if (pipeline === 'v3' && xml !== undefined) throw new InvalidRequestError(`${template} is a JSON endpoint: pass the payload as \`json\`, not \`xml\``);
  if (pipeline === 'v3' && nonceless !== undefined) throw new InvalidRequestError('`nonceless` applies to APIv2 (XML) calls only');
}

export interface RouteOptions {
  xml?: Record<string, unknown>;
  json?: unknown;
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  headers?: Record<string, string | number | boolean>;
  body?: string | Buffer | Uint8Array;
  security?: boolean;
  nonceless?: boolean;
}
