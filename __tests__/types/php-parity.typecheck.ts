/**
 * Type tests for the PHP-shaped utility signatures, compiled by `npx tsc --noEmit` (never run):
 * each `@ts-expect-error` line must fail to compile, every other line must compile.
 */
import type { KeyObject } from 'node:crypto';
import { Builder, Hash, Rsa, Transformer, type ClientConfig, type KeyLike, type KeyWithPassphrase } from '../../src';

declare const pem: string;
declare const passphrase: string;

// PHP's [pem, passphrase] is a key wherever keys go.
export const pair: KeyLike = [pem, passphrase];
export const bufferPair: KeyWithPassphrase = [Buffer.from(pem), passphrase];
export const config: ClientConfig = { mchid: '1900000109', privateKey: [pem, passphrase] };
export const client = () => Builder.factory({ mchid: '1900000109', serial: 'S', privateKey: ['file:///etc/key.pem', passphrase] });
export const signed = (): string => Rsa.sign('m', [pem, passphrase]);
// @ts-expect-error: the passphrase is missing
export const lone: KeyLike = [pem];
// @ts-expect-error: the passphrase is a string
export const numeric: KeyLike = [pem, 1234];

// Rsa.fromPkcs1 takes PHP's type string; the boolean stays for existing callers.
export const pkcs1 = (b64: string): KeyObject[] => [
  Rsa.fromPkcs1(b64),
  Rsa.fromPkcs1(b64, 'public'),
  Rsa.fromPkcs1(b64, Rsa.KEY_TYPE_PRIVATE),
  Rsa.fromPkcs1(b64, true),
];
// @ts-expect-error: not a key type
export const badType = (b64: string) => Rsa.fromPkcs1(b64, 'secret');

// Transformer.toXml(data, headless, indent, root, item), as PHP.
export const xml = [Transformer.toXml({ a: '1' }), Transformer.toXml({ a: '1' }, false, true, 'root', 'entry'), Transformer.toXml(['a', 'b'])];
// @ts-expect-error: the second parameter is `headless`, no longer the root name
export const oldRoot = Transformer.toXml({ a: '1' }, 'root');

// Hash: PHP's optional parameters.
export const hashes = [Hash.hmac('a', 'k', 'sha512'), Hash.md5('a', 'k', true), Hash.md5('a', 'k', 1000002), Hash.equals('a', undefined)];
