import type { AxiosResponse } from 'axios';
import { BusinessError, ConfigurationError, ParseError, VerificationError, VerificationReason, type WechatpayError } from '../../errors';
import { verifyFields } from '../../signing/v2';
import { Transformer, type Dictionary } from '../../util/transformer';
import { apiErrorOf, rawBodyOf, requestIdOf } from '../response';
import type { CallState } from '../state';

const SUCCESS = 'SUCCESS';

function parse(raw: Buffer, requestId: string | undefined): Dictionary {
  try {
    return Transformer.toArray(raw);
  } catch (error) {
    throw new ParseError(`The APIv2 answer is not XML (${(error as WechatpayError).message})${requestId ? `, Request-ID ${requestId}` : ''}`, requestId);
  }
}

export function looksLikeXml(raw: Buffer): boolean {
  for (const byte of raw) {
    if (byte === 0x3c) return true;
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) return false;
  }
  return false;
}

function checkSign(dict: Dictionary, secret: string | undefined, what: string, requestId: string | undefined): boolean {
  if (dict.sign === undefined) return false;
  if (!secret)
    throw new ConfigurationError(`${what} answered with a \`sign\` and this client has no \`secret\` to check it: pass the APIv2 key to Builder.factory`);
  if (!verifyFields(dict, secret)) {
    throw new VerificationError(
      VerificationReason.BAD_SIGN,
      `the \`sign\` of the ${what} answer does not match: it was not sent by WeChat Pay or was altered`,
      requestId,
    );
  }
  return true;
}

/** A non-2xx answer: its `sign` checked when it has one (WeChat signs none of these), then the `ApiError`. */
function errorAnswer(response: AxiosResponse, raw: Buffer, secret: string | undefined, what: string, requestId: string | undefined): never {
  let dict: Dictionary | undefined;
  try {
    if (looksLikeXml(raw)) dict = Transformer.toArray(raw);
  } catch {
    // Keep the text: the status is the error here, the body only a hint.
  }
  const verified = dict ? checkSign(dict, secret, what, requestId) : false;
  throw apiErrorOf(response, dict ?? raw.toString('utf8'), requestId, verified, { code: dict?.return_code, message: dict?.return_msg });
}

/**
 * The first APIv2 response step, on the raw bytes: WeChat signs no `return_code` FAIL answer (so
 * `verified: false` unless a `sign` held); a forged `sign` is a `VerificationError` wherever it appears.
 */
export function v2VerifyStep(secret: string | undefined) {
  return function v2Verify(state: CallState, response: AxiosResponse): AxiosResponse {
    const { route } = state;
    const raw = rawBodyOf(response);
    const requestId = requestIdOf(response);
    if (response.status < 200 || response.status > 299) errorAnswer(response, raw, secret, route.template, requestId);
    if (route.answerKind.file && !looksLikeXml(raw)) return response;
    const dict = parse(raw, requestId);
    if (dict.return_code !== SUCCESS) throw new BusinessError(dict, checkSign(dict, secret, route.template, requestId));
    let verified = false;
    if (route.answerKind.signed) {
      if (dict.sign === undefined) throw new VerificationError(VerificationReason.MISSING_SIGN, `${route.template} answered without \`sign\``, requestId);
      verified = checkSign(dict, secret, route.template, requestId);
    }
    if (dict.result_code !== undefined && dict.result_code !== SUCCESS) throw new BusinessError(dict, verified);
    state.dictionary = dict;
    return response;
  };
}
