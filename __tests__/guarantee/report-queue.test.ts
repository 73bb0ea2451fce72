import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Builder, flushReports, isConfigurationError, type Client, type ClientConfig } from '../../src';
import { MCHID, SECRET } from '../helpers/seed';
import { thrown } from '../helpers/thrown';
import { APPID, waitFor } from '../../packages/simulator/__tests__/helpers';
import { query, REPORT, reportingFixture } from './reporting';

// 交易保障 done for the merchant: each finished call becomes a report, sent in the background. The
// pay server (reporting.ts) checks each report's sign with the test's own code; the business call's outcome and
// timing must not depend on how the report server behaves.

const fx = reportingFixture();
const { reporting } = fx;

describe('the queue', () => {
  test('stays bounded under a burst: a full queue is sent at once, one report call at a time, and the oldest are dropped and counted', async () => {
    fx.server.reportMode = 'hold';
    const { wx } = reporting({ maxQueue: 5 });
    await Promise.all(Array.from({ length: 50 }, (_, i) => query(wx, `B${i}`)));
    await waitFor(() => fx.server.reports.length === 1);
    // One report in flight (held), five waiting, the other 44 dropped oldest first.
    expect(await Promise.race([flushReports(wx).then(() => 'flushed'), new Promise((resolve) => setTimeout(resolve, 100, 'still sending'))])).toBe(
      'still sending',
    );
    fx.server.reportMode = 'ok';
    fx.server.release();
    const stats = await flushReports(wx);
    expect(stats).toEqual({ sent: 6, failed: 0, dropped: 44, skipped: 0, queued: 0 });
    expect(fx.server.reports).toHaveLength(6);
    expect(new Set(fx.server.reports.map((r) => r.fields.out_trade_no)).size).toBe(6);
    // Never two report calls at once: each report arrived after the previous one was answered.
    for (let i = 1; i < fx.server.reports.length; i += 1) expect(fx.server.reports[i]!.at).toBeGreaterThanOrEqual(fx.server.reports[i - 1]!.at);
  });

  test('is sent on its own every flushMs', async () => {
    const { wx } = reporting({ flushMs: 100 });
    await query(wx, 'TIMER1');
    await query(wx, 'TIMER2');
    await waitFor(() => fx.server.reports.length === 2, 3_000);
    expect(fx.server.reports.map((r) => r.fields.out_trade_no)).toEqual(['TIMER1', 'TIMER2']);
  });

  test('flushReports drains it and resolves when done; a client without reporting resolves at once', async () => {
    const { wx } = reporting();
    for (const no of ['F1', 'F2', 'F3']) await query(wx, no);
    expect(fx.server.reports).toHaveLength(0);
    expect(await flushReports(wx)).toEqual({ sent: 3, failed: 0, dropped: 0, skipped: 0, queued: 0 });
    expect(fx.server.reports.map((r) => r.fields.out_trade_no)).toEqual(['F1', 'F2', 'F3']);
    const plain = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: fx.server.url });
    expect(await flushReports(plain)).toEqual({ sent: 0, failed: 0, dropped: 0, skipped: 0, queued: 0 });
    await expect(flushReports({} as Client)).rejects.toThrow(/Builder.factory/);
  });

  test('never keeps the process alive: a script that leaves reports queued exits at once', async () => {
    const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, [join(__dirname, 'exit-with-reports-queued.ts'), fx.server.url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    clearTimeout(killer);
    expect(output).toContain('queued: 1');
    expect(code).toBe(0);
  }, 20_000);
});

describe('configuration, checked when the client is built', () => {
  const build = (extra: Record<string, unknown>) => () => Builder.factory({ mchid: MCHID, secret: SECRET, ...extra } as ClientConfig);
  test.each([
    ['no secret', () => Builder.factory({ mchid: MCHID, report: { level: 'all', appid: APPID, userIp: '8.8.8.8' } }), /`report` needs `secret`, the APIv2 key/],
    ['an unknown level', build({ report: { level: 'some', appid: APPID, userIp: '8.8.8.8' } }), /`report.level` must be one of 'off', 'errors', 'all'/],
    ['flushMs 0', build({ report: { ...REPORT, flushMs: 0 } }), /`report.flushMs` must be a whole number of milliseconds from 100 to 600000, got 0/],
    ['flushMs 1.5 s as text', build({ report: { ...REPORT, flushMs: '1500' } }), /`report.flushMs` .* got a string/],
    ['maxQueue 0', build({ report: { ...REPORT, maxQueue: 0 } }), /`report.maxQueue` must be a whole number of reports from 1 to 10000/],
    ['a user_ip that is no IP', build({ report: { ...REPORT, userIp: 'localhost' } }), /`report.userIp` must be the IP address/],
    ['no appid', build({ report: { level: 'errors', userIp: '8.8.8.8' } }), /`report.appid` must be a non-empty string/],
    [
      'a device_info over 32 characters',
      build({ report: { ...REPORT, deviceInfo: 'D'.repeat(33) } }),
      /`report.deviceInfo` has 33 characters; WeChat Pay takes at most 32/,
    ],
    ['an onError that is no function', build({ report: { ...REPORT, onError: 'log' } }), /`report.onError` must be a function/],
    ['an unknown key', build({ report: { ...REPORT, flush: 10 } }), /`report.flush` is not a report option/],
    ['not an object', build({ report: true }), /`report` must be an object/],
  ])('%s is refused by name', (_what, make, message) => {
    const error = thrown(make);
    expect(isConfigurationError(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(message);
  });

  test("level 'off' (the default) makes no reporter: nothing is queued or sent", async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: fx.server.url, report: { appid: APPID, userIp: '8.8.8.8' } });
    await query(wx);
    expect(await flushReports(wx)).toMatchObject({ sent: 0, queued: 0 });
    expect(fx.server.reports).toHaveLength(0);
  });
});
