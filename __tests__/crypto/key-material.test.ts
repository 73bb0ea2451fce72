import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { Builder, ConfigurationError, PemUtil, Rsa } from '../../src';
import { runTypeScript } from '../cli/run-cli';
import { makePki, type TestPki } from '../helpers/pki';

// Key material passed where a path, URL or key was expected must never come back in an error:
// not in the message, not in JSON.stringify(error), not in util.inspect(error).
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
const publicDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const ecDer = ec.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
const pemBody = privatePem.replace(/-----[^-]+-----\n?/g, '');
// A PEM whose body is random bytes: looks like a key, parses as nothing.
const garbagePem = `-----BEGIN PRIVATE KEY-----\n${randomBytes(900).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PRIVATE KEY-----\n`;
// Made when the file loads: the cases below are listed before any hook runs.
const pki: TestPki = makePki();
const pfx = pki.clientPfx.toString('base64');
afterAll(() => pki.cleanup());

/** Every 16-character stretch of the base64 in `material` (PEM armour and line ends left out). */
function stretches(material: string): string[] {
  const body = material.replace(/-----[^-]+-----|\s|^[a-z0-9.]+:\/+/g, '');
  const out: string[] = [];
  for (let at = 0; at + 16 <= body.length; at += 4) out.push(body.slice(at, at + 16));
  return out;
}

function expectRefusedWithoutMaterial(run: () => unknown, material: string): ConfigurationError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ConfigurationError);
  const error = caught as ConfigurationError;
  const renderings = [error.message, JSON.stringify(error), inspect(error), String(error.stack)];
  for (const stretch of stretches(material)) {
    for (const rendering of renderings) {
      if (rendering.includes(stretch)) throw new Error(`the error shows key material (${JSON.stringify(stretch)}): ${error.message}`);
    }
  }
  return error;
}

describe('errors from Rsa and PemUtil never quote key material', () => {
  const cases = (): Array<[string, () => unknown, string]> => [
    ['PEM: garbage PEM as a private key', () => Rsa.from(garbagePem, 'private'), garbagePem],
    ['PEM: garbage PEM as a public key', () => Rsa.from(garbagePem, 'public'), garbagePem],
    ['PEM: garbage PEM signing', () => Rsa.sign('m', garbagePem), garbagePem],
    ['PEM: a public key as the private one', () => Rsa.from(publicPem), publicPem],
    ['PEM: a private key as a certificate', () => PemUtil.loadCertificate(privatePem), privatePem],
    ['PEM: a truncated private key', () => Rsa.from(privatePem.slice(0, 900)), privatePem.slice(0, 900)],
    ['PEM: body without armour after file://', () => Rsa.from(`file://${pemBody}`), pemBody],
    ['base64 DER without a prefix', () => Rsa.from(der), der],
    ['base64 DER as a public key', () => Rsa.from(der, 'public'), der],
    ['base64 DER after file://', () => Rsa.from(`file://${der}`), der],
    ['base64 DER after file:///', () => Rsa.from(`file:///${der}`), der],
    ['base64 DER after file:/// to PemUtil.loadPrivateKey', () => PemUtil.loadPrivateKey(`file:///${der}`), der],
    ['base64 DER as a certificate', () => PemUtil.loadCertificate(der), der],
    ['base64 DER after file:// as a certificate', () => PemUtil.loadCertificate(`file://${der}`), der],
    ['base64 DER after file:/// as a certificate serial', () => PemUtil.parseCertificateSerialNo(`file:///${der}`), der],
    ['private.pkcs8:// holding a public key', () => Rsa.from(`private.pkcs8://${publicDer}`), publicDer],
    ['private.pkcs8:// holding an EC key', () => Rsa.from(`private.pkcs8://${ecDer}`), ecDer],
    ['private.pkcs8:// after file://', () => Rsa.from(`file://private.pkcs8://${der}`), der],
    ['private.pkcs8:// as a certificate', () => PemUtil.loadCertificate(`private.pkcs8://${der}`), der],
    ['PFX as base64', () => Rsa.from(pfx), pfx],
    ['PFX as base64 after file://', () => Rsa.from(`file://${pfx}`), pfx],
    ['PFX as base64 after file:///', () => Rsa.from(`file:///${pfx}`, 'public'), pfx],
    ['PFX as base64 as a certificate', () => PemUtil.loadCertificate(pfx), pfx],
    ['PFX as base64 after file:/// as a certificate', () => PemUtil.loadCertificate(`file:///${pfx}`), pfx],
    ['file:// + junk: an invalid URL', () => Rsa.from(`file://%zz${der}`), der],
    ['file:// + junk: an encoded slash', () => Rsa.from(`file:///${der.slice(0, 80)}%2F`), der.slice(0, 80)],
    ['file:// + junk: a host', () => Rsa.from(`file://${der.slice(0, 80).replace(/[+/=]/g, 'x')}/key.pem`), der.slice(0, 80).replace(/[+/=]/g, 'x')],
    ['file:// + junk, through Builder.factory', () => Builder.factory({ mchid: '1900000109', privateKey: `file:///${der}` }), der],
  ];

  test.each(cases())('%s', (_label, run, material) => {
    expectRefusedWithoutMaterial(run, material);
  });

  test('the messages still say what went wrong', () => {
    expect(expectRefusedWithoutMaterial(() => Rsa.from(`file://${der}`), der).message).toMatch(
      /Rsa.from: \(the value, not shown: it looks like key material, not a path\) is not a valid file:\/\/ URL/,
    );
    expect(expectRefusedWithoutMaterial(() => Rsa.from(`file:///${der}`), der).message).toMatch(
      /Rsa.from: cannot read \(the value, not shown: it looks like key material, not a path\) \((?:ENOENT|ENAMETOOLONG)\)/,
    );
    expect(expectRefusedWithoutMaterial(() => PemUtil.loadCertificate(`file:///${pfx}`), pfx).message).toMatch(
      /PemUtil.loadCertificate: cannot read \(the value, not shown/,
    );
  });

  test('a real path is still named in the message', () => {
    const missing = join(__dirname, 'no-such-apiclient_key.pem');
    expect(() => Rsa.from(pathToFileURL(missing).href)).toThrow(`Rsa.from: cannot read ${JSON.stringify(missing)} (ENOENT).`);
  });
});

test('a key path that is a FIFO is refused at once, never opened for a blocking read (in a child process, so a regression cannot hang the tests)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-fifo-key-'));
  try {
    const fifo = join(dir, 'apiclient_key.pem');
    execFileSync('mkfifo', [fifo]);
    const rsa = JSON.stringify(join(__dirname, '..', '..', 'src', 'index'));
    const code = `import { Rsa } from ${rsa};
      const started = Date.now();
      const outcomes = [${JSON.stringify(fifo)}, ${JSON.stringify(`file://${fifo}`)}].map((key) => { try { Rsa.from(key, 'private'); return 'loaded'; } catch (e) { return e.message; } });
      console.log(JSON.stringify({ outcomes, ms: Date.now() - started }));`;
    const result = await runTypeScript(code, { timeoutMs: 10_000 });
    const printed = JSON.parse(result.stdout) as { outcomes: string[]; ms: number };
    for (const outcome of printed.outcomes) expect(outcome).toMatch(/is a FIFO \(named pipe\), not a key file/);
    expect(printed.ms).toBeLessThan(1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
