import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { seedXml } from '../../../../__tests__/helpers/seed';
import { oneErrorLine, runCli, startSimulate, tempDir } from '../../../../__tests__/cli/run-cli';
import { Builder, Certificates } from 'wechatpay-ts';

// `wechatpay simulate` as a child process, driven by the other commands through the config it
// writes, then stopped with a signal: exit 0.
const tmp = tempDir('simulate');
afterAll(() => tmp.remove());

/** Today in Beijing (UTC+8), the day the simulator's bills are cut by. */
const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

test('simulate --write-config: the seed report, v3 orders, a bill and the certificates through -c; SIGINT exits 0', async () => {
  const configPath = join(tmp.dir, 'sim.json');
  const sim = startSimulate(['--write-config', configPath]);
  try {
    const [, url] = await sim.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+\/)/);
    // Its address is said once.
    expect(sim.output().stdout.split(url!).length - 1).toBe(1);
    const publicKeyId = (await sim.waitFor(/platform public key id: (PUB_KEY_ID_\d+)/))[1]!;
    await sim.waitFor(/config written to /);

    // The config: owner-only, the merchant's side of this simulator.
    expect(statSync(configPath).mode & 0o777).toBe(0o600);
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    expect(Object.keys(config).sort()).toEqual([
      'apiv3Key',
      'baseURL',
      'certs',
      'mchid',
      'platformCertificateAuthorities',
      'privateKey',
      'secret',
      'serial',
      'simulator',
    ]);
    expect(config.platformCertificateAuthorities).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(config).toMatchObject({ mchid: '1900000109', baseURL: url });
    expect(Object.keys(config.certs)).toEqual([publicKeyId]);
    expect(config.certs[publicKeyId]).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(Buffer.byteLength(config.apiv3Key)).toBe(32);

    const seed = tmp.write('seed.json', { xml: seedXml() });
    const report = await runCli(['v2/payitil/report', '-m', 'post', '-d', `@${seed}`, '-c', configPath]);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ status: 200, data: { return_code: 'SUCCESS', result_code: 'SUCCESS' } });

    const order = {
      appid: 'wxd678efh567hg6787',
      mchid: '1900000109',
      description: 'CLI test',
      out_trade_no: 'CLI-V3-0001',
      notify_url: 'https://example.com/notify',
      amount: { total: 1 },
    };
    const native = await runCli(['v3/pay/transactions/native', '-m', 'post', '-d', JSON.stringify({ json: order }), '-c', configPath, '--data-only']);
    expect(native.code).toBe(0);
    expect(JSON.parse(native.stdout).code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    const query = await runCli([
      'v3/pay/transactions/out-trade-no/{out_trade_no}',
      '-d',
      '{"out_trade_no":"CLI-V3-0001"}',
      '-q',
      '{"mchid":"1900000109"}',
      '-c',
      configPath,
      '--data-only',
    ]);
    expect(query.code).toBe(0);
    expect(JSON.parse(query.stdout)).toMatchObject({ out_trade_no: 'CLI-V3-0001', trade_state: 'NOTPAY' });

    // A micropay pays at once, so today's trade bill lists it.
    const micropay = {
      appid: 'wx8888888888888888',
      mch_id: '1900000109',
      body: 'CLI test',
      out_trade_no: 'CLI-V2-0001',
      total_fee: '5',
      spbill_create_ip: '8.8.8.8',
      auth_code: '134567890123456789',
    };
    const paid = await runCli(['v2/pay/micropay', '-d', JSON.stringify({ xml: micropay }), '-c', configPath, '--data-only']);
    expect(paid.code).toBe(0);
    expect(JSON.parse(paid.stdout)).toMatchObject({ result_code: 'SUCCESS', out_trade_no: 'CLI-V2-0001' });
    const billPath = join(tmp.dir, 'bill.csv');
    const bill = await runCli(['bill', 'download', '--type', 'tradebill', '--date', beijingToday(), '--tar-type', 'GZIP', '-o', billPath, '-c', configPath]);
    expect(bill.code).toBe(0);
    const csv = readFileSync(billPath);
    expect(JSON.parse(bill.stdout)).toEqual({ path: billPath, size: csv.length, sha1: createHash('sha1').update(csv).digest('hex') });
    expect(csv.toString('utf8')).toContain('`CLI-V2-0001');

    const certs = join(tmp.dir, 'certs');
    const downloaded = await runCli(['certificates', 'download', '-o', certs, '-c', configPath]);
    expect(downloaded.code).toBe(0);
    const [, serial] = await sim.waitFor(/platform certificate serial: ([0-9A-F]+)/);
    expect(readdirSync(certs)).toEqual([`wechatpay_${serial}.pem`]);
    // With no platform key configured, the first download trusts the simulator's CA the config names.
    const bare = tmp.write('sim-bare.json', { ...config, certs: undefined });
    const bootstrapped = await runCli(['certificates', 'download', '-o', join(tmp.dir, 'certs-bare'), '-c', bare]);
    expect(bootstrapped.stderr).toBe('');
    expect(readdirSync(join(tmp.dir, 'certs-bare'))).toEqual([`wechatpay_${serial}.pem`]);

    // One log line per request; no secret ever printed.
    await sim.waitFor(/GET \/v3\/certificates/);
    const { stdout } = sim.output();
    for (const line of [
      'POST /payitil/report',
      'POST /v3/pay/transactions/native',
      'GET /v3/pay/transactions/out-trade-no/CLI-V3-0001',
      'POST /pay/micropay',
      'GET /v3/bill/tradebill',
      'GET /v3/billdownload/file',
    ])
      expect(stdout).toContain(line);
    for (const secret of [config.secret, config.apiv3Key, config.privateKey.split('\n')[1]]) expect(stdout + sim.output().stderr).not.toContain(secret);
  } finally {
    sim.child.kill('SIGINT');
  }
  expect(await sim.exited).toEqual({ code: 0, signal: null });
  expect(sim.output().stdout).toMatch(/SIGINT: stopping\nsimulator stopped\n$/);
  expect(sim.output().stderr).toBe('');
}, 90_000);

test('simulate --tls: https with its own CA, a mutual-TLS refund through the written config; SIGTERM exits 0', async () => {
  const configPath = join(tmp.dir, 'sim-tls.json');
  const sim = startSimulate(['--tls', '--write-config', configPath, '--quiet']);
  try {
    await sim.waitFor(/listening on https:\/\/127\.0\.0\.1:\d+\//);
    await sim.waitFor(/config written to /);
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    expect(config.ca).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(config.merchant).toEqual({ cert: expect.stringMatching(/BEGIN CERTIFICATE/), key: expect.stringMatching(/PRIVATE KEY/), ca: config.ca });

    const micropay = {
      appid: 'wx8888888888888888',
      mch_id: '1900000109',
      body: 'TLS',
      out_trade_no: 'CLI-TLS-1',
      total_fee: '5',
      spbill_create_ip: '8.8.8.8',
      auth_code: '134567890123456789',
    };
    expect((await runCli(['v2/pay/micropay', '-d', JSON.stringify({ xml: micropay }), '-c', configPath])).code).toBe(0);
    const refund = {
      appid: 'wx8888888888888888',
      mch_id: '1900000109',
      out_trade_no: 'CLI-TLS-1',
      out_refund_no: 'CLI-TLS-R1',
      total_fee: '5',
      refund_fee: '2',
    };
    const refunded = await runCli(['v2/secapi/pay/refund', '-d', JSON.stringify({ xml: refund }), '-c', configPath, '--data-only']);
    expect(refunded.stderr).toBe('');
    expect(JSON.parse(refunded.stdout)).toMatchObject({ result_code: 'SUCCESS', out_refund_no: 'CLI-TLS-R1', refund_fee: '2' });
    // --quiet: no request lines.
    expect(sim.output().stdout).not.toContain('/secapi/pay/refund');

    // The written file less its control interface (`simulator`) is what Builder.factory takes: `ca` trusted, `apiv3Key` kept for the helpers.
    const { simulator: _control, ...factoryConfig } = config;
    const wx = Builder.factory(factoryConfig);
    const again = await wx.v2.secapi.pay.refund.post({ xml: { ...refund, out_refund_no: 'CLI-TLS-R2', refund_fee: '1' } });
    expect(again.data).toMatchObject({ result_code: 'SUCCESS', out_refund_no: 'CLI-TLS-R2' });
    const [certificate] = await Certificates.download(wx);
    expect(certificate!.serial).toMatch(/^[0-9A-F]+$/);
  } finally {
    sim.child.kill('SIGTERM');
  }
  expect(await sim.exited).toEqual({ code: 0, signal: null });
}, 90_000);

test('simulate usage errors exit 2; a port in use exits 1; one line each', async () => {
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const { port } = blocker.address() as AddressInfo;
  try {
    const results = await Promise.all([
      runCli(['simulate', '--port', '70000']),
      runCli(['simulate', '--apiv3-key', 'short']),
      runCli(['simulate', '--mchid', 'abc']),
      runCli(['simulate', '--port', String(port)]),
    ]);
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 1]);
    expect(oneErrorLine(results[0]!)).toMatch(/argument '70000' is invalid\. expected a port number/);
    expect(oneErrorLine(results[1]!)).toMatch(/--apiv3-key: the APIv3 key .* must be 32 bytes; got 5 bytes/);
    expect(oneErrorLine(results[2]!)).toMatch(/--mchid must be digits/);
    expect(oneErrorLine(results[3]!)).toMatch(/EADDRINUSE/);
  } finally {
    blocker.close();
  }
}, 60_000);

test("--notify-allow-host reaches startSimulator's notifyAllowHosts: a URL in it is refused by name, exit 2", async () => {
  const result = await runCli(['simulate', '--notify-allow-host', 'merchant.test', '--notify-allow-host', 'https://merchant.test/notify']);
  expect(result.code).toBe(2);
  expect(oneErrorLine(result)).toMatch(/`notifyAllowHosts\[1\]` must be a host name or IP address/);
});
