import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import type { Dispatcher } from 'undici';
import { copyFields } from '../util/object';
import { BoundedBuffer, contentCodingOf } from '../util/stream';
import { ACCEPT_ENCODING, answerBody, answerTooLarge } from './body';
import { undiciModule, type TransportDispatcher } from './dispatcher';
import type { Deadline } from './limits';
import { hasHeader } from './state';

// One request on undici, the default transport: what it sends comes as arguments; of the axios
// config it reads only axios' own keys.

export interface WireRequest {
  readonly origin: string;
  /** The path and query exactly as signed. */
  readonly path: string;
  readonly host: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
}

function wireHeaders(request: WireRequest, config: InternalAxiosRequestConfig, hasBody: boolean): Record<string, string> {
  const headers = copyFields(request.headers);
  if (config.decompress !== false && !hasHeader(headers, 'accept-encoding')) headers['accept-encoding'] = ACCEPT_ENCODING;
  // An empty POST/PUT/PATCH still says its length, as Node's http client does.
  if (!hasBody && /^(post|put|patch)$/i.test(request.method) && !hasHeader(headers, 'content-length')) headers['content-length'] = '0';
  return headers;
}

function progressOf(config: InternalAxiosRequestConfig, length: number): ((chunk: Buffer, loaded: number) => void) | undefined {
  const onProgress = config.onDownloadProgress;
  if (!onProgress) return undefined;
  const total = Number.isSafeInteger(length) ? length : undefined;
  return (chunk, loaded) => onProgress({ loaded, total, progress: total ? loaded / total : undefined, bytes: chunk.length, download: true } as never);
}

export type SendFailure = (error: unknown, answered: boolean) => unknown;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[]>;
  readonly data?: Buffer;
  readonly wire?: Readable;
}

interface Exchange {
  readonly config: InternalAxiosRequestConfig;
  readonly deadline: Deadline;
  readonly fail: SendFailure;
  readonly onConnect: (() => void) | undefined;
}

/** Statuses whose answer has no body: left to `answerBody`, which does not read one. */
const NO_BODY = new Set([204, 304]);

/** undici's `request()` without its stream and promise per chunk: an ordinary answer is collected as it comes, bounded. */
class AnswerHandler implements Dispatcher.DispatchHandlers {
  #abort: ((reason?: Error) => void) | undefined;
  #reason: Error | undefined;
  #answered = false;
  #settled = false;
  #status = 0;
  #headers: Record<string, string | string[]> = {};
  /** An ordinary answer, collected as it comes. */
  #sink: BoundedBuffer | undefined;
  #wire: Readable | undefined;
  #resume: (() => void) | undefined;
  readonly #unlisten: (() => void) | undefined;

  constructor(
    readonly exchange: Exchange,
    readonly resolve: (answer: Answer) => void,
    readonly reject: (error: unknown) => void,
  ) {
    this.#unlisten = exchange.deadline.onAbort((reason) => this.#aborted(reason as Error | undefined));
  }

  #aborted(reason: Error | undefined): void {
    this.#reason = reason ?? new undiciModule.loaded!.errors.RequestAbortedError();
    if (this.#wire) this.#wire.destroy(this.#reason);
    else this.#abort?.(this.#reason);
  }

  #fail(error: unknown): void {
    this.#unlisten?.();
    if (this.#settled) return;
    this.#settled = true;
    this.reject(this.exchange.fail(error, this.#answered));
  }

  /**
   * Reject with `error` and let go of the connection once undici has left the chunk's callback, as
   * a reader's destroy would: an answer whose end came in the same read keeps its connection.
   */
  #stop(error: unknown): void {
    this.#fail(error);
    queueMicrotask(() => this.#abort?.());
  }

  onConnect(abort: (reason?: Error) => void): void {
    this.exchange.onConnect?.();
    if (this.#reason) return abort(this.#reason);
    this.#abort = abort;
  }

  onHeaders(status: number, rawHeaders: Buffer[], resume: () => void): boolean {
    if (status < 200) return true;
    const { config } = this.exchange;
    this.#answered = true;
    this.#status = status;
    this.#headers = undiciModule.loaded!.util.parseHeaders(rawHeaders) as Record<string, string | string[]>;
    const whole =
      config.responseType !== 'stream' &&
      !NO_BODY.has(status) &&
      config.method?.toLowerCase() !== 'head' &&
      (config.decompress === false || contentCodingOf(this.#headers['content-encoding']) === 'identity');
    if (whole) {
      this.#sink = new BoundedBuffer(config.maxContentLength ?? -1, true, progressOf(config, Number(this.#headers['content-length'])));
      return true;
    }
    this.#resume = resume;
    this.#wire = new Readable({
      read: () => this.#resume?.(),
      destroy: (error, callback) => {
        this.#unlisten?.();
        if (this.#resume) this.#abort?.(error ?? undefined);
        callback(error);
      },
    });
    // A failure before its reader comes stays in the stream (`errored`), which the reader then throws.
    this.#wire.on('error', () => undefined);
    this.#settled = true;
    this.resolve({ status, headers: this.#headers, wire: this.#wire });
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.#wire) return this.#wire.push(chunk);
    const sink = this.#sink;
    if (this.#settled || !sink) return true;
    try {
      if (!sink.take(chunk)) this.#stop(answerTooLarge(sink.limit));
    } catch (error) {
      // From `onDownloadProgress`.
      this.#stop(error);
    }
    return true;
  }

  onComplete(): void {
    if (this.#wire) {
      // The reader may still be reading: the signal stays on until the stream closes.
      this.#resume = undefined;
      this.#wire.push(null);
      return;
    }
    this.#unlisten?.();
    if (this.#settled) return;
    this.#settled = true;
    this.resolve({ status: this.#status, headers: this.#headers, data: this.#sink?.whole() ?? Buffer.alloc(0) });
  }

  onError(error: Error): void {
    if (this.#wire) {
      this.#resume = undefined;
      this.#wire.destroy(error);
      return;
    }
    this.#fail(error);
  }
}

/**
 * Every status resolves (the steps judge it); a failure goes to `fail` where it happens.
 *
 * @example await send(dispatcher, { origin, path, host, method: 'GET', headers, body: undefined }, config, deadline, fail)
 */
export async function send(
  dispatcher: TransportDispatcher,
  request: WireRequest,
  config: InternalAxiosRequestConfig,
  deadline: Deadline,
  fail: SendFailure,
  onConnect?: () => void,
): Promise<AxiosResponse> {
  const { origin, path, host, method } = request;
  const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  const maxBody = config.maxBodyLength ?? -1;
  if (body && maxBody > -1 && body.length > maxBody)
    throw fail(new AxiosError('Request body larger than maxBodyLength limit', AxiosError.ERR_BAD_REQUEST), false);
  // A legacy axios `cancelToken` (the call's, or one an interceptor set) ends the call as its signal would.
  if (config.cancelToken) deadline.follow(config.cancelToken);
  if (deadline.aborted) throw fail(Object.assign(new Error('aborted'), { name: 'AbortError' }), false);
  if (!undiciModule.loaded) {
    try {
      await undiciModule.load();
    } catch (error) {
      throw fail(error, false);
    }
  }
  const options: Dispatcher.DispatchOptions = {
    origin,
    path,
    method: method as Dispatcher.HttpMethod,
    headers: wireHeaders(request, config, body !== undefined),
    body: body ?? null,
    maxRedirections: 0,
  } as Dispatcher.DispatchOptions;
  const answer = await new Promise<Answer>((resolve, reject) => {
    const handler = new AnswerHandler({ config, deadline, fail, onConnect }, resolve, reject);
    try {
      dispatcher.dispatch(options, handler);
    } catch (error) {
      handler.onError(error as Error);
    }
  });
  const { status, headers } = answer;
  let data: Buffer | Readable;
  if (answer.data) data = answer.data;
  else {
    try {
      const progress = progressOf(config, Number(headers['content-length']));
      data = await answerBody(answer.wire!, { status, encoding: headers['content-encoding'], progress }, config);
    } catch (error) {
      throw fail(error, true);
    }
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
