/**
 * A body whose signed part is not the whole body: a multipart upload signs its `meta` JSON only.
 * `MediaUtil` marks the very Buffer it hands out with the part and the body's content type; the
 * route reads the mark (so a forgotten `Content-Type` header does not send multipart as JSON) and
 * the signer signs the part. A copy of the Buffer carries no mark, and is signed whole.
 */
export interface SignedPart {
  /** The text the signature covers. */
  readonly signed: string;
  readonly contentType: string;
}

const SIGNED_PART: unique symbol = Symbol('wechatpay-ts.signedPart');

/** `body`, marked with the part its signature covers. */
export function markSignedPart<T extends Uint8Array>(body: T, part: SignedPart): T {
  Object.defineProperty(body, SIGNED_PART, { value: part, enumerable: false });
  return body;
}

/** The part `body`'s signature covers, when `body` is a marked multipart body. */
export function signedPartOf(body: unknown): SignedPart | undefined {
  return body instanceof Uint8Array ? (body as { [SIGNED_PART]?: SignedPart })[SIGNED_PART] : undefined;
}
