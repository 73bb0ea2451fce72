import { CERT_REQUIRED_V2 } from '../generated/cert-required';
import { FILE_ANSWER_V3 } from '../generated/file-answers';

// How each endpoint answers and whether it needs the merchant certificate, decided from the path
// sent, never from how the chain was spelled.

/** How an answer is read; a `statement`'s signature covers `{"sha1":"…"}` of the body's header. */
export interface AnswerKind {
  readonly signed: boolean;
  readonly statement: boolean;
  readonly file: 'text' | 'bytes' | undefined;
}

const SIGNED: AnswerKind = { signed: true, statement: false, file: undefined };
const UNSIGNED: AnswerKind = { signed: false, statement: false, file: undefined };
const STATEMENT: AnswerKind = { signed: true, statement: true, file: 'text' };
const UNSIGNED_BYTES: AnswerKind = { signed: false, statement: false, file: 'bytes' };
const UNSIGNED_TEXT: AnswerKind = { signed: false, statement: false, file: 'text' };

/** APIv2 answers without `sign` (docs/protocol.md: PHP's list, its two `*_bank` entries corrected). */
const UNSIGNED_V2: ReadonlySet<string> = new Set([
  '/mchrisk/querymchrisk',
  '/mchrisk/setmchriskcallback',
  '/mchrisk/syncmchriskresult',
  '/mmpaymkttransfers/gethbinfo',
  '/mmpaymkttransfers/gettransferinfo',
  '/mmpaymkttransfers/promotion/paywwsptrans2pocket',
  '/mmpaymkttransfers/promotion/querywwsptrans2pocket',
  '/mmpaymkttransfers/promotion/transfers',
  '/mmpaymkttransfers/sendgroupredpack',
  '/mmpaymkttransfers/sendminiprogramhb',
  '/mmpaymkttransfers/sendredpack',
  '/mmpaysptrans/pay_bank',
  '/mmpaysptrans/query_bank',
  '/papay/entrustweb',
  '/papay/h5entrustweb',
  '/papay/partner/entrustweb',
  '/papay/partner/h5entrustweb',
  '/pay/downloadbill',
  '/pay/downloadfundflow',
  '/payitil/report',
  '/risk/getpublickey',
  '/risk/getviolation',
  '/secapi/mch/submchmanage',
  '/xdc/apiv2getsignkey/sign/getsignkey',
]);

/** APIv2 endpoints that answer a file (CSV, or gzip when asked) on success and XML only on error. */
const FILE_ANSWER_V2: ReadonlySet<string> = new Set(['/pay/downloadbill', '/pay/downloadfundflow']);

// APIv3 downloads answered unsigned (docs/protocol.md): the description's files, and complaint images it does not mark.
const IMAGES = /\/v3\/(?:global\/)?merchant-service\/images\/(?!upload$)[^/]+$/;
const STATEMENTS = /\/(?:v3\/global|hk\/v3)\/statements$/;

/** Statements answer a file whose SHA-1 is in this header; the signature covers `{"sha1":"…"}`. */
export const STATEMENT_SHA1_HEADER = 'wechatpay-statement-sha1';

/** The endpoint that lists the platform certificates: the one APIv3 call a client without keys may make. */
export const CERTIFICATES_PATH = '/v3/certificates';

function endsWithAny(path: string, paths: Iterable<string>): string | undefined {
  for (const candidate of paths) if (path.endsWith(candidate)) return candidate;
  return undefined;
}

/**
 * The kind of answer a path (as sent, without its query) gets.
 *
 * @example answerOf('v3', '/v3/transferdownload/signfile') // { signed: false, statement: false, file: 'bytes' }
 * @example answerOf('v2', '/payitil/report')                // { signed: false, statement: false, file: undefined }
 */
export function answerOf(pipeline: 'v2' | 'v3', path: string): AnswerKind {
  if (pipeline === 'v2') {
    if (endsWithAny(path, FILE_ANSWER_V2)) return UNSIGNED_TEXT;
    return endsWithAny(path, UNSIGNED_V2) ? UNSIGNED : SIGNED;
  }
  const file = endsWithAny(path, FILE_ANSWER_V3.keys());
  if (file) return FILE_ANSWER_V3.get(file)!.some((type) => type.startsWith('text/')) ? UNSIGNED_TEXT : UNSIGNED_BYTES;
  if (IMAGES.test(path)) return UNSIGNED_BYTES;
  if (STATEMENTS.test(path)) return STATEMENT;
  return SIGNED;
}

/** Does this APIv2 endpoint (its routed path, without the `v2` prefix) need the merchant certificate? */
export function needsClientCertificate(pipeline: 'v2' | 'v3', path: string): boolean {
  return pipeline === 'v2' && CERT_REQUIRED_V2.has(path);
}
