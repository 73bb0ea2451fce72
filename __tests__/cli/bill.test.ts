import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { formatBytes, progressReporter, renderBar } from '../../src/cli/progress';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, useV3 } from '../helpers/v3-client';
import { oneErrorLine, runCli, tempDir } from './run-cli';

// `wechatpay bill download` against the verifying v3 test server, and the progress bar on its own.
const CSV =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态\n' +
  '`2024-01-01 10:00:00,`wxd678efh567hg6787,`1900000109,`0,`,`4200000001202401011234567890,`1217752501201407033233368018,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`NATIVE,`SUCCESS\n';
const SLOW = CSV.repeat(2000);
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const tmp = tempDir('bill');
const v3 = useV3();
let config: string;

beforeAll(() => {
  v3.server.routes.set('GET /v3/bill/tradebill', (check) => {
    const query = new URL(check.request.url, 'http://x').searchParams;
    if (query.get('bill_date') === '2024-02-30') return { status: 400, json: { code: 'PARAM_ERROR', message: '账单日期格式不正确' } };
    if (query.get('bill_date') === '2024-01-09')
      return { status: 200, json: { hash_type: 'SHA1', hash_value: sha1(SLOW), download_url: `${v3.server.url}v3/billdownload/file?token=SLOW` } };
    const token = query.get('bill_date') === '2024-01-02' ? 'TAMPERED' : 'PLAIN';
    return { status: 200, json: { hash_type: 'SHA1', hash_value: sha1(CSV), download_url: `${v3.server.url}v3/billdownload/file?token=${token}` } };
  });
  v3.server.routes.set('GET /v3/bill/fundflowbill', (check) => ({
    status: 200,
    json: {
      hash_type: 'SHA1',
      hash_value: sha1(CSV).toUpperCase(),
      download_url: `${v3.server.url}v3/billdownload/file?token=GZ&q=${new URL(check.request.url, 'http://x').searchParams.get('account_type')}`,
    },
  }));
  v3.server.routes.set(
    'GET /v3/billdownload/file',
    (check): { status: number; raw: string | Buffer; headers: Record<string, string>; trickle?: { parts: number; delayMs: number } } => {
      const token = new URL(check.request.url, 'http://x').searchParams.get('token');
      if (token === 'GZ') return { status: 200, raw: gzipSync(CSV), headers: { 'Content-Type': 'application/octet-stream' } };
      // A download that trickles in over about 2.5 s, with its Content-Length: long enough for progress lines.
      if (token === 'SLOW')
        return {
          status: 200,
          raw: SLOW,
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(Buffer.byteLength(SLOW)) },
          trickle: { parts: 5, delayMs: 600 },
        };
      return { status: 200, raw: token === 'TAMPERED' ? CSV.replace('SUCCESS', 'REFUND') : CSV, headers: { 'Content-Type': 'application/octet-stream' } };
    },
  );
  config = tmp.write('config.json', {
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: v3.merchant.privatePem,
    certs: { [PLATFORM_SERIAL]: v3.platform.publicPem },
    baseURL: v3.server.url,
  });
});
afterAll(() => tmp.remove());
beforeEach(() => (v3.server.fault = 'none'));

describe('wechatpay bill download', () => {
  /** `wechatpay bill download <flags> -c config`, run in the suite's temporary folder. */
  const billDownload = (...flags: string[]) => runCli(['bill', 'download', ...flags, '-c', config], { cwd: tmp.dir });

  test('a trade bill: written, and { path, size, sha1 } printed; a fast download prints no progress off a terminal', async () => {
    const result = await billDownload('--type', 'tradebill', '--date', '2024-01-01', '-o', 'trade.csv');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const path = join(tmp.dir, 'trade.csv');
    expect(JSON.parse(result.stdout)).toEqual({ path, size: Buffer.byteLength(CSV), sha1: sha1(CSV) });
    expect(readFileSync(path, 'utf8')).toBe(CSV);
    expect(v3.server.checks.map((check) => [check.request.url, check.authOk])).toEqual([
      ['/v3/bill/tradebill?bill_date=2024-01-01', true],
      ['/v3/billdownload/file?token=PLAIN', true],
    ]);
  });

  test('a gzip fund-flow bill with --account-type: asked for as given, written decompressed', async () => {
    const out = join(tmp.dir, 'fund.csv');
    const result = await billDownload('--type', 'fundflowbill', '--date', '2024-01-01', '--account-type', 'OPERATION', '--tar-type', 'GZIP', '-o', out);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ path: out, size: Buffer.byteLength(CSV), sha1: sha1(CSV) });
    expect(readFileSync(out, 'utf8')).toBe(CSV);
    expect(v3.server.checks[0]!.request.url).toBe('/v3/bill/fundflowbill?bill_date=2024-01-01&account_type=OPERATION&tar_type=GZIP');
  });

  test('a bill whose SHA-1 does not match: exit 1, one line, no file left', async () => {
    const dir = join(tmp.dir, 'tampered');
    mkdirSync(dir);
    const result = await billDownload('--type', 'tradebill', '--date', '2024-01-02', '-o', join(dir, 'bill.csv'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(/Verification failed \(HASH_MISMATCH\)/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an API error answer: exit 1 with the code; a forged bill answer: exit 1 verification failed', async () => {
    const apiError = await billDownload('--type', 'tradebill', '--date', '2024-02-30', '-o', join(tmp.dir, 'x.csv'));
    expect(apiError.code).toBe(1);
    expect(oneErrorLine(apiError)).toMatch(/HTTP 400 \(PARAM_ERROR: 账单日期格式不正确\)/);
    v3.server.fault = 'forge';
    const forged = await billDownload('--type', 'tradebill', '--date', '2024-01-01', '-o', join(tmp.dir, 'y.csv'));
    expect(forged.code).toBe(1);
    expect(oneErrorLine(forged)).toMatch(/verification failed/i);
    expect(existsSync(join(tmp.dir, 'x.csv')) || existsSync(join(tmp.dir, 'y.csv'))).toBe(false);
  });

  test('a slow download off a terminal: plain progress lines on stderr (no bar, no carriage return)', async () => {
    const out = join(tmp.dir, 'slow.csv');
    const result = await billDownload('--type', 'tradebill', '--date', '2024-01-09', '-o', out);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ size: Buffer.byteLength(SLOW), sha1: sha1(SLOW) });
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(line).toMatch(/^tradebill 2024-01-09: [\d.]+ (B|KiB|MiB) of [\d.]+ (KiB|MiB) \(\d+%\)$/);
    expect(result.stderr).not.toContain('\r');
  });

  test('usage: a bad date, a flag of the other bill, a missing or unknown type: exit 2, nothing sent', async () => {
    const results = await Promise.all([
      billDownload('--type', 'tradebill', '--date', '2024/01/01', '-o', 'a.csv'),
      billDownload('--type', 'tradebill', '--date', '2024-01-01', '--account-type', 'BASIC', '-o', 'a.csv'),
      billDownload('--date', '2024-01-01', '-o', 'a.csv'),
      billDownload('--type', 'statement', '--date', '2024-01-01', '-o', 'a.csv'),
      billDownload('--type', 'tradebill', '--date', '2024-01-01', '-o', '/nonexistent/dir/a.csv'),
    ]);
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2, 2]);
    expect(oneErrorLine(results[0]!)).toMatch(/--date must be a date written YYYY-MM-DD, got "2024\/01\/01"/);
    expect(oneErrorLine(results[1]!)).toMatch(/--account-type applies to fundflowbill only/);
    expect(oneErrorLine(results[2]!)).toMatch(/required option '--type <type>' not specified/);
    expect(oneErrorLine(results[3]!)).toMatch(/argument 'statement' is invalid\. Allowed choices are tradebill, fundflowbill/);
    expect(oneErrorLine(results[4]!)).toMatch(/the directory \/nonexistent\/dir does not exist/);
    expect(v3.server.checks).toHaveLength(0);
  });
});

describe('the progress bar', () => {
  /** What a `tradebill` progress reporter writes to a terminal (or not), updated at each `[now, received]` of `total` bytes, then done. */
  function written(isTTY: boolean, total: number, updates: Array<[now: number, received: number]>): string[] {
    const lines: string[] = [];
    const out = Object.assign(new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }), { isTTY, columns: 60 });
    // The reporter starts at the first update's time: its two quiet seconds count from there.
    let now = updates[0]?.[0] ?? 0;
    const bar = progressReporter(out, 'tradebill', () => now);
    for (const [at, received] of updates) {
      now = at;
      bar.update({ received, total });
    }
    bar.done();
    return lines;
  }

  test('renderBar: a filled share, the percentage and the sizes within the width; just the bytes when the size is unknown', () => {
    // 60 columns less the 22 of '  50%  512 B / 1.0 KiB' and the 2 brackets: 36 cells.
    expect(renderBar({ received: 512, total: 1024 }, 60)).toBe(`[${'#'.repeat(18)}${'-'.repeat(18)}]  50%  512 B / 1.0 KiB`);
    expect(renderBar({ received: 2048, total: 2048 }, 60)).toMatch(/^\[#+\] 100% {2}2\.0 KiB \/ 2\.0 KiB$/);
    expect(renderBar({ received: 3 * 1024 * 1024 }, 60)).toBe('3.0 MiB received');
    for (const width of [10, 20, 40, 80]) expect(renderBar({ received: 1, total: 3 }, width).length).toBeLessThanOrEqual(width);
    expect(formatBytes(1536)).toBe('1.5 KiB');
  });

  test('on a terminal: redrawn in place with \\r at most every 100 ms, and the line ended when done', () => {
    const lines = written(true, 100, [
      [0, 0],
      [50, 10],
      [150, 60],
    ]);
    expect(lines.filter((text) => text.startsWith('\r'))).toHaveLength(3);
    expect(lines[0]).toContain('  0%');
    expect(lines[1]).toContain(' 60%');
    expect(lines.at(-1)).toBe('\n');
    expect(lines.every((text) => text === '\n' || text.length <= 61)).toBe(true);
  });

  test('off a terminal: nothing for two seconds, then one plain line per two seconds, nothing at the end', () => {
    // The update at 2500 ms, under two seconds after the start, writes nothing: the one line is the 2.0 KiB of 3100 ms.
    const lines = written(false, 4096, [
      [1000, 0],
      [2500, 1024],
      [3100, 2048],
      [4000, 3072],
    ]);
    expect(lines).toEqual(['tradebill: 2.0 KiB of 4.0 KiB (50%)\n']);
  });
});
