import type { Stats } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfigurationError, describePath, InvalidRequestError, isConfigurationError } from '../../errors';
import { fileKind, fsReason, type ReadLimit, readRegularFile, readRegularFileSync } from '../../util/files';
import { describe } from '../../util/object';
import { readBounded } from '../../util/stream';

/** What a media file may be given as: a path, a `file://` URL, bytes, or (asynchronously) a stream. */
export type MediaInput = string | URL | Uint8Array;
export type MediaStream = NodeJS.ReadableStream | AsyncIterable<Uint8Array>;

/** How long `MediaUtil.from` may take to read its input whole, by default: 60 s. */
export const READ_TIMEOUT_MS = 60_000;

export interface ReadLimits {
  maxBytes: number;
  timeout: number;
  signal: AbortSignal | undefined;
}

export interface MediaSource {
  bytes: Buffer;
  pathName: string | undefined;
}

const mib = (bytes: number) => `${(bytes / (1 << 20)).toFixed(bytes % (1 << 20) === 0 ? 0 : 2)} MiB`;

function oversize(what: string, size: string, limit: number): ConfigurationError {
  return new InvalidRequestError(
    `${what} is ${size}, over the ${limit}-byte (${mib(limit)}) limit: uploads are held in memory to compute their sha256; raise \`maxBytes\` if WeChat Pay accepts a larger file for this endpoint`,
  );
}

export function isStream(value: unknown): value is MediaStream {
  return value !== null && typeof value === 'object' && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

/** A local path from a path or `file://` URL; any other scheme is refused (PHP would fetch it). */
function localPath(file: string | URL): string {
  if (file instanceof URL || /^[a-z][a-z\d+.-]*:\/\//i.test(file)) {
    let url: URL;
    try {
      url = file instanceof URL ? file : new URL(file);
    } catch {
      throw new InvalidRequestError(`The media path ${describePath(String(file))} is not a valid URL: give a local path or a file:///absolute/path URL`);
    }
    if (url.protocol !== 'file:')
      throw new InvalidRequestError(`Media must be a local path or a file:// URL, got a ${url.protocol} URL: download it first and pass a Buffer or a stream`);
    try {
      return fileURLToPath(url);
    } catch (error) {
      throw new InvalidRequestError(`The media URL ${describePath(url.href)} names no local file (${fsReason(error)}): write file:///absolute/path`);
    }
  }
  if (file === '') throw new InvalidRequestError('The media path is empty');
  return file;
}

function unreadable(path: string, error: unknown): ConfigurationError {
  return new InvalidRequestError(`Cannot read the media file ${describePath(path)}: ${fsReason(error)}`);
}

function checkStat(path: string, stats: Stats, limit: number): void {
  // A directory cannot be read; a FIFO may wait for a writer forever; /dev/zero never ends.
  if (!stats.isFile()) {
    throw new InvalidRequestError(
      `The media path ${describePath(path)} is ${fileKind(stats)}, not a regular file: give a file's path, or read the data yourself and pass a Buffer (or a stream to MediaUtil.from)`,
    );
  }
  if (stats.size > limit) throw oversize(`The media file ${describePath(path)}`, `${stats.size} bytes`, limit);
}

/** The read's own bound: a file that grows after its size was checked, or whose `stat` says 0 (procfs), is cut off at the limit. */
function fileLimit(path: string, limit: number): ReadLimit {
  const tooLarge = () => oversize(`The media file ${describePath(path)}`, `longer than ${limit} bytes when read (more than its size when checked)`, limit);
  return { maxBytes: limit, tooLarge };
}

function checkBytes(bytes: Buffer, what: string, limit: number): Buffer {
  if (bytes.length > limit) throw oversize(what, `${bytes.length} bytes`, limit);
  if (bytes.length === 0) throw new InvalidRequestError(`${what} is empty (0 bytes): there is nothing to upload`);
  return bytes;
}

/** Synchronous, as PHP's `new MediaUtil($path)`. */
export function readSource(file: MediaInput, limits: ReadLimits): MediaSource {
  // Nothing synchronous can be interrupted, but a signal aborted before the call is honoured.
  if (limits.signal?.aborted) throw aborted(file instanceof Uint8Array ? 'The media Buffer' : 'The media file', limits.signal.reason);
  const limit = limits.maxBytes;
  // A view, not a copy: MediaUtil's constructor hashes them and copies them into the body before it returns.
  if (file instanceof Uint8Array)
    return { bytes: checkBytes(Buffer.from(file.buffer, file.byteOffset, file.byteLength), 'The media Buffer', limit), pathName: undefined };
  if (typeof file !== 'string' && !(file instanceof URL)) {
    const hint = isStream(file) ? ': a stream is read asynchronously, use `await MediaUtil.from(stream, filename)`' : '';
    throw new InvalidRequestError(`Media must be a path, a file:// URL or a Buffer, got ${describe(file)}${hint}`);
  }
  const path = localPath(file);
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(path, (stats) => checkStat(path, stats, limit), fileLimit(path, limit));
  } catch (error) {
    throw isConfigurationError(error) ? error : unreadable(path, error);
  }
  return { bytes: checkBytes(bytes, `The media file ${describePath(path)}`, limit), pathName: basename(path) };
}

interface Deadline {
  signal: AbortSignal;
  expired: Promise<never>;
  /** Also reads the clock: a source that never yields to the event loop starves the timer. */
  check(): void;
  clear(): void;
}

function aborted(what: string, reason: unknown, destroyed = false): ConfigurationError {
  return new InvalidRequestError(`${what} was not read: the \`signal\` given to MediaUtil aborted it${destroyed ? ', and the stream was destroyed' : ''}`, {
    cause: reason,
  });
}

function deadline(what: string, limits: ReadLimits, progress?: () => number): Deadline {
  const controller = new AbortController();
  const at = Date.now() + limits.timeout;
  let reject: (error: ConfigurationError) => void = () => undefined;
  const expired = new Promise<never>((_, fail) => (reject = fail));
  expired.catch(() => undefined); // raced or not, never an unhandled rejection
  const stop = (error: ConfigurationError) => {
    if (controller.signal.aborted) return;
    controller.abort(error);
    reject(error);
  };
  const late = () => {
    const stopped = progress ? ` (${progress()} bytes so far), so the stream was destroyed` : ', so reading it stopped';
    return new InvalidRequestError(
      `${what} was not read to its end within ${limits.timeout} ms${stopped}: pass a larger \`timeout\` (default MediaUtil.READ_TIMEOUT_MS, ${READ_TIMEOUT_MS} ms) for a slow source, or make sure it ends`,
    );
  };
  const timer = setTimeout(() => stop(late()), limits.timeout);
  const onAbort = () => stop(aborted(what, limits.signal?.reason, progress !== undefined));
  limits.signal?.addEventListener('abort', onAbort, { once: true });
  if (limits.signal?.aborted) onAbort();
  return {
    signal: controller.signal,
    expired,
    check() {
      if (Date.now() >= at) stop(late());
      controller.signal.throwIfAborted();
    },
    clear() {
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** `step`, unless the deadline passes first; a step left behind may still fail later, unseen. */
function within<T>(step: Promise<T>, time: Deadline): Promise<T> {
  step.catch(() => undefined);
  return Promise.race([step, time.expired]);
}

function release(stream: MediaStream, iterator: AsyncIterator<unknown> | undefined): void {
  const { destroy } = stream as { destroy?: unknown };
  if (typeof destroy === 'function') destroy.call(stream);
  // Not awaited: an async generator's return() waits behind a pending next().
  Promise.resolve()
    .then(() => iterator?.return?.())
    .catch(() => undefined);
}

function streamFailure(error: unknown, size: number): ConfigurationError {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // What for-await reports for a Readable destroyed without an error: it did not end, it was cut short.
  if (code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new InvalidRequestError(`The media stream was destroyed before it ended (after ${size} bytes): a file cut short is not uploaded`, { cause: error });
  }
  return new InvalidRequestError(`Cannot read the media stream: ${typeof message === 'string' ? message : String(error)}`, { cause: error });
}

/** Copied: the producer may reuse a chunk's memory. */
async function* timedBytes(iterator: AsyncIterator<unknown>, time: Deadline): AsyncGenerator<Buffer> {
  // Bounded: every turn adds a chunk (maxBytes ends that) or waits (the deadline ends that).
  for (;;) {
    const step = await within(iterator.next(), time);
    if (step.done) return;
    time.check();
    const chunk = step.value;
    // A string chunk means the stream decodes text (setEncoding): its bytes are not the file's.
    if (!(chunk instanceof Uint8Array))
      throw new InvalidRequestError(`The media stream yielded ${describe(chunk)}, not bytes: do not call setEncoding() on it`);
    yield Buffer.from(chunk);
  }
}

async function readStreamBounded(stream: MediaStream, limits: ReadLimits): Promise<Buffer> {
  let size = 0;
  const time = deadline('The media stream', limits, () => size);
  const tooLarge = () => oversize('The media stream', `longer than ${limits.maxBytes} bytes`, limits.maxBytes);
  let iterator: AsyncIterator<unknown> | undefined;
  try {
    time.check();
    iterator = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    return await readBounded(timedBytes(iterator, time), limits.maxBytes, tooLarge, (_, total) => (size = total));
  } catch (error) {
    release(stream, iterator);
    // Once the deadline has passed or the signal aborted, that is the reason, whatever the stream said after.
    throw time.signal.aborted ? time.signal.reason : isConfigurationError(error) ? error : streamFailure(error, size);
  } finally {
    time.clear();
  }
}

export async function readSourceAsync(file: MediaInput | MediaStream, limits: ReadLimits): Promise<MediaSource> {
  if (isStream(file)) return { bytes: checkBytes(await readStreamBounded(file, limits), 'The media stream', limits.maxBytes), pathName: undefined };
  if (typeof file !== 'string' && !(file instanceof URL)) return readSource(file, limits);
  const path = localPath(file);
  const what = `The media file ${describePath(path)}`;
  const time = deadline(what, limits);
  let bytes: Buffer;
  try {
    time.check();
    bytes = await within(
      readRegularFile(path, (stats) => checkStat(path, stats, limits.maxBytes), fileLimit(path, limits.maxBytes), time.signal),
      time,
    );
  } catch (error) {
    throw time.signal.aborted ? time.signal.reason : isConfigurationError(error) ? error : unreadable(path, error);
  } finally {
    time.clear();
  }
  return { bytes: checkBytes(bytes, what, limits.maxBytes), pathName: basename(path) };
}
