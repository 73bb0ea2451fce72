import { MCHID as V3_MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { startV2Server, type V2Server } from '../helpers/v2-server';
import { MCHID, SECRET, seedXml } from '../helpers/seed';
import { oneErrorLine, runCli, tempDir } from './run-cli';

// `wechatpay <uri>` against the verifying test servers, as a user runs it: a child process, a
// config file in a temporary directory, JSON on stdout, one `error:` line on stderr.
let v2: V2Server;
let v3: V3Setup;
const tmp = tempDir('request');
let v2Config: string;
let v3Config: string;
let seedFile: string;

beforeAll(async () => {
  v2 = await startV2Server({ mchid: MCHID, secret: SECRET });
  v3 = await setupV3();
  v3.server.routes.set('GET /v3/pay/transactions/id/4200000000', (check) => ({
    status: 200,
    json: {
      transaction_id: '4200000000',
      trade_state: 'SUCCESS',
      query: check.request.url.split('?')[1] ?? '',
      probe: check.request.headers['x-probe'] ?? null,
    },
  }));
  v3.server.routes.set('POST /v3/pay/transactions/native', (check) => ({
    status: 200,
    json: { code_url: 'weixin://wxpay/bizpayurl?pr=abc', echoed: JSON.parse(check.request.text) },
  }));
  v3.server.routes.set('POST /v3/pay/transactions/out-trade-no/T1/close', () => ({ status: 204 }));
  v3.server.routes.set('POST /v3/pay/transaction/native', () => ({ status: 200, json: { sent: 'as written' } }));
  v3.server.routes.set('GET /v3/brand-new/endpoint', () => ({ status: 200, json: { sent: 'undocumented' } }));
  v3.server.routes.set('GET /v3/refund/domestic/refunds/missing', () => ({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: '退款单不存在' } }));
  v2Config = tmp.write('v2.json', { mchid: MCHID, secret: SECRET, baseURL: v2.url });
  // Keys given as paths relative to the config file's directory.
  tmp.write('merchant.pem', v3.merchant.privatePem);
  tmp.write('platform.pem', v3.platform.publicPem);
  v3Config = tmp.write('v3.json', {
    mchid: V3_MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: 'merchant.pem',
    certs: { [PLATFORM_SERIAL]: 'platform.pem' },
    baseURL: v3.server.url,
  });
  seedFile = tmp.write('seed.json', { xml: seedXml() });
});
afterAll(async () => {
  await Promise.all([v2.close(), v3.server.close()]);
  tmp.remove();
});
beforeEach(() => {
  v2.mode = 'ok';
  v2.checked.length = 0;
  v3.server.fault = 'none';
  v3.server.checks.length = 0;
});

describe('wechatpay <uri>: APIv2', () => {
  test('the seed report: -m post -d @seed.json -c config.json prints { status, headers, data } and the server checks the sign', async () => {
    const result = await runCli(['v2/payitil/report', '-m', 'post', '-d', `@${seedFile}`, '-c', v2Config]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ status: 200, data: { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' } });
    expect(printed.headers['request-id']).toBe('req-v2-test');
    expect(v2.checked).toHaveLength(1);
    expect(v2.checked[0]).toMatchObject({ path: '/payitil/report', signOk: true, fields: { mch_id: MCHID, trades: seedXml().trades } });
  });

  test('the configuration may come from WECHATPAY_* alone; -d given inline; --data-only prints just the data; post is implied by xml', async () => {
    const result = await runCli(['v2/payitil/report', '-d', JSON.stringify({ xml: seedXml() }), '--data-only'], {
      env: { WECHATPAY_MCHID: MCHID, WECHATPAY_SECRET: SECRET, WECHATPAY_BASE_URL: v2.url },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' });
    expect(v2.checked[0]?.signOk).toBe(true);
  });

  test("the environment fills only what the file lacks: the file's secret wins over WECHATPAY_SECRET", async () => {
    const partial = tmp.write('partial.json', { secret: SECRET });
    const result = await runCli(['v2/payitil/report', '-d', `@${seedFile}`, '-c', partial], {
      env: { WECHATPAY_MCHID: MCHID, WECHATPAY_SECRET: 'a-wrong-secret-that-must-not-win', WECHATPAY_BASE_URL: v2.url },
    });
    expect(result.code).toBe(0);
    expect(v2.checked[0]?.signOk).toBe(true);
  });

  test('--base-url wins over the file', async () => {
    const elsewhere = tmp.write('elsewhere.json', { mchid: MCHID, secret: SECRET, baseURL: 'http://127.0.0.1:9/' });
    const result = await runCli(['v2/payitil/report', '-d', `@${seedFile}`, '-c', elsewhere, '--base-url', v2.url]);
    expect(result.code).toBe(0);
    expect(v2.checked).toHaveLength(1);
  });

  test('a business failure (return_code FAIL) is one line and exit 1', async () => {
    v2.mode = 'fail';
    const result = await runCli(['v2/payitil/report', '-d', `@${seedFile}`, '-c', v2Config]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(/return_code FAIL: 系统繁忙/);
  });

  test('a forged v2 answer fails verification: exit 1', async () => {
    v2.mode = 'forge';
    const result = await runCli([
      'v2/pay/orderquery',
      '-d',
      JSON.stringify({ xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'T1' } }),
      '-c',
      v2Config,
    ]);
    expect(result.code).toBe(1);
    expect(oneErrorLine(result)).toMatch(/verification failed/i);
  });

  test('an unreachable server is a transport failure: exit 1, one line', async () => {
    const result = await runCli(['v2/payitil/report', '-d', `@${seedFile}`, '-c', v2Config, '--base-url', 'http://127.0.0.1:9/']);
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
      v3Config,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ status: 200, data: { transaction_id: '4200000000', trade_state: 'SUCCESS', query: `mchid=${V3_MCHID}`, probe: 'yes' } });
    expect(printed.headers['wechatpay-serial']).toBeDefined();
    expect(v3.server.checks).toHaveLength(1);
    expect(v3.server.checks[0]!.authOk).toBe(true);
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
    const result = await runCli(['v3/pay/transactions/native', '-m', 'post', '-d', JSON.stringify({ json }), '-c', v3Config, '--data-only']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ code_url: 'weixin://wxpay/bizpayurl?pr=abc', echoed: json });
    expect(v3.server.checks[0]!.authOk).toBe(true);
  });

  test('a verified 204 (closing an order) prints data null; --data-only prints null', async () => {
    const close = [
      'v3/pay/transactions/out-trade-no/{out_trade_no}/close',
      '-m',
      'post',
      '-d',
      JSON.stringify({ out_trade_no: 'T1', json: { mchid: V3_MCHID } }),
      '-c',
      v3Config,
    ];
    const [whole, bare] = await Promise.all([runCli(close), runCli([...close, '--data-only'])]);
    expect(whole.code).toBe(0);
    expect(JSON.parse(whole.stdout)).toMatchObject({ status: 204, data: null });
    expect(bare.stdout).toBe('null\n');
    expect(v3.server.checks).toHaveLength(2);
    expect(v3.server.checks.every((check) => check.authOk && check.request.text === `{"mchid":"${V3_MCHID}"}`)).toBe(true);
  });

  test("an API error exits 1 with WeChat's code in the one line", async () => {
    const result = await runCli(['v3/refund/domestic/refunds/missing', '-c', v3Config]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(/HTTP 404 \(RESOURCE_NOT_EXISTS: 退款单不存在\), Request-ID req-/);
  });

  test('a forged answer exits 1: "verification failed", nothing on stdout', async () => {
    v3.server.fault = 'forge';
    const result = await runCli(['v3/pay/transactions/id/4200000000', '-c', v3Config]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(/verification failed \(BAD_SIGNATURE\)/i);
  });

  test('--debug adds the redacted error and its stack, never a key', async () => {
    v3.server.fault = 'forge';
    const result = await runCli(['v3/pay/transactions/id/4200000000', '-c', v3Config, '--debug']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(/^error: Verification failed/);
    expect(result.stderr).toMatch(/VerificationError: .*\n[\s\S]*at /);
    for (const secret of [v3.merchant.privatePem.split('\n')[1]!, SECRET]) expect(result.stderr).not.toContain(secret);
  });
});

describe('wechatpay <uri>: usage errors exit 2 before anything is sent', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['bad JSON in -d', ['v2/payitil/report', '-d', '{"xml": {', '-c', 'x.json'], /^error: -d is not valid JSON: .*\(line 1, column 10\)$/],
    ['-d that is not an object', ['v2/payitil/report', '-d', '[1]'], /-d must be a JSON object/],
    [
      'a missing -d file',
      ['v2/payitil/report', '-d', '@/nonexistent/seed.json'],
      /-d: cannot read "\/nonexistent\/seed\.json" \(ENOENT: no such file or directory\)/,
    ],
    ['bad JSON in -q', ['v3/x/y', '-q', 'mchid=1'], /^error: -q is not valid JSON/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['v3/certificates', '--frobnicate'], /unknown option '--frobnicate'/],
    ['an unknown verb', ['v3/certificates', '-m', 'fetch'], /argument 'fetch' is invalid\. expected one of get, post, put, patch, delete/],
    ['a header without a colon', ['v3/certificates', '-H', 'X-Probe yes'], /-H must look like 'Name: value'/],
    ['no merchant id anywhere', ['v3/certificates'], /no merchant id: give -c config\.json with "mchid", or set WECHATPAY_MCHID/],
    [
      'a config file that does not exist',
      ['v3/certificates', '-c', '/nonexistent/config.json'],
      /-c: cannot read "\/nonexistent\/config\.json" \(ENOENT: no such file or directory\)/,
    ],
    ['nothing at all', [], /no command or endpoint given/],
  ];
  test.concurrent.each(cases)('%s', async (_name, args, expected) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(oneErrorLine(result)).toMatch(expected);
  });

  test('a typo in the config file is named, and its secret value is not echoed', async () => {
    const typo = tmp.write('typo.json', { mchid: MCHID, secrets: SECRET });
    const result = await runCli(['v2/payitil/report', '-d', `@${seedFile}`, '-c', typo]);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/unknown key "secrets" \(did you mean "secret"\?\)/);
    expect(result.stderr).not.toContain(SECRET);
  });

  test('a config file that is not JSON points at the spot without quoting it', async () => {
    const broken = tmp.write('broken.json', `{\n  "mchid": "${MCHID}",\n  "secret": "${SECRET}" oops\n}`);
    const result = await runCli(['v2/payitil/report', '-d', `@${seedFile}`, '-c', broken]);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/is not valid JSON: .*\(line 3, column \d+\)/);
    expect(result.stderr).not.toContain(SECRET);
  });

  test('a path without its v3/ (or v2/) and a placeholder without its -d value get a hint: exit 2', async () => {
    const [unprefixed, placeholder] = await Promise.all([
      runCli(['pay/transactions/native', '-d', JSON.stringify({ json: {} }), '-c', v3Config]),
      runCli(['v3/pay/transactions/id/{transaction_id}', '-q', '{"mchid":"1900000109"}', '-c', v3Config]),
    ]);
    expect(unprefixed.code).toBe(2);
    expect(oneErrorLine(unprefixed)).toMatch(/"pay\/transactions\/native" names no API: .*did you mean v3\/pay\/transactions\/native \(APIv3\)/);
    expect(placeholder.code).toBe(2);
    expect(oneErrorLine(placeholder)).toMatch(/needs a value for \{transaction_id\}: give it in -d, e\.g\. -d '\{"transaction_id":"…"\}'/);
    expect(v3.server.checks).toHaveLength(0);
  });

  test('a v2 payload sent to a v3 path is refused by the SDK before sending: exit 2', async () => {
    const result = await runCli(['v3/pay/transactions/native', '-d', '{"xml":{"a":"1"}}', '-c', v3Config]);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/is a JSON endpoint: pass the payload as `json`/);
    expect(v3.server.checks).toHaveLength(0);
  });

  test('a misspelled documented path is refused with the nearest one (placeholder values kept), nothing sent: exit 2', async () => {
    const json = JSON.stringify({ json: { mchid: V3_MCHID } });
    const [native, query, v2Path] = await Promise.all([
      runCli(['v3/pay/transaction/native', '-d', json, '-c', v3Config]),
      runCli(['/v3/pay/transaction/id/4200000000', '-c', v3Config]),
      runCli(['v2/payitil/reprot', '-d', `@${seedFile}`, '-c', v2Config]),
    ]);
    expect(native.code).toBe(2);
    expect(native.stdout).toBe('');
    expect(oneErrorLine(native)).toBe(
      'error: "v3/pay/transaction/native" is no documented path: did you mean v3/pay/transactions/native? (--no-path-check sends it as written)',
    );
    expect(oneErrorLine(query)).toMatch(/"\/v3\/pay\/transaction\/id\/4200000000" is no documented path: did you mean v3\/pay\/transactions\/id\/4200000000\?/);
    expect(oneErrorLine(v2Path)).toMatch(/did you mean v2\/payitil\/report\?/);
    expect(v3.server.checks).toHaveLength(0);
    expect(v2.checked).toHaveLength(0);
  });
});

describe('wechatpay <uri>: paths the description does not list', () => {
  test('--no-path-check sends a near miss as written', async () => {
    const result = await runCli(['v3/pay/transaction/native', '-d', JSON.stringify({ json: { mchid: V3_MCHID } }), '-c', v3Config, '--no-path-check']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 200, data: { sent: 'as written' } });
    expect(v3.server.checks.map((check) => check.request.url)).toEqual(['/v3/pay/transaction/native']);
  });

  test('a path near no documented one is sent without a flag (the description does not know every endpoint)', async () => {
    const result = await runCli(['v3/brand-new/endpoint', '-c', v3Config, '--data-only']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ sent: 'undocumented' });
    expect(v3.server.checks).toHaveLength(1);
  });
});
