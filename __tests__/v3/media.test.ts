import { createHash, createVerify, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { isApiError } from '../../src';
import { MediaUtil, mediaContentType, MEDIA_CONTENT_TYPES } from '../../src/helpers/media/media';
import { MCHID, MERCHANT_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';
import type { V3Check } from '../helpers/v3-server';
import { parseMultipart, type ParsedPart } from '../helpers/multipart';

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
    // The types as mime.types lists them (a type, then its extensions): the upload endpoints' images, videos and documents.
    const registered = [
      'image/jpeg jpg jpeg',
      'image/png png',
      'image/bmp bmp',
      'image/gif gif',
      'video/mp4 mp4',
      'video/x-msvideo avi',
      'video/x-ms-wmv wmv',
      'video/mpeg mpeg',
      'video/x-flv flv',
      'video/x-matroska mkv',
      'video/quicktime mov',
      'video/x-m4v m4v',
      'application/pdf pdf',
      'text/csv csv',
      'text/plain txt',
    ];
    const expected = Object.fromEntries(
      registered.flatMap((line) => {
        const [type, ...extensions] = line.split(' ');
        return extensions.map((extension) => [extension, type]);
      }),
    );
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
