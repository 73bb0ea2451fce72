import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyNotification } from 'wechatpay-ts';
import { startServer, type TestServer } from '../../../../__tests__/helpers/http';
import { rawRequest, waitFor } from '../helpers';
import { oneErrorLine, runCli, startSimulate, tempDir } from '../../../../__tests__/cli/run-cli';

// `wechatpay simulate` as users run it, driven from "another terminal": the `simulate pay`,
// `refund`, `fault` and `notifications` subcommands (each its own process) and plain node:http
// calls with the token from the config it wrote; the merchant's own notify_url is a node:http server.
const tmp = tempDir('simulate-control');
let merchantSite: TestServer;
beforeAll(async () => {
  merchantSite = await startServer(() => ({ status: 204 }));
});
afterAll(async () => {
  await merchantSite.close();
  tmp.remove();
});

/** A CLI run that must succeed: its JSON output. */
async function json(args: string[]): Promise<any> {
  const result = await runCli(args);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(result.stdout);
}

test('pay, hold and settle a refund, script a fault, list notifications: from the command line and from plain HTTP', async () => {
  const configPath = join(tmp.dir, 'sim.json');
  const sim = startSimulate(['--write-config', configPath, '--quiet']);
  try {
    const [, control, token] = await sim.waitFor(/control interface on (http:\/\/127\.0\.0\.1:\d+\/) \(Authorization: Bearer ([\w-]{43})\)/);
    await sim.waitFor(/config written to /);
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    expect(config.simulator).toEqual({ control, token });

    const order = {
      appid: 'wxd678efh567hg6787',
      mchid: '1900000109',
      description: 'CLI',
      out_trade_no: 'CTL-0001',
      notify_url: `${merchantSite.url}notify`,
      amount: { total: 5 },
    };
    await json(['v3/pay/transactions/native', '-d', JSON.stringify({ json: order }), '-c', configPath]);
    expect(await json(['simulate', 'pay', 'CTL-0001', '--openid', 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', '-c', configPath])).toMatchObject({
      out_trade_no: 'CTL-0001',
      trade_state: 'SUCCESS',
    });
    // The notification reached the merchant's own notify_url, and verifies with what the config holds.
    await waitFor(() => merchantSite.received.length === 1, 10_000);
    const notice = verifyNotification<{ out_trade_no: string; trade_state: string }>({
      body: merchantSite.received[0]!.body,
      headers: merchantSite.received[0]!.headers as never,
      certs: config.certs,
      apiv3Key: config.apiv3Key,
    });
    expect(notice.resource).toMatchObject({ out_trade_no: 'CTL-0001', trade_state: 'SUCCESS' });

    expect(await json(['simulate', 'refund', 'hold', '--times', '1', '-c', configPath])).toEqual({ active: 'processing' });
    const refund = {
      out_trade_no: 'CTL-0001',
      out_refund_no: 'CTL-R-0001',
      notify_url: `${merchantSite.url}refund`,
      amount: { refund: 5, total: 5, currency: 'CNY' },
    };
    expect(await json(['v3/refund/domestic/refunds', '-d', JSON.stringify({ json: refund }), '-c', configPath, '--data-only'])).toMatchObject({
      status: 'PROCESSING',
    });
    expect(await json(['simulate', 'refund', 'settle', 'CTL-R-0001', '-c', configPath])).toMatchObject({ status: 'SUCCESS' });
    await waitFor(() => merchantSite.received.some((r) => JSON.parse(r.text).event_type === 'REFUND.SUCCESS'), 10_000);

    // A second settle is refused by the simulator: exit 1, one line saying why.
    const again = await runCli(['simulate', 'refund', 'settle', 'CTL-R-0001', '-c', configPath]);
    expect(again.code).toBe(1);
    expect(oneErrorLine(again)).toMatch(/refund CTL-R-0001 is SUCCESS; only a PROCESSING refund can end .*\(HTTP 409\)$/);

    // The fund-flow bill of the day, from the same terminal: the payment in, the settled refund out.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const billPath = join(tmp.dir, 'fundflow.csv');
    await json(['bill', 'download', '--type', 'fundflowbill', '--date', today, '-o', billPath, '-c', configPath]);
    const bill = readFileSync(billPath, 'utf8');
    expect(bill).toMatch(/,`交易,`交易,`收入,`0\.05,/);
    expect(bill).toMatch(/,`退款,`退款,`支出,`0\.05,/);

    // 商家转账: the payee confirms from the command line.
    const transfer = {
      appid: 'wxd678efh567hg6787',
      out_bill_no: 'CTLTB0001',
      transfer_scene_id: '1000',
      openid: 'o-MYE42l80oelYMDE34nYD456Xoy',
      transfer_amount: 400,
      transfer_remark: 'CLI',
      transfer_scene_report_infos: [{ info_type: '活动名称', info_content: '注册会员有礼' }],
    };
    await json(['v3/fund-app/mch-transfer/transfer-bills', '-d', JSON.stringify({ json: transfer }), '-c', configPath]);
    expect(await json(['simulate', 'transfer', 'confirm', 'CTLTB0001', '-c', configPath])).toMatchObject({ out_bill_no: 'CTLTB0001', state: 'SUCCESS' });

    expect(await json(['simulate', 'fault', 'set', 'server-error', '--status', '503', '--times', '1', '-c', configPath])).toEqual({ active: ['server-error'] });
    const failed = await runCli(['v3/pay/transactions/out-trade-no/CTL-0001', '-q', '{"mchid":"1900000109"}', '-c', configPath]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/503/);

    const listed = await json(['simulate', 'notifications', '--limit', '1', '-c', configPath]);
    expect(listed).toMatchObject({ total: 2, limit: 1, notifications: [{ event_type: 'REFUND.SUCCESS', delivered: true, status: 204 }] });

    // The same interface from plain HTTP, as a PHP, Java, Go or Python test would call it.
    const plain = await rawRequest(control!, 'GET', '/notifications?out_trade_no=CTL-0001', { Authorization: `Bearer ${config.simulator.token}` });
    expect(plain.status).toBe(200);
    expect(JSON.parse(plain.text).notifications.map((n: { event_type: string }) => n.event_type)).toEqual(['TRANSACTION.SUCCESS', 'REFUND.SUCCESS']);
    expect((await rawRequest(control!, 'GET', '/notifications', {})).status).toBe(401);

    // A config whose token is not the simulator's is refused (exit 1); one without "simulator" is a usage error (exit 2).
    const forged = tmp.write('forged.json', { ...config, simulator: { control, token: 'x'.repeat(43) } });
    const refused = await runCli(['simulate', 'notifications', '-c', forged]);
    expect(refused.code).toBe(1);
    expect(oneErrorLine(refused)).toMatch(/bearer token is not this control interface.s \(HTTP 401\)/);
    const { simulator: _simulator, ...merchantOnly } = config;
    writeFileSync(join(tmp.dir, 'plain.json'), JSON.stringify(merchantOnly));
    const usage = await runCli(['simulate', 'status', '-c', join(tmp.dir, 'plain.json')]);
    expect(usage.code).toBe(2);
    expect(oneErrorLine(usage)).toMatch(/has no "simulator": \{ "control", "token" \}/);
    expect(sim.output().stdout).not.toContain(config.secret);
  } finally {
    sim.child.kill('SIGINT');
  }
  expect(await sim.exited).toEqual({ code: 0, signal: null });
  // Once stopped, a subcommand says nothing listens there.
  const gone = await runCli(['simulate', 'status', '-c', configPath]);
  expect(gone.code).toBe(1);
  expect(oneErrorLine(gone)).toMatch(/did not answer: nothing listens there/);
}, 180_000);
