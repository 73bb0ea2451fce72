import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

// `npm start`, the README's main job, as a user runs it: a child process that must exit 0 and
// print the seed's dictionary for each of the six call styles.
const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

test('npm start runs the seed report in six styles and a v3 round trip against the in-process simulator', async () => {
  const { stdout } = await run(process.execPath, [require.resolve('tsx/cli'), 'examples/main.ts'], { cwd: ROOT, timeout: 60_000 });
  const answers = stdout.match(/return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS'/g) ?? [];
  expect(answers).toHaveLength(6);
  for (const style of ['wx.v2.payitil.report.postAsync', "wx.chain('v2/payitil/report').post(", "wx['v2/payitil/report'].post("]) {
    expect(stdout).toContain(style);
  }
  expect(stdout).toMatch(/checked the sign of 6 reports/);
  // The APIv3 round trip: order, query, payment notified and verified, refund.
  expect(stdout).toMatch(/code_url: 'weixin:\/\/wxpay\/bizpayurl/);
  expect(stdout).toMatch(/trade_state = 'NOTPAY'/);
  expect(stdout).toMatch(/event_type: 'TRANSACTION.SUCCESS'.*trade_state: 'SUCCESS'/);
  expect(stdout).toMatch(/status: 'SUCCESS', refund: 100/);
}, 90_000);
