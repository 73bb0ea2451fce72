import type { AxiosResponse } from 'axios';
import type { DataAs } from '../chain/route';
import { ApiError, type ApiErrorDetail } from '../errors';

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
 * verified), `body` (their text, decoded on first read) and `host` (who answered). A class, so every
 * response has one shape; `raw`, `body` and `host` live on the prototype and stay out of `console.log`.
 */
export class SdkResponse<T = unknown> implements AxiosResponse<T> {
  data: T;
  status: number;
  statusText: string;
  headers: AxiosResponse['headers'];
  config: AxiosResponse['config'];
  request?: unknown;
  readonly #host: string;
  readonly #raw: Buffer;
  #text: string | undefined;

  constructor(response: AxiosResponse, raw: Buffer, data: T, host: string) {
    this.data = data;
    this.status = response.status;
    this.statusText = response.statusText;
    this.headers = response.headers;
    this.config = response.config;
    this.request = response.request;
    this.#host = host;
    this.#raw = raw;
  }

  /** The host that answered (`api.mch.weixin.qq.com`, or the backup after a failover). */
  get host(): string {
    return this.#host;
  }

  get raw(): Buffer {
    return this.#raw;
  }

  get body(): string {
    return (this.#text ??= this.#raw.toString('utf8'));
  }
}

export function finishResponse(response: AxiosResponse, raw: Buffer, dataAs: DataAs, parse: () => unknown, host: string): AxiosResponse {
  return new SdkResponse(response, raw, dataAs === 'arraybuffer' ? raw : dataAs === 'text' ? raw.toString('utf8') : parse(), host);
}

export interface ErrorFields {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
}

/**
 * The `ApiError` of a non-2xx answer, made here for both pipelines.
 *
 * @example throw apiErrorOf(response, body, requestIdOf(response), false, body)
 */
export function apiErrorOf(response: AxiosResponse, body: unknown, requestId: string | undefined, verified: boolean, fields: ErrorFields): ApiError {
  return new ApiError({
    status: response.status,
    apiCode: typeof fields.code === 'string' ? fields.code : undefined,
    message: typeof fields.message === 'string' ? fields.message : undefined,
    detail: fields.detail !== null && typeof fields.detail === 'object' ? (fields.detail as ApiErrorDetail) : undefined,
    requestId,
    body,
    verified,
  });
}

export function headerOf(response: AxiosResponse, name: string): string | undefined {
  const value = (response.headers as Record<string, unknown>)[name.toLowerCase()];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? String(value[0]) : String(value);
}

/** The `Request-ID` WeChat Pay puts on every answer: quote it to its support. */
export const requestIdOf = (response: AxiosResponse): string | undefined => headerOf(response, 'request-id');
