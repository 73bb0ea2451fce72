/**
 * Bodies whose signed part is not the whole body: a multipart upload signs its `meta` JSON only.
 * `MediaUtil` registers its body here; the signing step looks it up. A WeakMap, so nothing is kept
 * once the body is gone.
 */
const signedParts = new WeakMap<object, string>();

export function registerSignedPart(body: object, signed: string): void {
  signedParts.set(body, signed);
}

export function signedPartOf(body: unknown): string | undefined {
  return body !== null && typeof body === 'object' ? signedParts.get(body) : undefined;
}
