import { Agent } from 'node:https';
import { createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, describePath } from '../errors';
import { fileKind, fsReason, MAX_KEY_FILE_BYTES, readRegularFileSync } from '../util/files';

/**
 * The merchant API client certificate for mutual TLS (refunds, transfers, red packets, …): PEM
 * `cert` + `key` (strings, Buffers or file paths), or a PKCS#12 `pfx` with its `passphrase`.
 * `ca` adds trusted roots for a private server (the offline simulator with TLS).
 */
export interface MerchantCertificate {
  cert?: string | Buffer;
  key?: string | Buffer;
  pfx?: string | Buffer;
  passphrase?: string;
  ca?: string | Buffer | Array<string | Buffer>;
}

const TAKES = {
  pem: 'PEM text (with its -----BEGIN line), a Buffer of it, or the path of a PEM file',
  pfx: "a Buffer of the PKCS#12 file (Buffer.from(base64, 'base64') for one written as base64), or its path",
} as const;

/** A PEM string or Buffer as is; any other string is a file path (`file://` URLs too), read now. */
function material(what: string, value: string | Buffer, pem: boolean, field = `merchant.${what}`): string | Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value !== 'string' || value === '') throw new ConfigurationError(`${field} must be a non-empty string or a Buffer`);
  if (pem && value.includes('-----BEGIN ')) return value;
  const takes = pem ? TAKES.pem : TAKES.pfx;
  // The value may be key material given where a path was expected: it is only ever shown through describePath.
  let path = value;
  if (value.startsWith('file://')) {
    try {
      path = fileURLToPath(value);
    } catch (error) {
      throw new ConfigurationError(`${field}: ${describePath(value)} is not a usable file:// URL (${fsReason(error)}); give ${takes}`);
    }
  }
  try {
    const tooLarge = () =>
      new ConfigurationError(
        `${field}: ${describePath(path)} is over ${MAX_KEY_FILE_BYTES} bytes (MAX_KEY_FILE_BYTES), too large for a key or certificate; give ${takes}`,
      );
    return readRegularFileSync(
      path,
      (stats) => {
        if (!stats.isFile()) throw new ConfigurationError(`${field}: ${describePath(path)} is ${fileKind(stats)}, not a regular file; give ${takes}`);
        if (stats.size > MAX_KEY_FILE_BYTES) throw tooLarge();
      },
      { maxBytes: MAX_KEY_FILE_BYTES, tooLarge },
    );
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${field}: cannot read the file ${describePath(path)} (${fsReason(error)}); give ${takes}`);
  }
}

/** Built once per client: connections carry the context, never the key, pfx or passphrase. */
export function merchantContext(merchant: MerchantCertificate): SecureContext {
  const options = merchantOptions(merchant);
  try {
    // Built now so a wrong key, passphrase or pairing fails at configuration time, not on the first refund.
    return createSecureContext(options);
  } catch (error) {
    throw new ConfigurationError(`merchant certificate rejected: ${(error as Error).message}`);
  }
}

function checkMerchantShape(merchant: MerchantCertificate): void {
  if (merchant === null || typeof merchant !== 'object') throw new ConfigurationError('`merchant` must be an object: { cert, key } or { pfx, passphrase }');
  const { cert, key, pfx, passphrase } = merchant;
  if (passphrase !== undefined && typeof passphrase !== 'string') throw new ConfigurationError('merchant.passphrase must be a string');
  if (pfx !== undefined && (cert !== undefined || key !== undefined)) throw new ConfigurationError('`merchant` takes { cert, key } or { pfx }, not both');
  if (pfx === undefined && (cert === undefined || key === undefined)) {
    throw new ConfigurationError('`merchant` needs both `cert` and `key` (PEM), or `pfx` (PKCS#12) with its `passphrase`');
  }
}

function merchantOptions(merchant: MerchantCertificate) {
  checkMerchantShape(merchant);
  const { cert, key, pfx, passphrase, ca } = merchant;
  const cas = ca === undefined ? undefined : (Array.isArray(ca) ? ca : [ca]).map((item) => material('ca', item, true));
  return Object.assign(
    pfx !== undefined ? { pfx: material('pfx', pfx, false) } : { cert: material('cert', cert!, true), key: material('key', key!, true) },
    passphrase !== undefined ? { passphrase } : undefined,
    cas ? { ca: cas } : undefined,
  );
}

/** A keep-alive https agent carrying the merchant certificate's context (for calls through axios' own adapter). */
export function createMerchantAgent(secureContext: SecureContext): Agent {
  // The context only: an agent keeps a given key in its `options`, where util.inspect of a response finds it.
  return new Agent({ keepAlive: true, secureContext });
}

export type TrustedRoots = string | Buffer | Array<string | Buffer>;

/** The public roots plus `ca` (a private server's CA), read once. */
export function trustedRoots(ca: TrustedRoots, field = 'ca'): Array<string | Buffer> {
  const extra = (Array.isArray(ca) ? ca : [ca]).map((item, index) => material('ca', item, true, Array.isArray(ca) ? `${field}[${index}]` : field));
  return [...rootCertificates, ...extra];
}

/** A keep-alive https agent that trusts `roots` (public CA certificates only: nothing secret in it). */
export function createServerAgent(roots: Array<string | Buffer>): Agent {
  return new Agent({ keepAlive: true, ca: roots });
}
