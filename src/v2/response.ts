import type { AxiosResponse } from 'axios';
import { ApiError, BusinessError, VerificationError, VerificationReason, WechatpayError } from '../errors';
import { Transformer, type Dictionary } from '../util/transformer';
import { contextOf } from '../transport/context';
import { finishResponse, headerOf, rawBodyOf } from '../transport/instance';
import { verifyFields } from './sign';
import { FILE_ANSWER_V2, UNSIGNED_V2 } from './unsigned';

const SUCCESS = 'SUCCESS';

function parse(raw: Buffer, requestId: string | undefined): Dictionary {
  try {
    return Transformer.toArray(raw);
  } catch (error) {
    throw new VerificationError(VerificationReason.UNPARSEABLE, `the answer is not XML (${(error as WechatpayError).message})`, requestId);
  }
}

function looksLikeXml(raw: Buffer): boolean {
  for (const byte of raw) {
    if (byte === 0x3c) return true; // '<'
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) return false;
  }
  return false;
}

/**
 * The first APIv2 response step, on the raw bytes: a non-2xx status is an `ApiError`; a
 * `return_code` other than SUCCESS a `BusinessError` (such answers carry no sign); then `sign` is
 * verified, except on the endpoints that answer without one; then a `result_code` other than
 * SUCCESS is a `BusinessError` carrying the verified dictionary. Bill downloads answer a file on
 * success and are handed back as received.
 */
export function v2ResponseStep(secret: string | undefined) {
  return (response: AxiosResponse): AxiosResponse => {
    const context = contextOf(response.config);
    const raw = rawBodyOf(response);
    const requestId = headerOf(response, 'request-id');
    const xml = looksLikeXml(raw);
    if (response.status < 200 || response.status > 299) {
      let body: unknown = raw.toString('utf8');
      try {
        if (xml) body = Transformer.toArray(raw);
      } catch {
        // Keep the text: the status is the error here, the body only a hint.
      }
      const dict = typeof body === 'object' ? (body as Dictionary) : undefined;
      throw new ApiError({ status: response.status, apiCode: dict?.return_code as string | undefined, message: dict?.return_msg as string | undefined, requestId, body });
    }
    if (!xml && FILE_ANSWER_V2.has(context.url)) {
      // A bill: CSV text, or (tar_type=GZIP) gzip bytes, which would not survive decoding as text.
      const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
      return finishResponse(response, raw, context.want === 'data' ? (gzip ? 'arraybuffer' : 'text') : context.want, () => undefined);
    }
    const dict = parse(raw, requestId);
    if (dict.return_code !== SUCCESS) throw new BusinessError(dict);
    if (!UNSIGNED_V2.has(context.url)) {
      if (dict.sign === undefined) throw new VerificationError(VerificationReason.MISSING_SIGN, `${context.template} answered without \`sign\``, requestId);
      // A raw-body call needs no key to send; its answer cannot be checked without one.
      if (!secret) throw new VerificationError(VerificationReason.BAD_SIGN, `the \`sign\` of the ${context.template} answer cannot be checked: this client has no APIv2 key (pass \`secret\` to Builder.factory)`, requestId);
      if (!verifyFields(dict, secret)) {
        throw new VerificationError(VerificationReason.BAD_SIGN, `the \`sign\` of the ${context.template} answer does not match: it was not sent by WeChat Pay or was altered`, requestId);
      }
    }
    if (dict.result_code !== undefined && dict.result_code !== SUCCESS) throw new BusinessError(dict);
    return finishResponse(response, raw, context.want, () => dict);
  };
}
