import { randomBytes } from 'node:crypto';
import { InvalidRequestError } from '../../errors';
import { loneSurrogate } from '../../util/encode';

export interface FormPart {
  name: string;
  filename?: string;
  contentType: string;
  content: Buffer;
}

const CRLF = '\r\n';
// 0x00-0x1F and DEL: CR/LF would end the part header early; the rest have no place in a name.
const CONTROL = /[\x00-\x1f\x7f]/;
// 128 random bits: a collision with the content is astronomically unlikely, and checked anyway.
const BOUNDARY_TRIES = 8;

/**
 * Quotes and backslashes are refused, not escaped: servers unescape them differently, and the signed `meta` must match.
 *
 * @example checkPartValue('filename', 'a"b.jpg') // throws ConfigurationError
 */
export function checkPartValue(what: string, value: string): void {
  const problem =
    value === ''
      ? 'is empty'
      : CONTROL.test(value)
        ? 'contains a control character (CR, LF, NUL, …)'
        : /["\\]/.test(value)
          ? 'contains a double quote or a backslash'
          : loneSurrogate(value)
            ? 'contains an unpaired UTF-16 surrogate (not valid Unicode)'
            : undefined;
  if (problem) {
    throw new InvalidRequestError(
      `The multipart ${what} ${JSON.stringify(value)} ${problem}: it would break the multipart framing or be sent altered; rename it`,
    );
  }
}

function partHead(part: FormPart): string {
  checkPartValue('field name', part.name);
  if (part.filename !== undefined) checkPartValue('filename', part.filename);
  if (CONTROL.test(part.contentType)) throw new InvalidRequestError('A multipart Content-Type contains a control character');
  const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
  return `Content-Disposition: form-data; name="${part.name}"${filename}${CRLF}Content-Type: ${part.contentType}${CRLF}${CRLF}`;
}

function assemble(parts: readonly FormPart[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}${CRLF}${partHead(part)}`, 'utf8'), part.content, Buffer.from(CRLF));
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

/**
 * A `multipart/form-data` body under a random boundary found in none of the parts.
 *
 * @example
 * const { body, boundary } = multipartBody([{ name: 'meta', contentType: 'application/json', content: Buffer.from(meta) }]);
 * // headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }
 */
export function multipartBody(parts: readonly FormPart[]): { body: Buffer; boundary: string } {
  for (let attempt = 0; attempt < BOUNDARY_TRIES; attempt += 1) {
    const boundary = `wechatpay-ts-${randomBytes(16).toString('hex')}`;
    const marker = Buffer.from(`--${boundary}`);
    if (parts.some((part) => part.content.includes(marker))) continue;
    return { body: assemble(parts, boundary), boundary };
  }
  // Unreachable in practice (2^-128 per try); refusing beats sending an ambiguous body.
  throw new InvalidRequestError('Could not find a multipart boundary absent from the content');
}
