import { constants } from 'node:fs';
import { access, stat, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, isPlainObject } from '../../util/object';
import { clientOf } from '../../client/client';
import { InvalidRequestError, isTransportError, TransportError } from '../../errors';
import type { Endpoints } from 'wechatpay-ts/endpoints';
import { startDeadline } from '../../pipeline/limits';
import { API_HOSTS, BILL_DOWNLOAD_PATH, downloadTarget, type DownloadTarget } from './bill-url';
import { consumeBill, type BillProgress } from './bill-stream';
import { writeFileAtomic } from '../../util/files';

export type { BillProgress } from './bill-stream';

/** The bills `downloadBill` can ask for itself: `GET v3/bill/<type>`. */
export const BILL_TYPES = ['tradebill', 'fundflowbill'] as const;
export type BillType = (typeof BILL_TYPES)[number];

/** The answer of `GET v3/bill/tradebill` or `v3/bill/fundflowbill` (its `data`). */
export interface BillAnswer {
  /** `SHA1`: the only hash WeChat Pay uses for bills. */
  hash_type: string;
  /** Hex SHA-1 of the bill, decompressed when it was asked for with `tar_type=GZIP`. */
  hash_value: string;
  /** `https://api.mch.weixin.qq.com/v3/billdownload/file?token=…`, valid for a few minutes. */
  download_url: string;
}

/** A bill to ask for first: the query of `GET v3/bill/tradebill` or `v3/bill/fundflowbill`. */
export type BillRequest =
  | { type: 'tradebill'; query: Endpoints['v3/bill/tradebill']['get']['options']['query'] }
  | { type: 'fundflowbill'; query: Endpoints['v3/bill/fundflowbill']['get']['options']['query'] };

export interface DownloadBillOptions {
  /**
   * Stream the bill into this file. It is written to a temporary file beside it and renamed into
   * place only once its hash matches, so a failure leaves no file (and an existing file at `to`
   * untouched); a bill that verifies replaces it. Without `to`, the bill is returned as text.
   */
  to?: string;
  /** Called as bytes arrive (compressed bytes for a gzip bill), first with `received: 0`. */
  onProgress?: (progress: BillProgress) => void;
  /** Without `to`: the most bytes (decompressed) kept in memory. Default `MAX_BILL_TEXT_BYTES`. */
  maxBytes?: number;
  /** With `to`: the most bytes (decompressed) written. Default `MAX_BILL_FILE_BYTES`. */
  maxFileBytes?: number;
  /**
   * The deadline of the whole download in milliseconds (asking for the bill, the download and its
   * body), default `DOWNLOAD_TIMEOUT_MS`; 0 for none. Past it the download rejects with a `TransportError`.
   */
  timeout?: number;
  /** Abort the bill request or the download, wherever it is: rejects with a `TransportError`. */
  signal?: AbortSignal;
}

/** What `downloadBill` returns when it wrote a file. */
export interface BillFile {
  /** The absolute path written (`to`, resolved). */
  path: string;
  /** Bytes of the bill, decompressed. */
  size: number;
  /** Its lower-case hex SHA-1, equal to `hash_value`. */
  sha1: string;
}

/** The most bytes a bill may have to be returned as text (256 MiB): larger ones need `to`. */
export const MAX_BILL_TEXT_BYTES = 256 * 1024 * 1024;
/** The most bytes a bill written to a file may have (4 GiB), so an endless body cannot fill the disk. */
export const MAX_BILL_FILE_BYTES = 4 * 1024 * 1024 * 1024;
/** The default deadline of a whole bill download: 10 minutes. */
export const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

function checkAnswer(answer: unknown, from: string): BillAnswer {
  if (!isPlainObject(answer)) throw new InvalidRequestError(`${from} must be an object with hash_type, hash_value and download_url, got ${describe(answer)}`);
  if ('download_bill_list' in answer) {
    throw new InvalidRequestError(
      `${from} lists encrypted bill files (download_bill_list): downloadBill handles the plain tradebill and fundflowbill answers only`,
    );
  }
  if (!('download_url' in answer) && 'data' in answer && 'status' in answer) {
    throw new InvalidRequestError(`${from} looks like a whole response: pass its \`data\``);
  }
  const { hash_type: type, hash_value: value, download_url: url } = answer;
  if (typeof type !== 'string' || type.toUpperCase() !== 'SHA1')
    throw new InvalidRequestError(`${from}.hash_type must be 'SHA1', got ${JSON.stringify(type) ?? 'nothing'}`);
  if (typeof value !== 'string' || !/^[\da-f]{40}$/i.test(value))
    throw new InvalidRequestError(
      `${from}.hash_value must be 40 hex digits (a SHA-1), got ${typeof value === 'string' ? `${value.length} characters` : describe(value)}`,
    );
  if (typeof url !== 'string') throw new InvalidRequestError(`${from}.download_url must be a string, got ${describe(url)}`);
  return { hash_type: type, hash_value: value, download_url: url };
}

function checkRequest(bill: Record<string, unknown>): BillRequest {
  const { type, query } = bill;
  if (!BILL_TYPES.includes(type as BillType))
    throw new InvalidRequestError(`bill.type must be ${BILL_TYPES.map((t) => `'${t}'`).join(' or ')}, got ${JSON.stringify(type) ?? 'nothing'}`);
  if (!isPlainObject(query)) throw new InvalidRequestError(`bill.query must be a plain object such as { bill_date: '2024-01-01' }, got ${describe(query)}`);
  if (typeof query.bill_date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(query.bill_date)) {
    throw new InvalidRequestError(`bill.query.bill_date must be a date written YYYY-MM-DD, got ${JSON.stringify(query.bill_date) ?? 'nothing'}`);
  }
  return bill as BillRequest;
}

const isByteCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isSignal = (value: unknown) =>
  value !== null && typeof value === 'object' && 'aborted' in value && typeof (value as AbortSignal).addEventListener === 'function';
const OPTION_NAMES = ['to', 'onProgress', 'maxBytes', 'maxFileBytes', 'timeout', 'signal'];
const OPTION_RULES: [keyof DownloadBillOptions, (value: unknown) => boolean, (value: unknown) => string][] = [
  ['to', (to) => typeof to === 'string' && to !== '', (to) => `\`to\` must be a file path, got ${describe(to)}`],
  ['onProgress', (fn) => typeof fn === 'function', (fn) => `\`onProgress\` must be a function, got ${describe(fn)}`],
  ['maxBytes', isByteCount, (bytes) => `\`maxBytes\` must be a whole number of bytes, got ${String(bytes)}`],
  ['timeout', (ms) => typeof ms === 'number' && ms >= 0, (ms) => `\`timeout\` must be a number of milliseconds, got ${describe(ms)}`],
  ['signal', isSignal, (signal) => `\`signal\` must be an AbortSignal, got ${describe(signal)}`],
  ['maxFileBytes', isByteCount, (bytes) => `\`maxFileBytes\` must be a whole number of bytes, got ${String(bytes)}`],
];

function checkOptions(options: unknown): DownloadBillOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options)) throw new InvalidRequestError(`downloadBill's options must be a plain object, got ${describe(options)}`);
  const unknown = Object.keys(options).filter((key) => !OPTION_NAMES.includes(key));
  if (unknown.length)
    throw new InvalidRequestError(`Unknown option ${unknown.map((key) => `\`${key}\``).join(', ')} for downloadBill: it takes ${OPTION_NAMES.join(', ')}`);
  for (const [name, isValid, expected] of OPTION_RULES) {
    if (options[name] !== undefined && !isValid(options[name])) throw new InvalidRequestError(expected(options[name]));
  }
  if (options.maxBytes !== undefined && options.to !== undefined)
    throw new InvalidRequestError('`maxBytes` bounds a bill kept in memory: it does not apply with `to` (use `maxFileBytes`)');
  if (options.maxFileBytes !== undefined && options.to === undefined)
    throw new InvalidRequestError('`maxFileBytes` bounds a bill written to a file: it applies with `to` only (use `maxBytes`)');
  return options as DownloadBillOptions;
}

/** Checked whole, so that nothing bad is found after a request. */
function checkBill(bill: unknown, hosts: string[]): { request?: BillRequest; given?: BillAnswer; target?: DownloadTarget } {
  if (!isPlainObject(bill))
    throw new InvalidRequestError(`bill must be a bill answer { hash_type, hash_value, download_url } or a request { type, query }, got ${describe(bill)}`);
  if ('type' in bill || 'query' in bill) return { request: checkRequest(bill) };
  const given = checkAnswer(bill, 'bill');
  return { given, target: downloadTarget(given.download_url, hosts) };
}

async function checkDestination(to: string): Promise<string> {
  const path = resolve(to);
  const directory = dirname(path);
  const info = await stat(directory).catch(() => undefined);
  if (!info?.isDirectory()) throw new InvalidRequestError(`\`to\`: the directory ${directory} does not exist`);
  await access(directory, constants.W_OK).catch(() => {
    throw new InvalidRequestError(`\`to\`: the directory ${directory} is not writable`);
  });
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new InvalidRequestError(`\`to\`: ${path} is a directory; name the file to write`);
  return path;
}

/**
 * Download a WeChat Pay bill (交易账单 or 资金账单), verify its SHA-1, and return it as text or
 * write it to a file. Pass either the answer of `GET v3/bill/tradebill|fundflowbill` or the bill
 * to ask for, and `downloadBill` makes that call too. The download is signed like every APIv3
 * request (over `download_url`'s own path and query, byte for byte) and its answer is unsigned by
 * design; a gzip bill (`tar_type: 'GZIP'`) is decompressed, since the hash is of the plain file.
 * A hash mismatch is a `VerificationError` with reason `HASH_MISMATCH`; a dropped connection a
 * `TransportError`; an error answer an `ApiError`. With `to`, any failure leaves no file behind.
 *
 * @example
 * const csv = await downloadBill(wx, { type: 'tradebill', query: { bill_date: '2024-01-01' } });
 * const file = await downloadBill(wx, { type: 'fundflowbill', query: { bill_date: '2024-01-01', tar_type: 'GZIP' } }, { to: './fund-2024-01-01.csv' });
 * const again = await downloadBill(wx, (await wx.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01' } })).data);
 */
export function downloadBill(wx: object, bill: BillAnswer | BillRequest, options: DownloadBillOptions & { to: string }): Promise<BillFile>;
export function downloadBill(wx: object, bill: BillAnswer | BillRequest, options?: DownloadBillOptions & { to?: undefined }): Promise<string>;
export function downloadBill(wx: object, bill: BillAnswer | BillRequest, options?: DownloadBillOptions): Promise<string | BillFile>;
export async function downloadBill(wx: object, bill: BillAnswer | BillRequest, options?: DownloadBillOptions): Promise<string | BillFile> {
  // Everything the caller gave is checked before the first request.
  const client = clientOf(wx);
  const { to, onProgress, maxBytes = MAX_BILL_TEXT_BYTES, maxFileBytes = MAX_BILL_FILE_BYTES, timeout = DOWNLOAD_TIMEOUT_MS, signal } = checkOptions(options);
  const hosts = [...API_HOSTS, new URL(client.baseURL).host];
  const { request, given, target } = checkBill(bill, hosts);
  const destination = to === undefined ? undefined : await checkDestination(to);

  // One deadline for the whole download: each request's own is turned off, the signal carries it.
  const deadline = startDeadline(timeout, signal);
  const passed = { timeout: 0, signal: deadline.signal };
  try {
    let answer = given;
    if (request) {
      const response = (await client.send(['v3', 'bill', request.type], 'get', { query: request.query, ...passed })) as { data: unknown };
      answer = checkAnswer(response.data, `The answer of GET /v3/bill/${request.type}`);
    }
    const { hash_value: expected, download_url: url } = answer!;
    const { baseURL, query } = target ?? downloadTarget(url, hosts);

    // Wire bytes (decompress: false) so Content-Length and progress count what arrives, and the
    // file's own gzip is told apart from a transfer encoding; only gzip is asked for, and decoded.
    const response = (await client.send(['v3', 'billdownload', 'file'], 'get', {
      query,
      baseURL,
      responseType: 'stream',
      decompress: false,
      headers: { 'Accept-Encoding': 'gzip' },
      ...passed,
    })) as { data: Readable; headers: Record<string, unknown> };
    const common = { ...bodyOf(response), expected, onProgress, signal: deadline.signal, what: `GET ${BILL_DOWNLOAD_PATH}` };

    if (destination === undefined) {
      const { data } = await consumeBill({ ...common, sink: { limit: maxBytes } });
      return data!.toString('utf8');
    }
    return await downloadToFile(destination, (file) => consumeBill({ ...common, sink: { file, limit: maxFileBytes } }), response.data);
  } catch (error) {
    if (deadline.expired && isTransportError(error)) {
      throw new TransportError(
        `downloadBill timed out: the bill was not downloaded within its deadline of ${timeout} ms (\`timeout\`); download it again`,
        error,
      );
    }
    throw error;
  } finally {
    deadline.dispose();
  }
}

function bodyOf(response: { data: Readable; headers: Record<string, unknown> }): { body: Readable; encoding: string | undefined; total: number | undefined } {
  const length = Number(response.headers['content-length']);
  const encoding = response.headers['content-encoding'];
  return {
    body: response.data,
    encoding: typeof encoding === 'string' ? encoding : undefined,
    total: Number.isSafeInteger(length) && length >= 0 ? length : undefined,
  };
}

async function downloadToFile(path: string, consume: (file: FileHandle) => ReturnType<typeof consumeBill>, body: Readable): Promise<BillFile> {
  try {
    const { size, sha1 } = await writeFileAtomic(path, consume, 0o644);
    return { path, size, sha1 };
  } catch (error) {
    body.destroy();
    throw error;
  }
}
