import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rsa, type KeyType } from '../crypto/rsa';
import { describePath } from '../errors';
import { fsReason } from '../util/files';
import { UsageError } from './errors';

/** Where a key-bearing value came from: a message names it (`WECHATPAY_MERCHANT_KEY`), never the value. */
export interface Origin {
  label: string;
  base: string;
}

export type TlsField = 'cert' | 'key' | 'pfx' | 'ca';
const TLS_TAKES: Record<TlsField, string> = {
  cert: 'the certificate as PEM text (with its -----BEGIN line) or the path of a PEM file',
  key: 'the private key as PEM text (with its -----BEGIN line) or the path of a PEM file',
  ca: 'the CA certificate as PEM text (with its -----BEGIN line) or the path of a PEM file',
  pfx: 'the path of the PKCS#12 (.p12, .pfx) file',
};

const PEM = '-----BEGIN ';
// `scheme://…`: PHP's `private.pkcs8://<base64 DER>` and the like, or a file:// URL.
const SCHEME = /^([a-z][a-z0-9.+-]{0,31}):\/\//i;
// Base64 text long enough to be DER (a key, a certificate, a PFX), as people paste it.
const BASE64_MATERIAL = /^[A-Za-z0-9+/=\s]{48,}$/;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function localPath(value: string, origin: Origin): string {
  if (value.startsWith('file://')) {
    try {
      return fileURLToPath(value);
    } catch (error) {
      throw new UsageError(`${origin.label}: ${describePath(value)} is not a usable file:// URL (${fsReason(error)}); write file:///absolute/path`);
    }
  }
  return isAbsolute(value) ? value : resolve(origin.base, value);
}

/**
 * An RSA key given as PEM, `private.pkcs8://…` or a path; a problem names `origin.label`, never the value.
 *
 * @example rsaKey(process.env.WECHATPAY_PRIVATE_KEY, 'private', { label: 'WECHATPAY_PRIVATE_KEY', base: process.cwd() })
 */
export function rsaKey(value: unknown, type: KeyType, origin: Origin): KeyObject {
  const input = typeof value === 'string' && !value.includes(PEM) && (value.startsWith('file://') || !SCHEME.test(value)) ? localPath(value, origin) : value;
  try {
    return Rsa.from(input as never, type);
  } catch (error) {
    const prefixes = type === 'private' ? 'private.pkcs8:// (PKCS#8) or private.pkcs1:// (PKCS#1)' : 'public.spki:// (SPKI) or public.pkcs1:// (PKCS#1)';
    const hint = typeof value === 'string' && BASE64_MATERIAL.test(value) ? `; it looks like base64 DER: write it after ${prefixes}` : '';
    throw new UsageError(`${origin.label}: ${messageOf(error)}${hint}`, { cause: error });
  }
}

/**
 * A merchant TLS file, a path read now (a pipe such as `<(vault read …)` too) so a problem names `origin.label`.
 *
 * @example tlsFile('apiclient_cert.p12', 'pfx', { label: 'WECHATPAY_MERCHANT_PFX', base: process.cwd() }) // a Buffer
 */
export function tlsFile(value: unknown, field: TlsField, origin: Origin): unknown {
  if (typeof value !== 'string' || value === '') return value;
  if (value.includes(PEM)) {
    if (field !== 'pfx') return value;
    throw new UsageError(
      `${origin.label} holds PEM text, but a PFX (PKCS#12) is binary: give ${TLS_TAKES.pfx}, or the certificate and key as PEM (cert and key)`,
    );
  }
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme !== undefined && scheme.toLowerCase() !== 'file') {
    throw new UsageError(
      `${origin.label}: a ${scheme}:// value is not a TLS ${field === 'pfx' ? 'PFX' : field}; give ${TLS_TAKES[field]} (the private.pkcs8:// forms are for "privateKey", the APIv3 signing key)`,
    );
  }
  const path = localPath(value, origin);
  try {
    return readFileSync(path);
  } catch (error) {
    const fix =
      field === 'pfx' ? 'decode it into a file (base64 -d > apiclient_cert.p12)' : 'wrap it in its -----BEGIN/-----END lines, or save it as a .pem file';
    const hint = BASE64_MATERIAL.test(value) ? `; it looks like base64 DER rather than a path: ${fix}` : '';
    throw new UsageError(`${origin.label}: cannot read ${describePath(path)} (${fsReason(error)}); give ${TLS_TAKES[field]}${hint}`, { cause: error });
  }
}
