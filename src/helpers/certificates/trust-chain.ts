import { X509Certificate } from 'node:crypto';
import { TENPAY_ROOT_CA } from './tenpay-root-ca';

let tenpay: readonly X509Certificate[] | undefined;

/** The anchors a client uses unless `platformCertificateAuthorities` names others: Tenpay.com Root CA, parsed once, on first use. */
export function defaultAuthorities(): readonly X509Certificate[] {
  return (tenpay ??= [new X509Certificate(TENPAY_ROOT_CA)]);
}

/**
 * WeChat Pay's platform certificates name it as their subject's organisation; the merchant API
 * certificates Tenpay.com Root CA also issues name `微信商户系统`, and their private keys sit with
 * every merchant: one of those is never a platform certificate.
 */
const PLATFORM_ORGANIZATION = 'Tenpay.com';

function attributeOf(name: string, key: string): string | undefined {
  return new RegExp(`(?:^|\\n)${key}=([^\\n]*)`).exec(name)?.[1];
}

function nameOf(name: string): string {
  return attributeOf(name, 'CN') ?? name.replace(/\n/g, ', ');
}

function verifies(certificate: X509Certificate, anchor: X509Certificate): boolean {
  try {
    return certificate.verify(anchor.publicKey);
  } catch {
    // A key the signature cannot be checked with: not this anchor.
    return false;
  }
}

/**
 * Why `certificate` is not a platform certificate issued directly by one of `anchors` (pathlen 0:
 * no intermediate); an anchor's own dates are not checked, as in PKIX and the Java SDK.
 *
 * @example issuerProblem(new X509Certificate(pem), defaultAuthorities()) // undefined for a real platform certificate
 */
export function issuerProblem(certificate: X509Certificate, anchors: readonly X509Certificate[]): string | undefined {
  const named = anchors.filter((anchor) => anchor.ca && certificate.checkIssued(anchor));
  const issuing = named.find((anchor) => verifies(certificate, anchor));
  if (issuing && issuing.fingerprint256 === defaultAuthorities()[0]?.fingerprint256 && attributeOf(certificate.subject, 'O') !== PLATFORM_ORGANIZATION) {
    return `is issued by Tenpay.com Root CA to "${certificate.subject.replace(/\n/g, ', ')}", not to WeChat Pay (O=${PLATFORM_ORGANIZATION}): a merchant API certificate is never a platform certificate`;
  }
  if (issuing) return undefined;
  const issuer = nameOf(certificate.issuer);
  if (named.length) return `names "${issuer}" as its issuer, but that CA's key does not verify its signature: it was not issued by it`;
  return (
    `is issued by "${issuer}", not by a trusted platform CA (${anchors.map((anchor) => nameOf(anchor.subject)).join(', ')}); ` +
    'to trust another CA, pass it as `platformCertificateAuthorities` (the simulator publishes its own as `sim.platform.ca`)'
  );
}
