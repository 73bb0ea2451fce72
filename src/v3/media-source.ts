import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, describePath, InvalidRequestError } from '../errors';

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
    let url: URL;
    try {
      url = file instanceof URL ? file : new URL(file);
    } catch {
      throw invalid(`The media path ${describePath(String(file))} is not a valid URL: give a local path or a file:///absolute/path URL`);
    }
    if (url.protocol !== 'file:') throw invalid(`Media must be a local path or a file:// URL, got a ${url.protocol} URL: download it first and pass a Buffer or a stream`);
    try {
      return fileURLToPath(url);
    } catch (error) {
      throw invalid(`The media URL ${describePath(url.href)} names no local file (${reasonOf(error)}): write file:///absolute/path`);
    }
  }
  if (file === '') throw invalid('The media path is empty');
  return file;
}

/**
 * Why a file could not be read, without its path: Node's fs messages end with it
 * ("ENOENT: no such file or directory, open '/x'"), and the path is shown (or hidden, when it
 * looks like key material) by `describePath` alone.
 */
function reasonOf(error: unknown): string {
  const { code, syscall, message: text } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  // Duck-typed: fs/promises errors may come from another realm (a vm context, jest's sandbox).
  const message = typeof text === 'string' ? text : String(error);
  const cut = syscall ? message.indexOf(`, ${syscall}`) : -1;
  if (cut > 0) return message.slice(0, cut);
  // Node's own argument errors (ERR_INVALID_FILE_URL_HOST, …) say what is wrong without the value.
  return code?.startsWith('ERR_') ? message : (code ?? 'unreadable');
}

function unreadable(path: string, error: unknown): ConfigurationError {
  return invalid(`Cannot read the media file ${describePath(path)}: ${reasonOf(error)}`);
}

// Open flags that cannot block: without O_NONBLOCK, open() on a FIFO waits for a writer (the sync
// form stalls the whole event loop, the async one a libuv thread), and O_NOCTTY keeps a terminal
// from becoming the process's. The fstat after the open, not the stat before it, decides, so a
// path swapped for a FIFO in between is refused too. Windows has neither flag (nor FIFOs).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What a path that is not a regular file is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'an unknown kind of file';
}

function checkStat(path: string, stats: Stats, limit: number): void {
  // A directory cannot be read; a FIFO may wait for a writer forever; /dev/zero never ends.
  if (!stats.isFile()) {
    throw invalid(`The media path ${describePath(path)} is ${kindOf(stats)}, not a regular file: give a file's path, or read the data yourself and pass a Buffer (or a stream to MediaUtil.from)`);
  }
  if (stats.size > limit) throw oversize(`The media file ${describePath(path)}`, `${stats.size} bytes`, limit);
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
    checkStat(path, statSync(path), limit);
    fd = openSync(path, OPEN_FLAGS);
    checkStat(path, fstatSync(fd), limit);
    bytes = readFileSync(fd);
  } catch (error) {
    throw error instanceof ConfigurationError ? error : unreadable(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // Checked again: the file may have grown since it was stat'ed.
  return { bytes: checkBytes(bytes, `The media file ${describePath(path)}`, limit), pathName: basename(path) };
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
    checkStat(path, await stat(path), limit);
    const handle = await open(path, OPEN_FLAGS);
    try {
      checkStat(path, await handle.stat(), limit);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof ConfigurationError ? error : unreadable(path, error);
  }
  return { bytes: checkBytes(bytes, `The media file ${describePath(path)}`, limit), pathName: basename(path) };
}
