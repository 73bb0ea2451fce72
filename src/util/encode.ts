import { InvalidRequestError } from '../errors';

// With the `u` flag a surrogate pair is one code point, so this finds only a half of one.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * `text`, or an error naming `what` for a lone UTF-16 surrogate, which UTF-8 would send as U+FFFD.
 *
 * @example wellFormed(storeName, '`xml.body`')
 */
export function wellFormed(text: string, what: string): string {
  const at = text.search(LONE_SURROGATE);
  if (at < 0) return text;
  const unit = text.charCodeAt(at).toString(16).toUpperCase();
  throw new InvalidRequestError(
    `${what} holds a lone UTF-16 surrogate (\\u${unit} at index ${at}, half of a character such as an emoji), which UTF-8 cannot carry: fix the text (was it cut in the middle of a character?)`,
  );
}

/**
 * RFC 3986 encoding (`! ' ( ) *` too): no URL parser re-encodes it, so the bytes signed are the bytes sent.
 *
 * @example encodeComponent('a b', 'query.q') // 'a%20b'
 */
export function encodeComponent(text: string, what = 'a URL component'): string {
  return encodeURIComponent(wellFormed(text, what)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
