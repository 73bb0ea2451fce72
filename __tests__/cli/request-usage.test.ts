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
