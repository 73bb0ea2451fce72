import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { ConfigurationError } from '../../../src/errors/errors';
import { createSelfSignedPair } from '../src/x509';
import { thrown } from '../../../__tests__/helpers/thrown';

import { pair, root, leaf, ROOT_SERIAL, rootPem, leafPem } from './x509-fixture';

describe('the openssl binary agrees (test-only cross-check)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-x509-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
  const pki = createSelfSignedPair();
  const other = createSelfSignedPair();
  writeFileSync(join(dir, 'root.pem'), rootPem);
  writeFileSync(join(dir, 'leaf.pem'), leafPem);
  writeFileSync(join(dir, 'ca.pem'), pki.ca);
  writeFileSync(join(dir, 'server.pem'), pki.cert);
  writeFileSync(join(dir, 'client.pem'), pki.issueClientCertificate('1900000109').cert);
  writeFileSync(join(dir, 'other-ca.pem'), other.ca);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parses the certificate and shows the serial and extensions', () => {
    const text = openssl('x509', '-in', 'root.pem', '-noout', '-text');
    expect(text).toContain(ROOT_SERIAL.toLowerCase().replace(/(..)(?!$)/g, '$1:'));
    expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(text).toMatch(/Basic Constraints: critical\s+CA:TRUE/);
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Key Encipherment, Certificate Sign, CRL Sign/);
    expect(openssl('x509', '-in', 'root.pem', '-noout', '-serial').trim()).toBe(`serial=${ROOT_SERIAL}`);
  });

  it('computes the key identifiers as SHA-1 of the RSA public key', () => {
    const colons = (key: KeyObject) =>
      createHash('sha1')
        .update(key.export({ type: 'pkcs1', format: 'der' }))
        .digest('hex')
        .toUpperCase()
        .replace(/(..)(?!$)/g, '$1:');
    const text = openssl('x509', '-in', 'leaf.pem', '-noout', '-text');
    expect(text).toMatch(new RegExp(`Subject Key Identifier:\\s+${colons(leaf.publicKey)}`));
    expect(text).toMatch(new RegExp(`Authority Key Identifier:\\s+(keyid:)?${colons(root.publicKey)}`));
    expect(text).toMatch(/Extended Key Usage:\s+TLS Web Server Authentication, TLS Web Client Authentication/);
    expect(text).toMatch(/Subject Alternative Name:\s+IP Address:127\.0\.0\.1, IP Address:0:0:0:0:0:0:0:1, DNS:localhost/);
  });

  it('verifies CA-issued certificates against their CA, strictly, and not against another', () => {
    expect(openssl('verify', '-CAfile', 'root.pem', 'leaf.pem').trim()).toBe('leaf.pem: OK');
    expect(openssl('verify', '-x509_strict', '-CAfile', 'ca.pem', 'server.pem', 'client.pem').trim()).toBe('server.pem: OK\nclient.pem: OK');
    expect(() => openssl('verify', '-CAfile', 'other-ca.pem', 'server.pem')).toThrow();
  });
});

describe('createSelfSignedPair in a real mutual-TLS handshake', () => {
  const pki = createSelfSignedPair();
  const merchant = pki.issueClientCertificate('1900000109', { subject: { O: '商户' } });
  let server: Server;
  let port = 0;
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer({ key: pki.key, cert: pki.cert, ca: pki.ca, requestCert: true, rejectUnauthorized: true }, (req, res) => {
      const cn = String((req.socket as TLSSocket).getPeerCertificate().subject.CN);
      seen.push(cn);
      res.end(cn);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  function get(options: { ca: string; cert?: string; key?: string }): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/', agent: false, timeout: 5000, ...options }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', reject);
      req.end();
    });
  }

  it('makes a server certificate for 127.0.0.1 and the client CN reaches the server', async () => {
    expect(new X509Certificate(pki.cert).checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(new X509Certificate(pki.ca).ca).toBe(true);
    await expect(get({ ca: pki.ca, cert: merchant.cert, key: merchant.key })).resolves.toEqual({ status: 200, body: '1900000109' });
    expect(new X509Certificate(merchant.cert).subject).toBe('O=商户\nCN=1900000109');
  });

  it('issues for a merchant key it did not generate', async () => {
    const own = pair();
    const issued = pki.issueClientCertificate('1900000110', { publicKey: own.publicKey });
    expect(Object.keys(issued)).toEqual(['cert']);
    const key = own.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(get({ ca: pki.ca, cert: issued.cert, key })).resolves.toEqual({ status: 200, body: '1900000110' });
  });

  it('fails the handshake for a client certificate from another CA, and without one', async () => {
    const before = seen.length;
    const foreign = createSelfSignedPair().issueClientCertificate('1900000109');
    // TLS 1.3 finishes the client's side first, so the refusal shows as an alert or a dropped socket.
    const refused = /alert|socket hang up|ECONNRESET|EPIPE/;
    await expect(get({ ca: pki.ca, cert: foreign.cert, key: foreign.key })).rejects.toThrow(refused);
    await expect(get({ ca: pki.ca })).rejects.toThrow(refused);
    expect(seen.length).toBe(before);
  });

  it('is rejected by a client that trusts another CA', async () => {
    await expect(get({ ca: createSelfSignedPair().ca, cert: merchant.cert, key: merchant.key })).rejects.toThrow(
      /self[- ]signed|unable to verify|certificate/i,
    );
  });

  it('honours days and now', () => {
    const past = createSelfSignedPair({ now: new Date('2020-01-01T00:00:00Z'), days: 2, hosts: ['example.test'] });
    const cert = new X509Certificate(past.cert);
    expect(new Date(cert.validFrom).toISOString()).toBe('2019-12-31T23:00:00.000Z');
    expect(new Date(cert.validTo).toISOString()).toBe('2020-01-03T00:00:00.000Z');
    expect(cert.checkHost('example.test')).toBe('example.test');
    expect(cert.subject).toBe('CN=example.test');
    expect(thrown(() => createSelfSignedPair({ days: 0 }))).toBeInstanceOf(ConfigurationError);
    expect(thrown(() => createSelfSignedPair({ hosts: [] }))).toBeInstanceOf(ConfigurationError);
  });
});
