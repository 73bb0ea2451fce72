import { ownerOf } from '../client/client';
import { AesGcm, apiv3KeyOf } from '../crypto/aes-gcm';
import { InvalidRequestError, VerificationError, VerificationReason } from '../errors';
import { signedMessageOf, verifySignedMessage } from '../signing/v3';
import { headerReader, type NotificationHeaders } from './headers';
import { platformKeysOf, type PlatformKeys } from './platform-keys';
import { isRecord } from '../util/object';

/** The only `resource.algorithm` APIv3 notifications use. */
export const NOTIFICATION_ALGORITHM = 'AEAD_AES_256_GCM';

/** `resource` as WeChat Pay sends it, before decryption. */
export interface EncryptedResource {
  algorithm: typeof NOTIFICATION_ALGORITHM;
  ciphertext: string;
  nonce: string;
  associated_data?: string;
  /** What the plaintext is: `transaction`, `refund`, `mch_payscore`, … */
  original_type: string;
}

/**
 * A verified, decrypted APIv3 notification: WeChat's envelope with `resource` replaced by the
 * parsed plaintext. Envelope keys WeChat may add later are kept as sent.
 */
export interface Notification<T = Record<string, unknown>> {
  /** The notification id: the same id comes again when WeChat retries, so use it to de-duplicate. */
  id: string;
  /** ISO 8601 with offset, e.g. `2015-05-20T13:29:35+08:00`. */
  create_time: string;
  /** e.g. `TRANSACTION.SUCCESS`, `REFUND.SUCCESS`, `REFUND.ABNORMAL`. */
  event_type: string;
  /** `encrypt-resource`. */
  resource_type: string;
  summary: string;
  /** The decrypted JSON. */
  resource: T;
  [key: string]: unknown;
}

export interface VerifyNotificationInput {
  /**
   * The request body exactly as received: a Buffer (best) or the string decoded as UTF-8. Not a
   * parsed object: the signature covers the bytes, and `JSON.stringify` cannot give them back.
   */
  body: string | Buffer | Uint8Array;
  /** The request headers, any case: `req.headers` in node:http and Express, `request.headers` in fetch. */
  headers: NotificationHeaders;
  /**
   * The platform keys by `Wechatpay-Serial`: a record `{ [serialOrPubKeyId]: pem }` (parsed once),
   * a `Map<string, KeyObject>`, or the client made by `Builder.factory` (its live keys).
   */
  certs: PlatformKeys;
  /** The APIv3 key (32 bytes) set in the merchant platform. */
  apiv3Key?: string | Buffer;
  /** The current time in milliseconds, for tests; defaults to `Date.now()`. */
  now?: number;
}

function bodyBytes(body: unknown): Buffer {
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const got = body === null ? 'null' : body === undefined ? 'undefined' : typeof body === 'object' ? 'an already parsed object' : typeof body;
  throw new InvalidRequestError(
    `verifyNotification needs the raw request body exactly as received (a string or Buffer), got ${got}. The signature covers the bytes sent, ` +
      "so read the body before any JSON parser: express.raw({ type: 'application/json' }), Koa's ctx.request.rawBody, Fastify's addContentTypeParser with parseAs 'buffer', or `await request.text()` with fetch.",
  );
}

const unparseable = (what: string) => new VerificationError(VerificationReason.UNPARSEABLE, `the notification ${what}`);

/** The envelope's shape, checked field by field so a surprise is an error, never a TypeError. */
function envelopeOf(raw: Buffer): Record<string, unknown> & { resource: EncryptedResource } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw unparseable('body is not JSON, though it carries a valid signature');
  }
  if (!isRecord(parsed)) throw unparseable('body is JSON but not an object');
  const { resource } = parsed;
  if (!isRecord(resource)) throw unparseable(`has no \`resource\` object (resource_type ${JSON.stringify(parsed.resource_type)})`);
  if (resource.algorithm !== NOTIFICATION_ALGORITHM) {
    throw unparseable(`resource is encrypted with ${JSON.stringify(resource.algorithm)}; only ${NOTIFICATION_ALGORITHM} is defined for APIv3 notifications`);
  }
  for (const field of ['ciphertext', 'nonce'] as const) {
    if (typeof resource[field] !== 'string' || resource[field] === '') throw unparseable(`resource has no \`${field}\` string`);
  }
  if (resource.associated_data !== undefined && typeof resource.associated_data !== 'string') throw unparseable('resource.associated_data is not a string');
  return parsed as Record<string, unknown> & { resource: EncryptedResource };
}

/**
 * Verify and decrypt an APIv3 notification (callback): checks the `Wechatpay-*` signature over the
 * raw body (all four headers present, timestamp within 300 s, serial among `certs`, probes
 * refused), then AES-256-GCM-decrypts `resource` with the APIv3 key (tag checked) and parses it.
 *
 * Throws `VerificationError` with `reason` MISSING_HEADER, PROBE, STALE_TIMESTAMP, UNKNOWN_SERIAL,
 * BAD_SIGNATURE, UNPARSEABLE (envelope or plaintext not as documented) or DECRYPT_FAILED (wrong
 * APIv3 key, or altered ciphertext); `ConfigurationError` for a parsed body, bad `certs` or a key
 * that is not 32 bytes. On any throw answer non-2xx (`notificationAnswer(error)`) so WeChat retries.
 *
 * @example
 * // express: app.post('/notify', express.raw({ type: 'application/json' }), handler)
 * try {
 *   const n = verifyNotification<{ out_trade_no: string; trade_state: string }>({ body: req.body, headers: req.headers, certs: wx, apiv3Key });
 *   if (n.event_type === 'TRANSACTION.SUCCESS') await markPaid(n.resource.out_trade_no);
 *   send(res, notificationAnswer());
 * } catch (error) {
 *   send(res, notificationAnswer(error)); // 401/500 with {"code":"FAIL","message":"…"}
 * }
 */
export function verifyNotification<T = Record<string, unknown>>(input: VerifyNotificationInput): Notification<T> {
  if (!isRecord(input)) throw new InvalidRequestError('verifyNotification takes { body, headers, certs, apiv3Key }');
  // Every mistake of ours is named before anything about the message is judged.
  const raw = bodyBytes(input.body);
  const header = headerReader(input.headers);
  const certs = platformKeysOf(input.certs);
  // With a client as `certs`, its own APIv3 key serves when none is given.
  const clientKey = input.apiv3Key === undefined ? ownerOf(input.certs)?.apiv3Key : undefined;
  const apiv3Key = clientKey ?? apiv3KeyOf(input.apiv3Key, 'verifyNotification: `apiv3Key`');
  if (input.now !== undefined && !Number.isFinite(input.now))
    throw new InvalidRequestError(`now must be milliseconds since the epoch, got ${String(input.now)}`);

  verifySignedMessage(signedMessageOf(header, raw), certs, header('request-id'), input.now ?? Date.now());

  const envelope = envelopeOf(raw);
  const { ciphertext, nonce, associated_data: aad = '' } = envelope.resource;
  let plaintext: string;
  try {
    plaintext = AesGcm.decrypt(ciphertext, apiv3Key, nonce, aad);
  } catch {
    // The signature held, so the sender is WeChat: a tag mismatch here means our key is wrong.
    throw new VerificationError(
      VerificationReason.DECRYPT_FAILED,
      `resource (${envelope.resource.original_type ?? 'unknown type'}) did not decrypt: the APIv3 key is wrong (check API安全 > APIv3密钥; it may have been reset) or the ciphertext, nonce or associated_data were altered`,
    );
  }
  let resource: unknown;
  try {
    resource = JSON.parse(plaintext);
  } catch {
    throw unparseable(`resource decrypted but its plaintext (${envelope.resource.original_type ?? 'unknown type'}) is not JSON`);
  }
  return { ...envelope, resource } as Notification<T>;
}
