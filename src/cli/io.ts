import { basename } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export type Output = Writable & { isTTY?: boolean; columns?: number };

/**
 * Where a command reads and writes (a test's streams, or the process's): never `process.std*` directly.
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

export const COMMAND_NAMES = ['wechatpay', 'wechatpay-ts'] as const;

/**
 * The command's name from `process.argv[1]`, else `wechatpay` (`node dist/cli.cjs`, a Windows shim).
 *
 * @example invokedName('/app/node_modules/.bin/wechatpay-ts') // 'wechatpay-ts'
 */
export function invokedName(script: string | undefined): string {
  const name = basename(script ?? '');
  return (COMMAND_NAMES as readonly string[]).includes(name) ? name : COMMAND_NAMES[0];
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), name: invokedName(process.argv[1]) };
}

export function printLine(out: Output, text: string): void {
  out.write(`${text}\n`);
}

/**
 * What every command prints for a program to read.
 *
 * @example printJson(io.stdout, { status: 200, headers, data })
 */
export function printJson(out: Output, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}
