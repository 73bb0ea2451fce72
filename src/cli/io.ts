import type { Readable, Writable } from 'node:stream';

/** A writable stream that may be a terminal (`process.stderr` is one when interactive). */
export type Output = Writable & { isTTY?: boolean; columns?: number };

/**
 * Where a command reads and writes: the process's own streams, or others for a test or an
 * embedding program. Commands never touch `process.std*` or `process.env` directly.
 *
 * @example await main(['crypto', 'v2-sign', '--secret', s, '{"a":"1"}'], processIo())
 */
export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The running process's streams, environment and working directory. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Writes one line (a newline appended). */
export function printLine(out: Output, text: string): void {
  out.write(`${text}\n`);
}

/**
 * Writes `value` as indented JSON on its own lines: what every command prints for a program to read.
 *
 * @example printJson(io.stdout, { status: 200, headers, data })
 */
export function printJson(out: Output, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}
