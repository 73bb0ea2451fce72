import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

// `npm start`, the README's main job, as a user runs it: a child process that must exit 0 and
// print the seed's dictionary for each of the six call styles.
const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

test('npm start runs the seed report in six styles, a v3 round trip and a reported code payment against the in-process simulator', async () => {
  const { stdout } = await run(process.execPath, [require.resolve('tsx/cli'), 'examples/main.ts'], { cwd: ROOT, timeout: 60_000 });
  const answers = stdout.match(/return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS'/g) ?? [];
  expect(answers).toHaveLength(6);
  for (const style of ['wx.v2.payitil.report.postAsync', "wx.chain('v2/payitil/report').post(", "wx['v2/payitil/report'].post("]) {
    expect(stdout).toContain(style);
  }
  expect(stdout).toMatch(/checked the sign of 6 reports/);
  // The APIv3 round trip: order, query, payment notified and verified, refund.
  expect(stdout).toMatch(/code_url: 'weixin:\/\/wxpay\/bizpayurl/);
  // Each step says what it means to someone new to WeChat Pay.
  expect(stdout).toMatch(/· A Native order: the answer is a code_url, which the merchant shows as a QR code/);
  expect(stdout).toMatch(/· A code payment \(付款码\)/);
  expect(stdout).toMatch(/trade_state = 'NOTPAY'/);
  expect(stdout).toMatch(/event_type: 'TRANSACTION.SUCCESS'.*trade_state: 'SUCCESS'/);
  expect(stdout).toMatch(/status: 'SUCCESS', refund: 100/);
  // 交易保障: the code payment through USERPAYING, then the reports the SDK sent for it.
  expect(stdout).toMatch(/pay +-> 'USERPAYING'\n +query +-> 'SUCCESS'\n +state = 'SUCCESS'/);
  expect(stdout).toMatch(/stats = \{ sent: 3, failed: 0, dropped: 0, skipped: 0, queued: 0 \}/);
  expect(stdout).toMatch(
    /single: \{ interface_url: 'https:\/\/127\.0\.0\.1:\d+\/pay\/micropay', execute_time_: '\d+', return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'USERPAYING'/,
  );
  expect(stdout).toMatch(
    /batch : \{ interface_url: 'https:\/\/api\.mch\.weixin\.qq\.com\/pay\/batchreport\/micropay\/total', trades: \[ \{ out_trade_no: 'pos\d+', .*state: 'OK' \} \] \}/,
  );
}, 90_000);
