import { sign as nodeSign, type KeyObject } from 'node:crypto';
import { types } from 'node:util';
import { ConfigurationError, TransportError } from '../errors';
import { BASE64 } from './base64';

/**
 * A merchant private key kept elsewhere (an HSM, a cloud KMS): it signs `message` (UTF-8) with
 * SHA256withRSA (PKCS#1 v1.5) and answers the base64 signature, at once or as a promise. Give it as
 * `privateKey`; everything else (verification, public-key mode) is unchanged.
 *
 * @example
 * Builder.factory({ mchid, serial, certs, privateKey: { sign: (message) => kms.sign(keyId, message) } })
 */
export interface RemoteSigner {
  sign(message: string): string | Promise<string>;
}

export type MerchantKey = KeyObject | RemoteSigner;

export function isRemoteSigner(thing: unknown): thing is RemoteSigner {
  return (
    thing !== null &&
    typeof thing === 'object' &&
    !types.isKeyObject(thing) &&
    !Buffer.isBuffer(thing) &&
    !Array.isArray(thing) &&
    typeof (thing as RemoteSigner).sign === 'function'
  );
}

function checked(signature: unknown): string {
  if (typeof signature !== 'string' || signature === '' || !BASE64.test(signature)) {
    throw new ConfigurationError(
      `the remote signer (privateKey.sign) must answer the base64 SHA256withRSA signature, got ${typeof signature === 'string' ? `${signature.length} characters that are not base64` : typeof signature}`,
    );
  }
  return signature;
}

/** `offLoop` (other calls in flight): signed on libuv's thread pool, so the event loop goes on. */
export function signWith(key: MerchantKey, message: string, offLoop = false): string | Promise<string> {
  if (isRemoteSigner(key)) {
    let answer: string | Promise<string>;
    try {
      answer = key.sign(message);
    } catch (error) {
      throw new TransportError(`the remote signer (privateKey.sign) failed: ${error instanceof Error ? error.message : String(error)}`, error);
    }
    if (!(answer instanceof Promise)) return checked(answer);
    return answer.then(checked, (error: unknown) => {
      throw new TransportError(`the remote signer (privateKey.sign) failed: ${error instanceof Error ? error.message : String(error)}`, error);
    });
  }
  if (!offLoop) return nodeSign('sha256', Buffer.from(message, 'utf8'), key).toString('base64');
  return new Promise((resolve, reject) => {
    nodeSign('sha256', Buffer.from(message, 'utf8'), key, (error, signature) => (error ? reject(error) : resolve(signature.toString('base64'))));
  });
}
