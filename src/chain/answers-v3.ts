import { FILE_ANSWER_V3 } from '../generated/file-answers';

/**
 * How an APIv3 answer is read, decided from the path actually sent (a `baseURL` prefix included)
 * and the API description, never from how the chain was spelled:
 * - `signed`: the answer must carry a valid WeChat Pay signature (everything but file downloads);
 * - `statement`: the signature covers `{"sha1":"<Wechatpay-Statement-Sha1>"}`, then the body's
 *   SHA-1 is checked against that header (`hk/v3/statements`, `v3/global/statements`);
 * - `file`: the answer is a file, handed back as `text` (a CSV) or `bytes` (PDF, image, gzip),
 *   never parsed as JSON.
 */
export interface AnswerKind {
  signed: boolean;
  statement: boolean;
  file: 'text' | 'bytes' | undefined;
}

const JSON_ANSWER: AnswerKind = { signed: true, statement: false, file: undefined };
const STATEMENT: AnswerKind = { signed: true, statement: true, file: 'text' };
const UNSIGNED_BYTES: AnswerKind = { signed: false, statement: false, file: 'bytes' };
const UNSIGNED_TEXT: AnswerKind = { signed: false, statement: false, file: 'text' };

// Downloads WeChat Pay answers unsigned (PROTOCOL.md; the official SDKs download them without a
// validator): the file endpoints of the description (bills, transfer receipts) and the complaint
// images, which the description does not mark as files.
const IMAGES = /\/v3\/(?:global\/)?merchant-service\/images\/(?!upload$)[^/]+$/;
const STATEMENTS = /\/(?:v3\/global|hk\/v3)\/statements$/;

/** Statements answer a file whose SHA-1 is in this header; the signature covers `{"sha1":"…"}`. */
export const STATEMENT_SHA1_HEADER = 'wechatpay-statement-sha1';

/**
 * The kind of answer `path` (as sent, without its query) gets.
 *
 * @example answerKindOf('/v3/transferdownload/signfile') // { signed: false, statement: false, file: 'bytes' }
 */
export function answerKindOf(path: string): AnswerKind {
  for (const [file, produces] of FILE_ANSWER_V3) {
    if (path.endsWith(file)) return produces.some((type) => type.startsWith('text/')) ? UNSIGNED_TEXT : UNSIGNED_BYTES;
  }
  if (IMAGES.test(path)) return UNSIGNED_BYTES;
  if (STATEMENTS.test(path)) return STATEMENT;
  return JSON_ANSWER;
}
