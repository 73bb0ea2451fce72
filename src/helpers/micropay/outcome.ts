import { failureFields } from '../../client/report';
import { ApiError, BusinessError } from '../../errors';
import { isRecord } from '../../util/object';
import { mismatchOf, type Asked } from './asked';

export type Step = 'pay' | 'query' | 'reverse';

/**
 * What one call says about the order: `failed` is reversed to be sure (a query's PAYERROR);
 * `mismatch` is paid under this number, but not as asked (another amount, app or merchant).
 */
export interface Seen {
  kind: 'paid' | 'pending' | 'reversed' | 'failed' | 'refused' | 'recall' | 'mismatch';
  code: string;
  message?: string;
  order?: Record<string, unknown>;
}

/** APIv2 codes of the payment that mean "not known yet: query" (WeChat's micropay error table). */
const V2_QUERY_CODES = new Set(['USERPAYING', 'SYSTEMERROR', 'BANKERROR', 'ORDERPAID']);
/** APIv3 codes of the payment or reverse that mean "not known yet" / "call again". */
const V3_RETRY_CODES = new Set(['USERPAYING', 'SYSTEM_ERROR', 'SYSTEMERROR', 'BANK_ERROR', 'BANKERROR', 'ORDER_PAID', 'FREQUENCY_LIMITED']);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** An answer naming another order, or (when it says paid) none: it proves nothing about this one. */
const otherOrder = (named: string | undefined): Seen => ({
  kind: 'pending',
  code: 'OTHER_ORDER',
  message: named === undefined ? 'the answer names no out_trade_no' : `the answer describes ${named}`,
});

function paid(data: Record<string, unknown>, asked: Asked, code: string, message?: string): Seen {
  const named = text(data.out_trade_no);
  if (named !== asked.outTradeNo) return otherOrder(named);
  const mismatch = mismatchOf(asked, data);
  if (mismatch !== undefined) return { kind: 'mismatch', code: 'MISMATCH', message: mismatch, order: data };
  return { kind: 'paid', code, order: data, ...(message ? { message } : {}) };
}

/** What a `trade_state` says, for the order asked for (an answer naming another one proves nothing). */
function byTradeState(data: unknown, asked: Asked): Seen {
  if (!isRecord(data)) return { kind: 'pending', code: 'NO_ORDER', message: 'the answer described no order' };
  const named = text(data.out_trade_no);
  if (named !== undefined && named !== asked.outTradeNo) return otherOrder(named);
  const state = text(data.trade_state) ?? 'UNKNOWN';
  const seen = (kind: Seen['kind']): Seen => ({
    kind,
    code: state,
    order: data,
    ...(text(data.trade_state_desc) ? { message: text(data.trade_state_desc) } : {}),
  });
  switch (state) {
    case 'SUCCESS':
      return paid(data, asked, state, text(data.trade_state_desc));
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

function failure(error: unknown): { code: string; message?: string } {
  const fields = failureFields(error);
  const message = fields.err_code_des ?? fields.return_msg;
  return { code: fields.err_code ?? fields.return_code ?? 'FAIL', ...(message ? { message } : {}) };
}

const unknownOf = (step: Step, error: unknown): Seen => ({ kind: step === 'reverse' ? 'recall' : 'pending', ...failure(error) });

function failedV2(step: Step, error: BusinessError): Seen {
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
 * One APIv2 call of the flow, its answer or error read.
 *
 * @example classifyV2('pay', undefined, businessError, asked) // { kind: 'pending', code: 'USERPAYING', … }
 */
export function classifyV2(step: Step, response: unknown, error: unknown, asked: Asked): Seen {
  if (error !== undefined) return error instanceof BusinessError ? failedV2(step, error) : unknownOf(step, error);
  const data = isRecord(response) && isRecord(response.data) ? response.data : {};
  if (step === 'query') return byTradeState(data, asked);
  if (step === 'reverse') return data.recall === 'Y' ? { kind: 'recall', code: 'RECALL' } : { kind: 'reversed', code: 'SUCCESS' };
  // A payment answered SUCCESS, verified by the pipeline: paid, if it is this order and this payment.
  return paid(data, asked, 'SUCCESS');
}

function failedV3(step: Step, error: ApiError): Seen {
  const code = error.apiCode ?? `HTTP_${error.status}`;
  const message = isRecord(error.body) ? text(error.body.message) : undefined;
  const seen = (kind: Seen['kind']): Seen => ({ kind, code, ...(message ? { message } : {}) });
  const retry = error.status >= 500 || error.status === 429 || V3_RETRY_CODES.has(code);
  if (step === 'reverse') return seen(retry ? 'recall' : code === 'ORDER_NOT_EXIST' ? 'failed' : 'refused');
  if (code === 'ORDER_REVERSED') return seen('reversed');
  return seen(retry ? 'pending' : 'refused');
}

/**
 * One APIv3 call of the flow (`pay/transactions/codepay`, its query by out_trade_no, its reverse).
 *
 * @example classifyV3('pay', { status: 202, data: { code: 'USERPAYING' } }, undefined, asked) // { kind: 'pending', code: 'USERPAYING' }
 */
export function classifyV3(step: Step, response: unknown, error: unknown, asked: Asked): Seen {
  if (error !== undefined) return error instanceof ApiError && error.verified && step !== 'query' ? failedV3(step, error) : unknownOf(step, error);
  const { status, data } = isRecord(response) ? response : {};
  if (step === 'reverse') return status === 200 ? { kind: 'reversed', code: 'SUCCESS' } : { kind: 'recall', code: `HTTP_${String(status)}` };
  if (status === 202) return { kind: 'pending', code: (isRecord(data) && text(data.code)) || 'USERPAYING' };
  const seen = byTradeState(data, asked);
  // A payment's 200 that does not say SUCCESS is not proof either way: query.
  return step === 'pay' && seen.kind !== 'paid' && seen.kind !== 'mismatch' ? { ...seen, kind: 'pending' } : seen;
}
