import { createHash, timingSafeEqual } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { isAxiosError } from 'axios';
import { ParseError, TransportError, VerificationError, VerificationReason, WechatpayError } from '../../errors';
import { BodyDecodingError, bounded, type ContentCoding, contentCodingOf, decodeBody } from '../../util/stream';

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

/** The download as it arrives: counted for `onProgress`, and failed when cut short of its `Content-Length`. */
class Wire {
  received = 0;
  private readonly iterator: AsyncIterator<unknown>;

  constructor(
    body: AsyncIterable<unknown>,
    private readonly total: number | undefined,
    private readonly onProgress: ConsumeOptions['onProgress'],
  ) {
    this.iterator = body[Symbol.asyncIterator]();
  }

  progress(): void {
    this.onProgress?.({ received: this.received, ...(this.total === undefined ? {} : { total: this.total }) });
  }

  async *chunks(): AsyncGenerator<Buffer> {
    for (;;) {
      let step: IteratorResult<unknown>;
      try {
        step = await this.iterator.next();
      } catch (error) {
        throw new BodyFailure('body', { cause: error });
      }
      if (step.done) break;
      const chunk = Buffer.isBuffer(step.value) ? step.value : Buffer.from(step.value as Uint8Array);
      this.received += chunk.length;
      this.progress();
      yield chunk;
    }
    // Node's http client already fails a body cut short of its Content-Length; other adapters may not.
    if (this.total !== undefined && this.received !== this.total)
      throw new BodyFailure('short', { cause: new Error(`the connection ended after ${this.received} of ${this.total} bytes`) });
  }
}

/** The decoded bill: bounded and hashed as it streams, then written to the file or kept in memory. */
class BillOut {
  size = 0;
  private readonly hash = createHash('sha1');
  private readonly chunks: Buffer[] = [];

  constructor(private readonly sink: BillSink) {}

  private tooLarge(): TransportError {
    const { sink } = this;
    const hint = 'file' in sink ? 'raise `maxFileBytes` if your bills are that large' : "pass `to: '/path/bill.csv'` to stream it into a file";
    return new TransportError(
      `The bill is larger than ${sink.limit} bytes, the most ${'file' in sink ? 'written to a file' : 'kept in memory'}: ${hint}`,
      undefined,
    );
  }

  async *measure(bytes: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of bounded(bytes, this.sink.limit, () => this.tooLarge())) {
      this.hash.update(chunk);
      this.size += chunk.length;
      yield chunk;
    }
  }

  async write(bytes: AsyncIterable<Buffer>): Promise<void> {
    const { sink } = this;
    // Each write awaited: back-pressure without a stream whose closing would close the file.
    if ('file' in sink) for await (const chunk of bytes) await sink.file.write(chunk);
    else for await (const chunk of bytes) this.chunks.push(chunk);
  }

  /** What was written, once its SHA-1 is the `hash_value` the bill came with. */
  checked(expected: string): Consumed {
    const { size } = this;
    const sha1 = this.hash.digest('hex');
    if (!sameHash(sha1, expected)) {
      throw new VerificationError(
        VerificationReason.HASH_MISMATCH,
        `the bill's SHA-1 is ${sha1}, not the hash_value ${expected.toLowerCase()}: it was altered or cut short; download it again`,
      );
    }
    return 'file' in this.sink ? { size, sha1 } : { size, sha1, data: Buffer.concat(this.chunks) };
  }
}

/** The body's `Content-Encoding`, or (the body let go) a `ParseError` for one the SDK does not decode. */
function codingOf(body: AsyncIterable<unknown>, encoding: string | undefined, what: string): ContentCoding | 'identity' {
  const coding = contentCodingOf(encoding);
  if (coding !== undefined) return coding;
  (body as { destroy?: () => void }).destroy?.();
  throw new ParseError(`${what} came with Content-Encoding ${JSON.stringify(encoding)}, which this SDK does not decode (it asks for gzip)`);
}

/**
 * A bill download read to its end, decoded, hashed as it streams and compared with `hash_value`;
 * a failure leaves the body destroyed (the caller removes any file).
 *
 * @example const { sha1 } = await consumeBill({ body, encoding, expected, total, sink: { limit: 1 << 20 }, onProgress, signal, what });
 */
export async function consumeBill(options: ConsumeOptions): Promise<Consumed> {
  const { body, signal, what } = options;
  const coding = codingOf(body, options.encoding, what);
  const wire = new Wire(body, options.total, options.onProgress);
  const out = new BillOut(options.sink);
  // Destroying the body makes the pending read fail, wherever the download is: one way to stop.
  const stop = () => (body as { destroy?: (error?: Error) => void }).destroy?.(new Error('aborted'));
  const read = () => wire.chunks();
  const measure = (bytes: AsyncIterable<Buffer>) => out.measure(bytes);
  const write = (bytes: AsyncIterable<Buffer>) => out.write(bytes);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    if (signal?.aborted) stop();
    wire.progress();
    if (coding === 'identity') await pipeline(read, gunzipIfMagic, measure, write);
    else await pipeline(read, (source: AsyncIterable<Buffer>) => decodeBody(source, coding, 'download'), gunzipIfMagic, measure, write);
  } catch (error) {
    // Stopped early (an error downstream, a throwing onProgress): let go of the connection.
    stop();
    throw failure(error, what, wire.received, signal);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  return out.checked(options.expected);
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
