import { generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { ConfigurationError } from '../../../src/errors/errors';
import { createCertificate, randomSerial, type CertificateOptions } from '../src/x509';
import { thrown } from '../../../__tests__/helpers/thrown';

import { spki, derOf, root, leaf, stranger, NOT_BEFORE, NOT_AFTER, ROOT_SERIAL, rootOptions, rootPem, leafPem } from './x509-fixture';

describe('createCertificate, read back by node X509Certificate', () => {
  const cert = new X509Certificate(rootPem);

  it('is PEM with 64-character lines', () => {
    expect(rootPem).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/]{64}\n)+[A-Za-z0-9+/=]{1,64}\n-----END CERTIFICATE-----\n$/);
  });

  it('carries the serial, names and validity given', () => {
    expect(cert.serialNumber).toBe(ROOT_SERIAL);
    expect(cert.subject).toBe('C=CN\nO=Tenpay.com\nOU=Tenpay.com CA Center\nCN=Tenpay.com Root CA');
    expect(cert.issuer).toBe(cert.subject);
    expect(new Date(cert.validFrom).getTime()).toBe(NOT_BEFORE.getTime());
    expect(new Date(cert.validTo).getTime()).toBe(NOT_AFTER.getTime());
    expect(cert.ca).toBe(true);
  });

  it('binds the subject key and verifies with its own key only', () => {
    expect(spki(cert.publicKey).equals(spki(root.publicKey))).toBe(true);
    expect(cert.verify(root.publicKey)).toBe(true);
    expect(cert.verify(stranger.publicKey)).toBe(false);
    expect(cert.checkIssued(cert)).toBe(true);
  });

  it('prints a serial with a high first byte as given, upper-case (the 00 is encoding only)', () => {
    const serial = 'f0c09a5b1cb0b596fbf137a8241e57235e58ef7a';
    const high = new X509Certificate(createCertificate(rootOptions({ serial })));
    expect(high.serialNumber).toBe(serial.toUpperCase());
    // INTEGER, length 21, then the 00 that keeps it positive.
    expect(derOf(createCertificate(rootOptions({ serial }))).includes(Buffer.from(`021500${serial}`, 'hex'))).toBe(true);
  });

  it('signs a CA-issued certificate with the CA key, not its own', () => {
    const issued = new X509Certificate(leafPem);
    expect(issued.issuer).toBe(cert.subject);
    expect(spki(issued.publicKey).equals(spki(leaf.publicKey))).toBe(true);
    expect(issued.verify(root.publicKey)).toBe(true);
    expect(issued.verify(leaf.publicKey)).toBe(false);
    expect(issued.checkIssued(cert)).toBe(true);
    expect(issued.ca).toBe(false);
    expect(issued.serialNumber).toBe('0A1B2C3D');
  });

  it('writes subjectAltName IPs (v4 and v6) and DNS names that node matches', () => {
    const issued = new X509Certificate(leafPem);
    expect(issued.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(issued.checkIP('::1')).toBeDefined();
    expect(issued.checkIP('127.0.0.2')).toBeUndefined();
    expect(issued.checkHost('localhost')).toBe('localhost');
    expect(issued.subjectAltName).toBe('IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, DNS:localhost');
    expect(issued.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
  });

  it('round-trips CJK names as UTF8String', () => {
    const cjk = new X509Certificate(createCertificate(rootOptions({ subject: { O: '腾讯', CN: '微信支付平台证书' } })));
    expect(cjk.subject).toBe('O=腾讯\nCN=微信支付平台证书');
    expect(derOf(createCertificate(rootOptions({ subject: { CN: '微信' } }))).includes(Buffer.concat([Buffer.from([0x0c, 6]), Buffer.from('微信')]))).toBe(
      true,
    );
  });

  it('writes 2050 and later as GeneralizedTime that node reads back', () => {
    const late = createCertificate(rootOptions({ notBefore: new Date('2049-06-01T00:00:00Z'), notAfter: new Date('2060-01-01T00:00:00Z') }));
    const parsed = new X509Certificate(late);
    expect(new Date(parsed.validFrom).toISOString()).toBe('2049-06-01T00:00:00.000Z');
    expect(new Date(parsed.validTo).toISOString()).toBe('2060-01-01T00:00:00.000Z');
    expect(derOf(late).includes(Buffer.from('\x18\x0f20600101000000Z', 'latin1'))).toBe(true);
    expect(derOf(late).includes(Buffer.from('\x17\x0d490601000000Z', 'latin1'))).toBe(true);
  });

  it('drops milliseconds, which X.509 cannot carry', () => {
    const parsed = new X509Certificate(createCertificate(rootOptions({ notBefore: new Date('2024-01-02T03:04:05.999Z') })));
    expect(new Date(parsed.validFrom).toISOString()).toBe('2024-01-02T03:04:05.000Z');
  });

  it('randomSerial gives 40 upper-case hex digits that survive as written', () => {
    for (let i = 0; i < 20; i += 1) {
      const serial = randomSerial();
      expect(serial).toMatch(/^[1-7][0-9A-F]{39}$/);
    }
    const serial = randomSerial();
    expect(new X509Certificate(createCertificate(rootOptions({ serial }))).serialNumber).toBe(serial);
  });
});

describe('createCertificate refuses bad input before signing', () => {
  const cases: Array<[string, Partial<CertificateOptions>, RegExp]> = [
    ['odd hex serial', { serial: 'ABC' }, /odd number of hex digits/],
    ['non-hex serial', { serial: 'XYZ1' }, /serial must be hex/],
    ['leading 00 serial', { serial: '0012' }, /starts with a 00 byte/],
    ['21-byte serial', { serial: '11'.repeat(21) }, /at most 20/],
    ['private subjectKey', { subjectKey: root.privateKey }, /subjectKey must be a public key/],
    ['public issuerKey', { issuerKey: root.publicKey }, /issuerKey must be a private key/],
    ['EC issuerKey', { issuerKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey }, /issuerKey must be an RSA key/],
    ['not a KeyObject', { subjectKey: 'pem' as unknown as KeyObject }, /subjectKey must be a public RSA KeyObject/],
    ['self-signed with a foreign key', { issuerKey: stranger.privateKey }, /issuerKey is not the private half of subjectKey/],
    ['notAfter before notBefore', { notAfter: new Date('2020-01-01T00:00:00Z') }, /notAfter .* must be later than notBefore/],
    ['invalid Date', { notBefore: new Date('nope') }, /notBefore must be a valid Date/],
    ['lower-case country', { subject: { C: 'cn', CN: 'x' } }, /C must be a two-letter ISO 3166 code/],
    ['unknown attribute', { subject: { CN: 'x', E: 'a@b' } as never }, /subject has E/],
    ['empty O', { subject: { CN: 'x', O: '' } }, /subject\.O must be a non-empty string/],
    ['missing CN', { subject: { O: 'x' } as never }, /subject\.CN is required/],
    ['newline in CN', { subject: { CN: 'a\nb' } }, /control character/],
    ['lone surrogate', { subject: { CN: 'a\uD800' } }, /lone UTF-16 surrogate/],
    ['bad IP', { subjectAltNames: [{ ip: '999.1.1.1' }] }, /ip '999\.1\.1\.1' is not an IPv4 or IPv6 address/],
    ['IPv6 zone', { subjectAltNames: [{ ip: 'fe80::1%eth0' }] }, /is not an IPv4 or IPv6 address/],
    ['bad DNS', { subjectAltNames: [{ dns: 'exa mple.com' }] }, /dns 'exa mple\.com' is not a DNS name/],
    ['empty SAN list', { subjectAltNames: [] }, /at least one name/],
    ['unknown EKU', { extendedKeyUsage: ['codeSigning' as never] }, /'codeSigning' is not one of serverAuth, clientAuth/],
    ['duplicate EKU', { extendedKeyUsage: ['serverAuth', 'serverAuth'] }, /twice/],
  ];
  it.each(cases)('%s', (_name, extra, message) => {
    const error = thrown(() => createCertificate(rootOptions(extra)));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('PRIVATE KEY');
  });
});
