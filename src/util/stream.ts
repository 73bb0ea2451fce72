import { pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

function asBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  return chunk instanceof Uint8Array ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.from(String(chunk));
}

/**
 * The SDK's one bounded count: chunks taken in until `limit` bytes (-1: none), so an endless body
 * cannot fill memory or a disk. `take` says false, and keeps nothing more, past the limit. Kept
 * whole (`keep`) for `whole()`; `onChunk` is told of each chunk taken and the total.
 *
 * @example const sink = new BoundedBuffer(1 << 20); for (const c of chunks) if (!sink.take(c)) throw tooLarge(); sink.whole();
 */
export class BoundedBuffer {
  readonly #chunks: Buffer[] = [];
  #size = 0;

  constructor(
    readonly limit: number,
    readonly keep = true,
    readonly onChunk?: (chunk: Buffer, total: number) => void,
  ) {}

  get size(): number {
    return this.#size;
  }

  take(chunk: Buffer): boolean {
    this.#size += chunk.length;
    if (this.limit > -1 && this.#size > this.limit) return false;
    if (this.keep) this.#chunks.push(chunk);
    this.onChunk?.(chunk, this.#size);
    return true;
  }

  whole(): Buffer {
    return this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#size);
  }
}

/**
 * A stream's chunks through a `BoundedBuffer`'s count: past `limit`, reading stops and `tooLarge()` is thrown.
 *
 * @example for await (const chunk of bounded(body, 1 << 20, () => new Error('over 1 MiB'))) hash.update(chunk);
 */
export async function* bounded(source: AsyncIterable<unknown>, limit: number, tooLarge: () => Error): AsyncGenerator<Buffer> {
  const count = new BoundedBuffer(limit, false);
  for await (const chunk of source) {
    const bytes = asBuffer(chunk);
    if (!count.take(bytes)) throw tooLarge();
    yield bytes;
  }
}

/**
 * A stream read whole into a `BoundedBuffer`; without `tooLarge`, its first `limit` bytes (an error
 * answer to a streamed download, read for its code). `onChunk` gets each chunk and the total.
 *
 * @example const head = await readBounded(response.data, 64 * 1024);
 * @example const text = await readBounded(process.stdin, 1 << 20, () => new Error('stdin over 1 MiB'));
 */
export async function readBounded(
  stream: AsyncIterable<unknown>,
  limit: number,
  tooLarge?: () => Error,
  onChunk?: (chunk: Buffer, total: number) => void,
): Promise<Buffer> {
  const sink = new BoundedBuffer(tooLarge ? limit : -1, true, onChunk);
  for await (const chunk of stream) {
    if (!sink.take(asBuffer(chunk))) throw tooLarge!();
    // Leaving the loop destroys a Readable: nothing more is read.
    if (!tooLarge && limit > -1 && sink.size >= limit) break;
  }
  const all = sink.whole();
  return tooLarge || limit < 0 ? all : all.subarray(0, limit);
}

export type ContentCoding = 'gzip' | 'deflate' | 'br';

/**
 * The coding a `Content-Encoding` names; undefined for one the SDK does not decode.
 *
 * @example contentCodingOf('x-gzip') // 'gzip'
 */
export function contentCodingOf(header: unknown): ContentCoding | 'identity' | undefined {
  const value = (typeof header === 'string' ? header : '').trim().toLowerCase();
  if (value === '' || value === 'identity') return 'identity';
  if (value === 'gzip' || value === 'x-gzip') return 'gzip';
  return value === 'deflate' || value === 'br' ? value : undefined;
}

/** Codes of a body that did not decode: cut short before its end, or corrupt (a failed check, not the coding at all). */
export const BODY_INCOMPLETE = 'ERR_ANSWER_INCOMPLETE';
export const BODY_CORRUPT = 'ERR_ANSWER_CORRUPT';

/** Why a compressed body could not be decoded to its end; `code` is `BODY_INCOMPLETE` or `BODY_CORRUPT`. */
export class BodyDecodingError extends Error {
  override name = 'BodyDecodingError';
  constructor(
    message: string,
    readonly code: typeof BODY_INCOMPLETE | typeof BODY_CORRUPT,
    readonly decoded: number,
  ) {
    super(message);
  }
}

function isCodingError(error: unknown): error is NodeJS.ErrnoException {
  const { errno, code } = (error ?? {}) as NodeJS.ErrnoException;
  return typeof errno === 'number' && typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__ERROR_'));
}

/** A zlib stream per RFC 9110 §8.4.1.2: "deflate" is the zlib format, though some servers send raw deflate. */
function decoderFor(coding: ContentCoding, first: Buffer): { decoder: Transform; end: string } {
  if (coding === 'gzip') return { decoder: createGunzip(), end: 'its trailer' };
  if (coding === 'br') return { decoder: createBrotliDecompress(), end: 'its last block' };
  const zlibHeader = first.length >= 2 && (first[0]! & 0x0f) === 8 && ((first[0]! << 8) | first[1]!) % 31 === 0;
  return zlibHeader ? { decoder: createInflate(), end: 'its trailer' } : { decoder: createInflateRaw(), end: 'its last block' };
}

/** Deflate's first two bytes tell zlib from raw. */
async function peek(source: AsyncIterable<unknown>): Promise<{ first: Buffer; all: AsyncIterable<unknown> }> {
  const input = source[Symbol.asyncIterator]();
  const head = await input.next();
  const first = head.done ? Buffer.alloc(0) : asBuffer(head.value);
  async function* all(): AsyncGenerator<unknown> {
    if (head.done) return;
    yield first;
    for (let step = await input.next(); !step.done; step = await input.next()) yield step.value;
  }
  return { first, all: all() };
}

/**
 * A body decoded to the end of its compressed stream and checked against its trailer: cut short
 * or corrupt throws a `BodyDecodingError`, never a shorter body. Streamed: bound what it yields
 * (a gzip bomb is a few bytes).
 *
 * @example const text = await readBounded(decodeBody(response.body, 'gzip'), MAX_ANSWER_BYTES, tooLarge);
 */
export async function* decodeBody(source: AsyncIterable<unknown>, coding: ContentCoding, what = 'answer'): AsyncGenerator<Buffer> {
  const { first, all } = coding === 'deflate' ? await peek(source) : { first: Buffer.alloc(0), all: source };
  const { decoder, end } = decoderFor(coding, first);
  // A failure on either side destroys `decoder` with it, so reading it below rethrows that error;
  // a reader that stops early destroys `decoder`, and with it a Readable source.
  pipeline(all, decoder, () => undefined);
  let decoded = 0;
  try {
    for await (const chunk of decoder as AsyncIterable<Buffer>) {
      decoded += chunk.length;
      yield chunk;
    }
  } catch (error) {
    if (!isCodingError(error)) throw error;
    if (error.code === 'Z_BUF_ERROR') {
      throw new BodyDecodingError(
        `the ${coding} ${what} ended before ${end}: ${decoded} bytes were decoded; the ${what} is incomplete`,
        BODY_INCOMPLETE,
        decoded,
      );
    }
    throw new BodyDecodingError(`the ${coding} ${what} is corrupt (${error.message}) after ${decoded} decoded bytes`, BODY_CORRUPT, decoded);
  }
}
