import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sealCertificate } from '../helpers/pki';
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

/** An X.509 certificate for the platform key, made by openssl (not by the SDK or the CLI). */
function makeCertificate(keyPem: string, serial: string): string {
  const key = tmp.write(`${serial}.key`, keyPem);
  const out = join(tmp.dir, `${serial}.crt`);
  execFileSync(
    'openssl',
    ['req', '-x509', '-new', '-key', key, '-subj', `/CN=Test Platform ${serial}`, '-set_serial', `0x${serial}`, '-days', '10', '-out', out],
    { stdio: 'pipe' },
  );
  return readFileSync(out, 'utf8');
}

/** One `data[]` entry sealed with node's AES-256-GCM under the APIv3 key. */
const seal = (pem: string) => sealCertificate(pem, APIV3_KEY);

beforeAll(async () => {
  v3 = await setupV3(PLATFORM_SERIAL);
  certificate = makeCertificate(v3.platform.privatePem, PLATFORM_SERIAL);
  v3.server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: [seal(certificate)] } }));
  // No `certs`: the download bootstraps from the certificates the answer carries.
  const base = { mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: tmp.write('merchant.pem', v3.merchant.privatePem), baseURL: v3.server.url };
  config = tmp.write('config.json', base);
  configWithKey = tmp.write('config-with-key.json', { ...base, apiv3Key: APIV3_KEY });
});
afterAll(async () => {
  await v3.server.close();
  tmp.remove();
});
beforeEach(() => {
  v3.server.fault = 'none';
  v3.server.checks.length = 0;
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
