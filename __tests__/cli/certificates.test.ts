import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makePlatformCa, sealCertificate, selfSigned } from '../helpers/pki';
import { rsaPair } from '../helpers/v3-server';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { oneErrorLine, runCli, tempDir } from './run-cli';

// `wechatpay certificates download` against the verifying v3 test server: files are written only
// when the whole answer decrypts and verifies (the peer wechatpay-axios-plugin writes them first).
const APIV3_KEY = 'v3KeyOfExactly32BytesForTesting!';
const WRONG_KEY = 'another32ByteKeyThatIsNotTheKey!';
const tmp = tempDir('certificates');
let v3: V3Setup;
let certificate: string;
let config: string;
let configWithKey: string;

/** The test's stand-in for Tenpay.com Root CA (openssl, not the SDK or the CLI). */
const ca = makePlatformCa();
/** What `GET /v3/certificates` lists. */
let listed: unknown[] = [];

/** One `data[]` entry sealed with node's AES-256-GCM under the APIv3 key. */
const seal = (pem: string) => sealCertificate(pem, APIV3_KEY);

beforeAll(async () => {
  v3 = await setupV3(PLATFORM_SERIAL);
  certificate = ca.issue(v3.platform.privatePem, PLATFORM_SERIAL, 10);
  v3.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: listed } }));
  tmp.write('platform-ca.pem', ca.pem);
  // No `certs`: the download bootstraps from the certificates the answer carries that the CA issued.
  const base = {
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: tmp.write('merchant.pem', v3.merchant.privatePem),
    baseURL: v3.server.url,
    platformCertificateAuthorities: 'platform-ca.pem',
  };
  config = tmp.write('config.json', base);
  configWithKey = tmp.write('config-with-key.json', { ...base, apiv3Key: APIV3_KEY });
});
afterAll(async () => {
  await v3.server.close();
  tmp.remove();
  ca.cleanup();
});
beforeEach(() => {
  v3.server.fault = 'none';
  v3.server.checks.length = 0;
  listed = [seal(certificate)];
});

let outputs = 0;
const freshDir = () => join(tmp.dir, `out-${(outputs += 1)}`);

test('downloads, verifies and writes wechatpay_<serial>.pem, making the directory; prints what it wrote', async () => {
  const out = freshDir();
  const result = await runCli(['certificates', 'download', '-o', out, '-c', config, '--apiv3-key', APIV3_KEY]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const file = join(out, `wechatpay_${PLATFORM_SERIAL}.pem`);
  expect(readdirSync(out)).toEqual([`wechatpay_${PLATFORM_SERIAL}.pem`]);
  expect(readFileSync(file, 'utf8').trim()).toBe(certificate.trim());
  expect(JSON.parse(result.stdout)).toEqual([
    {
      serial: PLATFORM_SERIAL,
      path: file,
      effective: new Date(new X509Certificate(certificate).validFrom).toISOString(),
      expire: new Date(new X509Certificate(certificate).validTo).toISOString(),
    },
  ]);
  expect(v3.server.checks.map((check) => [check.request.url, check.authOk])).toEqual([['/v3/certificates', true]]);
  expect(result.stdout + result.stderr).not.toContain(APIV3_KEY);
});

test('the APIv3 key from the config file, or from WECHATPAY_APIV3_KEY', async () => {
  const [fromFile, fromEnv] = [freshDir(), freshDir()];
  const results = await Promise.all([
    runCli(['certificates', 'download', '-o', fromFile, '-c', configWithKey]),
    runCli(['certificates', 'download', '-o', fromEnv, '-c', config], { env: { WECHATPAY_APIV3_KEY: APIV3_KEY } }),
  ]);
  expect(results.map((result) => result.code)).toEqual([0, 0]);
  for (const dir of [fromFile, fromEnv]) expect(readdirSync(dir)).toEqual([`wechatpay_${PLATFORM_SERIAL}.pem`]);
});

test('a wrong APIv3 key: exit 1, one line, and the output directory stays empty', async () => {
  const out = freshDir();
  mkdirSync(out);
  const result = await runCli(['certificates', 'download', '-o', out, '-c', config, '--apiv3-key', WRONG_KEY]);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(oneErrorLine(result)).toMatch(/Verification failed \(DECRYPT_FAILED\)/);
  expect(readdirSync(out)).toEqual([]);
  expect(result.stderr).not.toContain(WRONG_KEY);
});

test('a forged answer (signed over other bytes): exit 1 and no directory is even made', async () => {
  v3.server.fault = 'forge';
  const out = freshDir();
  const result = await runCli(['certificates', 'download', '-o', out, '-c', configWithKey]);
  expect(result.code).toBe(1);
  expect(oneErrorLine(result)).toMatch(/verification failed \(BAD_SIGNATURE\)/i);
  expect(existsSync(out)).toBe(false);
});

test('a signature probe is refused like any bad signature', async () => {
  v3.server.fault = 'probe';
  const out = freshDir();
  mkdirSync(out);
  const result = await runCli(['certificates', 'download', '-o', out, '-c', configWithKey]);
  expect(result.code).toBe(1);
  expect(oneErrorLine(result)).toMatch(/verification failed \(PROBE\)/i);
  expect(readdirSync(out)).toEqual([]);
});

test('usage: no APIv3 key anywhere, a key of the wrong length, -o naming a file, no -o: exit 2 and nothing sent', async () => {
  const file = tmp.write('not-a-dir', 'x');
  const results = await Promise.all([
    runCli(['certificates', 'download', '-o', freshDir(), '-c', config]),
    runCli(['certificates', 'download', '-o', freshDir(), '-c', config, '--apiv3-key', 'short']),
    runCli(['certificates', 'download', '-o', file, '-c', configWithKey]),
    runCli(['certificates', 'download', '-c', configWithKey]),
  ]);
  expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2]);
  expect(oneErrorLine(results[0]!)).toMatch(/the APIv3 key is needed: --apiv3-key, "apiv3Key" in the config file, or WECHATPAY_APIV3_KEY/);
  expect(oneErrorLine(results[1]!)).toMatch(/apiv3Key.*the APIv3 key .* must be 32 bytes; got 5 bytes/);
  expect(oneErrorLine(results[2]!)).toMatch(/-o ".*not-a-dir" is not a directory/);
  expect(oneErrorLine(results[3]!)).toMatch(/required option '-o, --output <dir>' not specified/);
  expect(v3.server.checks).toHaveLength(0);
  expect(statSync(file).isFile()).toBe(true);
});

test('one expired entry: the other is written, the expired one is named on stderr', async () => {
  const expiredSerial = '2C0FFEE0000000000000000000000000000000AA';
  listed = [seal(certificate), seal(ca.issue(rsaPair().privatePem, expiredSerial, -1))];
  const out = freshDir();
  const result = await runCli(['certificates', 'download', '-o', out, '-c', configWithKey]);
  expect(result.code).toBe(0);
  expect(readdirSync(out)).toEqual([`wechatpay_${PLATFORM_SERIAL}.pem`]);
  expect(JSON.parse(result.stdout).map((item: { serial: string }) => item.serial)).toEqual([PLATFORM_SERIAL]);
  expect(result.stderr).toMatch(new RegExp(`^skipped certificate ${expiredSerial} \\(CERTIFICATE_EXPIRED\\): it expired at \\d{4}-.*\\n$`));
});

/** The config with the APIv3 key, changed by `change`, written as `name`. */
const variant = (name: string, change: Record<string, unknown>) => tmp.write(name, { ...JSON.parse(readFileSync(configWithKey, 'utf8')), ...change });

test("a first download trusts Tenpay.com Root CA unless told: another CA's certificate is exit 1, nothing written; --platform-ca names the CA", async () => {
  const noAnchor = variant('config-no-ca.json', { platformCertificateAuthorities: undefined });
  const [untrusted, flagged] = [freshDir(), freshDir()];
  const [byDefault, byFlag] = await Promise.all([
    runCli(['certificates', 'download', '-o', untrusted, '-c', noAnchor]),
    runCli(['certificates', 'download', '-o', flagged, '-c', noAnchor, '--platform-ca', join(tmp.dir, 'platform-ca.pem')]),
  ]);
  expect(byDefault.code).toBe(1);
  expect(oneErrorLine(byDefault)).toMatch(/Verification failed \(CERTIFICATE_UNTRUSTED\).*not by a trusted platform CA \(Tenpay\.com Root CA\)/);
  expect(existsSync(untrusted)).toBe(false);
  expect(byFlag.code).toBe(0);
  expect(readdirSync(flagged)).toEqual([`wechatpay_${PLATFORM_SERIAL}.pem`]);
});

test('a certificate that vouches for itself, or a list signed by a key the config does not hold: exit 1, nothing written', async () => {
  const holding = variant('config-holding.json', { certs: { '7777777777777777777777777777777777777777': rsaPair().publicPem } });
  listed = [seal(selfSigned(v3.platform.privatePem, PLATFORM_SERIAL))];
  const [selfSignedList, notHeld] = [freshDir(), freshDir()];
  const [ownWord, heldOnly] = await Promise.all([
    runCli(['certificates', 'download', '-o', selfSignedList, '-c', configWithKey]),
    runCli(['certificates', 'download', '-o', notHeld, '-c', holding]),
  ]);
  expect(ownWord.code).toBe(1);
  expect(oneErrorLine(ownWord)).toMatch(/Verification failed \(CERTIFICATE_UNTRUSTED\)/);
  expect(heldOnly.code).toBe(1);
  expect(oneErrorLine(heldOnly)).toMatch(/Verification failed \(UNKNOWN_SERIAL\).*only on their word/);
  expect([selfSignedList, notHeld].map((dir) => existsSync(dir))).toEqual([false, false]);
});
