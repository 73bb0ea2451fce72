import { constants, privateDecrypt, publicEncrypt, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ConfigurationError, Rsa } from '../../src';
import { keyFiles, pem, privateKey, publicKey, spkiDer, spkiOf } from './rsa-fixture';

const files = keyFiles();
const { write } = files;

describe('Rsa constants', () => {
  it('matches PHP', () => {
    expect(Rsa.KEY_TYPE_PRIVATE).toBe('private');
    expect(Rsa.KEY_TYPE_PUBLIC).toBe('public');
  });
});

describe('Rsa.from private forms', () => {
  const forms = (): Array<[string, unknown]> => [
    ['KeyObject', privateKey],
    ['PKCS#1 PEM', pem.pkcs1Private],
    ['PKCS#8 PEM', pem.pkcs8Private],
    ['PKCS#1 PEM Buffer', Buffer.from(pem.pkcs1Private)],
    ['PKCS#8 PEM Buffer', Buffer.from(pem.pkcs8Private)],
    ['PKCS#1 PEM with CRLF line ends', pem.pkcs1Private.replace(/\n/g, '\r\n')],
    ['private.pkcs1://', `private.pkcs1://${privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64')}`],
    ['private.pkcs8://', `private.pkcs8://${privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')}`],
    ['file:// URL (PKCS#8)', pathToFileURL(write('key8.pem', pem.pkcs8Private)).href],
    ['file:// URL (PKCS#1)', pathToFileURL(write('key1.pem', pem.pkcs1Private)).href],
    ['plain path', write('plain.pem', pem.pkcs8Private)],
  ];

  it('every form signs with the generated key (checked by node:crypto)', () => {
    const message = 'GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n';
    for (const [label, form] of forms()) {
      const key = Rsa.from(form as string, 'private');
      expect([label, key.type, key.asymmetricKeyType]).toEqual([label, 'private', 'rsa']);
      const signature = Rsa.sign(message, form as string);
      expect([label, nodeVerify('sha256', Buffer.from(message), publicKey, Buffer.from(signature, 'base64'))]).toEqual([label, true]);
    }
  });

  it('every form decrypts what node:crypto encrypted with OAEP SHA-1', () => {
    const secret = '张三 13800138000';
    const ciphertext = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(secret)).toString('base64');
    for (const [label, form] of forms()) {
      expect([label, Rsa.decrypt(ciphertext, form as string)]).toEqual([label, secret]);
    }
  });

  it('the PHP-named helpers read base64 DER', () => {
    expect(Rsa.fromPkcs8(privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')).type).toBe('private');
    expect(Rsa.fromPkcs1(privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64')).type).toBe('private');
    expect(spkiOf(Rsa.fromPkcs1(publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64'), true))).toBe(spkiDer);
    expect(spkiOf(Rsa.fromSpki(spkiDer))).toBe(spkiDer);
  });
});

describe('Rsa.from defaults to a private key, as PHP does', () => {
  it('no type gives the private key, of every private form', () => {
    for (const form of [
      privateKey,
      pem.pkcs8Private,
      pem.pkcs1Private,
      `private.pkcs8://${privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')}`,
    ]) {
      const key = Rsa.from(form);
      expect(key.type).toBe('private');
      expect(nodeVerify('sha256', Buffer.from('m'), publicKey, Buffer.from(Rsa.sign('m', key), 'base64'))).toBe(true);
    }
  });

  it('no type with a public key or a certificate is refused, not read as public', () => {
    expect(() => Rsa.from(pem.spkiPublic)).toThrow(ConfigurationError);
    expect(() => Rsa.from(publicKey)).toThrow(/expected a private RSA key.*; got a public KeyObject, which cannot sign/);
    expect(() => Rsa.from(`public.spki://${spkiDer}`)).toThrow(/expected a private RSA key/);
  });
});

describe("Rsa.fromPkcs1 takes PHP's type string", () => {
  const pkcs1Private = privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
  const pkcs1Public = publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');

  it("'private' (the default) and 'public'", () => {
    expect(Rsa.fromPkcs1(pkcs1Private, 'private').type).toBe('private');
    expect(Rsa.fromPkcs1(pkcs1Private, Rsa.KEY_TYPE_PRIVATE).type).toBe('private');
    expect(Rsa.fromPkcs1(pkcs1Private).type).toBe('private');
    expect(spkiOf(Rsa.fromPkcs1(pkcs1Public, 'public'))).toBe(spkiDer);
    expect(spkiOf(Rsa.fromPkcs1(pkcs1Public, Rsa.KEY_TYPE_PUBLIC))).toBe(spkiDer);
  });

  it('the older boolean still works: true is public, false private', () => {
    expect(spkiOf(Rsa.fromPkcs1(pkcs1Public, true))).toBe(spkiDer);
    expect(Rsa.fromPkcs1(pkcs1Private, false).type).toBe('private');
  });

  it('a wrong kind of key for the type, or an unknown type, is a ConfigurationError', () => {
    expect(() => Rsa.fromPkcs1(pkcs1Public, 'private')).toThrow(ConfigurationError);
    expect(() => Rsa.fromPkcs1(pkcs1Private, 'secret' as 'public')).toThrow(/Rsa.fromPkcs1: type must be 'private' or 'public'; got "secret"/);
  });
});

describe("Rsa.from([pem, passphrase]): encrypted private keys, PHP's array form", () => {
  const passphrase = 'correct horse battery staple';
  const message = 'POST\n/v3/pay/transactions/native\n1554208460\nNONCE\n{}\n';
  const encrypted = {
    pkcs8: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string,
    pkcs1: privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string,
  };
  const signs = (key: KeyObject) => nodeVerify('sha256', Buffer.from(message), publicKey, Buffer.from(Rsa.sign(message, key), 'base64'));
  /** Fails the test unless `run` throws a ConfigurationError, which it returns. */
  const refusal = (run: () => unknown): ConfigurationError => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return error as ConfigurationError;
    }
    throw new Error('expected a ConfigurationError');
  };
  /** Neither the passphrase nor any 16 characters of the key's base64 appear in any rendering. */
  const expectNothingShown = (error: Error, pemText: string) => {
    const body = pemText.replace(/-----[^-]+-----|Proc-Type:.*|DEK-Info:.*|\s/g, '');
    for (const rendering of [error.message, JSON.stringify(error), inspect(error)]) {
      expect(rendering).not.toContain(passphrase);
      for (let at = 0; at + 16 <= body.length; at += 8) expect(rendering).not.toContain(body.slice(at, at + 16));
    }
  };

  it('an ENCRYPTED PRIVATE KEY PEM (text, Buffer, file:// URL, path) with its passphrase signs', () => {
    const file = write('encrypted.pem', encrypted.pkcs8);
    for (const key of [encrypted.pkcs8, Buffer.from(encrypted.pkcs8), pathToFileURL(file).href, file]) {
      expect(signs(Rsa.from([key, passphrase], 'private'))).toBe(true);
      expect(signs(Rsa.from([key, passphrase]))).toBe(true);
    }
  });

  it('an encrypted traditional PKCS#1 PEM (Proc-Type: 4,ENCRYPTED) with its passphrase signs', () => {
    expect(encrypted.pkcs1).toMatch(/Proc-Type: 4,ENCRYPTED/);
    expect(signs(Rsa.from([encrypted.pkcs1, passphrase], 'private'))).toBe(true);
  });

  it('the pair works wherever a key does, and asked as public gives the public half', () => {
    expect(nodeVerify('sha256', Buffer.from(message), publicKey, Buffer.from(Rsa.sign(message, [encrypted.pkcs8, passphrase]), 'base64'))).toBe(true);
    expect(spkiOf(Rsa.from([encrypted.pkcs8, passphrase], 'public'))).toBe(spkiDer);
  });

  it('a wrong passphrase says so and shows neither the key nor the passphrase', () => {
    for (const text of [encrypted.pkcs8, encrypted.pkcs1]) {
      const error = refusal(() => Rsa.from([text, `${passphrase}!`], 'private'));
      expect(error.message).toMatch(/the passphrase does not decrypt the encrypted `(ENCRYPTED PRIVATE KEY|RSA PRIVATE KEY)` PEM/);
      expect(error.message).not.toContain(`${passphrase}!`);
      expectNothingShown(error, text);
    }
  });

  it('a missing or empty passphrase says so', () => {
    for (const run of [() => Rsa.from(encrypted.pkcs8, 'private'), () => Rsa.from(encrypted.pkcs1)]) {
      const error = refusal(run);
      expect(error.message).toMatch(/without its passphrase; pass \[pem, passphrase\]/);
      expectNothingShown(error, encrypted.pkcs8);
    }
    expect(refusal(() => Rsa.from([encrypted.pkcs8, ''])).message).toMatch(/\[key, passphrase\] with an empty passphrase/);
    expect(refusal(() => Rsa.from([encrypted.pkcs8] as unknown as [string, string])).message).toMatch(/not PHP's \[key, passphrase\] pair \(1 items/);
    expect(refusal(() => Rsa.from([encrypted.pkcs8, 42] as unknown as [string, string])).message).toMatch(/a missing passphrase/);
    expect(refusal(() => Rsa.from([privateKey, passphrase] as unknown as [string, string])).message).toMatch(/not PHP's \[key, passphrase\] pair/);
  });

  it('private.pkcs8:// takes unencrypted DER only, as in PHP 1.4.12 (which cannot load encrypted DER either)', () => {
    const der = privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase }).toString('base64');
    expect(refusal(() => Rsa.from(`private.pkcs8://${der}`)).message).toMatch(
      /`private.pkcs8:\/\/` DER that is encrypted; give the `BEGIN ENCRYPTED PRIVATE KEY` PEM with its passphrase/,
    );
    expect(refusal(() => Rsa.from([`private.pkcs8://${der}`, passphrase])).message).toMatch(/PHP's prefixes hold unencrypted DER/);
    expectNothingShown(
      refusal(() => Rsa.from([`private.pkcs8://${der}`, passphrase])),
      der,
    );
  });

  it('a passphrase given with an unencrypted key is not needed and does no harm (as in PHP)', () => {
    expect(signs(Rsa.from([pem.pkcs8Private, passphrase]))).toBe(true);
  });
});

describe('Rsa.from public forms', () => {
  const forms = (): Array<[string, unknown]> => [
    ['KeyObject', publicKey],
    ['private KeyObject asked as public', privateKey],
    ['SPKI PEM', pem.spkiPublic],
    ['PKCS#1 public PEM', pem.pkcs1Public],
    ['SPKI PEM Buffer', Buffer.from(pem.spkiPublic)],
    ['PKCS#8 private PEM asked as public', pem.pkcs8Private],
    ['public.spki://', `public.spki://${spkiDer}`],
    ['public.pkcs1://', `public.pkcs1://${publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64')}`],
    ['private.pkcs1:// asked as public', `private.pkcs1://${privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64')}`],
    ['file:// URL', pathToFileURL(write('pub.pem', pem.spkiPublic)).href],
    ['plain path', write('pub-plain.pem', pem.pkcs1Public)],
  ];

  it('every form is the public half of the generated key', () => {
    for (const [label, form] of forms()) {
      const key = Rsa.from(form as string, 'public');
      expect([label, key.type, spkiOf(key)]).toEqual([label, 'public', spkiDer]);
    }
  });

  it('every form verifies a node:crypto signature', () => {
    const message = Buffer.from('1554208460\nNONCE\n{"a":1}\n');
    const signature = nodeSign('sha256', message, privateKey).toString('base64');
    for (const [label, form] of forms()) {
      expect([label, Rsa.verify(message, signature, form as string)]).toEqual([label, true]);
      expect([label, Rsa.verify(Buffer.concat([message, Buffer.from(' ')]), signature, form as string)]).toEqual([label, false]);
    }
  });

  it('every form encrypts so that node:crypto decrypts with OAEP SHA-1', () => {
    for (const [label, form] of forms()) {
      const ciphertext = Rsa.encrypt('6222021234567890', form as string);
      const plain = privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(ciphertext, 'base64'));
      expect([label, plain.toString()]).toEqual([label, '6222021234567890']);
    }
  });
});
