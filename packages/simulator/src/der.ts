/**
 * The few ASN.1 DER encoders an X.509 certificate needs (ITU-T X.690), nothing more: no decoder,
 * no schema. Each function returns the complete encoding of one value: tag, length, contents.
 *
 * DER is the "distinguished" subset of BER: exactly one encoding per value, which is what makes a
 * signature over the bytes meaningful. The rules that matter here are noted where they apply:
 * definite minimal lengths, minimal two's-complement integers, DEFAULT values left out, and named
 * bit strings without trailing zero bits.
 *
 * @example
 * const name = sequence(set(sequence(oid('2.5.4.3'), utf8String('Tenpay.com Root CA'))));
 */

/** Universal tags used below (X.680 §8.4). */
const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  // Bit 6 (0x20) marks a constructed encoding: its contents are further TLVs.
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/**
 * One tag-length-value. DER demands the shortest definite length: one byte below 128, otherwise
 * 0x80 | n followed by the n big-endian length bytes (X.690 §8.1.3, §10.1).
 */
export function tlv(tag: number, contents: Buffer): Buffer {
  const length = contents.length;
  let header: Buffer;
  if (length < 0x80) {
    header = Buffer.from([tag, length]);
  } else {
    const bytes: number[] = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
    header = Buffer.from([tag, 0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([header, contents]);
}

/** SEQUENCE: the items in the given order. */
export function sequence(...items: Buffer[]): Buffer {
  return tlv(TAG.SEQUENCE, Buffer.concat(items));
}

/**
 * SET OF. DER sorts the members by their encodings (X.690 §11.6); a certificate's names hold one
 * attribute per set, but sorting keeps this correct for more.
 */
export function set(...items: Buffer[]): Buffer {
  return tlv(TAG.SET, Buffer.concat([...items].sort(Buffer.compare)));
}

/** BOOLEAN: DER writes TRUE as 0xFF (X.690 §11.1). */
export function boolean(value: boolean): Buffer {
  return tlv(TAG.BOOLEAN, Buffer.from([value ? 0xff : 0x00]));
}

/**
 * A non-negative INTEGER from big-endian magnitude bytes. INTEGER is two's complement, so a leading
 * byte ≥ 0x80 would read as negative: a 00 is put in front. Redundant leading zeros are dropped,
 * since DER wants the fewest bytes (X.690 §8.3.2).
 */
export function unsignedInteger(magnitude: Buffer): Buffer {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start += 1;
  const bytes = magnitude.subarray(start);
  const first = bytes[0] ?? 0;
  return tlv(TAG.INTEGER, first & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : Buffer.from(bytes.length ? bytes : [0]));
}

/** A small non-negative INTEGER (a version number). */
export function smallInteger(value: number): Buffer {
  return unsignedInteger(Buffer.from([value]));
}

/**
 * OBJECT IDENTIFIER from dotted text. The first two arcs share one value (40 × first + second);
 * each arc is then written base-128, high bit set on every byte but the last (X.690 §8.19).
 */
export function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = arcs;
  const bytes: number[] = [];
  for (const arc of [40 * first + second, ...rest]) {
    const groups = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) groups.unshift((value & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return tlv(TAG.OID, Buffer.from(bytes));
}

/** NULL: the explicit "no parameters" RSA algorithm identifiers carry (RFC 4055 §5). */
export function nullValue(): Buffer {
  return tlv(TAG.NULL, Buffer.alloc(0));
}

/**
 * BIT STRING. The first contents byte counts the unused bits in the last byte; whole-byte payloads
 * (keys, signatures) have none.
 */
export function bitString(bytes: Buffer, unusedBits = 0): Buffer {
  return tlv(TAG.BIT_STRING, Buffer.concat([Buffer.from([unusedBits]), bytes]));
}

/**
 * A named BIT STRING such as KeyUsage, from the numbers of the bits that are set (bit 0 is the
 * most significant bit of the first byte). DER drops trailing zero bits (X.690 §11.2.2), so the
 * length and the unused-bit count follow from the highest bit set.
 */
export function namedBits(bits: number[]): Buffer {
  const highest = Math.max(...bits);
  const bytes = Buffer.alloc(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
  return bitString(bytes, 7 - (highest & 7));
}

/** OCTET STRING: X.509 wraps every extension's value, itself DER, in one. */
export function octetString(bytes: Buffer): Buffer {
  return tlv(TAG.OCTET_STRING, bytes);
}

/** UTF8String: any Unicode text, so CJK names survive. */
export function utf8String(text: string): Buffer {
  return tlv(TAG.UTF8_STRING, Buffer.from(text, 'utf8'));
}

/** PrintableString: A–Z a–z 0–9 space and '()+,-./:=? only; RFC 5280 requires it for countryName. */
export function printableString(text: string): Buffer {
  return tlv(TAG.PRINTABLE_STRING, Buffer.from(text, 'ascii'));
}

/** IA5String: ASCII; used for DNS names. */
export function ia5String(text: string): Buffer {
  return tlv(TAG.IA5_STRING, Buffer.from(text, 'ascii'));
}

/**
 * A certificate time. RFC 5280 §4.1.2.5: UTCTime (two-digit year) for 1950–2049, GeneralizedTime
 * otherwise; both in UTC with seconds and a trailing Z, no fractions.
 */
export function time(date: Date): Buffer {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const year = date.getUTCFullYear();
  const rest = pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds()) + 'Z';
  return year >= 1950 && year < 2050
    ? tlv(TAG.UTC_TIME, Buffer.from(pad(year % 100) + rest, 'ascii'))
    : tlv(TAG.GENERALIZED_TIME, Buffer.from(pad(year, 4) + rest, 'ascii'));
}

/**
 * A context-specific tag [n]. EXPLICIT wraps a complete encoding (constructed, 0xA0 | n); IMPLICIT
 * replaces the tag of a primitive value and keeps only its contents (0x80 | n).
 */
export function explicit(n: number, inner: Buffer): Buffer {
  return tlv(0xa0 | n, inner);
}

/** See {@link explicit}: [n] IMPLICIT over primitive contents, e.g. a GeneralName's iPAddress [7]. */
export function implicit(n: number, contents: Buffer): Buffer {
  return tlv(0x80 | n, contents);
}
