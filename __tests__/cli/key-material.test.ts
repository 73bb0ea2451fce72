import { createPrivateKey, createPublicKey } from 'node:crypto';
import { makePki, type TestPki } from '../helpers/pki';
import { MCHID } from '../helpers/seed';
import { MERCHANT_SERIAL } from '../helpers/v3-client';
import { oneErrorLine, runCli, tempDir } from './run-cli';

// Regression: WECHATPAY_MERCHANT_KEY=<base64 DER> used to be printed on stderr as a file name
// ("cannot read the file "/cwd/MIIEvQ…""). Whatever form key material takes (base64 DER, a PFX
// as base64, PEM, private.pkcs8://…, a file:// URL of it), stdout and stderr never hold it, with
// or without --debug, and the one error line still names the variable (or config key) at fault.
let pki: TestPki;
const tmp = tempDir('key-material');
/** Every secret form, and pieces of each: none may appear in anything the CLI prints. */
let secrets: string[];
let derBase64: string;
let pfxBase64: string;

beforeAll(() => {
  pki = makePki();
  derBase64 = createPrivateKey(pki.clientKey).export({ type: 'pkcs8', format: 'der' }).toString('base64');
  pfxBase64 = pki.clientPfx.toString('base64');
  const pemBody = pki.clientKey.split('\n').filter((line) => line && !line.startsWith('-----'));
  secrets = [derBase64, pfxBase64, ...pemBody, pki.pfxPassphrase].flatMap((text) =>
    text.length > 64 ? [text.slice(0, 32), text.slice(-32), text.slice(text.length >> 1, (text.length >> 1) + 32)] : [text],
  );
});
afterAll(() => {
  pki.cleanup();
  tmp.remove();
});

/** Runs `wechatpay v3/certificates` with `env`, plain and with --debug; both must fail with exit 2, naming `blamed`. */
async function refusedNaming(env: Record<string, string>, blamed: RegExp, args: string[] = []): Promise<string> {
  const base = { WECHATPAY_MCHID: MCHID, WECHATPAY_BASE_URL: 'http://127.0.0.1:9/', ...env };
  const [plain, debug] = await Promise.all([
    runCli(['v3/certificates', ...args], { env: base }),
    runCli(['v3/certificates', '--debug', ...args], { env: base }),
  ]);
  for (const result of [plain, debug]) {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    for (const secret of secrets) expect(result.stderr).not.toContain(secret);
    expect(result.stderr).not.toMatch(/-----BEGIN [A-Z ]+-----/);
  }
  const line = oneErrorLine(plain);
  expect(line).toMatch(blamed);
  expect(debug.stderr.split('\n')[0]).toBe(line);
  return line;
}

describe('the merchant TLS certificate (WECHATPAY_MERCHANT_*)', () => {
  test('regression: WECHATPAY_MERCHANT_KEY as base64 DER is named, not printed as a file name', async () => {
    const line = await refusedNaming(
      { WECHATPAY_MERCHANT_CERT: pki.clientCertPath, WECHATPAY_MERCHANT_KEY: derBase64 },
      /^error: WECHATPAY_MERCHANT_KEY: cannot read \(the value, not shown: it looks like key material, not a path\) \((ENOENT|ENAMETOOLONG)/,
    );
    expect(line).toMatch(/it looks like base64 DER rather than a path: wrap it in its -----BEGIN\/-----END lines, or save it as a \.pem file$/);
  });

  test('WECHATPAY_MERCHANT_PFX as base64, with its passphrase: named, neither printed', async () => {
    const line = await refusedNaming(
      { WECHATPAY_MERCHANT_PFX: pfxBase64, WECHATPAY_MERCHANT_PASSPHRASE: pki.pfxPassphrase },
      /^error: WECHATPAY_MERCHANT_PFX: cannot read \(the value, not shown/,
    );
    expect(line).toMatch(/decode it into a file \(base64 -d > apiclient_cert\.p12\)/);
  });

  test('WECHATPAY_MERCHANT_PFX holding PEM text: named, not printed', async () => {
    await refusedNaming({ WECHATPAY_MERCHANT_PFX: pki.clientKey }, /^error: WECHATPAY_MERCHANT_PFX holds PEM text, but a PFX \(PKCS#12\) is binary/);
  });

  test('WECHATPAY_MERCHANT_KEY as private.pkcs8://…: named, not printed', async () => {
    await refusedNaming(
      { WECHATPAY_MERCHANT_CERT: pki.clientCertPath, WECHATPAY_MERCHANT_KEY: `private.pkcs8://${derBase64}` },
      /^error: WECHATPAY_MERCHANT_KEY: a private\.pkcs8:\/\/ value is not a TLS key/,
    );
  });

  test('WECHATPAY_MERCHANT_KEY as a file:// URL of key material: named, not printed', async () => {
    await refusedNaming(
      { WECHATPAY_MERCHANT_CERT: pki.clientCertPath, WECHATPAY_MERCHANT_KEY: `file:///${derBase64}` },
      /^error: WECHATPAY_MERCHANT_KEY: cannot read \(the value, not shown/,
    );
  });

  test('a PEM key that does not match the certificate: the variables are named, the key is not printed', async () => {
    await refusedNaming(
      { WECHATPAY_MERCHANT_CERT: pki.clientCertPath, WECHATPAY_MERCHANT_KEY: pki.serverKey },
      /^error: WECHATPAY_MERCHANT_CERT, WECHATPAY_MERCHANT_KEY: merchant certificate rejected/,
    );
  });

  test('the config file\'s "merchant" "key" as base64 DER: the file and key are named, the value is not printed', async () => {
    const config = tmp.write('merchant.json', { mchid: MCHID, baseURL: 'http://127.0.0.1:9/', merchant: { cert: pki.clientCertPath, key: derBase64 } });
    await refusedNaming(
      {},
      new RegExp(`^error: ${JSON.stringify(config).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} "merchant\\.key": cannot read \\(the value, not shown`),
      ['-c', config],
    );
  });

  test('still works: the same key and certificate as paths, relative to the working directory', async () => {
    const result = await runCli(['v2/secapi/pay/refund', '-d', '{"xml":{"appid":"wx1"}}', '--base-url', 'http://127.0.0.1:9/'], {
      cwd: pki.dir,
      env: {
        WECHATPAY_MCHID: MCHID,
        WECHATPAY_SECRET: 'your-apiv2-secret-key-length-32b',
        WECHATPAY_MERCHANT_CERT: 'client.pem',
        WECHATPAY_MERCHANT_KEY: 'client.key',
      },
    });
    // Configured: the call is made (and fails at the closed port), not refused as usage.
    expect(result.code).toBe(1);
    expect(oneErrorLine(result)).toMatch(/ECONNREFUSED/);
  });
});

describe('the APIv3 private key and the CA (WECHATPAY_PRIVATE_KEY, WECHATPAY_CA)', () => {
  const v3 = (key: string) => ({ WECHATPAY_SERIAL: MERCHANT_SERIAL, WECHATPAY_PRIVATE_KEY: key });

  test('WECHATPAY_PRIVATE_KEY as bare base64 DER: named, with the private.pkcs8:// hint, not printed', async () => {
    const line = await refusedNaming(v3(derBase64), /^error: WECHATPAY_PRIVATE_KEY: Rsa\.from: expected a private RSA key/);
    expect(line).toMatch(/it looks like base64 DER: write it after private\.pkcs8:\/\/ \(PKCS#8\) or private\.pkcs1:\/\/ \(PKCS#1\)$/);
  });

  test('WECHATPAY_PRIVATE_KEY as private.pkcs8:// with broken DER, as broken PEM, as a public key, as a file:// URL: named, not printed', async () => {
    const broken = `-----BEGIN PRIVATE KEY-----\n${derBase64.slice(0, 64)}\n${derBase64.slice(200, 264)}\n-----END PRIVATE KEY-----\n`;
    const publicPem = createPublicKey(pki.clientKey).export({ type: 'spki', format: 'pem' }).toString();
    secrets.push(...publicPem.split('\n').filter((line) => line.length === 64));
    await Promise.all([
      refusedNaming(v3(`private.pkcs8://${derBase64.slice(0, 300)}`), /^error: WECHATPAY_PRIVATE_KEY: Rsa\.from: .*DER that could not be parsed/),
      refusedNaming(v3(broken), /^error: WECHATPAY_PRIVATE_KEY: Rsa\.from: .*could not be parsed/),
      refusedNaming(v3(publicPem), /^error: WECHATPAY_PRIVATE_KEY: Rsa\.from: .*got PEM holding only `PUBLIC KEY`, which cannot sign or decrypt/),
      refusedNaming(
        v3(`file://${derBase64}`),
        /^error: WECHATPAY_PRIVATE_KEY: \(the value, not shown: it looks like key material, not a path\) is not a usable file:\/\/ URL/,
      ),
    ]);
  });

  test('WECHATPAY_CA as base64: named, not printed', async () => {
    await refusedNaming({ WECHATPAY_CA: derBase64 }, /^error: WECHATPAY_CA: cannot read \(the value, not shown/);
  });
});
