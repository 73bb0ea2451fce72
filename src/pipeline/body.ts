import { Readable } from 'node:stream';
import axios, { AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { contentCodingOf, decodeBody, readBounded } from '../util/stream';
import { asSystemError } from './failure';

// An answer's body, read the same way on undici and axios' adapter; its failures become one TransportError in failure.ts.

/** The failure of an answer over `maxContentLength` (as axios words it), whichever reader counted it. */
export const answerTooLarge = (limit: number): Error => new Error(`maxContentLength size of ${limit} exceeded`);

/** Statuses whose answer has no body, whatever follows its head (RFC 9110 §15.3.5, §15.4.5). */
const NO_BODY_STATUS = new Set([204, 304]);

/** Bytes where the RFC says there are none: not read as a body, and the connection is not reused. */
function discard(wire: Readable): void {
  wire.on('error', () => undefined);
  wire.once('data', () => wire.destroy());
  wire.resume();
}

async function* toldAsNode(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* source;
  } catch (error) {
    throw asSystemError(error, true);
  }
}

export interface AnswerHead {
  status: number;
  encoding: unknown;
  /** Told of each chunk read, decoded, and the total so far (`onDownloadProgress`); undefined: the transport tells it. */
  progress?: (chunk: Buffer, total: number) => void;
}

/**
 * The body decoded and bounded after decompression (or a stream); cut short or corrupt rejects, and `wire` is let go of.
 *
 * @example const data = await answerBody(wire, { status: 200, encoding: headers['content-encoding'] }, config);
 */
export async function answerBody(wire: Readable, head: AnswerHead, config: InternalAxiosRequestConfig): Promise<Buffer | Readable> {
  const stream = config.responseType === 'stream';
  if (config.method?.toLowerCase() === 'head' || NO_BODY_STATUS.has(head.status)) {
    discard(wire);
    return stream ? Readable.from([], { objectMode: false }) : Buffer.alloc(0);
  }
  const coding = config.decompress === false ? 'identity' : contentCodingOf(head.encoding);
  const source = coding === 'identity' || coding === undefined ? (wire as AsyncIterable<Buffer>) : decodeBody(wire, coding);
  if (stream) {
    const out = Readable.from(toldAsNode(source), { objectMode: false });
    // A reader that stops early lets go of the connection at once, not at its next chunk.
    out.once('close', () => wire.destroy());
    return out;
  }
  const limit = config.maxContentLength ?? -1;
  const tooLarge = () => answerTooLarge(limit);
  try {
    return await readBounded(source, limit, tooLarge, head.progress);
  } catch (error) {
    wire.destroy();
    throw error;
  }
}

/** What the SDK asks for and decodes; the caller's own `Accept-Encoding` wins. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * axios' http adapter with its body read by `answerBody`: axios would take a gzip stream cut short for the whole.
 *
 * @example axios.create({ adapter: axiosHttpAdapter })
 */
export const axiosHttpAdapter: AxiosAdapter = async (config) => {
  const headers = AxiosHeaders.from(config.headers);
  if (config.decompress !== false && !headers.has('accept-encoding')) headers.set('Accept-Encoding', ACCEPT_ENCODING);
  const http = axios.getAdapter('http');
  const response: AxiosResponse = await http(Object.assign({}, config, { headers, responseType: 'stream' as const, decompress: false, maxContentLength: -1 }));
  const data = await answerBody(response.data as Readable, { status: response.status, encoding: response.headers['content-encoding'] }, config);
  return Object.assign({}, response, { config, data });
};
