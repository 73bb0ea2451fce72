import { InvalidRequestError } from '../errors';

// With the `u` flag a surrogate pair is one code point, so this finds only a half of one.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * `text` unchanged, or an `InvalidRequestError` naming `what` when it holds a lone UTF-16
 * surrogate (half of an emoji, say, from a string cut in the middle): UTF-8 cannot carry one, so
 * it would be sent as U+FFFD, or refused by `encodeURIComponent` with a bare URIError.
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
 * RFC 3986 percent-encoding of one path segment or query component: `encodeURIComponent` plus
 * `! ' ( ) *`, so no URL parser along the way has anything left to re-encode and the bytes signed
 * are the bytes sent. Text with a lone surrogate is refused naming `what`.
 *
 * @example encodeComponent('a b', 'query.q') // 'a%20b'
 */
export function encodeComponent(text: string, what = 'a URL component'): string {
  return encodeURIComponent(wellFormed(text, what)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
