import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TENPAY_ROOT_CA } from '../../src';

// The CA the SDK trusts by default is data: it must be WeChat Pay's, byte for byte, as its
// published chain (CertTrustChain.p7b, in the fixture) has it, and its issuers must vouch for it.
const chain = readFileSync(join(__dirname, '../fixtures/cert-trust-chain.pem'), 'utf8')
  .match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)!
  .map((pem) => new X509Certificate(pem));
const shipped = new X509Certificate(TENPAY_ROOT_CA);
const [tenpay, enterprise, root] = chain as [X509Certificate, X509Certificate, X509Certificate];

test('TENPAY_ROOT_CA is Tenpay.com Root CA, the certificate of the published trust chain, by fingerprint', () => {
  expect(shipped.subject).toBe('C=CN\nO=Tenpay.com\nOU=Tenpay.com CA Center\nCN=Tenpay.com Root CA');
  expect(shipped.fingerprint256).toBe('B2:9F:8B:25:13:EB:2F:7C:49:C0:7C:7C:20:F4:02:7C:A9:03:D0:71:DF:72:CA:A0:B2:B9:24:EF:F4:3A:94:52');
  expect(shipped.raw.equals(tenpay.raw)).toBe(true);
  expect(shipped.serialNumber.toUpperCase()).toBe('1BD4220E50DBC04B06AD397549846C01C3E8EBD2');
  expect([shipped.validFrom, shipped.validTo].map((date) => new Date(date).toISOString())).toEqual(['2017-08-09T09:15:55.000Z', '2032-08-09T09:15:55.000Z']);
  expect(shipped.ca).toBe(true);
});

test('its issuers sign it: iTrusChina Class 2 Enterprise CA - G3, under the self-signed iTrusChina Class 2 Root CA - G3', () => {
  expect(shipped.checkIssued(enterprise) && shipped.verify(enterprise.publicKey)).toBe(true);
  expect(enterprise.checkIssued(root) && enterprise.verify(root.publicKey)).toBe(true);
  expect(root.checkIssued(root) && root.verify(root.publicKey)).toBe(true);
  // The check can fail: the CA does not sign itself, nor does the root sign it directly.
  expect(shipped.verify(shipped.publicKey)).toBe(false);
  expect(shipped.verify(root.publicKey)).toBe(false);
});

test('a real WeChat Pay platform certificate and a real merchant API certificate are both issued by it', () => {
  for (const name of ['tenpay-platform-certificate.pem', 'tenpay-merchant-certificate.pem']) {
    const issued = new X509Certificate(readFileSync(join(__dirname, '../fixtures', name), 'utf8'));
    expect(issued.checkIssued(shipped) && issued.verify(shipped.publicKey)).toBe(true);
  }
});
