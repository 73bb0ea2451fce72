import { inspect } from 'node:util';
import { Command, CommanderError } from 'commander';
import { isConfigurationError, isWechatpayError } from 'wechatpay-ts';
import { registerSimulateControl } from './simulate-control';
import { startCommand } from './simulate';
import { processIo, UsageError, type Io } from './support';

/** The name of the package's `bin`. */
export const COMMAND_NAME = 'wechatpay-simulator';

/** Exit codes, as the SDK's `wechatpay` command has them: 0 done, 1 failed, 2 wrong usage (nothing started). */
export const EXIT = { OK: 0, FAILURE: 1, USAGE: 2 } as const;

function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  return error instanceof UsageError || isConfigurationError(error) ? EXIT.USAGE : EXIT.FAILURE;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** `error: <message>` on one line; with `--debug`, the SDK error's redacted inspection or the stack. */
function describeError(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = `error: ${oneLine(message.replace(/^error:\s*/i, '')) || 'unknown failure'}`;
  if (!debug) return line;
  const detail = isWechatpayError(error) ? inspect(error, { depth: 6 }) : error instanceof Error ? (error.stack ?? '') : '';
  return detail ? `${line}\n${detail}` : line;
}

/**
 * The command tree: the simulator starts with no subcommand or with `start` (the same options);
 * the others drive a running one through its control interface. Commander's own errors are
 * thrown after one line on stderr, never `process.exit`.
 */
export function createProgram(io: Io): Command {
  // Commander set up as the SDK's `wechatpay` command sets it up (its src/cli/main.ts): the SDK's
  // command line is not in the public API the simulator may use, and `wechatpay simulate` hands over here.
  const program = new Command(io.name ?? COMMAND_NAME)
    .description('the offline WeChat Pay (微信支付) simulator: APIv2 + APIv3 + notifications on 127.0.0.1, and its control interface')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${oneLine(text)}\n`),
    })
    .showSuggestionAfterError(true);
  startCommand(program, io);
  startCommand(program.command('start').description('run the simulator until Ctrl-C (the same as no subcommand)'), io);
  registerSimulateControl(program, io);
  return program;
}

/**
 * Runs one command line (without `node` and the script) and resolves with the exit code; it never
 * calls `process.exit`. The SDK's `wechatpay simulate …` calls this with what follows `simulate`.
 *
 * @example process.exitCode = await main(['start', '--port', '8000', '--write-config', 'sim.json']);
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const end = argv.indexOf('--');
  const debug = (end < 0 ? argv : argv.slice(0, end)).includes('--debug');
  try {
    await createProgram(io).parseAsync([...argv], { from: 'user' });
    return EXIT.OK;
  } catch (error) {
    if (!(error instanceof CommanderError)) io.stderr.write(`${describeError(error, debug)}\n`);
    return exitCodeOf(error);
  }
}

export type { Io } from './support';
