import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign as nodeSign, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/shared';
import { ConfigurationError, ErrorCode, Rsa, WechatpayError } from '../../src';
import { keyFiles, pem, privateKey, publicKey } from './rsa-fixture';

const shared = FIXTURES;
const files = keyFiles();
const { write } = files;

describe('Rsa KeyObject fast path', () => {
  it('returns a fitting KeyObject as is, and caches the public half of a private one', () => {
    expect(Rsa.from(privateKey, 'private')).toBe(privateKey);
    expect(Rsa.from(publicKey, 'public')).toBe(publicKey);
    expect(Rsa.from(privateKey, 'public')).toBe(Rsa.from(privateKey, 'public'));
  });

  it('round trips sign/verify and encrypt/decrypt on KeyObjects', () => {
    const signature = Rsa.sign('message', privateKey);
    expect(Rsa.verify('message', signature, publicKey)).toBe(true);
    expect(Rsa.verify('messagE', signature, publicKey)).toBe(false);
    expect(Rsa.decrypt(Rsa.encrypt('secret', publicKey), privateKey)).toBe('secret');
  });

  it('OAEP is randomised: two encryptions differ', () => {
    expect(Rsa.encrypt('same', publicKey)).not.toBe(Rsa.encrypt('same', publicKey));
  });
});

describe('Rsa with an X.509 certificate (openssl)', () => {
  let certPem: string;
  let certKey: KeyObject;

  beforeAll(() => {
    const keyFile = path.join(files.dir, 'cert-key.pem');
    const certFile = path.join(files.dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=test',
        '-days',
        '1',
        '-set_serial',
        '0x1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'pipe' },
    );
    certPem = readFileSync(certFile, 'utf8');
    certKey = Rsa.from(`file://${keyFile}`, 'private');
  });

  it('gives the certificate public key, which verifies the private key signature', () => {
    const signature = nodeSign('sha256', Buffer.from('hello'), certKey).toString('base64');
    for (const form of [certPem, Buffer.from(certPem), new X509Certificate(certPem), write('c.pem', certPem)]) {
      const key = Rsa.from(form, 'public');
      expect(key.type).toBe('public');
      expect(Rsa.verify('hello', signature, key)).toBe(true);
      expect(Rsa.verify('hellO', signature, form)).toBe(false);
    }
  });

  it('refuses a certificate where a private key is needed', () => {
    expect(() => Rsa.from(certPem, 'private')).toThrow(ConfigurationError);
    expect(() => Rsa.sign('x', certPem)).toThrow(/cannot sign/);
  });

  it('takes the private key from a key + certificate bundle', () => {
    const bundle = `${certPem}\n${certKey.export({ type: 'pkcs8', format: 'pem' })}`;
    expect(Rsa.verify('x', Rsa.sign('x', bundle), certPem)).toBe(true);
  });
});

describe('Rsa.verify on the PHP SDK capture (known answer)', () => {
  const line = readFileSync(path.join(shared, 'php-wire.jsonl'), 'utf8').split('\n')[2] ?? '';
  const request = JSON.parse(line) as { method: string; url: string; headers: Record<string, string>; body: string };
  const auth = request.headers.authorization ?? '';
  const field = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(auth)?.[1] ?? '';
  const merchantPublicKey =
    /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/.exec(readFileSync(path.join(shared, 'php-wire.md'), 'utf8'))?.[0] ?? '';
  const message = `GET\n/v3/pay/transactions/out-trade-no/1217752501201407033233368018?mchid=1900000109\n${field('timestamp')}\n${field('nonce_str')}\n\n`;
  const signature = field('signature');

  it('parses the capture', () => {
    expect(request.method).toBe('GET');
    expect(request.url).toBe('/v3/pay/transactions/out-trade-no/1217752501201407033233368018?mchid=1900000109');
    expect(field('timestamp')).toMatch(/^\d{10}$/);
    expect(field('nonce_str')).toHaveLength(32);
    expect(merchantPublicKey).toContain('BEGIN PUBLIC KEY');
  });

  it('the Authorization signature verifies with the merchant public key', () => {
    expect(Rsa.verify(message, signature, merchantPublicKey)).toBe(true);
  });

  it('one flipped character of the message or of the signature fails', () => {
    expect(Rsa.verify(message.replace('mchid=1900000109', 'mchid=1900000108'), signature, merchantPublicKey)).toBe(false);
    const at = 10;
    const flipped = signature.slice(0, at) + (signature[at] === 'A' ? 'B' : 'A') + signature.slice(at + 1);
    expect(Rsa.verify(message, flipped, merchantPublicKey)).toBe(false);
  });
});

describe('Rsa.verify never throws on junk signatures', () => {
  const good = Rsa.sign('m', privateKey);
  it.each([
    ['WECHATPAY/SIGNTEST/ probe', `WECHATPAY/SIGNTEST/${good.slice(19)}`],
    ['WECHATPAY/SIGNTEST/ short probe', 'WECHATPAY/SIGNTEST/abc'],
    ['not base64', '!!!not base64!!!'],
    ['empty', ''],
    ['valid base64 of the wrong length', Buffer.from('short').toString('base64')],
    ['right length, wrong bytes', Buffer.alloc(256, 1).toString('base64')],
    ['undefined (missing header)', undefined],
  ])('%s: false', (_label, signature) => {
    expect(Rsa.verify('m', signature as string, publicKey)).toBe(false);
  });
});

describe('Rsa failures', () => {
  const secretLooking = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDsecretmaterial';

  it('garbage PEM: ConfigurationError naming what was expected, without the content', () => {
    const garbage = `-----BEGIN PRIVATE KEY-----\n${secretLooking}\n-----END PRIVATE KEY-----\n`;
    expect(() => Rsa.from(garbage, 'private')).toThrow(ConfigurationError);
    expect(() => Rsa.from(garbage, 'private')).toThrow(/expected a private RSA key/);
    expect(() => Rsa.from(garbage, 'private')).not.toThrow(secretLooking);
  });

  it('a bare base64 key without prefix: ConfigurationError, not echoed', () => {
    expect(() => Rsa.from(secretLooking, 'private')).toThrow(ConfigurationError);
    expect(() => Rsa.from(secretLooking, 'private')).not.toThrow(secretLooking);
  });

  it('a prefix with junk after it: ConfigurationError, not echoed', () => {
    expect(() => Rsa.from(`private.pkcs8://${secretLooking}`, 'private')).toThrow(/private\.pkcs8/);
    expect(() => Rsa.from(`private.pkcs8://${secretLooking}`, 'private')).not.toThrow(secretLooking);
    expect(() => Rsa.from('public.spki://***', 'public')).toThrow(ConfigurationError);
  });

  it('truncated PEM (no END line): ConfigurationError', () => {
    expect(() => Rsa.from(pem.pkcs8Private.slice(0, 200), 'private')).toThrow(ConfigurationError);
  });

  it('a public key where a private key is needed: ConfigurationError', () => {
    expect(() => Rsa.from(publicKey, 'private')).toThrow(/cannot sign or decrypt/);
    expect(() => Rsa.from(pem.spkiPublic, 'private')).toThrow(ConfigurationError);
    expect(() => Rsa.sign('x', publicKey)).toThrow(ConfigurationError);
    expect(() => Rsa.decrypt('AAAA', pem.spkiPublic)).toThrow(ConfigurationError);
  });

  it('non-RSA keys are refused', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    expect(() => Rsa.from(ec.privateKey, 'private')).toThrow(/ec key/);
    expect(() => Rsa.from(ec.publicKey.export({ type: 'spki', format: 'pem' }) as string, 'public')).toThrow(/ec key/);
    const ed = generateKeyPairSync('ed25519');
    expect(() => Rsa.sign('x', ed.privateKey)).toThrow(/RSA only/);
  });

  it('an encrypted private key without its passphrase asks for [pem, passphrase]', () => {
    const encrypted = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string;
    expect(() => Rsa.from(encrypted, 'private')).toThrow(/encrypted `ENCRYPTED PRIVATE KEY` PEM without its passphrase; pass \[pem, passphrase\]/);
  });

  it('a missing file:// path: ConfigurationError naming the file', () => {
    expect(() => Rsa.from('file:///nonexistent/apiclient_key.pem', 'private')).toThrow(/ENOENT/);
  });

  it('wrong kinds of argument and type: ConfigurationError', () => {
    expect(() => Rsa.from(42 as unknown as string)).toThrow(ConfigurationError);
    expect(() => Rsa.from(null as unknown as string)).toThrow(ConfigurationError);
    expect(() => Rsa.from(publicKey, 'secret' as 'public')).toThrow(/'private' or 'public'/);
  });

  it('decrypt with the wrong key or junk: verification error', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ciphertext = Rsa.encrypt('x', publicKey);
    for (const call of [() => Rsa.decrypt(ciphertext, other.privateKey), () => Rsa.decrypt('not base64!', privateKey), () => Rsa.decrypt('AAAA', privateKey)]) {
      expect(call).toThrow(WechatpayError);
      try {
        call();
      } catch (error) {
        expect((error as WechatpayError).code).toBe(ErrorCode.VERIFICATION);
      }
    }
  });

  it('encrypt of more than OAEP allows: WechatpayError', () => {
    expect(() => Rsa.encrypt('x'.repeat(215), publicKey)).toThrow(/214 bytes/);
    expect(Rsa.decrypt(Rsa.encrypt('x'.repeat(214), publicKey), privateKey)).toHaveLength(214);
  });
});
