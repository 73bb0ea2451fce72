import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, privateDecrypt, publicEncrypt, constants, createSign, createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makePki } from '../helpers/pki';
import { FIXTURES } from '../helpers/shared';
import { oneErrorLine, runCli, tempDir } from './run-cli';

// `wechatpay crypto …` as child processes; results checked with node:crypto and the shared vectors.
const vectors = JSON.parse(readFileSync(join(FIXTURES, 'vectors.json'), 'utf8'));
const tmp = tempDir('crypto');
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privatePath = tmp.write('apiclient_key.pem', privatePem);
const publicPath = tmp.write('pub_key.pem', publicPem);
const MESSAGE = 'GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n';

afterAll(() => tmp.remove());

const ok = async (args: string[], env?: Record<string, string>) => {
  const result = await runCli(['crypto', ...args], { env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout.replace(/\n$/, '');
};

describe('rsa', () => {
  test('rsa-sign (key as a path) signs what node verifies; rsa-verify (key as file:// URL) says valid, exit 0', async () => {
    const signature = await ok(['rsa-sign', '--key', privatePath, '--message', MESSAGE]);
    expect(createVerify('RSA-SHA256').update(MESSAGE).verify(pair.publicKey, signature, 'base64')).toBe(true);
    expect(await ok(['rsa-verify', '--key', pathToFileURL(publicPath).href, '--message', MESSAGE, '--signature', signature])).toBe('valid');
  });

  test('rsa-verify of another message: prints invalid, exit 1', async () => {
    const signature = createSign('RSA-SHA256').update(MESSAGE).sign(pair.privateKey, 'base64');
    const result = await runCli(['crypto', 'rsa-verify', '--key', publicPem, '--message', `${MESSAGE}x`, '--signature', signature]);
    expect(result).toMatchObject({ code: 1, stdout: 'invalid\n', stderr: '' });
  });

  test('rsa-encrypt (PEM text) -> node decrypts; node encrypts -> rsa-decrypt; CLI to CLI round trip', async () => {
    const encrypted = await ok(['rsa-encrypt', '--key', publicPem, '张三']);
    expect(
      privateDecrypt({ key: pair.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(encrypted, 'base64')).toString(),
    ).toBe('张三');
    const sealed = publicEncrypt({ key: pair.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from('13800138000')).toString(
      'base64',
    );
    expect(await ok(['rsa-decrypt', '--key', privatePath, sealed])).toBe('13800138000');
    expect(await ok(['rsa-decrypt', '--key', privatePath, await ok(['rsa-encrypt', '--key', privatePath, 'round trip'])])).toBe('round trip');
  });

  test('a key that is neither PEM nor an existing file: exit 2, one line, the value not echoed', async () => {
    const result = await runCli(['crypto', 'rsa-sign', '--key', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-not-a-key', '--message', 'm']);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/not PEM text.*value not shown/);
    expect(result.stderr).not.toContain('MIIEvQ');
  });

  test('rsa-decrypt of tampered ciphertext: exit 1, one line', async () => {
    const result = await runCli(['crypto', 'rsa-decrypt', '--key', privatePath, Buffer.alloc(256, 7).toString('base64')]);
    expect(result.code).toBe(1);
    expect(oneErrorLine(result)).toMatch(/RSA-OAEP \(SHA-1\) decryption failed/);
  });
});

describe('cert-serial', () => {
  const pki = makePki();
  afterAll(() => pki.cleanup());

  // What openssl prints after `serial=`: the reference, computed apart from the SDK.
  const serial = () =>
    execFileSync('openssl', ['x509', '-in', pki.clientCertPath, '-noout', '-serial'], { encoding: 'utf8' })
      .trim()
      .replace(/^serial=/, '');

  test('prints what openssl x509 -serial prints after serial=, from a path', async () => {
    expect(serial()).toMatch(/^[0-9A-F]+$/);
    expect(await ok(['cert-serial', pki.clientCertPath])).toBe(serial());
  });

  test('the same from a file:// URL with its own key (--key), and from PEM text', async () => {
    expect(await ok(['cert-serial', pathToFileURL(pki.clientCertPath).href, '--key', pki.clientKeyPath])).toBe(serial());
    expect(await ok(['cert-serial', '--', pki.clientCert])).toBe(serial());
  });

  test('--key of another certificate: exit 1, one line naming the serial, nothing on stdout', async () => {
    const result = await runCli(['crypto', 'cert-serial', pki.clientCertPath, '--key', privatePath]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(oneErrorLine(result)).toMatch(/--key is not the private key of certificate [0-9A-F]+/);
  });

  test('a key given as the certificate: exit 2, saying a key is not a certificate', async () => {
    const result = await runCli(['crypto', 'cert-serial', pki.clientKeyPath]);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/a key is not a certificate/);
  });
});

describe('aes', () => {
  const { key, nonce, aad, plaintext, base64 } = vectors.aesGcm;

  test("aes-gcm-encrypt and -decrypt give the Java SDK's vector", async () => {
    expect(await ok(['aes-gcm-encrypt', '--key', key, '--nonce', nonce, '--aad', aad, plaintext])).toBe(base64);
    expect(await ok(['aes-gcm-decrypt', '--key', key, '--nonce', nonce, '--aad', aad, base64])).toBe(plaintext);
  });

  test('aes-gcm-decrypt takes the key from WECHATPAY_APIV3_KEY; other associated data fails authentication: exit 1', async () => {
    expect(await ok(['aes-gcm-decrypt', '--nonce', nonce, '--aad', aad, base64], { WECHATPAY_APIV3_KEY: key })).toBe(plaintext);
    const result = await runCli(['crypto', 'aes-gcm-decrypt', '--key', key, '--nonce', nonce, '--aad', 'transaction', base64]);
    expect(result.code).toBe(1);
    expect(oneErrorLine(result)).toMatch(/authentication failed/);
    expect(result.stderr).not.toContain(key);
  });

  test('aes-gcm with a key of the wrong length: exit 2', async () => {
    const result = await runCli(['crypto', 'aes-gcm-encrypt', '--key', 'short', '--nonce', nonce, 'x']);
    expect(result.code).toBe(2);
    expect(oneErrorLine(result)).toMatch(/must be 32 bytes; got 5/);
  });

  test("aes-ecb-encrypt and -decrypt give the PHP SDK's vector, and a req_info key works", async () => {
    expect(await ok(['aes-ecb-encrypt', '--key', vectors.aesEcb.key, vectors.aesEcb.plaintext])).toBe(vectors.aesEcb.base64);
    expect(await ok(['aes-ecb-decrypt', '--key', vectors.aesEcb.key, vectors.aesEcb.base64])).toBe(vectors.aesEcb.plaintext);
    const reqInfoKey = createHash('md5').update('your-apiv2-secret-key-length-32b').digest('hex');
    const sealed = await ok(['aes-ecb-encrypt', '--key', reqInfoKey, '<root><out_refund_no>R1</out_refund_no></root>']);
    expect(await ok(['aes-ecb-decrypt', '--key', reqInfoKey, sealed])).toBe('<root><out_refund_no>R1</out_refund_no></root>');
  });
});

describe('v2-sign', () => {
  const { params, secret } = vectors.v2Sign;

  test("MD5 (the default) and HMAC-SHA256 equal the official page's vectors", async () => {
    expect(await ok(['v2-sign', '--secret', secret, JSON.stringify(params)])).toBe(vectors.v2Sign.MD5);
    expect(await ok(['v2-sign', '--secret', secret, '--type', 'HMAC-SHA256', JSON.stringify(params)])).toBe(vectors.v2Sign['HMAC-SHA256']);
  });

  test('fields from a file, the secret from WECHATPAY_SECRET, sign_type read from the fields', async () => {
    const file = tmp.write('fields.json', { ...params, sign_type: 'HMAC-SHA256' });
    const sign = await ok(['v2-sign', `@${file}`], { WECHATPAY_SECRET: secret });
    expect(sign).toMatch(/^[0-9A-F]{64}$/);
    expect(sign).not.toBe(vectors.v2Sign['HMAC-SHA256']); // sign_type is itself signed
  });

  test('--type that disagrees with sign_type, bad JSON, no secret: exit 2, one line each', async () => {
    const results = await Promise.all([
      runCli(['crypto', 'v2-sign', '--secret', secret, '--type', 'MD5', JSON.stringify({ ...params, sign_type: 'HMAC-SHA256' })]),
      runCli(['crypto', 'v2-sign', '--secret', secret, '{"appid":']),
      runCli(['crypto', 'v2-sign', JSON.stringify(params)]),
      runCli(['crypto', 'v2-sign', '--secret', secret, '--type', 'SHA1', '{}']),
    ]);
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2]);
    expect(oneErrorLine(results[0]!)).toMatch(/--type MD5 disagrees with the fields' sign_type HMAC-SHA256/);
    expect(oneErrorLine(results[1]!)).toMatch(/<fields> is not valid JSON/);
    expect(oneErrorLine(results[2]!)).toMatch(/--secret is required \(or set WECHATPAY_SECRET\)/);
    expect(oneErrorLine(results[3]!)).toMatch(/argument 'SHA1' is invalid\. Allowed choices are MD5, HMAC-SHA256/);
    for (const result of results) expect(result.stderr).not.toContain(secret);
  });
});

test('an unknown crypto subcommand and a missing option: exit 2, one line', async () => {
  const [unknown, missing] = await Promise.all([runCli(['crypto', 'rsa-frob']), runCli(['crypto', 'rsa-sign', '--message', 'm'])]);
  expect(unknown.code).toBe(2);
  expect(oneErrorLine(unknown)).toMatch(/unknown command 'rsa-frob'/);
  expect(missing.code).toBe(2);
  expect(oneErrorLine(missing)).toMatch(/required option '--key <key>' not specified/);
});
