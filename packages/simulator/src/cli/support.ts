/**
 * What the `wechatpay-simulator` command needs around its commands: where it reads and writes (Io),
 * its usage error, and small file and message helpers. Its own, so that the simulator depends on the
 * SDK's public API alone; the shapes match the SDK's `wechatpay` command, which hands
 * `wechatpay simulate …` over to this one.
 */
import type { KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Rsa } from 'wechatpay-ts';

/** Where a command reads and writes: the process's own streams, or others for a test or an embedding program. */
export interface Io {
  stdout: Writable;
  stderr: Writable;
  stdin?: Readable;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The command's name as invoked (`wechatpay-simulator`, or `wechatpay simulate` through the SDK's command). */
  name?: string;
}

/** The running process's streams, environment and working directory. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Writes one line (a newline appended). */
export function printLine(out: Writable, text: string): void {
  out.write(`${text}\n`);
}

/** Writes `value` as indented JSON: what the control subcommands print for a program to read. */
export function printJson(out: Writable, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A wrong command line: a bad option, a config without its "simulator" key. Exits 2.
 *
 * @example throw new UsageError('--mchid must be digits, got "abc"')
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

// Key material is never echoed in a message, even when given where a path was expected.
const KEY_MATERIAL = /-----BEGIN |[A-Za-z0-9+=]{48,}|^(?:private|public)\.[a-z0-9]+:\/\//i;

/**
 * A path for a message, quoted; key material given by mistake is not shown.
 *
 * @example describePath('/tmp/sim.json') // '"/tmp/sim.json"'
 */
export function describePath(path: string): string {
  if (path.length > 240 || /[\r\n]/.test(path) || KEY_MATERIAL.test(path)) return '(the value, not shown: it looks like key material, not a path)';
  return JSON.stringify(path);
}

/** An fs error's reason without the path it repeats: `ENOENT: no such file or directory`. */
export function fsReason(error: unknown): string {
  const { code, syscall, message: text } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  const message = typeof text === 'string' ? text : String(error);
  const cut = syscall ? message.indexOf(`, ${syscall}`) : -1;
  return cut > 0 ? message.slice(0, cut) : (code ?? 'unreadable');
}

/** What a value is, for a message: `null`, `an array`, `a string`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'undefined' ? 'undefined' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** JSON text parsed, or a UsageError naming `what` and where the text went wrong. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A repeatable option's values, in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * An RSA private key from the command line: PEM text, a PHP-style `private.pkcs8://…`, or a path
 * (relative to `cwd`); a problem names `label`, never the value.
 *
 * @example rsaPrivateKey('apiclient_key.pem', '--private-key', process.cwd())
 */
export function rsaPrivateKey(value: string, label: string, cwd: string): KeyObject {
  const input = value.includes('-----BEGIN ') || /^[a-z][a-z0-9.+-]*:\/\//i.test(value) || isAbsolute(value) ? value : resolve(cwd, value);
  try {
    return Rsa.from(input, 'private');
  } catch (error) {
    throw new UsageError(`${label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Writes `path` atomically with owner-only permissions (it holds secrets): a new temporary file
 * beside it, flushed, then renamed into place; on failure the temporary file is removed.
 */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  let file: FileHandle | undefined;
  try {
    file = await open(temporary, 'wx', 0o600);
    await file.writeFile(text);
    await file.sync();
    await file.close();
    file = undefined;
    await rename(temporary, path);
  } catch (error) {
    await file?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
