import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// Open flags that cannot block: without O_NONBLOCK, open() on a FIFO waits for a writer (the sync
// form stalls the whole event loop, the async one a libuv thread), and O_NOCTTY keeps a terminal
// from becoming the process's. Windows has neither flag (nor FIFOs).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Called with the path's `stat`, then again with the opened file's `fstat`: throws (the caller's
 * own error, naming its path its own way) for what must not be read, a non-regular file above all.
 */
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
 * A regular file's bytes, read so that nothing can block: the path is stat'ed and checked first
 * (a FIFO, device or directory is never opened), then opened non-blocking and checked again from
 * the open file, so a path swapped for a FIFO in between is refused too. fs errors are thrown as
 * they are; their messages hold the path, so callers describe them with `describePath`.
 *
 * @example readRegularFileSync(path, (stats) => { if (!stats.isFile()) throw new ConfigurationError('…'); })
 */
export function readRegularFileSync(path: string, check: FileCheck): Buffer {
  checked(check, statSync(path));
  const fd = openSync(path, OPEN_FLAGS);
  try {
    checked(check, fstatSync(fd));
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFileSync` without blocking the event loop; `signal` stops the read. */
export async function readRegularFile(path: string, check: FileCheck, signal?: AbortSignal): Promise<Buffer> {
  checked(check, await stat(path));
  const handle = await open(path, OPEN_FLAGS);
  try {
    checked(check, await handle.stat());
    return await handle.readFile(signal ? { signal } : {});
  } finally {
    await handle.close();
  }
}

/**
 * Why a file could not be read, without its path: Node's fs messages end with it
 * ("ENOENT: no such file or directory, open '/x'"), and a path is shown (or hidden, when it looks
 * like key material) by `describePath` alone.
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
 * Write `path` atomically: into a new temporary file beside it (created, never an existing one),
 * flushed to disk, then renamed into place. On any failure the temporary file is removed and
 * whatever was at `path` is left as it was, so no half-written file ever carries the name.
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
