import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, InvalidRequestError } from '../errors';

/** What a media file may be given as: a path, a `file://` URL, bytes, or (asynchronously) a stream. */
export type MediaInput = string | URL | Uint8Array;
export type MediaStream = NodeJS.ReadableStream | AsyncIterable<Uint8Array>;

/** The file's bytes and the name read from its path (undefined for bytes and streams). */
export interface MediaSource {
  bytes: Buffer;
  pathName: string | undefined;
}

const invalid = (message: string) => new InvalidRequestError(message);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'no prototype'})` : `a ${typeof value}`;
}

const mib = (bytes: number) => `${(bytes / (1 << 20)).toFixed(bytes % (1 << 20) === 0 ? 0 : 2)} MiB`;

function oversize(what: string, size: string, limit: number): ConfigurationError {
  return invalid(`${what} is ${size}, over the ${limit}-byte (${mib(limit)}) limit: uploads are held in memory to compute their sha256; raise \`maxBytes\` if WeChat Pay accepts a larger file for this endpoint`);
}

export function isStream(value: unknown): value is MediaStream {
  return value !== null && typeof value === 'object' && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

/** A local path from a path or `file://` URL; any other scheme is refused (PHP would fetch it). */
function localPath(file: string | URL): string {
  if (file instanceof URL || /^[a-z][a-z\d+.-]*:\/\//i.test(file)) {
    const url = file instanceof URL ? file : new URL(file);
    if (url.protocol !== 'file:') throw invalid(`Media must be a local path or a file:// URL, got a ${url.protocol} URL: download it first and pass a Buffer or a stream`);
    return fileURLToPath(url);
  }
  if (file === '') throw invalid('The media path is empty');
  return file;
}

function unreadable(path: string, error: unknown): ConfigurationError {
  const reason = error instanceof Error ? error.message : String(error);
  return invalid(`Cannot read the media file ${JSON.stringify(path)}: ${reason}`);
}

function checkStat(path: string, stat: { isFile(): boolean; size: number }, limit: number): void {
  // Not a regular file: a directory fails to read, and /dev/zero or a FIFO would never end.
  if (!stat.isFile()) throw invalid(`The media path ${JSON.stringify(path)} is not a regular file`);
  if (stat.size > limit) throw oversize(`The media file ${JSON.stringify(path)}`, `${stat.size} bytes`, limit);
}

function checkBytes(bytes: Buffer, what: string, limit: number): Buffer {
  if (bytes.length > limit) throw oversize(what, `${bytes.length} bytes`, limit);
  if (bytes.length === 0) throw invalid(`${what} is empty (0 bytes): there is nothing to upload`);
  return bytes;
}

/** Read a path, `file://` URL or bytes now (PHP's synchronous `new MediaUtil($path)`). */
export function readSource(file: MediaInput, limit: number): MediaSource {
  // A view, not a copy: MediaUtil's constructor hashes them and copies them into the body before it returns.
  if (file instanceof Uint8Array) return { bytes: checkBytes(Buffer.from(file.buffer, file.byteOffset, file.byteLength), 'The media Buffer', limit), pathName: undefined };
  if (typeof file !== 'string' && !(file instanceof URL)) {
    const hint = isStream(file) ? ': a stream is read asynchronously, use `await MediaUtil.from(stream, filename)`' : '';
    throw invalid(`Media must be a path, a file:// URL or a Buffer, got ${describe(file)}${hint}`);
  }
  const path = localPath(file);
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    checkStat(path, fstatSync(fd), limit);
    bytes = readFileSync(fd);
  } catch (error) {
    throw error instanceof ConfigurationError ? error : unreadable(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // Checked again: the file may have grown since it was stat'ed.
  return { bytes: checkBytes(bytes, `The media file ${JSON.stringify(path)}`, limit), pathName: basename(path) };
}

/** Read a stream to its end, refusing (and destroying it) as soon as it passes `limit` bytes. */
async function readStreamBounded(stream: MediaStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<unknown>) {
      // A string chunk means the stream decodes text (setEncoding): its bytes are not the file's.
      if (!(chunk instanceof Uint8Array)) throw invalid(`The media stream yielded ${describe(chunk)}, not bytes: do not call setEncoding() on it`);
      size += chunk.length;
      // Leaving the loop early makes for-await destroy a Readable, so the rest is never read.
      if (size > limit) throw oversize('The media stream', `longer than ${limit} bytes`, limit);
      chunks.push(Buffer.from(chunk)); // a copy: the producer may reuse its chunk's memory
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw invalid(`Cannot read the media stream: ${error instanceof Error ? error.message : String(error)}`);
  }
  return Buffer.concat(chunks, size);
}

/** Read any media input: a path, `file://` URL, bytes, or a stream (read whole, bounded). */
export async function readSourceAsync(file: MediaInput | MediaStream, limit: number): Promise<MediaSource> {
  if (isStream(file)) return { bytes: checkBytes(await readStreamBounded(file, limit), 'The media stream', limit), pathName: undefined };
  if (typeof file !== 'string' && !(file instanceof URL)) return readSource(file, limit);
  const path = localPath(file);
  let bytes: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      checkStat(path, await handle.stat(), limit);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof ConfigurationError ? error : unreadable(path, error);
  }
  return { bytes: checkBytes(bytes, `The media file ${JSON.stringify(path)}`, limit), pathName: basename(path) };
}
