import type { Command } from 'commander';
import { UsageError } from './errors';
import type { Io } from './io';

/** The package that holds the simulator and its command line (a dev dependency beside this SDK). */
export const SIMULATOR_PACKAGE = 'wechatpay-ts-simulator';

/** What `wechatpay-ts-simulator/cli` exports: its command line, run on the arguments after `simulate`. */
interface SimulatorCli {
  main(argv: readonly string[], io: Io): Promise<number>;
}

/** The hint when the simulator is not installed: one line, what to run. */
export const SIMULATOR_HINT = `\`simulate\` runs the offline simulator from the ${SIMULATOR_PACKAGE} package, which is not installed here: npm i -D ${SIMULATOR_PACKAGE}`;

/** The simulator's command line, if the package is installed where this one is (or in the working directory's project). */
function loadSimulatorCli(): SimulatorCli | undefined {
  try {
    // A plain require: the package is optional, found (or not) when the command runs, never bundled.
    return require('wechatpay-ts-simulator/cli') as SimulatorCli;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'MODULE_NOT_FOUND' && message.includes(SIMULATOR_PACKAGE)) return undefined;
    throw error;
  }
}

/**
 * `wechatpay simulate …`: everything after `simulate` goes to the `wechatpay-simulator` command of
 * the wechatpay-ts-simulator package (start, status, pay, refund, transfer, fault, notifications);
 * without that package, one line saying how to install it (exit 2).
 *
 * @example wechatpay simulate --port 8000 --write-config sim.json   # the same as: wechatpay-simulator start --port 8000 --write-config sim.json
 */
export async function runSimulate(argv: readonly string[], io: Io): Promise<number> {
  const cli = loadSimulatorCli();
  if (!cli) throw new UsageError(SIMULATOR_HINT);
  return cli.main(argv, { ...io, name: `${io.name ?? 'wechatpay'} simulate` });
}

/** The `simulate` entry of the help; `main` hands the command line over before commander parses it. */
export function registerSimulate(program: Command, io: Io, run: { exitCode: number }): void {
  program
    .command('simulate')
    .description(`the offline WeChat Pay simulator (start, status, pay, refund, transfer, fault, notifications), from the ${SIMULATOR_PACKAGE} package`)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[arguments...]', `what \`wechatpay-simulator\` takes; \`${io.name ?? 'wechatpay'} simulate --help\` lists it`)
    .action(async (args: string[]) => {
      run.exitCode = await runSimulate(args, io);
    });
}
