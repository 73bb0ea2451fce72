import { MCHID as V3_MCHID } from '../helpers/v3-client';
import { MCHID, SECRET, seedXml } from '../helpers/seed';
import { oneErrorLine, runCli } from './run-cli';
import { requestServers } from './request-servers';

// `wechatpay <uri>` against the verifying test servers, as a user runs it: a child process, a
// config file in a temporary directory, JSON on stdout, one `error:` line on stderr.
const servers = requestServers();

describe('wechatpay <uri>: APIv2', () => {
  test('the seed report: -m post -d @seed.json -c config.json prints { status, headers, data } and the server checks the sign', async () => {
    const result = await runCli(['v2/payitil/report', '-m', 'post', '-d', `@${servers.seedFile}`, '-c', servers.v2Config]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ status: 200, data: { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' } });
    expect(printed.headers['request-id']).toBe('req-v2-test');
    expect(servers.v2.checked).toHaveLength(1);
    expect(servers.v2.checked[0]).toMatchObject({ path: '/payitil/report', signOk: true, fields: { mch_id: MCHID, trades: seedXml().trades } });
  });

  test('the configuration may come from WECHATPAY_* alone; -d given inline; --data-only prints just the data; post is implied by xml', async () => {
    const result = await runCli(['v2/payitil/report', '-d', JSON.stringify({ xml: seedXml() }), '--data-only'], {
      env: { WECHATPAY_MCHID: MCHID, WECHATPAY_SECRET: SECRET, WECHATPAY_BASE_URL: servers.v2.url },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' });
    expect(servers.v2.checked[0]?.signOk).toBe(true);
  });

  test("the environment fills only what the file lacks: the file's secret wins over WECHATPAY_SECRET", async () => {
    const partial = servers.tmp.write('partial.json', { secret: SECRET });
    const result = await runCli(['v2/payitil/report', '-d', `@${servers.seedFile}`, '-c', partial], {
      env: { WECHATPAY_MCHID: MCHID, WECHATPAY_SECRET: 'a-wrong-secret-that-must-not-win', WECHATPAY_BASE_URL: servers.v2.url },
    });
    expect(result.code).toBe(0);
    expect(servers.v2.checked[0]?.signOk).toBe(true);
  });

  test('--base-url wins over the file', async () => {
    const elsewhere = servers.tmp.write('elsewhere.json', { mchid: MCHID, secret: SECRET, baseURL: 'http://127.0.0.1:9/' });
    const result = await runCli(['v2/payitil/report', '-d', `@${servers.seedFile}`, '-c', elsewhere, '--base-url', servers.v2.url]);
    expect(result.code).toBe(0);
    expect(servers.v2.checked).toHaveLength(1);
  });

  test('a business failure (return_code FAIL) is one line and exit 1', async () => {
    servers.v2.mode = 'fail';
    const result = await runCli(['v2/payitil/report', '-d', `@${servers.seedFile}`, '-c', servers.v2Config]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(/return_code FAIL: 系统繁忙/);
  });

  test('a forged v2 answer fails verification: exit 1', async () => {
    servers.v2.mode = 'forge';
    const result = await runCli([
      'v2/pay/orderquery',
      '-d',
      JSON.stringify({ xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'T1' } }),
      '-c',
      servers.v2Config,
    ]);
    expect(result.code).toBe(1);
    expect(oneErrorLine(result)).toMatch(/verification failed/i);
  });

  test('an unreachable server is a transport failure: exit 1, one line', async () => {
    const result = await runCli(['v2/payitil/report', '-d', `@${servers.seedFile}`, '-c', servers.v2Config, '--base-url', 'http://127.0.0.1:9/']);
    expect(result.code).toBe(1);
    expect(oneErrorLine(result)).toMatch(/POST \/payitil\/report failed/);
  });
});

describe('wechatpay <uri>: APIv3', () => {
  test('a GET with a placeholder from -d, -q as the query and -H headers, verified answer printed', async () => {
    const result = await runCli([
      'v3/pay/transactions/id/{transaction_id}',
      '-d',
      '{"transaction_id":"4200000000"}',
      '-q',
      `{"mchid":"${V3_MCHID}"}`,
      '-H',
      'X-Probe: yes',
      '-c',
      servers.v3Config,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ status: 200, data: { transaction_id: '4200000000', trade_state: 'SUCCESS', query: `mchid=${V3_MCHID}`, probe: 'yes' } });
    expect(printed.headers['wechatpay-serial']).toBeDefined();
    expect(servers.v3.server.checks).toHaveLength(1);
    expect(servers.v3.server.checks[0]!.authOk).toBe(true);
  });

  test('a POST of {"json":…}: the body the server verified is the one given', async () => {
    const json = {
      appid: 'wxd678efh567hg6787',
      mchid: V3_MCHID,
      description: 'Image形象店-深圳腾大-QQ公仔',
      out_trade_no: '1217752501201407033233368018',
      notify_url: 'https://example.com/notify',
      amount: { total: 1 },
    };
    const result = await runCli(['v3/pay/transactions/native', '-m', 'post', '-d', JSON.stringify({ json }), '-c', servers.v3Config, '--data-only']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ code_url: 'weixin://wxpay/bizpayurl?pr=abc', echoed: json });
    expect(servers.v3.server.checks[0]!.authOk).toBe(true);
  });

  test('a verified 204 (closing an order) prints data null; --data-only prints null', async () => {
    const close = [
      'v3/pay/transactions/out-trade-no/{out_trade_no}/close',
      '-m',
      'post',
      '-d',
      JSON.stringify({ out_trade_no: 'T1', json: { mchid: V3_MCHID } }),
      '-c',
      servers.v3Config,
    ];
    const [whole, bare] = await Promise.all([runCli(close), runCli([...close, '--data-only'])]);
    expect(whole.code).toBe(0);
    expect(JSON.parse(whole.stdout)).toMatchObject({ status: 204, data: null });
    expect(bare.stdout).toBe('null\n');
    expect(servers.v3.server.checks).toHaveLength(2);
    expect(servers.v3.server.checks.every((check) => check.authOk && check.request.text === `{"mchid":"${V3_MCHID}"}`)).toBe(true);
  });

  test("an API error exits 1 with WeChat's code in the one line", async () => {
    const result = await runCli(['v3/refund/domestic/refunds/missing', '-c', servers.v3Config]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(/HTTP 404 \(RESOURCE_NOT_EXISTS: 退款单不存在\), Request-ID req-/);
  });

  test('a forged answer exits 1: "verification failed", nothing on stdout', async () => {
    servers.v3.server.fault = 'forge';
    const result = await runCli(['v3/pay/transactions/id/4200000000', '-c', servers.v3Config]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(/verification failed \(BAD_SIGNATURE\)/i);
  });

  test('--debug adds the redacted error and its stack, never a key', async () => {
    servers.v3.server.fault = 'forge';
    const result = await runCli(['v3/pay/transactions/id/4200000000', '-c', servers.v3Config, '--debug']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(/^error: Verification failed/);
    expect(result.stderr).toMatch(/VerificationError: .*\n[\s\S]*at /);
    for (const secret of [servers.v3.merchant.privatePem.split('\n')[1]!, SECRET]) expect(result.stderr).not.toContain(secret);
  });
});

describe('wechatpay <uri>: paths the description does not list', () => {
  test('--no-path-check sends a near miss as written', async () => {
    const result = await runCli(['v3/pay/transaction/native', '-d', JSON.stringify({ json: { mchid: V3_MCHID } }), '-c', servers.v3Config, '--no-path-check']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 200, data: { sent: 'as written' } });
    expect(servers.v3.server.checks.map((check) => check.request.url)).toEqual(['/v3/pay/transaction/native']);
  });

  test('a path near no documented one is sent without a flag (the description does not know every endpoint)', async () => {
    const result = await runCli(['v3/brand-new/endpoint', '-c', servers.v3Config, '--data-only']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ sent: 'undocumented' });
    expect(servers.v3.server.checks).toHaveLength(1);
  });
});
