import type { FaultBoard } from '../faults';
import type { Reply } from '../http';
import { ids } from '../state';
import { answerXml, signAnswer, type Fields } from './xml';
import { signFields } from '../sdk/internal';

/** What an APIv2 handler answers, before it is written as XML and signed. */
export interface V2Result {
  fields: Fields;
  /** Signed with the request's sign_type; payitil/report and FAIL answers are not. */
  signed: boolean;
  status?: number;
}

/**
 * The shapes of APIv2 answers.
 *
 * @example v2.business(request, 'ORDERNOTEXIST', '此交易订单号不存在')
 */
export const v2 = {
  /** return_code FAIL: the request itself was refused (bad sign, missing field). Never signed. */
  fail: (message: string, status = 200): V2Result => ({ fields: { return_code: 'FAIL', return_msg: message }, signed: false, status }),
  /** return_code SUCCESS + result_code SUCCESS with `extra`, signed. */
  ok: (request: Fields, extra: Fields): V2Result => ({ fields: { ...base(request), result_code: 'SUCCESS', ...extra }, signed: true }),
  /** return_code SUCCESS + result_code FAIL with err_code (and `extra`, such as a reverse's `recall`), signed. */
  business: (request: Fields, errCode: string, description: string, extra: Fields = {}): V2Result => ({
    fields: { ...base(request), result_code: 'FAIL', err_code: errCode, err_code_des: description, ...extra },
    signed: true,
  }),
};

function base(request: Fields): Fields {
  return {
    return_code: 'SUCCESS',
    return_msg: 'OK',
    appid: request.appid ?? '',
    mch_id: request.mch_id ?? '',
    ...(request.device_info ? { device_info: request.device_info } : {}),
    nonce_str: ids.nonce(16),
  };
}

/**
 * Write an APIv2 result as XML, signed with `signType` when it is to be signed. The `forge`
 * fault signs other content instead, so the sign no longer matches the answer.
 *
 * @example v2Reply(v2.ok(fields, { prepay_id }), secret, fields.sign_type ?? 'MD5', faults)
 */
export function v2Reply(result: V2Result, secret: string, signType: string, faults: FaultBoard): Reply {
  let fields = result.fields;
  if (result.signed) {
    fields = signAnswer(fields, secret, signType);
    if (faults.take('forge')) fields = { ...fields, sign: signFields(signType, { ...result.fields, forged: 'true' }, secret) };
  }
  return {
    status: result.status ?? 200,
    headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Request-ID': ids.request() },
    body: Buffer.from(answerXml(fields), 'utf8'),
  };
}
