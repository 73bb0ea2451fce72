/** Keys, names and certificate options shared by the x509 tests; every certificate is read back with node or openssl, never the simulator's own parser. */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createCertificate, type CertificateOptions } from '../src/x509';

export const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
export const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });
export const derOf = (pem: string) => Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');

export const root = pair();
export const leaf = pair();
export const stranger = pair();
export const ROOT_NAME = { C: 'CN', O: 'Tenpay.com', OU: 'Tenpay.com CA Center', CN: 'Tenpay.com Root CA' };
export const NOT_BEFORE = new Date('2024-01-02T03:04:05Z');
export const NOT_AFTER = new Date('2034-01-02T03:04:05Z');
export const ROOT_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';

export function rootOptions(extra: Partial<CertificateOptions> = {}): CertificateOptions {
  return {
    subjectKey: root.publicKey,
    issuerKey: root.privateKey,
    serial: ROOT_SERIAL,
    subject: ROOT_NAME,
    notBefore: NOT_BEFORE,
    notAfter: NOT_AFTER,
    ca: true,
    ...extra,
  };
}

export function leafOptions(extra: Partial<CertificateOptions> = {}): CertificateOptions {
  return {
    subjectKey: leaf.publicKey,
    issuerKey: root.privateKey,
    issuer: ROOT_NAME,
    serial: '0A1B2C3D',
    subject: { C: 'CN', O: '财付通支付科技有限公司', CN: '1900000109' },
    notBefore: NOT_BEFORE,
    notAfter: NOT_AFTER,
    extendedKeyUsage: ['serverAuth', 'clientAuth'],
    subjectAltNames: [{ ip: '127.0.0.1' }, { ip: '::1' }, { dns: 'localhost' }],
    ...extra,
  };
}

export const rootPem = createCertificate(rootOptions());
export const leafPem = createCertificate(leafOptions());
