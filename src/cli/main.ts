import { Command, CommanderError } from 'commander';
import { VERSION } from '../version';
import { registerBill } from './bill';
import { registerCertificates } from './certificates';
import { registerCrypto } from './crypto';
import { describeError, EXIT, exitCodeOf, oneLine, UsageError } from './errors';
import { COMMAND_NAMES, processIo, type Io } from './io';
import { registerRequest } from './request';
import { registerSimulate, runSimulate } from './simulate';

const examples = (name: string) => `
Examples:
  $ ${name} v2/payitil/report -m post -d @seed.json -c config.json
  $ ${name} v3/pay/transactions/id/{transaction_id} -d '{"transaction_id":"4200000000"}' -q '{"mchid":"1900000109"}' -c config.json
  $ ${name} crypto v2-sign --secret "$SECRET" '{"appid":"wxd930ea5d5a258f4f","mch_id":"10000100"}'
  $ ${name} certificates download -o ./certs -c config.json
  $ ${name} bill download --type tradebill --date 2024-01-01 -o bill.csv -c config.json
  $ ${name} simulate --write-config sim.json

Configuration: -c config.json, and WECHATPAY_MCHID, WECHATPAY_SECRET, WECHATPAY_SERIAL,
WECHATPAY_PRIVATE_KEY, WECHATPAY_CERTS, WECHATPAY_BASE_URL, WECHATPAY_APIV3_KEY, WECHATPAY_CA,
WECHATPAY_MERCHANT_CERT/_KEY/_PFX/_PASSPHRASE for what the file lacks.
The guide: docs/cli.md in the package, or https://github.com/wechatpay-ts/wechatpay-ts/blob/main/docs/cli.md
Every endpoint, its fields and example options: https://github.com/wechatpay-ts/wechatpay-ts/blob/main/docs/api/README.md
Exit codes: 0 done, 1 failed (API, business, verification, transport), 2 wrong usage or configuration.`;

/** `wechatpay help [command…]`: commander adds its own only to programs without an action. */
function registerHelp(program: Command): void {
  program
    .command('help')
    .argument('[command...]', 'a command, e.g. crypto rsa-sign')
    .description('display help for a command')
    .action((names: string[]) => {
      let target = program;
      for (const name of names) {
        const next = target.commands.find((command) => command.name() === name);
        if (!next) throw new UsageError(`unknown command '${names.join(' ')}'`);
        target = next;
      }
      target.outputHelp();
    });
}

/** The command tree; commander's errors are thrown (never `process.exit`), so `main` picks the code. */
export function createProgram(io: Io, run: { exitCode: number }): Command {
  const name = io.name ?? COMMAND_NAMES[0];
  const program = new Command(name)
    .description(
      'WeChat Pay (微信支付) APIv2 and APIv3 from the command line: call any endpoint, crypto helpers, platform certificates, bills, an offline simulator',
    )
    .version(VERSION, '-V, --version')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${oneLine(text)}\n`),
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', examples(name));
  // Subcommands made with .command() inherit the settings above: exitOverride, output, positional options.
  registerRequest(program, io);
  registerCrypto(program, io, run);
  registerCertificates(program, io);
  registerBill(program, io);
  registerSimulate(program, io, run);
  registerHelp(program);
  return program;
}

/**
 * Runs one command line to its exit code; never `process.exit`, so output is flushed first.
 *
 * @example process.exitCode = await main(['crypto', 'v2-sign', '--secret', secret, '{"a":"1"}']);
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const run = { exitCode: EXIT.OK as number };
  // Decided before parsing, so even a failure while parsing can show its stack.
  const end = argv.indexOf('--');
  const debug = (end < 0 ? argv : argv.slice(0, end)).includes('--debug');
  try {
    // The simulator's command line parses its own arguments, help and errors (wechatpay-ts-simulator).
    if (argv[0] === 'simulate') return await runSimulate(argv.slice(1), io);
    await createProgram(io, run).parseAsync([...argv], { from: 'user' });
    return run.exitCode;
  } catch (error) {
    // Commander has already printed its one line (or the help, or the version).
    if (!(error instanceof CommanderError)) io.stderr.write(`${describeError(error, debug)}\n`);
    return exitCodeOf(error);
  }
}
