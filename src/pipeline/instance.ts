import axios, { type AxiosInstance, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { VERSION } from '../version';

export type RequestStep = (config: InternalAxiosRequestConfig) => InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig>;
export type ResponseStep = (response: AxiosResponse) => AxiosResponse | Promise<AxiosResponse>;

/** `wechatpay-ts/<v> axios/<v> node/<v> (<platform>; <arch>)`: WeChat Pay asks for a User-Agent. */
export const USER_AGENT = `wechatpay-ts/${VERSION} axios/${axios.VERSION} node/${process.versions.node} (${process.platform}; ${process.arch})`;

/**
 * An axios instance for one pipeline, built once per client. The wire always carries bytes:
 * `transformRequest` and `transformResponse` are empty (the steps serialise, sign, verify and
 * parse), `responseType` is `arraybuffer` (verification needs the raw body) and every status is
 * handed to the response steps, which raise `ApiError` for non-2xx after checking the answer.
 *
 * Interceptor order is a contract: `request` steps run in the order listed (axios runs request
 * interceptors last-registered-first, so they are registered in reverse) and the last one signs
 * the exact bytes sent; `response` steps run in the order listed and the first one sees the raw
 * body before anything parses it.
 */
export function createInstance(
  defaults: Record<string, unknown>,
  steps: { request: readonly RequestStep[]; response: readonly ResponseStep[]; async?: boolean },
): AxiosInstance {
  const instance = axios.create({
    // WeChat Pay answers API calls directly, never with a redirect: a signed request is not
    // followed elsewhere (a 3xx becomes an ApiError), and axios skips follow-redirects' wrapping.
    maxRedirects: 0,
    ...defaults,
    transformRequest: [],
    transformResponse: [],
    responseType: 'arraybuffer',
    validateStatus: () => true,
  });
  // Steps that may answer with a promise (v3 signing off the event loop) make axios chain them as
  // promises; an all-synchronous stack runs in one go.
  for (const step of [...steps.request].reverse()) instance.interceptors.request.use(step, undefined, { synchronous: !steps.async });
  for (const step of steps.response) instance.interceptors.response.use(step);
  return instance;
}

/** Read a streamed body (an error answer to a streamed download), at most `limit` bytes. */
export async function readStream(stream: AsyncIterable<unknown>, limit = 1 << 16): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes);
    size += bytes.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

/** The body bytes of an answer fetched with `responseType: 'arraybuffer'`. */
export function rawBodyOf(response: AxiosResponse): Buffer {
  const { data } = response;
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return Buffer.alloc(0);
}

/**
 * What a call resolves to: axios' response fields, with `data` parsed as the caller asked (parsed
 * by default, `text`, or `arraybuffer` as a Buffer), plus `raw` (the bytes as received and
 * verified) and `body` (their text, decoded on first read). A class, so every response has one
 * shape; `raw` and `body` live on the prototype and stay out of `console.log`.
 */
export class SdkResponse<T = unknown> implements AxiosResponse<T> {
  data: T;
  status: number;
  statusText: string;
  headers: AxiosResponse['headers'];
  config: AxiosResponse['config'];
  request?: unknown;
  readonly #raw: Buffer;
  #text: string | undefined;

  constructor(response: AxiosResponse, raw: Buffer, data: T) {
    this.data = data;
    this.status = response.status;
    this.statusText = response.statusText;
    this.headers = response.headers;
    this.config = response.config;
    this.request = response.request;
    this.#raw = raw;
  }

  get raw(): Buffer {
    return this.#raw;
  }

  get body(): string {
    return (this.#text ??= this.#raw.toString('utf8'));
  }
}

export function finishResponse(response: AxiosResponse, raw: Buffer, want: 'data' | 'text' | 'arraybuffer' | 'stream', parse: () => unknown): AxiosResponse {
  return new SdkResponse(response, raw, want === 'arraybuffer' ? raw : want === 'text' ? raw.toString('utf8') : parse());
}

/** A header of an answer, case-insensitively, as a string. */
export function headerOf(response: AxiosResponse, name: string): string | undefined {
  const value = (response.headers as Record<string, unknown>)[name.toLowerCase()];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? String(value[0]) : String(value);
}
