import { MCHID as V3_MCHID } from '../helpers/v3-client';
import { MCHID, SECRET } from '../helpers/seed';
import { oneErrorLine, runCli } from './run-cli';
import { requestServers } from './request-servers';

// `wechatpay <uri>` against the verifying test servers, as a user runs it: a child process, a
// config file in a temporary directory, JSON on stdout, one `error:` line on stderr.
const servers = requestServers();

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
    const typo = servers.tmp.write('typo.json', { mchid: MCHID, secrets: SECRET });
    const result = await runCli(['v2/payitil/report', '-d', `@${servers.seedFile}`, '-c', typo]);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/unknown key "secrets" \(did you mean "secret"\?\)/);
    expect(result.stderr).not.toContain(SECRET);
  });

  test('a config file that is not JSON points at the spot without quoting it', async () => {
    const broken = servers.tmp.write('broken.json', `{\n  "mchid": "${MCHID}",\n  "secret": "${SECRET}" oops\n}`);
    const result = await runCli(['v2/payitil/report', '-d', `@${servers.seedFile}`, '-c', broken]);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/is not valid JSON: .*\(line 3, column \d+\)/);
    expect(result.stderr).not.toContain(SECRET);
  });

  test('a path without its v3/ (or v2/) and a placeholder without its -d value get a hint: exit 2', async () => {
    const [unprefixed, placeholder] = await Promise.all([
      runCli(['pay/transactions/native', '-d', JSON.stringify({ json: {} }), '-c', servers.v3Config]),
      runCli(['v3/pay/transactions/id/{transaction_id}', '-q', '{"mchid":"1900000109"}', '-c', servers.v3Config]),
    ]);
    expect(unprefixed.code).toBe(2);
    expect(oneErrorLine(unprefixed)).toMatch(/"pay\/transactions\/native" names no API: .*did you mean v3\/pay\/transactions\/native \(APIv3\)/);
    expect(placeholder.code).toBe(2);
    expect(oneErrorLine(placeholder)).toMatch(/needs a value for \{transaction_id\}: give it in -d, e\.g\. -d '\{"transaction_id":"…"\}'/);
    expect(servers.v3.server.checks).toHaveLength(0);
  });

  test('a v2 payload sent to a v3 path is refused by the SDK before sending: exit 2', async () => {
    const result = await runCli(['v3/pay/transactions/native', '-d', '{"xml":{"a":"1"}}', '-c', servers.v3Config]);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/is a JSON endpoint: pass the payload as `json`/);
    expect(servers.v3.server.checks).toHaveLength(0);
  });

  test('a misspelled documented path is refused with the nearest one (placeholder values kept), nothing sent: exit 2', async () => {
    const json = JSON.stringify({ json: { mchid: V3_MCHID } });
    const [native, query, v2Path] = await Promise.all([
      runCli(['v3/pay/transaction/native', '-d', json, '-c', servers.v3Config]),
      runCli(['/v3/pay/transaction/id/4200000000', '-c', servers.v3Config]),
      runCli(['v2/payitil/reprot', '-d', `@${servers.seedFile}`, '-c', servers.v2Config]),
    ]);
    expect(native.code).toBe(2);
    expect(native.stdout).toBe('');
    expect(oneErrorLine(native)).toBe(
      'error: "v3/pay/transaction/native" is no documented path: did you mean v3/pay/transactions/native? (--no-path-check sends it as written)',
    );
    expect(oneErrorLine(query)).toMatch(/"\/v3\/pay\/transaction\/id\/4200000000" is no documented path: did you mean v3\/pay\/transactions\/id\/4200000000\?/);
    expect(oneErrorLine(v2Path)).toMatch(/did you mean v2\/payitil\/report\?/);
    expect(servers.v3.server.checks).toHaveLength(0);
    expect(servers.v2.checked).toHaveLength(0);
  });
});
