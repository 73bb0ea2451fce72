import { InvalidRequestError } from '../errors';

// With the `u` flag a surrogate pair is one code point, so this finds only a half of one.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * What is wrong with `text` when it holds a lone UTF-16 surrogate, which UTF-8 would write as
 * U+FFFD (bytes the caller never gave); undefined when it holds none. The SDK's one such check.
 *
 * @example loneSurrogate('a\ud83d') // 'holds a lone UTF-16 surrogate (\\uD83D at index 1, …), which UTF-8 cannot carry: …'
 */
export function loneSurrogate(text: string): string | undefined {
  // Node 20's own check answers at once for text V8 holds as Latin-1 (most of it); Node 18 has none.
  if ((text as { isWellFormed?: () => boolean }).isWellFormed?.() === true) return undefined;
  const at = text.search(LONE_SURROGATE);
  if (at < 0) return undefined;
  const unit = text.charCodeAt(at).toString(16).toUpperCase();
  return `holds a lone UTF-16 surrogate (\\u${unit} at index ${at}, half of a character such as an emoji), which UTF-8 cannot carry: fix the text (was it cut in the middle of a character?)`;
}

/**
 * `text`, or an error naming `what` for a lone UTF-16 surrogate (`loneSurrogate`).
 *
 * @example wellFormed(storeName, '`xml.body`')
 */
export function wellFormed(text: string, what: string): string {
  const problem = loneSurrogate(text);
  if (problem) throw new InvalidRequestError(`${what} ${problem}`);
  return text;
}

/**
 * RFC 3986 encoding (`! ' ( ) *` too): no URL parser re-encodes it, so the bytes signed are the bytes sent.
 *
 * @example encodeComponent('a b', 'query.q') // 'a%20b'
 */
export function encodeComponent(text: string, what = 'a URL component'): string {
  return encodeURIComponent(wellFormed(text, what)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
