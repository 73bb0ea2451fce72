/**
 * APIv3 answers that carry no signature by design (PROTOCOL.md): file streams. Matched on the
 * path as sent; everything else must verify or is refused.
 */
const UNSIGNED_V3: readonly RegExp[] = [
  /^\/v3\/billdownload\/file$/,
  /^\/v3\/merchant-service\/images\/(?!upload$)[^/]+$/,
];

export function isUnsignedV3(path: string): boolean {
  return UNSIGNED_V3.some((pattern) => pattern.test(path));
}

/** Statements answer a file whose SHA-1 is in this header; the signature covers `{"sha1":"…"}`. */
export const STATEMENT_SHA1_HEADER = 'wechatpay-statement-sha1';
const STATEMENTS = /^\/(?:v3\/global|hk\/v3)\/statements$/;

export function isStatement(path: string): boolean {
  return STATEMENTS.test(path);
}
