import { inspect } from 'node:util';
import { CommanderError } from 'commander';
import { ErrorCode, isConfigurationError, isWechatpayError } from '../errors';

/** Exit codes (docs/cli.md): 1 the operation failed, 2 the command line or configuration is wrong (nothing sent). */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 2 } as const;

/**
 * A wrong command line: unknown command, bad JSON in `-d`, a missing option. Exits 2.
 *
 * @example throw new UsageError('-d is not valid JSON (line 1, column 2)')
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  if (error instanceof UsageError) return EXIT.USAGE;
  // Bad configuration or call options: the SDK refused before sending anything.
  if (isConfigurationError(error) || (isWechatpayError(error) && error.code === ErrorCode.INVALID_REQUEST)) return EXIT.USAGE;
  return EXIT.FAILURE;
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * `error: <message>` on one line; with `--debug`, the redacted inspection or the stack too.
 *
 * @example describeError(new UsageError('unknown command "x"'), false) // 'error: unknown command "x"'
 */
export function describeError(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = `error: ${oneLine(message.replace(/^error:\s*/i, '')) || 'unknown failure'}`;
  if (!debug) return line;
  // SDK errors inspect themselves redacted (no sign, Authorization, keys); others have a plain stack.
  const detail = isWechatpayError(error) ? inspect(error, { depth: 6 }) : error instanceof Error ? (error.stack ?? '') : '';
  return detail ? `${line}\n${detail}` : line;
}
