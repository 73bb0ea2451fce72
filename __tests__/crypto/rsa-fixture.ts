import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// What the Rsa suites (KeyObjects, signing and files; the key forms Rsa.from reads) share: one
// key pair made by node:crypto, its PEM forms, and a directory for key files.

export const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
/** The public key's SPKI DER in base64. */
export const spkiDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

export const pem = {
  pkcs1Private: privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
  pkcs8Private: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  pkcs1Public: publicKey.export({ type: 'pkcs1', format: 'pem' }) as string,
  spkiPublic: publicKey.export({ type: 'spki', format: 'pem' }) as string,
};

/** The public key's SPKI DER in base64: two keys are the same key when these match. */
export const spkiOf = (key: KeyObject): string =>
  (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' }).toString('base64');

/**
 * A temporary directory made before the suite's tests and removed after, and `write(name, text)`
 * that puts a file in it and returns its path.
 *
 * @example const files = keyFiles(); test('…', () => Rsa.from(`file://${files.write('a.pem', pem.pkcs8Private)}`));
 */
export function keyFiles(): { dir: string; write: (name: string, text: string) => string } {
  const files = {
    dir: '',
    write(name: string, text: string): string {
      const file = path.join(files.dir, name);
      writeFileSync(file, text);
      return file;
    },
  };
  beforeAll(() => {
    files.dir = mkdtempSync(path.join(tmpdir(), 'wechatpay-rsa-'));
  });
  afterAll(() => rmSync(files.dir, { recursive: true, force: true }));
  return files;
}
