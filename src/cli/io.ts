import { basename } from 'node:path';
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
  /** The command's name as invoked (`wechatpay-ts` or `wechatpay`), for help and messages; default `wechatpay`. */
  name?: string;
}

/** The name the package's `bin` entries give the command; the first is the default. */
export const COMMAND_NAMES = ['wechatpay', 'wechatpay-ts'] as const;

/**
 * The command's name from the script path it was started by (\`process.argv[1]\`): one of
 * COMMAND_NAMES, else \`wechatpay\` (started as \`node dist/cli.cjs\`, or by a Windows shim).
 *
 * @example invokedName('/app/node_modules/.bin/wechatpay-ts') // 'wechatpay-ts'
 */
export function invokedName(script: string | undefined): string {
  const name = basename(script ?? '');
  return (COMMAND_NAMES as readonly string[]).includes(name) ? name : COMMAND_NAMES[0];
}

/** The running process's streams, environment and working directory. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), name: invokedName(process.argv[1]) };
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
