import { sortedQueryString } from '../util/formatter';
import { Hash } from '../util/hash';

/** The APIv2 `sign` of `fields` (byte-order sorted, `sign` and empty values skipped) with `type`. */
export function signFields(type: string, fields: Record<string, unknown>, secret: string): string {
  return Hash.sign(type, sortedQueryString(fields), secret);
}

/** Its length picks the algorithm (64 hex: HMAC-SHA256, else MD5); compared in constant time. */
export function verifyFields(fields: Record<string, unknown>, secret: string): boolean {
  const given = fields.sign;
  // An empty sign proves nothing, whatever an equality of two strings says of it.
  if (typeof given !== 'string' || given === '') return false;
  const type = given.length === 64 ? Hash.ALGO_HMAC_SHA256 : Hash.ALGO_MD5;
  return Hash.equals(signFields(type, fields, secret), given.toUpperCase());
}
