import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readBounded } from './stream';

// Without O_NONBLOCK, open() on a FIFO waits for a writer; O_NOCTTY keeps a terminal from becoming ours.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The largest key or certificate file read (`privateKey`, `certs`, `merchant`, `ca` given as a
 * path): a PEM key is about 2 KB and a CA bundle a few hundred; a path to something endless
 * (a log, a procfs file whose `stat` says 0 bytes) is refused after this many bytes.
 */
export const MAX_KEY_FILE_BYTES = 1024 * 1024;

/** Called with `stat`, then the opened file's `fstat`: throws the caller's own error for what must not be read. */
export type FileCheck = (stats: Stats) => void;

/**
 * What a path that is not a regular file is, for a message.
 *
 * @example fileKind(statSync('/dev/zero')) // 'a character device'
 */
export function fileKind(stats: Stats): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'an unknown kind of file';
}

function checked(check: FileCheck, stats: Stats): void {
  check(stats);
  // A check that lets a non-regular file through would let a FIFO or /dev/zero be read forever.
  if (!stats.isFile()) throw new Error(`not a regular file but ${fileKind(stats)}`);
}

/**
 * A file's size limit: past `maxBytes` bytes the read stops and `tooLarge()` is thrown. The size
 * `stat` gives is checked by the caller's `FileCheck`; this holds a file that grows after it, or
 * one whose `stat` says 0 bytes (procfs), to the limit too.
 */
export interface ReadLimit {
  maxBytes: number;
  tooLarge: () => Error;
}

/** At most `most` bytes from `fd`: synchronous, so `readBounded` (async) cannot serve it. */
function readSyncAtMost(fd: number, most: number): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  // Bounded: each turn reads at least a byte towards `most`, or ends at the end of the file.
  while (size < most) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, most - size));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    size += read;
  }
  return Buffer.concat(chunks, size);
}

/**
 * A regular file's bytes, read so nothing can block: checked before opening (a FIFO is never
 * opened), then again from the open file (a path swapped in between is refused). With a `limit`,
 * no more than one byte past it is ever read.
 *
 * @example readRegularFileSync(path, (stats) => { if (!stats.isFile()) throw new ConfigurationError('…'); })
 */
export function readRegularFileSync(path: string, check: FileCheck, limit?: ReadLimit): Buffer {
  checked(check, statSync(path));
  const fd = openSync(path, OPEN_FLAGS);
  try {
    checked(check, fstatSync(fd));
    if (!limit) return readFileSync(fd);
    const bytes = readSyncAtMost(fd, limit.maxBytes + 1);
    if (bytes.length > limit.maxBytes) throw limit.tooLarge();
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * `readRegularFileSync` without blocking the event loop, through the SDK's one bounded reader;
 * `signal` stops the read.
 *
 * @example await readRegularFile(path, check, { maxBytes: 1 << 20, tooLarge: () => new Error('over 1 MiB') }, signal)
 */
export async function readRegularFile(path: string, check: FileCheck, limit?: ReadLimit, signal?: AbortSignal): Promise<Buffer> {
  checked(check, await stat(path));
  const handle = await open(path, OPEN_FLAGS);
  try {
    checked(check, await handle.stat());
    if (!limit) return await handle.readFile(signal ? { signal } : {});
    // `end` is inclusive: the stream itself stops one byte past the limit, the byte that proves it is over.
    const stream = handle.createReadStream({ start: 0, end: limit.maxBytes, autoClose: false, ...(signal ? { signal } : {}) });
    return await readBounded(stream, limit.maxBytes, limit.tooLarge);
  } finally {
    await handle.close();
  }
}

/**
 * Why a file could not be read, without its path (only `describePath` shows one: it may be key material).
 *
 * @example fsReason(error) // 'ENOENT: no such file or directory'
 */
export function fsReason(error: unknown): string {
  const { code, syscall, message: text } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  // Duck-typed: fs/promises errors may come from another realm (a vm context, jest's sandbox).
  const message = typeof text === 'string' ? text : String(error);
  const cut = syscall ? message.indexOf(`, ${syscall}`) : -1;
  if (cut > 0) return message.slice(0, cut);
  // Node's own argument errors (ERR_INVALID_FILE_URL_HOST, …) say what is wrong without the value.
  return code?.startsWith('ERR_') ? message : (code ?? 'unreadable');
}

/**
 * Write `path` atomically (a new temporary file, flushed, renamed): no half-written file carries the name.
 *
 * @example await writeFileAtomic('/etc/wechatpay/cert.pem', (file) => file.writeFile(pem), 0o644)
 */
export async function writeFileAtomic<T>(path: string, write: (file: FileHandle) => Promise<T>, mode = 0o600): Promise<T> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  let file: FileHandle | undefined;
  try {
    file = await open(temporary, 'wx', mode);
    const result = await write(file);
    // On disk before the rename, so a crash cannot leave the name over missing bytes.
    await file.sync();
    await file.close();
    file = undefined;
    await rename(temporary, path);
    return result;
  } catch (error) {
    await file?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
