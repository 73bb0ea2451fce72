import { STATUS_CODES } from 'node:http';
import type { Readable } from 'node:stream';
import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import type { Dispatcher } from 'undici';
import { ACCEPT_ENCODING, answerBody } from './body';
import { undiciModule, type TransportDispatcher } from './dispatcher';
import { hasHeader } from './state';

/**
 * Sending one request on undici (Node's own HTTP client, the engine of its `fetch`): the SDK's
 * default transport, a keep-alive pool per client and origin, no HTTP/1.1 pipelining. What it
 * sends it is handed as arguments (the URL split once by the plan, the final headers, the body
 * bytes); from the axios config it reads only axios' own keys (`signal`, `cancelToken`,
 * `decompress`, `maxBodyLength`, `maxContentLength`, `responseType`, `onDownloadProgress`).
 */

/** A request as it goes on the wire. */
export interface WireRequest {
  readonly origin: string;
  /** The path and query exactly as signed. */
  readonly path: string;
  readonly host: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
}

/** `dispatcher`, calling `onConnect` when a request of it is on a connected socket (just before its first byte is written). */
function watched(dispatcher: TransportDispatcher, onConnect: () => void): Pick<Dispatcher, 'request'> {
  const via = {
    dispatch: (options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers) =>
      dispatcher.dispatch(options, {
        onConnect: (...args: Parameters<NonNullable<Dispatcher.DispatchHandlers['onConnect']>>) => {
          onConnect();
          handler.onConnect?.(...args);
        },
        onError: (error: Error) => handler.onError?.(error),
        onUpgrade: (...args: Parameters<NonNullable<Dispatcher.DispatchHandlers['onUpgrade']>>) => handler.onUpgrade?.(...args),
        onResponseStarted: () => handler.onResponseStarted?.(),
        onHeaders: (...args: Parameters<NonNullable<Dispatcher.DispatchHandlers['onHeaders']>>) => handler.onHeaders?.(...args) ?? true,
        onData: (chunk: Buffer) => handler.onData?.(chunk) ?? true,
        onComplete: (trailers: string[] | null) => handler.onComplete?.(trailers),
        onBodySent: (...args: Parameters<NonNullable<Dispatcher.DispatchHandlers['onBodySent']>>) => handler.onBodySent?.(...args),
      }),
  };
  // undici's request() needs nothing of its dispatcher but dispatch().
  return {
    request: async (options) => {
      const { Dispatcher: Base } = await undiciModule.load();
      return (Base.prototype.request as (this: unknown, o: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>).call(via, options);
    },
  } as Pick<Dispatcher, 'request'>;
}

function wireHeaders(request: WireRequest, config: InternalAxiosRequestConfig, hasBody: boolean): Record<string, string> {
  const headers = { ...request.headers };
  if (config.decompress !== false && !hasHeader(headers, 'accept-encoding')) headers['accept-encoding'] = ACCEPT_ENCODING;
  // An empty POST/PUT/PATCH still says its length, as Node's http client does.
  if (!hasBody && /^(post|put|patch)$/i.test(request.method) && !hasHeader(headers, 'content-length')) headers['content-length'] = '0';
  return headers;
}

/** The call's `signal`, joined by its legacy axios `cancelToken` when it has one. */
function signalOf(config: InternalAxiosRequestConfig): AbortSignal | undefined {
  const signal = config.signal as AbortSignal | undefined;
  if (!config.cancelToken) return signal;
  const controller = new AbortController();
  const abort = () => controller.abort();
  config.cancelToken.promise.then(abort, () => undefined);
  if (signal) {
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  }
  return controller.signal;
}

/** `onDownloadProgress` told of each chunk as axios' http adapter tells it, when the call gave one. */
function progressOf(config: InternalAxiosRequestConfig, length: number): ((chunk: Buffer, loaded: number) => void) | undefined {
  const onProgress = config.onDownloadProgress;
  if (!onProgress) return undefined;
  const total = Number.isSafeInteger(length) ? length : undefined;
  return (chunk, loaded) => onProgress({ loaded, total, progress: total ? loaded / total : undefined, bytes: chunk.length, download: true } as never);
}

/** Where a sending failed: `answered`, once the answer's head had come. */
export type SendFailure = (error: unknown, answered: boolean) => unknown;

/**
 * Send `request` on `dispatcher` and read its answer as an axios response (every status resolves:
 * the SDK's steps judge it). A failure is handed to `fail` where it happens, which makes the one
 * `TransportError` of it; `onConnect` hears when the connection is made (backup-domain failover).
 *
 * @example await send(dispatcher, { origin, path, host, method: 'GET', headers, body: undefined }, config, fail)
 */
export async function send(
  dispatcher: TransportDispatcher,
  request: WireRequest,
  config: InternalAxiosRequestConfig,
  fail: SendFailure,
  onConnect?: () => void,
): Promise<AxiosResponse> {
  const { origin, path, host, method } = request;
  const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  const maxBody = config.maxBodyLength ?? -1;
  if (body && maxBody > -1 && body.length > maxBody)
    throw fail(new AxiosError('Request body larger than maxBodyLength limit', AxiosError.ERR_BAD_REQUEST), false);
  const signal = signalOf(config);
  let answer: Dispatcher.ResponseData;
  try {
    if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    answer = await (onConnect ? watched(dispatcher, onConnect) : dispatcher).request({
      origin,
      path,
      method: method as Dispatcher.HttpMethod,
      headers: wireHeaders(request, config, body !== undefined),
      body: body === undefined ? null : body,
      signal,
      maxRedirections: 0,
    });
  } catch (error) {
    throw fail(error, false);
  }
  const { statusCode: status, headers } = answer;
  const progress = progressOf(config, Number(headers['content-length']));
  let data: Buffer | Readable;
  try {
    data = await answerBody(answer.body as unknown as Readable, { status, encoding: headers['content-encoding'], progress }, config);
  } catch (error) {
    throw fail(error, true);
  }
  return {
    data,
    status,
    statusText: STATUS_CODES[status] ?? '',
    headers: AxiosHeaders.from(headers as Record<string, string>),
    config,
    request: { path, host },
  };
}
