import { AesEcb } from '../crypto/aes-ecb';
import { BusinessError, ConfigurationError, InvalidRequestError, VerificationError, VerificationReason } from '../errors';
import { Hash } from '../util/hash';
import { Transformer, type Dictionary } from '../util/transformer';
import { verifyFields } from '../signing/v2';

function checkSecret(secret: unknown, where: string): string {
  if (typeof secret !== 'string' || secret === '') {
    throw new ConfigurationError(
      `${where}: secret must be the APIv2 key (a non-empty string), got ${secret === '' ? "''" : secret === null ? 'null' : typeof secret}`,
    );
  }
  return secret;
}

function textOf(body: unknown): string {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  throw new InvalidRequestError(
    `verifyV2Notification needs the raw XML body (a string or Buffer), got ${body === null ? 'null' : typeof body === 'object' ? 'an already parsed object' : typeof body}: read the body as text (express.text({ type: ['text/xml', 'application/xml'] }))`,
  );
}

function parse(xml: string, what: string): Dictionary {
  try {
    return Transformer.toArray(xml);
  } catch (error) {
    throw new VerificationError(VerificationReason.UNPARSEABLE, `${what} is not XML (${(error as Error).message})`);
  }
}

/**
 * Decrypt the `req_info` of an APIv2 refund notification into its `<root>` dictionary:
 * base64, then AES-256-ECB (PKCS#7) with the lower-case hex MD5 of the APIv2 key. A wrong key or
 * damaged data throws `VerificationError` DECRYPT_FAILED (ECB has no tag: it shows as bad padding
 * or as plaintext that is not `<root>` XML).
 *
 * @example
 * const refund = decryptRefundReqInfo(notice.req_info, apiv2Key);
 * refund.out_refund_no; refund.refund_status; // 'SUCCESS' | 'CHANGE' | 'REFUNDCLOSE'
 */
export function decryptRefundReqInfo(reqInfo: string, secret: string): Dictionary {
  const key = Hash.md5(checkSecret(secret, 'decryptRefundReqInfo'));
  if (typeof reqInfo !== 'string' || reqInfo.trim() === '') {
    throw new InvalidRequestError(
      `decryptRefundReqInfo: req_info must be the base64 text of a refund notification's <req_info>, got ${reqInfo === '' ? "''" : typeof reqInfo}`,
    );
  }
  let xml: string;
  try {
    xml = AesEcb.decrypt(reqInfo, key);
  } catch (error) {
    throw new VerificationError(VerificationReason.DECRYPT_FAILED, `req_info did not decrypt (${(error as Error).message})`);
  }
  // A wrong key passes the padding check about once in 256 tries: the plaintext must then be <root>.
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<root>/.test(xml)) {
    throw new VerificationError(
      VerificationReason.DECRYPT_FAILED,
      'req_info decrypted to something other than <root> XML: wrong APIv2 key (secret) or damaged req_info',
    );
  }
  try {
    return Transformer.toArray(xml);
  } catch {
    throw new VerificationError(VerificationReason.DECRYPT_FAILED, 'req_info decrypted to text that is not XML: wrong APIv2 key (secret) or damaged req_info');
  }
}

/**
 * Verify an APIv2 notification and return its dictionary. Which notifications are signed:
 * - payment results (`notify_url` of unifiedorder: JSAPI, Native, APP, H5, mini program) and
 *   entrusted-payment (papay) contract and payment results carry `sign`: MD5 (32 hex) or
 *   HMAC-SHA256 (64 hex), told apart by length since `sign_type` is often missing; a stated
 *   `sign_type` must agree. It is compared in constant time;
 * - refund results carry no `sign` but `req_info`, encrypted with a key derived from the APIv2 key:
 *   here it must decrypt to `<root>` XML, which is what proves the sender; read its content with
 *   `decryptRefundReqInfo(dict.req_info, secret)`.
 * Throws `BusinessError` when `return_code` is not SUCCESS (such a message has no sign: act on none
 * of it), `VerificationError` MISSING_SIGN / BAD_SIGN / UNPARSEABLE / DECRYPT_FAILED otherwise.
 * A `result_code` FAIL (a failed payment) is a genuine notification and is returned: check it.
 * Answer with `v2NotificationAnswer()` / `v2NotificationAnswer(error)`.
 *
 * @example
 * const notice = verifyV2Notification(rawXml, apiv2Key);
 * if (notice.result_code === 'SUCCESS') await markPaid(notice.out_trade_no as string);
 */
export function verifyV2Notification(xmlBody: string | Buffer, secret: string): Dictionary {
  const key = checkSecret(secret, 'verifyV2Notification');
  const dict = parse(textOf(xmlBody), 'the notification');
  if (dict.return_code !== 'SUCCESS') throw new BusinessError(dict);
  if (dict.sign === undefined) {
    if (typeof dict.req_info !== 'string')
      throw new VerificationError(VerificationReason.MISSING_SIGN, 'the notification carries neither `sign` nor `req_info`: it cannot be authenticated');
    decryptRefundReqInfo(dict.req_info, key);
    return dict;
  }
  const given = dict.sign;
  if (typeof given !== 'string') throw new VerificationError(VerificationReason.BAD_SIGN, '`sign` is not text');
  // The length picks the algorithm (verifyFields): payment notifications signed HMAC-SHA256 often
  // omit sign_type (binarywang/WxJava#1585), so only a stated sign_type must agree with the length.
  const stated = dict.sign_type;
  const expectedLength = stated === undefined ? given.length : stated === Hash.ALGO_MD5 ? 32 : stated === Hash.ALGO_HMAC_SHA256 ? 64 : -1;
  if (expectedLength < 0)
    throw new VerificationError(VerificationReason.BAD_SIGN, `sign_type ${JSON.stringify(stated)} is neither ${Hash.ALGO_MD5} nor ${Hash.ALGO_HMAC_SHA256}`);
  if (given.length !== expectedLength || !verifyFields(dict, key)) {
    throw new VerificationError(
      VerificationReason.BAD_SIGN,
      "the notification's `sign` does not match: it was not sent by WeChat Pay, was altered, or the APIv2 key is wrong",
    );
  }
  return dict;
}
