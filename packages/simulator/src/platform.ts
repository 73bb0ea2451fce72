import { createHash, createPublicKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { createCertificate, randomSerial, type DistinguishedName } from './x509';

/** The simulator's side of WeChat Pay's keys: what it signs with, and the ids it signs under. */
export interface Platform {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
  /** `PUB_KEY_ID_` + 28 digits. */
  publicKeyId: string;
  /** Upper-case hex, 40 digits. */
  certificateSerial: string;
  certificatePem: string;
  notBefore: Date;
  notAfter: Date;
  /** The simulator's stand-in for Tenpay.com Root CA, which issued `certificatePem` (PEM). */
  caPem: string;
}

const DAY = 86_400_000;
// Named so that it is never mistaken for WeChat Pay's CA, Tenpay.com Root CA: a client trusts it only when told.
const CA_NAME: DistinguishedName = { C: 'CN', O: 'wechatpay-ts simulator', OU: 'not Tenpay.com', CN: 'Simulator Platform Root CA' };
const SUBJECT: DistinguishedName = { C: 'CN', ST: 'Guangdong Province', L: 'Shenzhen', O: 'Tenpay.com', OU: 'Tenpay.com CA Center', CN: 'Tenpay.com sign' };

/** Digits and hex derived from the key, so the same platform key always gets the same ids. */
function fingerprint(publicKey: KeyObject): Buffer {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest();
}

/**
 * The platform identity: the given private key or a fresh 2048-bit one, its public-key id, and a
 * certificate for it valid from a day ago for five years, issued by a CA of the simulator's own
 * (a fresh key each start) as WeChat Pay's are by Tenpay.com Root CA.
 *
 * @example const platform = await createPlatform(undefined, undefined); platform.publicKeyId // 'PUB_KEY_ID_01…'
 */
export async function createPlatform(privateKey: KeyObject | undefined, publicKeyId: string | undefined): Promise<Platform> {
  const generate = () => promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const [key, ca] = await Promise.all([privateKey ?? generate().then((pair) => pair.privateKey), generate()]);
  const publicKey = createPublicKey(key);
  const hash = fingerprint(publicKey);
  // 20 bytes, first byte in 0x10–0x7F: a positive serial that always prints as 40 hex digits.
  const serialBytes = Buffer.from(hash.subarray(0, 20));
  serialBytes[0] = 0x10 + ((serialBytes[0] ?? 0) % 0x70);
  const certificateSerial = serialBytes.toString('hex').toUpperCase();
  const digits = (BigInt(`0x${hash.subarray(20).toString('hex')}`) % 10n ** 26n).toString().padStart(26, '0');
  const now = Date.now();
  const notBefore = new Date(now - DAY);
  const notAfter = new Date(now + 5 * 365 * DAY);
  const caPem = createCertificate({
    subjectKey: ca.publicKey,
    issuerKey: ca.privateKey,
    serial: randomSerial(),
    subject: CA_NAME,
    notBefore: new Date(now - 2 * DAY),
    notAfter: new Date(now + 10 * 365 * DAY),
    ca: true,
  });
  const certificatePem = createCertificate({
    subjectKey: publicKey,
    issuerKey: ca.privateKey,
    serial: certificateSerial,
    subject: SUBJECT,
    issuer: CA_NAME,
    notBefore,
    notAfter,
  });
  return {
    privateKey: key,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    // Real ids start `PUB_KEY_ID_01`.
    publicKeyId: publicKeyId ?? `PUB_KEY_ID_01${digits}`,
    certificateSerial,
    certificatePem,
    notBefore,
    notAfter,
    caPem,
  };
}
