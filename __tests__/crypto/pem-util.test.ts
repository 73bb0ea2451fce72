import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign as nodeSign, verify as nodeVerify, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PemUtil } from '../../src/crypto';
import { ConfigurationError } from '../../src/errors/errors';

const SERIAL = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C';
let dir: string;

/** A self-signed certificate made by the openssl CLI, independent of the code under test. */
function makeCert(name: string, serial: string): { certFile: string; keyFile: string; opensslSerial: string } {
  const keyFile = path.join(dir, `${name}-key.pem`);
  const certFile = path.join(dir, `${name}-cert.pem`);
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=test', '-days', '1', '-set_serial', serial, '-keyout', keyFile, '-out', certFile],
    { stdio: 'pipe' },
  );
  const opensslSerial = execFileSync('openssl', ['x509', '-in', certFile, '-noout', '-serial'], { encoding: 'utf8' })
    .trim()
    .replace(/^serial=/, '');
  return { certFile, keyFile, opensslSerial };
}

let main: ReturnType<typeof makeCert>;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wechatpay-pem-'));
  main = makeCert('main', `0x${SERIAL}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PemUtil.parseCertificateSerialNo', () => {
  it('gives the serial WeChat shows, from every input form', () => {
    const pem = readFileSync(main.certFile, 'utf8');
    for (const form of [pem, Buffer.from(pem), main.certFile, pathToFileURL(main.certFile).href, new X509Certificate(pem)]) {
      expect(PemUtil.parseCertificateSerialNo(form)).toBe(SERIAL);
    }
  });

  it('agrees with `openssl x509 -serial`', () => {
    expect(PemUtil.parseCertificateSerialNo(main.certFile)).toBe(main.opensslSerial);
  });

  it('keeps a leading zero digit (whole bytes, like openssl and WeChat)', () => {
    const zero = makeCert('zero', '0x0DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C');
    expect(PemUtil.parseCertificateSerialNo(zero.certFile)).toBe('0DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C');
    expect(PemUtil.parseCertificateSerialNo(zero.certFile)).toBe(zero.opensslSerial);
  });

  it('does not print the DER sign byte of a serial with its top bit set', () => {
    const high = makeCert('high', '0x9DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C');
    expect(PemUtil.parseCertificateSerialNo(high.certFile)).toBe('9DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C');
  });
});

describe('PemUtil.loadCertificate', () => {
  it('loads PEM text, a path, a file:// URL and DER bytes', () => {
    const pem = readFileSync(main.certFile, 'utf8');
    const der = new X509Certificate(pem).raw;
    for (const form of [pem, main.certFile, pathToFileURL(main.certFile).href, der]) {
      const cert = PemUtil.loadCertificate(form);
      expect(cert).toBeInstanceOf(X509Certificate);
      expect(cert.subject).toBe('CN=test');
    }
    expect(PemUtil.loadCertificateFromString(pem).serialNumber).toBe(SERIAL);
  });

  it('refuses a private key, garbage and a missing file with ConfigurationError', () => {
    const keyPem = readFileSync(main.keyFile, 'utf8');
    expect(() => PemUtil.loadCertificate(keyPem)).toThrow(/no `BEGIN CERTIFICATE` block/);
    expect(() => PemUtil.loadCertificate('-----BEGIN CERTIFICATE-----\nMIIBgarbage\n-----END CERTIFICATE-----')).toThrow(ConfigurationError);
    expect(() => PemUtil.loadCertificate('MIIBsecretlooking')).toThrow(ConfigurationError);
    expect(() => PemUtil.loadCertificate('MIIBsecretlooking')).not.toThrow('MIIBsecretlooking');
    expect(() => PemUtil.loadCertificate('file:///nonexistent/cert.pem')).toThrow(/ENOENT/);
    expect(() => PemUtil.parseCertificateSerialNo(Buffer.from('not der'))).toThrow(ConfigurationError);
  });
});

describe('PemUtil.loadPrivateKey', () => {
  it('loads the key whose signatures the certificate verifies', () => {
    const key = PemUtil.loadPrivateKey(main.keyFile);
    expect(key.type).toBe('private');
    const signature = nodeSign('sha256', Buffer.from('hi'), key);
    expect(nodeVerify('sha256', Buffer.from('hi'), PemUtil.loadCertificate(main.certFile).publicKey, signature)).toBe(true);
    expect(PemUtil.loadPrivateKeyFromString(readFileSync(main.keyFile, 'utf8')).type).toBe('private');
  });

  it('refuses a certificate or a public key', () => {
    expect(() => PemUtil.loadPrivateKey(main.certFile)).toThrow(ConfigurationError);
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => PemUtil.loadPrivateKey(publicKey)).toThrow(ConfigurationError);
  });
});
