import { STATUS_CODES } from 'node:http';
import type { Readable } from 'node:stream';
import { AxiosError, AxiosHeaders, CanceledError, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import type { Dispatcher } from 'undici';
import { ACCEPT_ENCODING, answerBody, failure } from './body';
import { undiciModule, type TransportDispatcher } from './dispatcher';
import { hasHeader } from './state';

/**
 * The SDK's default transport: an axios adapter over undici (Node's own HTTP client, the engine of
 * its `fetch`), a keep-alive pool per client and origin, no HTTP/1.1 pipelining. It does what axios'
 * http adapter does for the SDK's calls (bytes in, bytes out, decompression bounded by
 * `maxContentLength`, streams, `signal`, `onDownloadProgress`), and fails the same way, so a
 * `TransportError` says the same things on either transport.
 */

/** Where a call's own dispatcher rides in its axios config (the merchant certificate's, for mutual TLS). */
export const DISPATCHER = 'wechatpayDispatcher';

/**
 * Where a call's headers ride in its axios config in their final form (the route's and the
 * signature's): the adapter sends them as they are, without a round trip through AxiosHeaders.
 */
export const WIRE_HEADERS = 'wechatpayHeaders';

/**
 * Where a call may ask to be told whether its connection was made (TCP, the TLS handshake, a
 * proxy's tunnel): a `Reach`, its `connected` set true once undici puts the request on a connected
 * socket, just before its first byte is written. A call that fails while it is still false sent
 * nothing: what backup-domain failover needs to know.
 */
export const REACH = 'wechatpayReach';

/** Whether a call's connection to its host was made. A class: axios keeps it by reference when it merges a call's config (it copies plain objects). */
export class Reach {
  connected = false;
}

/** `dispatcher`, telling `reach` when a request of it is on a connected socket. */
function watched(dispatcher: TransportDispatcher, reach: Reach): Pick<Dispatcher, 'request'> {
  const via = {
    dispatch: (options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers) =>
      dispatcher.dispatch(options, {
        onConnect: (...args: Parameters<NonNullable<Dispatcher.DispatchHandlers['onConnect']>>) => {
          reach.connected = true;
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

/** The adapters `undiciAdapter` made: they read `WIRE_HEADERS` (a WeakSet: one entry per live client instance). */
const ADAPTERS = new WeakSet<AxiosAdapter>();

/** Does this axios config go out through one of the SDK's undici adapters (which read `WIRE_HEADERS`)? */
export function readsWireHeaders(adapter: unknown): boolean {
  return typeof adapter === 'function' && ADAPTERS.has(adapter as AxiosAdapter);
}

function headersOf(config: InternalAxiosRequestConfig, hasBody: boolean): Record<string, string> {
  const wire = (config as unknown as Record<string, unknown>)[WIRE_HEADERS] as Readonly<Record<string, string>> | undefined;
  let headers: Record<string, string>;
  if (wire) headers = { ...wire };
  else {
    headers = {};
    for (const [name, value] of Object.entries((config.headers as AxiosHeaders).toJSON() as Record<string, unknown>)) {
      if (value !== undefined && value !== null && value !== false) headers[name.toLowerCase()] = String(value);
    }
  }
  if (config.decompress !== false && !hasHeader(headers, 'accept-encoding')) headers['accept-encoding'] = ACCEPT_ENCODING;
  // An empty POST/PUT/PATCH still says its length, as Node's http client does.
  if (!hasBody && /^(post|put|patch)$/i.test(config.method ?? '') && !hasHeader(headers, 'content-length')) headers['content-length'] = '0';
  return headers;
}

const ABSOLUTE = /^(https?:\/\/([^/?#]+))([/?][^#]*)?$/i;

/**
 * Where a request goes. The SDK's route hands over the absolute URL it signed, already encoded:
 * it is split as it is, so the path on the wire is the very string signed; anything else (a
 * relative `url` with a `baseURL`) is resolved as axios does.
 */
function target(config: InternalAxiosRequestConfig): { origin: string; path: string; host: string } {
  const absolute = ABSOLUTE.exec(config.url ?? '');
  if (absolute) return { origin: absolute[1]!, path: absolute[3] ?? '/', host: absolute[2]! };
  const url = new URL(config.url ?? '', config.baseURL);
  return { origin: url.origin, path: `${url.pathname}${url.search}`, host: url.host };
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

/**
 * The adapter: one request on `config[DISPATCHER]` (the call's own, for mutual TLS) or
 * `dispatcher`, settled like axios' own adapter (every status resolves: the SDK's steps judge it).
 *
 * @example axios.create({ adapter: undiciAdapter(createDispatcher({}, undefined)) })
 */
export function undiciAdapter(dispatcher: TransportDispatcher): AxiosAdapter {
  const adapter = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    const carried = config as unknown as Record<string, unknown>;
    const own = carried[DISPATCHER] as TransportDispatcher | undefined;
    const reach = carried[REACH] as Reach | undefined;
    const { origin, path, host } = target(config);
    const sent = config.data as string | Uint8Array | undefined;
    const body = typeof sent === 'string' ? Buffer.from(sent, 'utf8') : sent;
    const maxBody = config.maxBodyLength ?? -1;
    if (body && maxBody > -1 && body.length > maxBody) {
      throw new AxiosError('Request body larger than maxBodyLength limit', AxiosError.ERR_BAD_REQUEST, config);
    }
    const signal = signalOf(config);
    if (signal?.aborted) throw new CanceledError(undefined, undefined, config);
    let answer: Dispatcher.ResponseData;
    try {
      answer = await (reach ? watched(own ?? dispatcher, reach) : (own ?? dispatcher)).request({
        origin,
        path,
        method: (config.method ?? 'get').toUpperCase() as Dispatcher.HttpMethod,
        headers: headersOf(config, body !== undefined),
        body: body === undefined ? null : body,
        signal,
        maxRedirections: 0,
      });
    } catch (error) {
      throw failure(error, config, false);
    }
    const { statusCode: status, headers } = answer;
    const progress = progressOf(config, Number(headers['content-length']));
    const data = await answerBody(answer.body as unknown as Readable, { status, encoding: headers['content-encoding'], progress }, config);
    return {
      data,
      status,
      statusText: STATUS_CODES[status] ?? '',
      headers: AxiosHeaders.from(headers as Record<string, string>),
      config,
      request: { path, host },
    };
  };
  ADAPTERS.add(adapter);
  return adapter;
}
