import { X509Certificate, createPublicKey } from 'node:crypto';
import { Option, type Command } from 'commander';
import { AesEcb } from '../crypto/aes-ecb';
import { AesGcm } from '../crypto/aes-gcm';
import { PemUtil } from '../crypto/pem-util';
import { Rsa } from '../crypto/rsa';
import { describePath } from '../errors';
import { Formatter } from '../util/formatter';
import { Hash, SIGN_TYPES, isSignType } from '../util/hash';
import { EXIT, UsageError } from './errors';
import { printLine, type Io } from './io';
import { jsonObjectArgument } from './json-input';
import { rsaKey, tlsFile } from './keys';

const KEY_HELP = 'PEM text, a file path or a file:// URL';

function fromFlagOrEnv(value: string | undefined, io: Io, variable: string, flag: string): string {
  const chosen = value ?? io.env[variable];
  if (chosen === undefined || chosen === '') throw new UsageError(`${flag} is required (or set ${variable})`);
  return chosen;
}

/** `--key`'s RSA key: a problem is named after the flag, the value never quoted. */
function keyFlag(value: string, type: 'private' | 'public', io: Io) {
  return rsaKey(value, type, { label: '--key', base: io.cwd });
}

function debugOption(command: Command): Command {
  return command.option('--debug', 'on failure, print the error with its stack');
}

function registerRsa(crypto: Command, io: Io, run: { exitCode: number }): void {
  debugOption(crypto.command('rsa-sign').description('SHA256withRSA signature (base64) of a message, with a private key'))
    .requiredOption('--key <key>', `the private key: ${KEY_HELP}`)
    .requiredOption('--message <text>', "the exact text to sign (UTF-8), e.g. $'GET\\n/v3/certificates\\n…\\n'")
    .action((flags: { key: string; message: string }) => printLine(io.stdout, Rsa.sign(flags.message, keyFlag(flags.key, 'private', io))));

  debugOption(crypto.command('rsa-verify').description('check a SHA256withRSA signature; prints valid (exit 0) or invalid (exit 1)'))
    .requiredOption('--key <key>', `the public key, certificate or private key: ${KEY_HELP}`)
    .requiredOption('--message <text>', 'the exact text that was signed')
    .requiredOption('--signature <base64>', 'the signature, base64')
    .action((flags: { key: string; message: string; signature: string }) => {
      const valid = Rsa.verify(flags.message, flags.signature, keyFlag(flags.key, 'public', io));
      printLine(io.stdout, valid ? 'valid' : 'invalid');
      run.exitCode = valid ? EXIT.OK : EXIT.FAILURE;
    });

  debugOption(crypto.command('rsa-encrypt').description('RSA-OAEP (SHA-1) encrypt a sensitive field for WeChat Pay (base64)'))
    .argument('<plaintext>', 'the text to encrypt (UTF-8, at most 214 bytes)')
    .requiredOption('--key <key>', `the platform public key or certificate: ${KEY_HELP}`)
    .action((plaintext: string, flags: { key: string }) => printLine(io.stdout, Rsa.encrypt(plaintext, keyFlag(flags.key, 'public', io))));

  debugOption(crypto.command('rsa-decrypt').description('RSA-OAEP (SHA-1) decrypt base64 ciphertext with a private key'))
    .argument('<ciphertext>', 'base64 ciphertext')
    .requiredOption('--key <key>', `the private key: ${KEY_HELP}`)
    .action((ciphertext: string, flags: { key: string }) => printLine(io.stdout, Rsa.decrypt(ciphertext, keyFlag(flags.key, 'private', io))));
}

function registerAes(crypto: Command, io: Io): void {
  const gcm = (name: string, what: string, argument: string) =>
    debugOption(crypto.command(name).description(what))
      .argument(argument, argument === '<plaintext>' ? 'the text to encrypt (UTF-8)' : 'base64 of ciphertext followed by the 16-byte tag')
      .option('--key <key>', 'the 32-byte APIv3 key (default: $WECHATPAY_APIV3_KEY)')
      .requiredOption('--nonce <nonce>', 'the nonce (IV), 12 bytes as WeChat Pay uses')
      .option('--aad <text>', 'the associated data', '');
  gcm('aes-gcm-encrypt', 'AEAD_AES_256_GCM encrypt, as WeChat Pay seals notifications and certificates (base64 of ciphertext || tag)', '<plaintext>').action(
    (text: string, flags: { key?: string; nonce: string; aad: string }) =>
      printLine(io.stdout, AesGcm.encrypt(text, fromFlagOrEnv(flags.key, io, 'WECHATPAY_APIV3_KEY', '--key'), flags.nonce, flags.aad)),
  );
  gcm('aes-gcm-decrypt', "AEAD_AES_256_GCM decrypt and authenticate (a notification's resource, a certificate)", '<ciphertext>').action(
    (text: string, flags: { key?: string; nonce: string; aad: string }) =>
      printLine(io.stdout, AesGcm.decrypt(text, fromFlagOrEnv(flags.key, io, 'WECHATPAY_APIV3_KEY', '--key'), flags.nonce, flags.aad)),
  );

  const ecb = (name: string, what: string, argument: string) =>
    debugOption(crypto.command(name).description(what))
      .argument(argument, argument === '<plaintext>' ? 'the text to encrypt (UTF-8)' : 'base64 ciphertext')
      .requiredOption('--key <key>', "the 32-byte key; for a refund's req_info, the lower-case hex MD5 of the APIv2 secret");
  ecb('aes-ecb-encrypt', 'AES-256-ECB (PKCS#7) encrypt, base64', '<plaintext>').action((text: string, flags: { key: string }) =>
    printLine(io.stdout, AesEcb.encrypt(text, flags.key)),
  );
  ecb('aes-ecb-decrypt', "AES-256-ECB (PKCS#7) decrypt base64, e.g. an APIv2 refund notification's req_info", '<ciphertext>').action(
    (text: string, flags: { key: string }) => printLine(io.stdout, AesEcb.decrypt(text, flags.key)),
  );
}

/**
 * The serial Builder.factory's `serial` takes; with `key`, also whether the two are a pair (a
 * serial of another certificate makes every APIv3 call answer 401 SIGN_ERROR).
 */
function certSerial(certificate: string, key: string | undefined, io: Io): string {
  const material = tlsFile(certificate, 'cert', { label: '<certificate>', base: io.cwd }) as string | Buffer;
  const serial = PemUtil.parseCertificateSerialNo(material);
  if (key !== undefined) {
    const ours = createPublicKey(keyFlag(key, 'private', io)).export({ type: 'spki', format: 'der' });
    if (!ours.equals(new X509Certificate(material).publicKey.export({ type: 'spki', format: 'der' })))
      throw new Error(`--key is not the private key of certificate ${serial}: use the apiclient_key.pem made with this certificate`);
  }
  return serial;
}

/** The sign type `v2-sign` uses, once the fields are flat and agree with `--type`. */
function v2SignType(fields: Record<string, unknown>, type: string | undefined): string {
  const given = fields.sign_type;
  if (given !== undefined && !isSignType(given))
    throw new UsageError(`the fields' sign_type must be ${SIGN_TYPES.join(' or ')}, got ${typeof given === 'string' ? describePath(given) : typeof given}`);
  // sign_type is itself signed: a --type that disagrees would make a sign WeChat Pay rejects.
  if (given !== undefined && type !== undefined && given !== type) throw new UsageError(`--type ${type} disagrees with the fields' sign_type ${given}`);
  for (const [key, value] of Object.entries(fields)) {
    if (value !== null && typeof value === 'object')
      throw new UsageError(
        `field ${describePath(key)} is ${Array.isArray(value) ? 'an array' : 'an object'}: APIv2 fields are strings or numbers (JSON-encode nested values yourself, as for "trades")`,
      );
  }
  return type ?? given ?? Hash.ALGO_MD5;
}

function registerSigns(crypto: Command, io: Io): void {
  debugOption(crypto.command('cert-serial').description("a certificate's serial number (apiclient_cert.pem), upper-case hex as the `serial` option takes it"))
    .argument('<certificate>', 'the certificate: PEM text, a file path or a file:// URL')
    .option('--key <key>', `also check that this private key (apiclient_key.pem) belongs to the certificate: ${KEY_HELP}`)
    .action((certificate: string, flags: { key?: string }) => printLine(io.stdout, certSerial(certificate, flags.key, io)));

  debugOption(crypto.command('v2-sign').description('the APIv2 sign of a set of fields (keys sorted, empty values and "sign" skipped)'))
    .argument('<fields>', 'the fields as a JSON object, or @file.json, or @- for stdin')
    .option('--secret <secret>', 'the APIv2 key (default: $WECHATPAY_SECRET)')
    .addOption(new Option('--type <type>', "MD5 or HMAC-SHA256 (default: the fields' sign_type, else MD5)").choices(SIGN_TYPES))
    .action(async (fieldsArgument: string, flags: { secret?: string; type?: string }) => {
      const fields = await jsonObjectArgument(fieldsArgument, '<fields>', io);
      const type = v2SignType(fields, flags.type);
      const secret = fromFlagOrEnv(flags.secret, io, 'WECHATPAY_SECRET', '--secret');
      printLine(io.stdout, Hash.sign(type, Formatter.queryStringLike(Formatter.ksort(fields)), secret));
    });
}

/**
 * `wechatpay crypto …`: Rsa, AesGcm, AesEcb and APIv2 signing from the shell, one line of output each.
 *
 * @example wechatpay crypto rsa-sign --key apiclient_key.pem --message $'GET\n/v3/certificates\n1554208460\nNONCE\n\n'
 */
export function registerCrypto(program: Command, io: Io, run: { exitCode: number }): void {
  const crypto = program.command('crypto').description('sign, verify, encrypt and decrypt as WeChat Pay does (RSA, AES-256-GCM, AES-256-ECB, APIv2 sign)');
  registerRsa(crypto, io, run);
  registerAes(crypto, io);
  registerSigns(crypto, io);
}
