import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { InvalidRequestError } from '../../errors';
import { READ_TIMEOUT_MS, readSource, readSourceAsync, type MediaInput, type MediaSource, type MediaStream, type ReadLimits } from './media-source';
import { checkPartValue, multipartBody } from './multipart';
import { markSignedPart } from '../../util/signed-part';

export type { MediaInput, MediaStream } from './media-source';

/**
 * The file part's Content-Type by extension (lower-cased): the images, videos and documents the
 * APIv3 upload endpoints take. Anything else is sent as `application/octet-stream`.
 */
export const MEDIA_CONTENT_TYPES = {
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
} as const satisfies Record<string, string>;

const OCTET_STREAM = 'application/octet-stream';

/**
 * The Content-Type of a file part, from its name's extension.
 *
 * @example mediaContentType('Photo.JPG') // 'image/jpeg'
 */
export function mediaContentType(filename: string): string {
  const extension = extname(filename).slice(1).toLowerCase();
  return Object.hasOwn(MEDIA_CONTENT_TYPES, extension) ? MEDIA_CONTENT_TYPES[extension as keyof typeof MEDIA_CONTENT_TYPES] : OCTET_STREAM;
}

export interface MediaOptions {
  /** Refuse files larger than this many bytes (default `MediaUtil.MAX_BYTES`, 20 MiB). */
  maxBytes?: number;
  /**
   * Milliseconds `MediaUtil.from` may take to read its input whole (default
   * `MediaUtil.READ_TIMEOUT_MS`, 60 s): a stream that stalls or never ends is then destroyed and
   * refused. The constructor reads a regular file at once and has nothing to time.
   */
  timeout?: number;
  /** Aborts `MediaUtil.from`'s read: the stream is destroyed and the promise rejects. One aborted already refuses at once, in the constructor too. */
  signal?: AbortSignal;
}

const OPTION_KEYS = ['maxBytes', 'timeout', 'signal'];
// Node's timers overflow above this and fire at once.
const MAX_TIMEOUT = 2 ** 31 - 1;

function isAbortSignal(value: unknown): value is AbortSignal {
  // By shape, not instanceof: a signal may come from another realm.
  const signal = value as Partial<AbortSignal> | null;
  return (
    typeof signal === 'object' &&
    signal !== null &&
    typeof signal.aborted === 'boolean' &&
    typeof signal.addEventListener === 'function' &&
    typeof signal.removeEventListener === 'function'
  );
}

function checkOptionsObject(options: MediaOptions | undefined): void {
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw new InvalidRequestError(`MediaUtil's options must be an object { maxBytes?, timeout?, signal? }, got ${options === null ? 'null' : typeof options}`);
  const unknown = Object.keys(options ?? {}).filter((key) => !OPTION_KEYS.includes(key));
  if (unknown.length)
    throw new InvalidRequestError(`Unknown MediaUtil option ${unknown.map((key) => `\`${key}\``).join(', ')}: expected ${OPTION_KEYS.join(', ')}`);
}

function limitsOf(options: MediaOptions | undefined): ReadLimits {
  checkOptionsObject(options);
  const maxBytes = options?.maxBytes ?? MediaUtil.MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new InvalidRequestError(`\`maxBytes\` must be a positive integer, got ${String(maxBytes)}`);
  const timeout = options?.timeout ?? MediaUtil.READ_TIMEOUT_MS;
  if (!Number.isSafeInteger(timeout) || timeout <= 0 || timeout > MAX_TIMEOUT)
    throw new InvalidRequestError(`\`timeout\` must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT}, got ${String(timeout)}`);
  const signal = options?.signal;
  if (signal !== undefined && !isAbortSignal(signal))
    throw new InvalidRequestError(
      `\`signal\` must be an AbortSignal (new AbortController().signal, AbortSignal.timeout(ms)), got ${signal === null ? 'null' : typeof signal}`,
    );
  return { maxBytes, timeout, signal };
}

function nameOf(filename: unknown, source: MediaSource): string {
  if (filename !== undefined && typeof filename !== 'string') throw new InvalidRequestError(`The media filename must be a string, got a ${typeof filename}`);
  const name = filename ?? source.pathName;
  if (name === undefined) {
    throw new InvalidRequestError(
      "A Buffer or stream carries no file name: pass one, e.g. new MediaUtil(buffer, 'photo.jpg'); WeChat Pay reads the file type from it",
    );
  }
  checkPartValue('filename', name);
  return name;
}

/**
 * An APIv3 media upload (PHP's `WeChatPay\Util\MediaUtil`): the `multipart/form-data` body of a
 * `meta` part (`{"filename","sha256"}`) and a `file` part, registered so that the request
 * signature covers the `meta` JSON only, as WeChat Pay requires. The whole file is held in memory
 * (bounded by `maxBytes`) because its sha256 must be known before anything is sent.
 *
 * Pass `getStream()` itself as `body`: that very Buffer carries the mark of its signed part, so a copy of
 * it would be signed whole and refused by WeChat Pay.
 *
 * @example
 * const media = new MediaUtil('./photo.jpg'); // or: await MediaUtil.from(stream, 'photo.jpg')
 * const { data } = await wx.v3.merchant.media.upload.post({
 *   body: media.getStream(),
 *   headers: { 'Content-Type': media.getContentType() },
 * });
 * data.media_id;
 */
export class MediaUtil {
  /** The default size limit: 20 MiB (WeChat Pay's own limits are lower, 2 to 7.5 MB). */
  static readonly MAX_BYTES = 20 * 1024 * 1024;
  /** The default time `MediaUtil.from` may take to read its input whole: 60 s (option `timeout`). */
  static readonly READ_TIMEOUT_MS = READ_TIMEOUT_MS;

  /** The file name sent in `meta` and in the file part's `Content-Disposition`. */
  readonly filename: string;
  /** Lower-case hex sha256 of the file's bytes. */
  readonly sha256: string;
  readonly #meta: string;
  readonly #body: Buffer;
  readonly #contentType: string;

  /**
   * Read a local path or `file://` URL (its base name is the filename) or bytes (give `filename`)
   * now, synchronously as PHP does. For a stream use `await MediaUtil.from(stream, filename)`.
   * Throws `InvalidRequestError` for an unreadable, empty or oversize file, a bad filename, or a
   * path that is not a regular file (a directory, a FIFO, a device): refused from its `stat`,
   * before anything could wait on it.
   */
  constructor(file: MediaInput, filename?: string, options?: MediaOptions) {
    const source = readSource(file, limitsOf(options));
    this.filename = nameOf(filename, source);
    this.sha256 = createHash('sha256').update(source.bytes).digest('hex');
    // Key order as PHP sends it; JSON.stringify escapes quotes and controls, so the JSON is sound.
    this.#meta = JSON.stringify({ filename: this.filename, sha256: this.sha256 });
    const { body, boundary } = multipartBody([
      { name: 'meta', contentType: 'application/json', content: Buffer.from(this.#meta, 'utf8') },
      { name: 'file', filename: this.filename, contentType: mediaContentType(this.filename), content: source.bytes },
    ]);
    this.#contentType = `multipart/form-data; boundary=${boundary}`;
    this.#body = markSignedPart(body, { signed: this.#meta, contentType: this.#contentType });
  }

  /**
   * Like the constructor, but also takes a readable stream and reads paths without blocking. It
   * always settles: past `maxBytes`, past `timeout` (`MediaUtil.READ_TIMEOUT_MS` by default), on
   * `signal`, or when the stream errors or is destroyed before its end, it rejects with an
   * `InvalidRequestError` and destroys the stream.
   *
   * @example const media = await MediaUtil.from(createReadStream('clip.mp4'), 'clip.mp4', { timeout: 10_000 });
   */
  static async from(file: MediaInput | MediaStream, filename?: string, options?: MediaOptions): Promise<MediaUtil> {
    const source = await readSourceAsync(file, limitsOf(options));
    return new MediaUtil(source.bytes, filename ?? source.pathName, options);
  }

  /** The `meta` JSON exactly as it is in the body and as it is signed. */
  getMeta(): string {
    return this.#meta;
  }

  /** The whole multipart body, to pass as `body` (the same Buffer on every call). */
  getStream(): Buffer {
    return this.#body;
  }

  /** `multipart/form-data; boundary=…`, to pass as the `Content-Type` header. */
  getContentType(): string {
    return this.#contentType;
  }
}
