import { execFileSync } from 'node:child_process';
import { createCipheriv, randomBytes, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPki {
  dir: string;
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  clientPfx: Buffer;
  pfxPassphrase: string;
  clientKeyPath: string;
  clientCertPath: string;
  cleanup(): void;
}

/** A throw-away CA, a 127.0.0.1 server certificate and a merchant client certificate, made by openssl. */
export function makePki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-pki-'));
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Test CA', '-days', '2');
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  run(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  );
  run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'client.key', '-out', 'client.csr', '-subj', '/CN=1900000109');
  run('x509', '-req', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'client.pem', '-days', '2');
  const pfxPassphrase = 'pfx-pass';
  run('pkcs12', '-export', '-in', 'client.pem', '-inkey', 'client.key', '-out', 'client.p12', '-passout', `pass:${pfxPassphrase}`);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    dir,
    ca: read('ca.pem'),
    serverCert: read('server.pem'),
    serverKey: read('server.key'),
    clientCert: read('client.pem'),
    clientKey: read('client.key'),
    clientPfx: readFileSync(join(dir, 'client.p12')),
    pfxPassphrase,
    clientKeyPath: join(dir, 'client.key'),
    clientCertPath: join(dir, 'client.pem'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A CA that issues platform certificates, as Tenpay.com Root CA does for WeChat Pay: made by openssl. */
export interface PlatformCa {
  /** The CA certificate (PEM): what a client is given as `platformCertificateAuthorities`. */
  pem: string;
  /**
   * A platform certificate for the RSA key `keyPem` (PKCS#8 PEM) under `serial` (hex), valid from
   * now for `days` days; `days: -1` makes one that expired a day ago.
   */
  issue(keyPem: string, serial: string, days: number): string;
  cleanup(): void;
}

/** A throw-away platform CA in a temporary folder (openssl, never the SDK). */
export function makePlatformCa(name = 'Test Platform CA'): PlatformCa {
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-platform-ca-'));
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', `/O=Test/CN=${name}`, '-days', '30');
  let issued = 0;
  return {
    pem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    issue(keyPem, serial, days) {
      issued += 1;
      writeFileSync(join(dir, `${issued}.key`), keyPem);
      run('req', '-new', '-key', `${issued}.key`, '-subj', `/O=Tenpay.com/CN=Tenpay.com sign ${serial}`, '-out', `${issued}.csr`);
      run(
        'x509',
        '-req',
        '-in',
        `${issued}.csr`,
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-set_serial',
        `0x${serial}`,
        '-days',
        String(days),
        '-out',
        `${issued}.pem`,
      );
      return readFileSync(join(dir, `${issued}.pem`), 'utf8');
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A self-signed certificate for `keyPem` under `serial`: what an attacker who has no CA can make. */
export function selfSigned(keyPem: string, serial: string, days = 10): string {
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-self-signed-'));
  try {
    writeFileSync(join(dir, 'key.pem'), keyPem);
    execFileSync(
      'openssl',
      ['req', '-x509', '-new', '-key', 'key.pem', '-subj', `/CN=Self ${serial}`, '-set_serial', `0x${serial}`, '-days', String(days), '-out', 'cert.pem'],
      {
        cwd: dir,
        stdio: 'pipe',
      },
    );
    return readFileSync(join(dir, 'cert.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const beijing = (date: string) => `${new Date(new Date(date).getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;

/**
 * One `data[]` entry of a `GET /v3/certificates` answer, sealed with node's AES-256-GCM (not the
 * SDK's) under `apiv3Key`; `listedAs` lists it under another serial, `tamperTag` flips a tag bit.
 */
export function sealCertificate(pem: string, apiv3Key: string, options: { listedAs?: string; tamperTag?: boolean } = {}) {
  const certificate = new X509Certificate(pem);
  const nonce = randomBytes(6).toString('hex');
  const associated = 'certificate';
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiv3Key), Buffer.from(nonce));
  cipher.setAAD(Buffer.from(associated));
  const sealed = Buffer.concat([cipher.update(pem, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  if (options.tamperTag) sealed[sealed.length - 1]! ^= 1;
  return {
    serial_no: options.listedAs ?? certificate.serialNumber.toUpperCase(),
    effective_time: beijing(certificate.validFrom),
    expire_time: beijing(certificate.validTo),
    encrypt_certificate: { algorithm: 'AEAD_AES_256_GCM', nonce, associated_data: associated, ciphertext: sealed.toString('base64') },
  };
}
