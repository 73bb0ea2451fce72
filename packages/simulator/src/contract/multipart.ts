/** One part of a `multipart/form-data` request. */
export interface Part {
  filename?: string;
  contentType?: string;
  content: Buffer;
}

/** More parts than any upload of the description has (meta and file; APIv2's five fields). */
const MAX_PARTS = 16;

/** The boundary of a `multipart/form-data` Content-Type, or undefined when it is not one. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const found = /^multipart\/form-data\s*;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? '');
  return found ? (found[1] ?? found[2]) : undefined;
}

/** The `name` and `filename` of a part's headers; undefined when there is no form-data disposition. */
function dispositionOf(head: string): { name: string; filename?: string; contentType?: string } | undefined {
  const disposition = /^content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename="([^"]*)")?\s*$/im.exec(head);
  if (!disposition) return undefined;
  const type = /^content-type:\s*(.+?)\s*$/im.exec(head)?.[1];
  return { name: disposition[1]!, ...(disposition[2] !== undefined ? { filename: disposition[2] } : {}), ...(type ? { contentType: type } : {}) };
}

/**
 * The parts of a `multipart/form-data` body by name (the first of a repeated name), or why it
 * cannot be read.
 *
 * @example const parts = readMultipart(body, 'abc'); if (typeof parts === 'string') refuse(parts); else parts.get('meta')
 */
export function readMultipart(body: Buffer, boundary: string): Map<string, Part> | string {
  const delimiter = Buffer.from(`--${boundary}`);
  if (body.indexOf(delimiter) !== 0) return 'the body does not start with the boundary';
  const parts = new Map<string, Part>();
  let at = delimiter.length;
  for (let count = 0; count <= MAX_PARTS; count += 1) {
    if (body.subarray(at, at + 2).toString('latin1') === '--') return parts;
    const headEnd = body.indexOf('\r\n\r\n', at);
    if (headEnd < 0) return 'a part has no end of its headers';
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
    if (next < 0) return 'a part is never closed by the boundary';
    const head = dispositionOf(body.subarray(at, headEnd).toString('utf8'));
    if (!head) return 'a part has no Content-Disposition: form-data; name="…"';
    const { name, ...rest } = head;
    if (!parts.has(name)) parts.set(name, { ...rest, content: body.subarray(headEnd + 4, next) });
    at = next + 2 + delimiter.length;
  }
  return `more than ${MAX_PARTS} parts`;
}
