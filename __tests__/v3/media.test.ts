import { execFileSync } from 'node:child_process';
import { createHash, createVerify, randomBytes } from 'node:crypto';
import { closeSync, constants, createReadStream, mkdirSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { isApiError, isConfigurationError } from '../../src';
import { MediaUtil, mediaContentType, MEDIA_CONTENT_TYPES, type MediaOptions } from '../../src/helpers/media/media';
import { runTypeScript } from '../cli/run-cli';
import { MCHID, MERCHANT_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import { thrown as thrownBy } from '../helpers/thrown';
import type { V3Check } from '../helpers/v3-server';

// ---- An independent multipart/form-data reader: byte offsets and regexes, none of the SDK's code.

interface ParsedPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  content: Buffer;
}

function parseMultipart(body: Buffer, contentType: string | undefined): ParsedPart[] {
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

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function verifiesOver(check: V3Check, signed: string | Buffer, publicKey: V3Setup['merchant']['publicKey']): boolean {
  const auth = check.authorization;
  if (!auth || auth.mchid !== MCHID || auth.serial_no !== MERCHANT_SERIAL) return false;
  const verifier = createVerify('RSA-SHA256');
  verifier.update(
    Buffer.concat([
      Buffer.from(`${check.request.method}\n${check.request.url}\n${auth.timestamp}\n${auth.nonce_str}\n`),
      Buffer.from(signed),
      Buffer.from('\n'),
    ]),
  );
  return verifier.verify(publicKey, auth.signature ?? '', 'base64');
}

// ---- The stand-in upload endpoints.

let v3: V3Setup;
let dir: string;
const UPLOADS = ['POST /v3/merchant/media/upload', 'POST /v3/merchant/media/video_upload'];
/** What the server made of each upload, for the assertions. */
const seen: {
  parts: ParsedPart[];
  meta: { filename?: unknown; sha256?: unknown };
  metaText: string;
  metaSignatureOk: boolean;
  wholeBodySignatureOk: boolean;
}[] = [];

function metaPartOf(check: V3Check): ParsedPart | undefined {
  try {
    return parseMultipart(check.request.body, check.request.headers['content-type']).find((part) => part.name === 'meta');
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  v3 = await setupV3();
  dir = mkdtempSync(join(tmpdir(), 'wechatpay-media-'));
  for (const key of UPLOADS) {
    // WeChat Pay checks the signature over the meta JSON only: so does this server, before the route.
    v3.server.authenticate.set(key, (check) => {
      const meta = metaPartOf(check);
      return meta !== undefined && verifiesOver(check, meta.content, v3.merchant.publicKey);
    });
    v3.server.routes.set(key, (check) => {
      const bad = (message: string) => ({ status: 400, json: { code: 'PARAM_ERROR', message } });
      let parts: ParsedPart[];
      try {
        parts = parseMultipart(check.request.body, check.request.headers['content-type']);
      } catch (error) {
        return bad(`multipart: ${(error as Error).message}`);
      }
      const metaText = parts[0]?.content.toString('utf8') ?? '';
      const meta = JSON.parse(metaText) as { filename?: unknown; sha256?: unknown };
      seen.push({ parts, meta, metaText, metaSignatureOk: verifiesOver(check, metaText, v3.merchant.publicKey), wholeBodySignatureOk: check.authOk });
      if (parts.map((part) => part.name).join() !== 'meta,file') return bad(`parts ${parts.map((part) => part.name).join()}`);
      const [metaPart, file] = parts as [ParsedPart, ParsedPart];
      if (metaPart.contentType !== 'application/json' || metaPart.filename !== undefined) return bad('meta part headers');
      if (file.filename !== meta.filename) return bad('file part filename differs from meta.filename');
      if (sha256(file.content) !== meta.sha256) return bad('sha256 mismatch: the file is not the one described by meta');
      return { status: 200, json: { media_id: `media-${sha256(file.content).slice(0, 12)}` } };
    });
  }
});
afterAll(async () => {
  await v3.server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  v3.server.checks.length = 0;
  seen.length = 0;
});

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const upload = (media: MediaUtil) => v3.wx.v3.merchant.media.upload.post({ body: media.getStream(), headers: { 'Content-Type': media.getContentType() } });

describe('MediaUtil uploads, checked by a server that parses the multipart body itself', () => {
  test('regression: without a Content-Type header the multipart body is still sent as multipart', async () => {
    const bytes = randomBytes(500);
    const media = new MediaUtil(bytes, 'logo.png');
    await v3.wx.v3.merchant.media.upload.post({ body: media.getStream() });
    expect(v3.server.checks[0]!.request.headers['content-type']).toBe(media.getContentType());
    expect(seen[0]!.meta).toEqual({ filename: 'logo.png', sha256: sha256(bytes) });
  });

  test("from a path, as PHP does: meta then file, sha256 of the file, the caller's multipart Content-Type sent", async () => {
    const bytes = randomBytes(3000);
    const media = new MediaUtil(file('photo.jpg', bytes));
    const { data } = await upload(media);
    expect(data.media_id).toBe(`media-${sha256(bytes).slice(0, 12)}`);
    const check = v3.server.checks[0]!;
    expect(check.request.headers['content-type']).toBe(media.getContentType());
    expect(media.getContentType()).toMatch(/^multipart\/form-data; boundary=\S+$/);
    const [meta, part] = seen[0]!.parts as [ParsedPart, ParsedPart];
    expect(seen[0]!.meta).toEqual({ filename: 'photo.jpg', sha256: sha256(bytes) });
    expect(meta.content.toString()).toBe(media.getMeta());
    expect(media.getMeta()).toBe(`{"filename":"photo.jpg","sha256":"${sha256(bytes)}"}`);
    expect(part).toMatchObject({ name: 'file', filename: 'photo.jpg', contentType: 'image/jpeg' });
    expect(part.content.equals(bytes)).toBe(true);
  });

  test('the signature covers the meta JSON only: it verifies over meta and not over the whole body', async () => {
    const media = new MediaUtil(file('sig.png', randomBytes(500)));
    await upload(media);
    const check = v3.server.checks[0]!;
    expect(seen[0]!.metaSignatureOk).toBe(true);
    // The helper's own check signs the whole body: it must fail for an upload.
    expect(check.authOk).toBe(false);
    expect(verifiesOver(check, check.request.body, v3.merchant.publicKey)).toBe(false);
    expect(verifiesOver(check, media.getMeta(), v3.merchant.publicKey)).toBe(true);
  });

  test('a copy of the body is not registered: it is signed whole, and the meta-only check refuses it (401)', async () => {
    const media = new MediaUtil(file('copy.jpg', randomBytes(200)));
    const error = await v3.wx.v3.merchant.media.upload
      .post({ body: Buffer.from(media.getStream()), headers: { 'content-type': media.getContentType() } })
      .catch((e: unknown) => e);
    expect(isApiError(error) && error.status === 401 && error.apiCode === 'SIGN_ERROR').toBe(true);
    // Proves the server tells the two apart: the whole-body signature did verify here.
    expect(v3.server.checks[0]!.authOk).toBe(true);
    // A lower-case header name wins over the JSON default too.
    expect(v3.server.checks[0]!.request.headers['content-type']).toBe(media.getContentType());
  });

  test('from a file:// URL string and a URL object: the filename is the base name', async () => {
    const path = file('scan.pdf', randomBytes(100));
    for (const input of [pathToFileURL(path).href, pathToFileURL(path)]) {
      const media = new MediaUtil(input);
      expect(media.filename).toBe('scan.pdf');
      await upload(media);
    }
    expect(seen.map((upload) => upload.parts[1]!.contentType)).toEqual(['application/pdf', 'application/pdf']);
  });

  test('from a Buffer with a non-ASCII filename: sent as UTF-8 in both parts, verbatim', async () => {
    const bytes = randomBytes(1024);
    const media = new MediaUtil(bytes, '门店 照片.PNG');
    await upload(media);
    expect(seen[0]!.meta.filename).toBe('门店 照片.PNG');
    expect(seen[0]!.parts[1]).toMatchObject({ filename: '门店 照片.PNG', contentType: 'image/png' });
    expect(seen[0]!.parts[1]!.content.equals(bytes)).toBe(true);
  });

  test('a filename with an apostrophe, angle brackets and an ampersand is sent verbatim in meta and part', async () => {
    const media = new MediaUtil(randomBytes(64), "it's <a> & b.jpg");
    await upload(media);
    expect(JSON.parse(media.getMeta())).toEqual({ filename: "it's <a> & b.jpg", sha256: media.sha256 });
    expect(seen[0]!.parts[1]!.filename).toBe("it's <a> & b.jpg");
  });

  test('from a stream (await MediaUtil.from), to video_upload', async () => {
    const chunks = [randomBytes(700), randomBytes(1), randomBytes(5000)];
    const media = await MediaUtil.from(Readable.from(chunks), 'clip.mp4');
    const { data } = await v3.wx.v3.merchant.media.video_upload.post({ body: media.getStream(), headers: { 'Content-Type': media.getContentType() } });
    expect(data.media_id).toMatch(/^media-/);
    expect(seen[0]!.parts[1]).toMatchObject({ filename: 'clip.mp4', contentType: 'video/mp4' });
    expect(seen[0]!.parts[1]!.content.equals(Buffer.concat(chunks))).toBe(true);
  });

  test('from an fs read stream and from a path read asynchronously', async () => {
    const bytes = randomBytes(200_000);
    const path = file('big.jpg', bytes);
    const streamed = await MediaUtil.from(createReadStream(path, { highWaterMark: 4096 }), 'big.jpg');
    const read = await MediaUtil.from(path);
    expect(read.filename).toBe('big.jpg');
    expect(streamed.sha256).toBe(sha256(bytes));
    expect(read.getMeta()).toBe(streamed.getMeta());
    // Same file, fresh crypto-random boundaries.
    expect(read.getContentType()).not.toBe(streamed.getContentType());
    await upload(streamed);
    expect(seen[0]!.parts[1]!.content.equals(bytes)).toBe(true);
  });

  test("a tampered file is caught by the server's own sha256 check (the check can fail)", async () => {
    const media = new MediaUtil(file('tamper.jpg', randomBytes(256)));
    const body = media.getStream();
    const closing = `\r\n--${media.getContentType().split('boundary=')[1]}--\r\n`;
    const last = body.length - closing.length - 1; // the file's last byte; meta untouched, still signed
    body[last] = body[last]! ^ 0xff;
    const error = await upload(media).catch((e: unknown) => e);
    expect(isApiError(error) && error.status === 400 && /sha256 mismatch/.test(String(error.message))).toBe(true);
    expect(seen[0]!.metaSignatureOk).toBe(true);
  });
});

describe('the body, byte by byte', () => {
  test('CRLF framing: boundary line, headers, blank line, content, closing boundary', () => {
    const media = new MediaUtil(Buffer.from('hello'), 'a.txt');
    const boundary = media.getContentType().split('boundary=')[1]!;
    expect(boundary).toMatch(/^[0-9A-Za-z-]{20,70}$/);
    expect(media.getStream().toString()).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${media.getMeta()}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n` +
        `--${boundary}--\r\n`,
    );
    expect(media.getStream()).toBe(media.getStream());
  });

  test('content types by extension, case-insensitive, octet-stream otherwise', () => {
    const expected: Record<string, string> = {
      jpg: 'image/jpeg',
      jpeg: 'image/jpeg',
      png: 'image/png',
      bmp: 'image/bmp',
      gif: 'image/gif',
      mp4: 'video/mp4',
      avi: 'video/x-msvideo',
      wmv: 'video/x-ms-wmv',
      mpeg: 'video/mpeg',
      flv: 'video/x-flv',
      mkv: 'video/x-matroska',
      mov: 'video/quicktime',
      m4v: 'video/x-m4v',
      pdf: 'application/pdf',
      csv: 'text/csv',
      txt: 'text/plain',
    };
    expect(MEDIA_CONTENT_TYPES).toEqual(expected);
    for (const [extension, type] of Object.entries(expected)) expect(mediaContentType(`x.${extension.toUpperCase()}`)).toBe(type);
    for (const name of ['noext', 'x.exe', 'x.jpg.zip', '.jpg', 'x.toString', 'x.constructor']) expect(mediaContentType(name)).toBe('application/octet-stream');
    const media = new MediaUtil(Buffer.from([1, 2, 3]), 'data.bin');
    expect(parseMultipart(media.getStream(), media.getContentType())[1]!.contentType).toBe('application/octet-stream');
  });

  test('a file that contains boundary-like text is framed safely', () => {
    const bytes = Buffer.from('\r\n--wechatpay-ts-\r\n--\r\nContent-Disposition: form-data; name="meta"\r\n\r\n');
    const media = new MediaUtil(bytes, 'evil.txt');
    const parts = parseMultipart(media.getStream(), media.getContentType());
    expect(parts.map((part) => part.name)).toEqual(['meta', 'file']);
    expect(parts[1]!.content.equals(bytes)).toBe(true);
  });
});

describe('bad input is refused before anything is sent', () => {
  const refused = (action: () => unknown, pattern: RegExp) => {
    let error: unknown;
    try {
      action();
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(pattern);
  };
  const refusedAsync = async (action: () => Promise<unknown>, pattern: RegExp) => {
    const error = await action().catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(pattern);
  };
  afterEach(() => expect(v3.server.checks).toHaveLength(0));

  test('a Buffer or stream without a filename', async () => {
    refused(() => new MediaUtil(Buffer.from('x')), /carries no file name.*pass one/);
    await refusedAsync(() => MediaUtil.from(Readable.from([Buffer.from('x')])), /carries no file name/);
  });

  test('an unreadable path: missing, a directory, an empty file, an empty path', async () => {
    const missing = join(dir, 'nope.jpg');
    refused(() => new MediaUtil(missing), /Cannot read the media file .*nope\.jpg.*ENOENT/);
    await refusedAsync(() => MediaUtil.from(missing), /Cannot read the media file .*ENOENT/);
    const folder = join(dir, 'folder.jpg');
    mkdirSync(folder, { recursive: true });
    refused(() => new MediaUtil(folder), /folder\.jpg" is a directory, not a regular file/);
    await refusedAsync(() => MediaUtil.from(folder), /is a directory, not a regular file/);
    refused(() => new MediaUtil(file('empty.jpg', Buffer.alloc(0))), /is empty \(0 bytes\)/);
    refused(() => new MediaUtil(''), /path is empty/);
  });

  test('a character device is refused by what it is, before it is read, in both forms', async () => {
    refused(() => new MediaUtil(devNull), /is a character device, not a regular file/);
    await refusedAsync(() => MediaUtil.from(devNull), /is a character device, not a regular file/);
    refused(() => new MediaUtil(pathToFileURL(devNull)), /is a character device/);
  });

  test('regression: new MediaUtil(fifo) with no writer is refused at once instead of blocking the event loop (run in a child process)', async () => {
    const fifo = join(dir, 'pipe.jpg');
    execFileSync('mkfifo', [fifo]);
    const media = JSON.stringify(join(__dirname, '..', '..', 'src', 'index'));
    const code = `import { MediaUtil } from ${media};
      const started = Date.now();
      try { new MediaUtil(${JSON.stringify(fifo)}); console.log(JSON.stringify({ returned: true })); }
      catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message, ms: Date.now() - started })); }`;
    // Blocked in open(), the child would never print: the helper kills it and rejects after 10 s.
    const result = await runTypeScript(code, { timeoutMs: 10_000 });
    const outcome = JSON.parse(result.stdout) as { name: string; code: string; message: string; ms: number };
    expect(outcome).toMatchObject({ name: 'InvalidRequestError', code: 'ERR_INVALID_REQUEST' });
    expect(outcome.message).toBe(
      `The media path ${JSON.stringify(fifo)} is a FIFO (named pipe), not a regular file: give a file's path, or read the data yourself and pass a Buffer (or a stream to MediaUtil.from)`,
    );
    expect(outcome.ms).toBeLessThan(1000);
  });

  test('regression: MediaUtil.from(fifo) with no writer is refused at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.mp4');
    execFileSync('mkfifo', [fifo]);
    let timer: NodeJS.Timeout | undefined;
    const tooLate = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('MediaUtil.from(fifo) did not settle within 2 s: it is waiting for a writer')), 2000);
    });
    try {
      const started = Date.now();
      const error = await Promise.race([MediaUtil.from(fifo).catch((e: unknown) => e), tooLate]);
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/pipe\.mp4" is a FIFO \(named pipe\), not a regular file/);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      clearTimeout(timer);
      // Had it regressed, a libuv thread would still wait in open(): a writer that comes and goes frees it.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // ENXIO: no reader waits, as it should be
      }
    }
  });

  test('a path that looks like key material is not quoted in the message', async () => {
    // '/' would split the path; '+' keeps the run of base64 whole, as key material has it.
    const base64 = randomBytes(96).toString('base64').replace(/\//g, '+');
    const cases: Array<[string, RegExp]> = [
      [join(dir, base64), /^Cannot read the media file \(the value, not shown: it looks like key material, not a path\): ENOENT: no such file or directory$/],
      [`file:///${base64}`, /^Cannot read the media file \(the value, not shown: it looks like key material, not a path\): ENOENT/],
      [`private.pkcs8://${base64}`, /got a private\.pkcs8: URL/],
    ];
    for (const [path, message] of cases) {
      for (const error of [thrownBy(() => new MediaUtil(path)), await MediaUtil.from(path).catch((e: unknown) => e)]) {
        expect(isConfigurationError(error)).toBe(true);
        expect((error as Error).message).toMatch(message);
        for (const shown of [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })])
          expect(shown).not.toContain(base64.slice(0, 40));
      }
    }
  });

  test('oversize: a file over 20 MiB is refused from its size, unread', async () => {
    const path = file('huge.mp4', Buffer.alloc(0));
    truncateSync(path, MediaUtil.MAX_BYTES + 1); // sparse: costs no disk
    refused(() => new MediaUtil(path), /20971521 bytes, over the 20971520-byte \(20 MiB\) limit.*maxBytes/);
    await refusedAsync(() => MediaUtil.from(path), /over the 20971520-byte/);
    // 3 GiB (sparse): reading it would fail differently (ERR_FS_FILE_TOO_LARGE), so this proves the size is checked first.
    truncateSync(path, 3 * 2 ** 30);
    refused(() => new MediaUtil(path), /3221225472 bytes, over the 20971520-byte/);
    await refusedAsync(() => MediaUtil.from(path), /3221225472 bytes, over/);
    refused(() => new MediaUtil(Buffer.alloc(11), 'a.jpg', { maxBytes: 10 }), /11 bytes, over the 10-byte/);
    expect(new MediaUtil(Buffer.alloc(10, 1), 'a.jpg', { maxBytes: 10 }).sha256).toBe(sha256(Buffer.alloc(10, 1)));
  });

  test('oversize: a stream is refused as soon as it passes the limit, and destroyed', async () => {
    let produced = 0;
    const stream = Readable.from(
      (function* () {
        for (let i = 0; i < 10_000; i += 1) {
          produced += 1;
          yield Buffer.alloc(1024, 7);
        }
      })(),
    );
    await refusedAsync(() => MediaUtil.from(stream, 'endless.mp4', { maxBytes: 4096 }), /media stream is longer than 4096 bytes/);
    expect(produced).toBeLessThan(100);
    expect(stream.destroyed).toBe(true);
  });

  test('filenames that would break the multipart framing', () => {
    refused(() => new MediaUtil(Buffer.from('x'), 'a\r\nContent-Type: text/html.jpg'), /control character/);
    refused(() => new MediaUtil(Buffer.from('x'), 'a"; name="meta.jpg'), /double quote/);
    refused(() => new MediaUtil(Buffer.from('x'), 'a\\b.jpg'), /backslash/);
    refused(() => new MediaUtil(Buffer.from('x'), 'bad\ud800.jpg'), /surrogate/);
    refused(() => new MediaUtil(Buffer.from('x'), ''), /filename "" is empty/);
    refused(() => new MediaUtil(Buffer.from('x'), 42 as unknown as string), /filename must be a string/);
  });

  test('other inputs: remote URLs, a stream given to the constructor, text streams, bad maxBytes', async () => {
    refused(() => new MediaUtil('https://example.com/a.jpg'), /local path or a file:\/\/ URL, got a https: URL/);
    refused(() => new MediaUtil(Readable.from([Buffer.from('x')]) as never, 'a.jpg'), /use `await MediaUtil\.from\(stream, filename\)`/);
    refused(() => new MediaUtil(42 as never, 'a.jpg'), /got a number/);
    await refusedAsync(() => MediaUtil.from(Readable.from(['text']), 'a.txt'), /yielded a string, not bytes/);
    refused(() => new MediaUtil(Buffer.from('x'), 'a.jpg', { maxBytes: 0 }), /maxBytes.*positive integer/);
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk on fire'));
      },
    });
    await refusedAsync(() => MediaUtil.from(failing, 'a.jpg'), /Cannot read the media stream: disk on fire/);
  });
});

describe('MediaUtil.from(stream) always settles, quickly, and leaves nothing running', () => {
  /** The error `read` rejects with, failing the test if it does not settle within `ms`. */
  async function rejection(read: () => Promise<unknown>, ms = 2000): Promise<{ error: Error; elapsed: number }> {
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms);
    });
    const started = Date.now();
    try {
      const outcome = await Promise.race([
        read().then(
          () => new Error('resolved, but should have rejected'),
          (e: unknown) => e as Error,
        ),
        hung,
      ]);
      expect(isConfigurationError(outcome)).toBe(true);
      return { error: outcome, elapsed: Date.now() - started };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A Readable that pushes `first` (if any), then nothing; `destroy` records that it ran. */
  function silent(first?: Buffer) {
    const state = { reads: 0, destroyed: false };
    const stream = new Readable({
      read() {
        state.reads += 1;
        if (first && state.reads === 1) this.push(first);
      },
      destroy(error, done) {
        state.destroyed = true;
        done(error);
      },
    });
    return { stream, state };
  }

  test('a stream that never pushes is destroyed and refused after `timeout`', async () => {
    const { stream, state } = silent();
    const { error, elapsed } = await rejection(() => MediaUtil.from(stream, 'never.mp4', { timeout: 100 }));
    expect(error.message).toBe(
      'The media stream was not read to its end within 100 ms (0 bytes so far), so the stream was destroyed: pass a larger `timeout` (default MediaUtil.READ_TIMEOUT_MS, 60000 ms) for a slow source, or make sure it ends',
    );
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(1500);
    expect(state.destroyed && stream.destroyed).toBe(true);
  });

  test('a stream that drips forever is destroyed and refused after `timeout`', async () => {
    // eslint-disable-next-line prefer-const -- the stream's destroy() clears the timer made after it.
    let drip: NodeJS.Timeout | undefined;
    const stream = new Readable({
      read() {},
      destroy(error, done) {
        clearInterval(drip);
        done(error);
      },
    });
    drip = setInterval(() => stream.push(Buffer.from('x')), 5);
    const { error, elapsed } = await rejection(() => MediaUtil.from(stream, 'drip.mp4', { timeout: 150 })).finally(() => clearInterval(drip));
    expect(error.message).toMatch(/^The media stream was not read to its end within 150 ms \(([1-9]\d*) bytes so far\), so the stream was destroyed/);
    expect(elapsed).toBeLessThan(1500);
    expect(stream.destroyed).toBe(true);
  });

  test('a stream destroyed midway without an error is refused as cut short, not taken as a whole file', async () => {
    const { stream } = silent(Buffer.from('abc'));
    setTimeout(() => stream.destroy(), 20);
    const { error, elapsed } = await rejection(() => MediaUtil.from(stream, 'cut.mp4'));
    expect(error.message).toBe('The media stream was destroyed before it ended (after 3 bytes): a file cut short is not uploaded');
    expect((error.cause as { code?: string }).code).toBe('ERR_STREAM_PREMATURE_CLOSE');
    expect(elapsed).toBeLessThan(1000);
    // Destroyed before it was given: the same.
    const early = silent().stream;
    early.destroy();
    expect((await rejection(() => MediaUtil.from(early, 'early.mp4'))).error.message).toMatch(/destroyed before it ended \(after 0 bytes\)/);
  });

  test('a stream that errors midway is refused with its error as the cause', async () => {
    const { stream } = silent(Buffer.from('abc'));
    const failure = new Error('disk on fire');
    setTimeout(() => stream.destroy(failure), 20);
    const { error } = await rejection(() => MediaUtil.from(stream, 'fire.mp4'));
    expect(error.message).toBe('Cannot read the media stream: disk on fire');
    expect(error.cause).toBe(failure);
  });

  test('an endless fast stream is refused at the size limit and destroyed', async () => {
    let reads = 0;
    const stream = new Readable({
      read() {
        reads += 1;
        this.push(Buffer.alloc(1024, 1));
      },
    });
    const { error } = await rejection(() => MediaUtil.from(stream, 'big.mp4', { maxBytes: 4096 }));
    expect(error.message).toMatch(/^The media stream is longer than 4096 bytes, over the 4096-byte/);
    expect(stream.destroyed).toBe(true);
    expect(reads).toBeLessThan(50);
  });

  test('a signal that aborts midway destroys the stream and rejects with the reason as the cause; one aborted already reads nothing', async () => {
    const { stream } = silent(Buffer.from('abc'));
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    setTimeout(() => controller.abort(reason), 20);
    const { error, elapsed } = await rejection(() => MediaUtil.from(stream, 'a.mp4', { signal: controller.signal }));
    expect(error.message).toBe('The media stream was not read: the `signal` given to MediaUtil aborted it, and the stream was destroyed');
    expect(error.cause).toBe(reason);
    expect(elapsed).toBeLessThan(1000);
    expect(stream.destroyed).toBe(true);

    const idle = silent();
    const gone = AbortSignal.abort(reason);
    expect((await rejection(() => MediaUtil.from(idle.stream, 'b.mp4', { signal: gone }))).error.message).toMatch(/aborted it/);
    expect(idle.state.reads).toBe(0);
    expect((await rejection(() => MediaUtil.from(file('aborted.jpg', randomBytes(10)), undefined, { signal: gone }))).error.message).toMatch(
      /^The media file ".*aborted\.jpg" was not read: the `signal`/,
    );
    expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', { signal: gone })).toThrow(
      /^The media Buffer was not read: the `signal` given to MediaUtil aborted it$/,
    );
  });

  test('an async iterable that never yields is refused after `timeout` and told to return', async () => {
    let returned = false;
    const iterable: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise<IteratorResult<Uint8Array>>(() => undefined),
        return: async () => {
          returned = true;
          return { done: true, value: undefined };
        },
      }),
    };
    const { error } = await rejection(() => MediaUtil.from(iterable, 'i.mp4', { timeout: 50 }));
    expect(error.message).toMatch(/^The media stream was not read to its end within 50 ms \(0 bytes so far\)/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(returned).toBe(true);
  });

  test('a generator that yields empty chunks without ever yielding to the event loop is stopped by the clock', async () => {
    let finished = false;
    // It spins for 1 s at most, so a regression ends too (as an empty file, the wrong error) instead of starving jest.
    const generator = (async function* () {
      const until = Date.now() + 1000;
      try {
        while (Date.now() < until) yield new Uint8Array(0);
      } finally {
        finished = true;
      }
    })();
    const { error, elapsed } = await rejection(() => MediaUtil.from(generator, 'spin.mp4', { timeout: 100 }), 5000);
    expect(error.message).toMatch(/within 100 ms \(0 bytes so far\)/);
    expect(elapsed).toBeLessThan(2000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toBe(true);
  });

  test('paths are read within the time limit too; the defaults are named', async () => {
    const bytes = randomBytes(64);
    expect((await MediaUtil.from(file('quick.jpg', bytes), undefined, { timeout: 5000 })).sha256).toBe(sha256(bytes));
    expect(MediaUtil.READ_TIMEOUT_MS).toBe(60_000);
    expect(MediaUtil.MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  test('once from() settles nothing is left running: a child process exits on its own, well before the 60 s default deadline', async () => {
    const media = JSON.stringify(join(__dirname, '..', '..', 'src', 'index'));
    // Each read ends long before its deadline; a timer or listener left behind would keep the child alive for 60 s.
    const code = `import { Readable } from 'node:stream';
      import { MediaUtil } from ${media};
      const outcomes = [];
      const settle = (promise) => promise.then((m) => outcomes.push('ok ' + m.filename), (e) => outcomes.push(e.message.slice(0, 40)));
      const failing = new Readable({ read() { this.destroy(new Error('disk on fire')); } });
      const cut = new Readable({ read() { this.push(Buffer.from('x')); this.destroy(); } });
      const big = new Readable({ read() { this.push(Buffer.alloc(1024)); } });
      const controller = new AbortController();
      const idle = new Readable({ read() {} });
      const reads = [
        settle(MediaUtil.from(Readable.from([Buffer.from('whole')]), 'whole.jpg', { signal: controller.signal })),
        settle(MediaUtil.from(failing, 'a.jpg')),
        settle(MediaUtil.from(cut, 'b.jpg')),
        settle(MediaUtil.from(big, 'c.jpg', { maxBytes: 2048 })),
        settle(MediaUtil.from(idle, 'd.jpg', { signal: controller.signal })),
      ];
      setTimeout(() => controller.abort(), 20);
      Promise.all(reads).then(() => console.log(JSON.stringify({ outcomes, at: Date.now() })));`;
    const started = Date.now();
    const result = await runTypeScript(code, { timeoutMs: 10_000 });
    const printed = JSON.parse(result.stdout) as { outcomes: string[]; at: number };
    expect(printed.outcomes.sort()).toEqual(
      [
        'Cannot read the media stream: disk on fire',
        'The media stream is longer than 2048 byte',
        'The media stream was destroyed before it ',
        'The media stream was not read: the `sign',
        'ok whole.jpg',
      ]
        .map((text) => text.slice(0, 40))
        .sort(),
    );
    expect(result.code).toBe(0);
    // It exited as soon as the reads had settled: nothing waited for a deadline.
    expect(Date.now() - started).toBeLessThan(8000);
  });

  test('bad timeout, signal or option names are refused by name', async () => {
    for (const timeout of [0, -1, 1.5, 2 ** 31, Number.NaN, '100']) {
      expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', { timeout: timeout as number })).toThrow(
        /^`timeout` must be a whole number of milliseconds from 1 to 2147483647, got /,
      );
    }
    expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', { signal: {} as AbortSignal })).toThrow(/^`signal` must be an AbortSignal/);
    expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', { timeoutMs: 5 } as MediaOptions)).toThrow(
      'Unknown MediaUtil option `timeoutMs`: expected maxBytes, timeout, signal',
    );
    expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', null as unknown as MediaOptions)).toThrow(/options must be an object/);
    const { stream, state } = silent(Buffer.from('abc'));
    expect((await rejection(() => MediaUtil.from(stream, 'x.jpg', { timeout: 0 }))).error.message).toMatch(/`timeout` must be/);
    expect(state.reads).toBe(0);
  });
});
