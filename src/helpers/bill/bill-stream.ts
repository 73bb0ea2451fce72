import { createHash, timingSafeEqual } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { isAxiosError } from 'axios';
import { ParseError, TransportError, VerificationError, VerificationReason, WechatpayError } from '../../errors';
import { BodyDecodingError, bounded, contentCodingOf, decodeBody } from '../../util/stream';

/** How far a download has come: bytes on the wire so far and, when the server said, in all. */
export interface BillProgress {
  /** Bytes received so far, as sent (compressed when the bill is gzip). */
  received: number;
  /** The `Content-Length` of the download, when the server sent one. */
  total?: number;
}

export type BillSink = { file: FileHandle; limit: number } | { limit: number };

export interface ConsumeOptions {
  /** As on the wire (`decompress: false`). */
  body: AsyncIterable<unknown>;
  /** Undone here, before the file's own gzip. */
  encoding: string | undefined;
  expected: string;
  /** `Content-Length`: fewer bytes than this is a dropped connection. */
  total: number | undefined;
  sink: BillSink;
  onProgress: ((progress: BillProgress) => void) | undefined;
  signal: AbortSignal | undefined;
  what: string;
}

export interface Consumed {
  size: number;
  sha1: string;
  data?: Buffer;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

class BodyFailure extends Error {}

/** Gunzipped when it starts with the gzip magic (`tar_type=GZIP`). */
async function* gunzipIfMagic(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < GZIP_MAGIC.length && !ended) {
    const step = await iterator.next();
    if (step.done) ended = true;
    else {
      head.push(step.value);
      headSize += step.value.length;
    }
  }
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield* head;
    for (let step = ended ? undefined : await iterator.next(); step && !step.done; step = await iterator.next()) yield step.value;
  };
  const first = Buffer.concat(head);
  if (first[0] !== GZIP_MAGIC[0] || first[1] !== GZIP_MAGIC[1]) yield* rest();
  // Decoded to its trailer: a bill cut short inside a complete download is an error, never a shorter bill.
  else yield* decodeBody(rest(), 'gzip', 'bill');
}

/**
 * A bill download read to its end, decoded, hashed as it streams and compared with `hash_value`;
 * a failure leaves the body destroyed (the caller removes any file).
 *
 * @example const { sha1 } = await consumeBill({ body, encoding, expected, total, sink: { limit: 1 << 20 }, onProgress, signal, what });
 */
export async function consumeBill(options: ConsumeOptions): Promise<Consumed> {
  const { body, expected, total, sink, onProgress, signal, what } = options;
  const coding = contentCodingOf(options.encoding);
  if (coding === undefined) {
    (body as { destroy?: () => void }).destroy?.();
    throw new ParseError(`${what} came with Content-Encoding ${JSON.stringify(options.encoding)}, which this SDK does not decode (it asks for gzip)`);
  }
  const iterator = body[Symbol.asyncIterator]();
  // Destroying the body makes the pending read fail, wherever the download is: one way to stop.
  const stop = () => (body as { destroy?: (error?: Error) => void }).destroy?.(new Error('aborted'));
  let received = 0;
  const progress = () => onProgress?.({ received, ...(total === undefined ? {} : { total }) });
  async function* wire(): AsyncGenerator<Buffer> {
    for (;;) {
      let step: IteratorResult<unknown>;
      try {
        step = await iterator.next();
      } catch (error) {
        throw new BodyFailure('body', { cause: error });
      }
      if (step.done) break;
      const chunk = Buffer.isBuffer(step.value) ? step.value : Buffer.from(step.value as Uint8Array);
      received += chunk.length;
      progress();
      yield chunk;
    }
    // Node's http client already fails a body cut short of its Content-Length; other adapters may not.
    if (total !== undefined && received !== total)
      throw new BodyFailure('short', { cause: new Error(`the connection ended after ${received} of ${total} bytes`) });
  }

  const hash = createHash('sha1');
  let size = 0;
  const chunks: Buffer[] = [];
  const tooLarge = () => {
    const hint = 'file' in sink ? 'raise `maxFileBytes` if your bills are that large' : "pass `to: '/path/bill.csv'` to stream it into a file";
    return new TransportError(
      `The bill is larger than ${sink.limit} bytes, the most ${'file' in sink ? 'written to a file' : 'kept in memory'}: ${hint}`,
      undefined,
    );
  };
  async function* measure(bytes: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of bounded(bytes, sink.limit, tooLarge)) {
      hash.update(chunk);
      size += chunk.length;
      yield chunk;
    }
  }
  async function write(bytes: AsyncIterable<Buffer>): Promise<void> {
    // Each write awaited: back-pressure without a stream whose closing would close the file.
    if ('file' in sink) for await (const chunk of bytes) await sink.file.write(chunk);
    else for await (const chunk of bytes) chunks.push(chunk);
  }

  signal?.addEventListener('abort', stop, { once: true });
  try {
    if (signal?.aborted) stop();
    progress();
    if (coding === 'identity') await pipeline(wire, gunzipIfMagic, measure, write);
    else await pipeline(wire, (source: AsyncIterable<Buffer>) => decodeBody(source, coding, 'download'), gunzipIfMagic, measure, write);
  } catch (error) {
    // Stopped early (an error downstream, a throwing onProgress): let go of the connection.
    stop();
    throw failure(error, what, received, signal);
  } finally {
    signal?.removeEventListener('abort', stop);
  }

  const sha1 = hash.digest('hex');
  if (!sameHash(sha1, expected)) {
    throw new VerificationError(
      VerificationReason.HASH_MISMATCH,
      `the bill's SHA-1 is ${sha1}, not the hash_value ${expected.toLowerCase()}: it was altered or cut short; download it again`,
    );
  }
  return 'file' in sink ? { size, sha1 } : { size, sha1, data: Buffer.concat(chunks) };
}

function sameHash(actual: string, expected: string): boolean {
  const a = Buffer.from(actual, 'hex');
  const b = Buffer.from(expected.toLowerCase(), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The system error behind a failure, copied bare: an AxiosError would carry the signed request. */
function bare(error: unknown): Error {
  // Duck-typed, not `instanceof Error`: errors from Node's internals may come from another realm.
  const fields = (value: unknown) => (value !== null && typeof value === 'object' ? (value as Partial<NodeJS.ErrnoException>) : {});
  const source = fields(error);
  const system = isAxiosError(error) && error.cause !== undefined ? fields(error.cause) : source;
  const code = system.code ?? source.code;
  return Object.assign(new Error(String(system.message ?? error)), { name: String(system.name ?? 'Error'), ...(code === undefined ? {} : { code }) });
}

function failure(error: unknown, what: string, received: number, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return new TransportError(`${what} was aborted after ${received} bytes`, signal.reason);
  if (error instanceof BodyFailure) {
    const cause = bare(error.cause);
    const code = (cause as NodeJS.ErrnoException).code;
    return new TransportError(`${what} failed after ${received} bytes of the bill: ${cause.message}${code ? ` (${code})` : ''}; download it again`, cause);
  }
  if (error instanceof WechatpayError) return error;
  if (error instanceof BodyDecodingError) return new TransportError(`${what}: ${error.message}; download it again`, bare(error));
  // A file-system error (disk full, …) or the caller's own onProgress throwing: passed on as is.
  return error;
}
