import { failureFields } from '../../client/report';
import { ApiError, BusinessError } from '../../errors';
import { isRecord } from '../../util/object';

/** The calls of a code payment's flow. */
export type Step = 'pay' | 'query' | 'reverse';

/**
 * What one call of the flow says about the order:
 * - `paid`: a verified answer says it is paid;
 * - `pending`: not known yet (USERPAYING, NOTPAY, a system error, no usable answer): query again;
 * - `reversed`: it is reversed (by this flow, or before);
 * - `failed`: it failed for good and is reversed to be sure (a query's PAYERROR), or (a reverse) there is no order;
 * - `refused`: WeChat refused the call for good (a payment it declined, a closed order, a reverse it will not do);
 * - `recall`: the reverse must be called again.
 */
export interface Seen {
  kind: 'paid' | 'pending' | 'reversed' | 'failed' | 'refused' | 'recall';
  code: string;
  message?: string;
  order?: Record<string, unknown>;
}

/** APIv2 codes of the payment that mean "not known yet: query" (WeChat's micropay error table). */
const V2_QUERY_CODES = new Set(['USERPAYING', 'SYSTEMERROR', 'BANKERROR', 'ORDERPAID']);
/** APIv3 codes of the payment or reverse that mean "not known yet" / "call again". */
const V3_RETRY_CODES = new Set(['USERPAYING', 'SYSTEM_ERROR', 'SYSTEMERROR', 'BANK_ERROR', 'BANKERROR', 'ORDER_PAID', 'FREQUENCY_LIMITED']);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** What a `trade_state` says, for the order named `outTradeNo` (an answer naming another one proves nothing). */
function byTradeState(data: unknown, outTradeNo: string): Seen {
  if (!isRecord(data)) return { kind: 'pending', code: 'NO_ORDER', message: 'the answer described no order' };
  const named = text(data.out_trade_no);
  if (named !== undefined && named !== outTradeNo) return { kind: 'pending', code: 'OTHER_ORDER', message: `the answer describes ${named}` };
  const state = text(data.trade_state) ?? 'UNKNOWN';
  const seen = (kind: Seen['kind']): Seen => ({
    kind,
    code: state,
    order: data,
    ...(text(data.trade_state_desc) ? { message: text(data.trade_state_desc) } : {}),
  });
  switch (state) {
    case 'SUCCESS':
      return seen('paid');
    case 'REVOKED':
      return seen('reversed');
    case 'PAYERROR':
      return seen('failed');
    case 'CLOSED':
    case 'REFUND':
      return seen('refused');
    default:
      // USERPAYING, NOTPAY, or a state this SDK does not know: not paid yet.
      return seen('pending');
  }
}

/** The code and message of a failure, as the 交易保障 report writes them. */
function failure(error: unknown): { code: string; message?: string } {
  const fields = failureFields(error);
  const message = fields.err_code_des ?? fields.return_msg;
  return { code: fields.err_code ?? fields.return_code ?? 'FAIL', ...(message ? { message } : {}) };
}

/** No usable answer: the payment and the query are not known yet; a reverse is called again. */
const unknownOf = (step: Step, error: unknown): Seen => ({ kind: step === 'reverse' ? 'recall' : 'pending', ...failure(error) });

/**
 * One APIv2 call of the flow (`pay/micropay`, `pay/orderquery`, `secapi/pay/reverse`): its answer or its error, read.
 *
 * @example classifyV2('pay', undefined, businessError, 'M1') // { kind: 'pending', code: 'USERPAYING', … }
 */
export function classifyV2(step: Step, response: unknown, error: unknown, outTradeNo: string): Seen {
  if (error === undefined) {
    const data = isRecord(response) && isRecord(response.data) ? response.data : {};
    if (step === 'query') return byTradeState(data, outTradeNo);
    if (step === 'reverse') return data.recall === 'Y' ? { kind: 'recall', code: 'RECALL' } : { kind: 'reversed', code: 'SUCCESS' };
    // A payment answered SUCCESS, verified by the pipeline: paid, if it is this order.
    const named = text(data.out_trade_no);
    return named !== undefined && named !== outTradeNo
      ? { kind: 'pending', code: 'OTHER_ORDER', message: `the answer describes ${named}` }
      : { kind: 'paid', code: 'SUCCESS', order: data };
  }
  if (!(error instanceof BusinessError)) return unknownOf(step, error);
  const code = error.errCode ?? error.returnCode ?? 'FAIL';
  const seen = (kind: Seen['kind']): Seen => ({ kind, code, ...(error.errCodeDes || error.returnMsg ? { message: error.errCodeDes ?? error.returnMsg } : {}) });
  // return_code FAIL: the request itself was refused (a sign or parameter problem), no trade was made.
  if (error.returnCode !== 'SUCCESS') return step === 'pay' ? seen('refused') : unknownOf(step, error);
  // An answer whose sign did not hold proves nothing.
  if (!error.verified) return unknownOf(step, error);
  if (step === 'query') return seen('pending');
  if (step === 'reverse') {
    if (error.dictionary.recall === 'Y' || code === 'SYSTEMERROR' || code === 'BANKERROR') return seen('recall');
    return seen(code === 'ORDERNOTEXIST' ? 'failed' : 'refused');
  }
  if (code === 'ORDERREVERSED') return seen('reversed');
  return seen(V2_QUERY_CODES.has(code) ? 'pending' : 'refused');
}

/**
 * One APIv3 call of the flow (`pay/transactions/codepay`, its query by out_trade_no, its reverse).
 *
 * @example classifyV3('pay', { status: 202, data: { code: 'USERPAYING' } }, undefined, 'M1') // { kind: 'pending', code: 'USERPAYING' }
 */
export function classifyV3(step: Step, response: unknown, error: unknown, outTradeNo: string): Seen {
  if (error === undefined) {
    const { status, data } = isRecord(response) ? response : {};
    if (step === 'reverse') return status === 200 ? { kind: 'reversed', code: 'SUCCESS' } : { kind: 'recall', code: `HTTP_${String(status)}` };
    if (status === 202) return { kind: 'pending', code: (isRecord(data) && text(data.code)) || 'USERPAYING' };
    const seen = byTradeState(data, outTradeNo);
    // A payment's 200 that does not say SUCCESS is not proof either way: query.
    return step === 'pay' && seen.kind !== 'paid' ? { ...seen, kind: 'pending' } : seen;
  }
  if (!(error instanceof ApiError) || !error.verified || step === 'query') return unknownOf(step, error);
  const code = error.apiCode ?? `HTTP_${error.status}`;
  const seen = (kind: Seen['kind']): Seen => ({
    kind,
    code,
    ...(error.body && isRecord(error.body) && text(error.body.message) ? { message: text(error.body.message) } : {}),
  });
  const retry = error.status >= 500 || error.status === 429 || V3_RETRY_CODES.has(code);
  if (step === 'reverse') return seen(retry ? 'recall' : code === 'ORDER_NOT_EXIST' ? 'failed' : 'refused');
  if (code === 'ORDER_REVERSED') return seen('reversed');
  return seen(retry ? 'pending' : 'refused');
}
