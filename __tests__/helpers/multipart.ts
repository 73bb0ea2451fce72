/** An independent multipart/form-data reader for the upload tests: byte offsets and regexes, none of the SDK's code. */
export interface ParsedPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  content: Buffer;
}

export function parseMultipart(body: Buffer, contentType: string | undefined): ParsedPart[] {
  const match = /^multipart\/form-data; boundary=([0-9A-Za-z'()+_,\-./:=?]{1,70})$/.exec(contentType ?? '');
  if (!match) throw new Error(`not a multipart Content-Type: ${contentType}`);
  const delimiter = Buffer.from(`--${match[1]}`);
  if (body.indexOf(delimiter) !== 0) throw new Error('body does not start with the boundary');
  const parts: ParsedPart[] = [];
  let at = delimiter.length;
  for (let guard = 0; guard < 16; guard += 1) {
    const after = body.subarray(at, at + 2).toString('latin1');
    if (after === '--') {
      if (body.subarray(at + 2).toString('latin1') !== '\r\n') throw new Error('junk after the closing boundary');
      return parts;
    }
    if (after !== '\r\n') throw new Error('boundary line not ended by CRLF');
    const headEnd = body.indexOf('\r\n\r\n', at + 2);
    if (headEnd < 0) throw new Error('part headers never end');
    const headers = new Map<string, string>();
    for (const line of body
      .subarray(at + 2, headEnd)
      .toString('utf8')
      .split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) throw new Error(`bad header line ${JSON.stringify(line)}`);
      headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
    }
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
    if (next < 0) throw new Error('part never closed');
    const disposition = /^form-data; name="([^"]*)"(?:; filename="([^"]*)")?$/.exec(headers.get('content-disposition') ?? '');
    if (!disposition) throw new Error(`bad Content-Disposition ${headers.get('content-disposition')}`);
    parts.push({ name: disposition[1]!, filename: disposition[2], contentType: headers.get('content-type'), content: body.subarray(headEnd + 4, next) });
    at = next + 2 + delimiter.length;
  }
  throw new Error('too many parts');
}
