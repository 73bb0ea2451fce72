import { Readable } from 'node:stream';
import axios, { AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { contentCodingOf, decodeBody, readBounded } from '../util/stream';
import { asSystemError } from './failure';

/**
 * An answer's body, read the same way on either transport (undici, or axios' own http adapter):
 * decoded to the end of its compressed stream and checked against its trailer, bounded by
 * `maxContentLength` after decompression, or handed over as a stream. Its failures are thrown as
 * they come, for the transport's caller to make the one `TransportError` of (failure.ts).
 */

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

/** `source` with its failures told as Node's http client tells them once an answer has come. */
async function* toldAsNode(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* source;
  } catch (error) {
    throw asSystemError(error, true);
  }
}

/** What the transport knows of an answer when its head has come. */
export interface AnswerHead {
  status: number;
  /** Its `Content-Encoding`. */
  encoding: unknown;
  /** Told of each chunk read, decoded, and the total so far (`onDownloadProgress`); undefined: the transport tells it. */
  progress?: (chunk: Buffer, total: number) => void;
}

/**
 * The body of an answer whose head has come: nothing for a HEAD, 204 or 304 (what follows their
 * head is not read); else the body decoded (unless `decompress: false`), as a stream when the call
 * asked for one, or read whole, at most `maxContentLength` bytes after decompression. A body cut
 * short or corrupt rejects; `wire` is let go of on every failure.
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
 * axios' own http adapter (for calls given an agent, an adapter or a proxy), its body read by
 * `answerBody` as undici's is: axios would decode with `Z_SYNC_FLUSH` (a gzip stream cut short
 * gives what it had) and count `maxContentLength` as it pleases. It hands over the wire bytes
 * as a stream, and reports `onDownloadProgress` on them as it always does.
 *
 * @example axios.create({ adapter: axiosHttpAdapter })
 */
export const axiosHttpAdapter: AxiosAdapter = async (config) => {
  const headers = AxiosHeaders.from(config.headers);
  if (config.decompress !== false && !headers.has('accept-encoding')) headers.set('Accept-Encoding', ACCEPT_ENCODING);
  const http = axios.getAdapter('http');
  const response: AxiosResponse = await http({ ...config, headers, responseType: 'stream', decompress: false, maxContentLength: -1 });
  const data = await answerBody(response.data as Readable, { status: response.status, encoding: response.headers['content-encoding'] }, config);
  return { ...response, config, data };
};
