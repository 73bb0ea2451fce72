/**
 * RFC 3986 percent-encoding of one path segment or query component: `encodeURIComponent` plus
 * `! ' ( ) *`, so no URL parser along the way has anything left to re-encode and the bytes signed
 * are the bytes sent.
 */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
