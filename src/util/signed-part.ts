/**
 * Bodies whose signed part is not the whole body: a multipart upload signs its `meta` JSON only.
 * `MediaUtil` registers its body here, with the body's content type; the signing step looks the
 * signed part up, the serialising step the content type (so a forgotten `Content-Type` header
 * does not send multipart as JSON). A WeakMap, so nothing is kept once the body is gone.
 */
interface SignedPart {
  signed: string;
  contentType: string | undefined;
}

const signedParts = new WeakMap<object, SignedPart>();

export function registerSignedPart(body: object, signed: string, contentType?: string): void {
  signedParts.set(body, { signed, contentType });
}

export function signedPartOf(body: unknown): string | undefined {
  return body !== null && typeof body === 'object' ? signedParts.get(body)?.signed : undefined;
}

export function contentTypeOf(body: unknown): string | undefined {
  return body !== null && typeof body === 'object' ? signedParts.get(body)?.contentType : undefined;
}
