/**
 * A multipart upload signs its `meta` JSON only: `MediaUtil` marks the Buffer it hands out with
 * that part and the content type; a copy carries no mark and is signed whole.
 */
export interface SignedPart {
  readonly signed: string;
  readonly contentType: string;
}

const SIGNED_PART: unique symbol = Symbol('wechatpay-ts.signedPart');

export function markSignedPart<T extends Uint8Array>(body: T, part: SignedPart): T {
  Object.defineProperty(body, SIGNED_PART, { value: part, enumerable: false });
  return body;
}

export function signedPartOf(body: unknown): SignedPart | undefined {
  return body instanceof Uint8Array ? (body as { [SIGNED_PART]?: SignedPart })[SIGNED_PART] : undefined;
}
