import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { describePath } from '../errors';
import { BILL_TYPES, downloadBill, type BillRequest, type BillType } from '../helpers/bill/bill';
import { clientFrom, loadConfig } from './config';
import { UsageError } from './errors';
import { printJson, type Io } from './io';
import { progressReporter } from './progress';

interface BillFlags {
  type: BillType;
  date: string;
  tarType?: 'GZIP';
  billType?: string;
  accountType?: string;
  output: string;
  config?: string;
  baseUrl?: string;
}

export function billRequest(flags: BillFlags): BillRequest {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.date) || Number.isNaN(Date.parse(`${flags.date}T00:00:00Z`))) {
    throw new UsageError(`--date must be a date written YYYY-MM-DD, got ${describePath(flags.date)}`);
  }
  if (flags.type === 'tradebill' && flags.accountType !== undefined)
    throw new UsageError('--account-type applies to fundflowbill only (use --bill-type for a tradebill)');
  if (flags.type === 'fundflowbill' && flags.billType !== undefined)
    throw new UsageError('--bill-type applies to tradebill only (use --account-type for a fundflowbill)');
  const query: Record<string, string> = { bill_date: flags.date };
  if (flags.billType !== undefined) query.bill_type = flags.billType;
  if (flags.accountType !== undefined) query.account_type = flags.accountType;
  if (flags.tarType !== undefined) query.tar_type = flags.tarType;
  return { type: flags.type, query } as BillRequest;
}

/**
 * `wechatpay bill download`: `downloadBill` to a file (written only once its SHA-1 matches), a
 * progress bar on stderr, then `{ path, size, sha1 }` on stdout.
 *
 * @example wechatpay bill download --type tradebill --date 2024-01-01 --tar-type GZIP -o trade-2024-01-01.csv -c config.json
 */
export function registerBill(program: Command, io: Io): void {
  const bill = program.command('bill').description('WeChat Pay bills (账单)');
  bill
    .command('download')
    .description('ask for a trade or fund-flow bill, download it, check its SHA-1 and write it (a failure leaves no file)')
    .addOption(new Option('--type <type>', 'the bill').choices(BILL_TYPES).makeOptionMandatory())
    .requiredOption('--date <YYYY-MM-DD>', 'the bill date (bill_date)')
    .addOption(new Option('--tar-type <type>', 'ask for it compressed (it is decompressed before it is checked and written)').choices(['GZIP']))
    .addOption(new Option('--bill-type <type>', 'tradebill only: bill_type').choices(['ALL', 'SUCCESS', 'REFUND']))
    .addOption(new Option('--account-type <type>', 'fundflowbill only: account_type').choices(['BASIC', 'OPERATION', 'FEES']))
    .requiredOption('-o, --output <file>', 'the file to write (replaced only by a bill that verifies)')
    .option('-c, --config <file>', 'configuration JSON file (WECHATPAY_* variables fill what it lacks)')
    .option('--base-url <url>', 'send to this base URL instead of https://api.mch.weixin.qq.com/')
    .option('--debug', 'on failure, print the (redacted) error with its stack')
    .action(async (flags: BillFlags) => {
      const request = billRequest(flags);
      const wx = clientFrom(loadConfig({ file: flags.config, baseUrl: flags.baseUrl, env: io.env, cwd: io.cwd }));
      const progress = progressReporter(io.stderr, `${flags.type} ${flags.date}`);
      let file;
      try {
        file = await downloadBill(wx, request, { to: resolve(io.cwd, flags.output), onProgress: progress.update });
      } finally {
        // The bar's line ends before anything else is printed, success or not.
        progress.done();
      }
      printJson(io.stdout, file);
    });
}
