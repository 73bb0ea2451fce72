import { InvalidArgumentError, Option, type Command } from 'commander';
import { CONTROL_DEFAULT_LIMIT, CONTROL_MAX_LIMIT, FAULT_KINDS } from '..';
import { controlCall, controlTarget } from './simulate-client';
import { printJson, type Io } from './support';

interface ControlFlags {
  config?: string;
}

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/** A subcommand that talks to a running simulator through the control interface its `-c` file names. */
function controlled(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .requiredOption('-c, --config <file>', 'the config `wechatpay simulate --write-config` wrote (its "simulator" key)')
    .option('--debug', 'on failure, print the error with its stack');
}

async function run(io: Io, flags: ControlFlags, method: string, path: string, body?: Record<string, unknown>): Promise<void> {
  printJson(io.stdout, await controlCall(controlTarget(flags.config, io.cwd), method, path, body));
}

const segment = (value: string) => encodeURIComponent(value);

function registerRefund(simulate: Command, io: Io): void {
  const refund = simulate.command('refund').description('hold refunds PROCESSING, then settle or fail them');
  controlled(refund, 'hold', 'the next refunds answer PROCESSING until settled or failed')
    .option('--times <n>', 'only the next n refunds (default: until release)', wholeNumber(1, 1000))
    .action((flags: ControlFlags & { times?: number }) =>
      run(io, flags, 'POST', 'scenarios/refund', { scenario: 'processing', ...(flags.times ? { times: flags.times } : {}) }),
    );
  controlled(refund, 'release', 'the next refunds succeed at once again (held ones stay PROCESSING)').action((flags: ControlFlags) =>
    run(io, flags, 'DELETE', 'scenarios/refund'),
  );
  controlled(refund, 'settle', 'a PROCESSING refund succeeds: REFUND.SUCCESS goes to its notify_url')
    .argument('<out_refund_no>', 'the refund')
    .action((no: string, flags: ControlFlags) => run(io, flags, 'POST', `refunds/${segment(no)}/settle`));
  controlled(refund, 'fail', 'a PROCESSING refund fails: REFUND.ABNORMAL (or REFUND.CLOSED) goes to its notify_url')
    .argument('<out_refund_no>', 'the refund')
    .addOption(new Option('--status <status>', 'how it fails').choices(['ABNORMAL', 'CLOSED']).default('ABNORMAL'))
    .action((no: string, flags: ControlFlags & { status: string }) => run(io, flags, 'POST', `refunds/${segment(no)}/fail`, { status: flags.status }));
}

function registerTransfer(simulate: Command, io: Io): void {
  const transfer = simulate.command('transfer').description('the payee’s side of a 商家转账 bill waiting for confirmation');
  controlled(transfer, 'confirm', 'the payee confirms: SUCCESS, and MCHTRANSFER.BILL.FINISHED goes to its notify_url')
    .argument('<out_bill_no>', 'the transfer bill')
    .action((no: string, flags: ControlFlags) => run(io, flags, 'POST', `transfers/${segment(no)}/confirm`));
  controlled(transfer, 'fail', 'the transfer fails: FAIL, and MCHTRANSFER.BILL.FINISHED goes to its notify_url')
    .argument('<out_bill_no>', 'the transfer bill')
    .option('--reason <fail_reason>', 'the fail_reason (default PAYEE_ACCOUNT_ABNORMAL)')
    .action((no: string, flags: ControlFlags & { reason?: string }) =>
      run(io, flags, 'POST', `transfers/${segment(no)}/fail`, flags.reason === undefined ? {} : { reason: flags.reason }),
    );
}

function registerCombine(simulate: Command, io: Io): void {
  const combine = simulate.command('combine').description('the payer’s side of a 合单 (combine) order');
  controlled(combine, 'pay', 'the payer pays every sub-order: one TRANSACTION.SUCCESS goes to the combine order’s notify_url')
    .argument('<combine_out_trade_no>', 'the combine order')
    .option('--openid <openid>', "the payer's openid (default: combine_payer_info's, or generated)")
    .action((no: string, flags: ControlFlags & { openid?: string }) =>
      run(io, flags, 'POST', `combine/${segment(no)}/pay`, flags.openid === undefined ? {} : { openid: flags.openid }),
    );
}

function registerSharing(simulate: Command, io: Io): void {
  const sharing = simulate.command('profitsharing').description('WeChat’s side of a 分账 order: its PENDING shares end');
  controlled(sharing, 'finish', 'every PENDING share succeeds: FINISHED, PROFITSHARING.SUCCESS for merchant receivers')
    .argument('<out_order_no>', 'the 分账 order')
    .action((no: string, flags: ControlFlags) => run(io, flags, 'POST', `profitsharing/${segment(no)}/finish`));
  controlled(sharing, 'close', 'every PENDING share fails (CLOSED): the amount is unsplit again')
    .argument('<out_order_no>', 'the 分账 order')
    .option('--reason <fail_reason>', 'the fail_reason (default RECEIVER_ABNORMAL_CLOSED)')
    .action((no: string, flags: ControlFlags & { reason?: string }) =>
      run(io, flags, 'POST', `profitsharing/${segment(no)}/close`, flags.reason === undefined ? {} : { reason: flags.reason }),
    );
}

function registerFault(simulate: Command, io: Io): void {
  const fault = simulate.command('fault').description('script the simulator’s misbehaviours (see docs/simulator.md, Fault switches)');
  controlled(fault, 'set', 'switch a fault on')
    .addArgument(fault.createArgument('<kind>', 'the fault').choices(FAULT_KINDS))
    .option('--times <n>', 'only for the next n answers it can affect (default: until cleared)', wholeNumber(1, 1_000_000))
    .option('--delay-ms <ms>', 'delay: how long to wait before answering (default 1000)', wholeNumber(0, 600_000))
    .option('--status <status>', 'server-error: the HTTP status (default 500)', wholeNumber(400, 599))
    .action((kind: string, flags: ControlFlags & { times?: number; delayMs?: number; status?: number }) => {
      const { times, delayMs, status } = flags;
      const options = { ...(times === undefined ? {} : { times }), ...(delayMs === undefined ? {} : { delayMs }), ...(status === undefined ? {} : { status }) };
      return run(io, flags, 'POST', 'faults', { kind, ...options });
    });
  controlled(fault, 'clear', 'switch one fault off, or all of them')
    .addArgument(fault.createArgument('[kind]', 'the fault (default: all)').choices(FAULT_KINDS))
    .action((kind: string | undefined, flags: ControlFlags) => run(io, flags, 'DELETE', kind === undefined ? 'faults' : `faults/${kind}`));
  controlled(fault, 'list', 'the faults that are on').action((flags: ControlFlags) => run(io, flags, 'GET', 'faults'));
}

/**
 * The `wechatpay simulate` subcommands that drive a running simulator through its control interface.
 *
 * @example wechatpay simulate pay order_0001 -c sim.json
 */
export function registerSimulateControl(simulate: Command, io: Io): void {
  controlled(simulate, 'status', 'the running simulator: its URL, platform key id, faults, scenarios and counts').action((flags: ControlFlags) =>
    run(io, flags, 'GET', 'status'),
  );
  controlled(simulate, 'pay', 'the payer pays a NOTPAY order: its notification goes to the order’s notify_url')
    .argument('<out_trade_no>', 'the order')
    .option('--openid <openid>', "the payer's openid (default: generated)")
    .action((no: string, flags: ControlFlags & { openid?: string }) =>
      run(io, flags, 'POST', `orders/${segment(no)}/pay`, flags.openid === undefined ? {} : { openid: flags.openid }),
    );
  registerRefund(simulate, io);
  registerTransfer(simulate, io);
  registerCombine(simulate, io);
  registerSharing(simulate, io);
  registerFault(simulate, io);
  controlled(simulate, 'notifications', `the notification attempts sent, the latest ${CONTROL_DEFAULT_LIMIT} unless --limit says`)
    .option('--limit <n>', `how many of the latest (at most ${CONTROL_MAX_LIMIT})`, wholeNumber(1, CONTROL_MAX_LIMIT))
    .option('--out-trade-no <out_trade_no>', 'only those of this order')
    .action((flags: ControlFlags & { limit?: number; outTradeNo?: string }) => {
      const query = new URLSearchParams();
      if (flags.limit !== undefined) query.set('limit', String(flags.limit));
      if (flags.outTradeNo !== undefined) query.set('out_trade_no', flags.outTradeNo);
      const text = query.toString();
      return run(io, flags, 'GET', `notifications${text ? `?${text}` : ''}`);
    });
}
