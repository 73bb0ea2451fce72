import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePki, makePlatformCa, sealCertificate, selfSigned, type TestPki } from '../helpers/pki';
import { rsaPair, startV3Server, type V3Server } from '../helpers/v3-server';
import { MCHID, MERCHANT_SERIAL } from '../helpers/v3-client';
import { oneErrorLine, runCli, tempDir, type CliResult } from './run-cli';

// Issue 14 §2, as a merchant meets it: `wechatpay certificates download` started as a process,
// over HTTPS to a server on 127.0.0.1 that checks the request's signature with the merchant's key
// and signs its answer, the configuration a file. A first download takes a certificate only on
// the word of the platform CA; one bad entry is skipped and named; a held key is the only judge.
const APIV3_KEY = 'v3KeyOfExactly32BytesForTesting!';
const GOOD = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
const EXPIRED = '2C0FFEE0000000000000000000000000000000AA';
const SELF = '0BADBADBADBADBADBADBADBADBADBADBADBADBAD';

const tmp = tempDir('certificates-trust');
const ca = makePlatformCa();
const merchant = rsaPair();
const platform = rsaPair();
const attacker = rsaPair();
let pki: TestPki;
/** Signs with the platform key under GOOD, as WeChat Pay does. */
let genuine: V3Server;
/** Signs with its own key under SELF, the certificate it lists beside the genuine one. */
let impostor: V3Server;
let good: string;
let listed: unknown[] = [];
let config: string;
let caFile: string;

const start = (platformKey: typeof platform, serial: string) =>
  startV3Server({
    mchid: MCHID,
    merchantPublicKey: merchant.publicKey,
    merchantSerial: MERCHANT_SERIAL,
    platformKey: platformKey.privateKey,
    serial,
    tls: { cert: pki.serverCert, key: pki.serverKey },
  });

beforeAll(async () => {
  pki = makePki();
  [genuine, impostor] = await Promise.all([start(platform, GOOD), start(attacker, SELF)]);
  for (const server of [genuine, impostor]) server.routes.set('GET /v3/certificates', () => ({ status: 200, json: { data: listed } }));
  good = ca.issue(platform.privatePem, GOOD, 10);
  caFile = tmp.write('platform-ca.pem', ca.pem);
  // No `certs` and no platform CA: what a merchant writes before the first download.
  config = tmp.write('config.json', {
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: tmp.write('apiclient_key.pem', merchant.privatePem),
    baseURL: genuine.url,
    apiv3Key: APIV3_KEY,
    ca: tmp.write('server-ca.pem', pki.ca),
  });
});
afterAll(async () => {
  await Promise.all([genuine.close(), impostor.close()]);
  tmp.remove();
  ca.cleanup();
  pki.cleanup();
});
beforeEach(() => {
  // The CA-issued certificate that signs, one the same CA issued that expired yesterday, and one that vouches for itself.
  listed = [
    sealCertificate(good, APIV3_KEY),
    sealCertificate(ca.issue(rsaPair().privatePem, EXPIRED, -1), APIV3_KEY),
    sealCertificate(selfSigned(attacker.privatePem, SELF), APIV3_KEY),
  ];
  genuine.checks.length = 0;
});

let outputs = 0;
const freshDir = () => join(tmp.dir, `out-${(outputs += 1)}`);
const download = (out: string, extra: string[] = [], env: Record<string, string> = {}, file = config) =>
  runCli(['certificates', 'download', '-o', out, '-c', file, ...extra], { env });
const variant = (name: string, change: Record<string, unknown>) => tmp.write(name, { ...JSON.parse(readFileSync(config, 'utf8')), ...change });

const SKIPPED_EXPIRED = new RegExp(`^skipped certificate ${EXPIRED} \\(CERTIFICATE_EXPIRED\\): it expired at \\d{4}-`);
const SKIPPED_SELF = new RegExp(`^skipped certificate ${SELF} \\(CERTIFICATE_UNTRUSTED\\): it .*not by a trusted platform CA`);

/** Exit 0, only GOOD written and printed, and each entry left out named on stderr, one line each. */
function expectOnlyGood(result: CliResult, out: string, skipped = [SKIPPED_EXPIRED, SKIPPED_SELF]): void {
  expect(result.code).toBe(0);
  expect(readdirSync(out)).toEqual([`wechatpay_${GOOD}.pem`]);
  expect(readFileSync(join(out, `wechatpay_${GOOD}.pem`), 'utf8').trim()).toBe(good.trim());
  expect(JSON.parse(result.stdout).map((item: { serial: string }) => item.serial)).toEqual([GOOD]);
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toEqual(skipped.map((line) => expect.stringMatching(line)));
}

test('--platform-ca over https: the CA-issued certificate is written; the expired and the self-signed entries are skipped and each named on stderr', async () => {
  const out = freshDir();
  const result = await download(out, ['--platform-ca', caFile]);
  expectOnlyGood(result, out);
  // One request, signed by the merchant's key, over TLS to the server the config's `ca` vouches for.
  expect(genuine.url).toMatch(/^https:\/\/127\.0\.0\.1:/);
  expect(genuine.checks.map((check) => [check.request.url, check.authOk])).toEqual([['/v3/certificates', true]]);
  expect(result.stdout + result.stderr).not.toContain(APIV3_KEY);
});

test('WECHATPAY_PLATFORM_CA names the CA as --platform-ca does', async () => {
  const out = freshDir();
  expectOnlyGood(await download(out, [], { WECHATPAY_PLATFORM_CA: caFile }), out);
});

test('no CA named: only Tenpay.com Root CA is trusted, so the same list is refused, exit 1, and nothing is written', async () => {
  const out = freshDir();
  const result = await download(out);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(oneErrorLine(result)).toMatch(/Verification failed \(CERTIFICATE_UNTRUSTED\).*Tenpay\.com Root CA/);
  expect(existsSync(out)).toBe(false);
});

test('an answer signed by the self-signed entry is refused even with the CA named: it vouches only for itself', async () => {
  const out = freshDir();
  const result = await download(out, ['--platform-ca', caFile, '--base-url', impostor.url]);
  expect(result.code).toBe(1);
  expect(oneErrorLine(result)).toMatch(new RegExp(`Verification failed \\(CERTIFICATE_UNTRUSTED\\).*${SELF}`));
  expect(existsSync(out)).toBe(false);
});

test('a configuration that holds the platform key trusts that key alone: the impostor is UNKNOWN_SERIAL; the genuine list is written, its expired entry named', async () => {
  const holding = variant('config-holding.json', { certs: { [GOOD]: tmp.write('platform.pem', platform.publicPem) } });
  const refused = freshDir();
  const byImpostor = await download(refused, ['--base-url', impostor.url], {}, holding);
  expect(byImpostor.code).toBe(1);
  expect(oneErrorLine(byImpostor)).toMatch(new RegExp(`Verification failed \\(UNKNOWN_SERIAL\\).*${SELF}.*only on their word`));
  expect(existsSync(refused)).toBe(false);
  // WeChat Pay's own list: the certificate it signs with, and one that expired.
  listed = listed.slice(0, 2);
  const accepted = freshDir();
  expectOnlyGood(await download(accepted, [], {}, holding), accepted, [SKIPPED_EXPIRED]);
});
