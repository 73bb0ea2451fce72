import type { SimContext } from '../context';
import type { Incoming, Reply } from '../http';
import { MAX_LIST, pushBounded } from '../state';
import { micropay, reverse } from './micropay';
import { closeorder, orderquery, unifiedorder } from './pay';
import { refund } from './refund';
import { refundquery } from './refundquery';
import { v2, v2Reply, type V2Result } from './reply';
import { validateReport } from './report';
import { signValid, type Fields } from './xml';
import { match, type Operation } from '../contract';
import { describedV2Answer, merchantOf, readV2Fields, v2ContractProblem, type V2Fields } from './contract';

interface V2Route {
  handle(fields: Fields, ctx: SimContext): V2Result;
  /** Needs the merchant API certificate (mutual TLS) when the simulator runs https. */
  cert?: boolean;
  /** Checks its fields itself, more closely than the description can (which knows one form of two). */
  ownChecks?: boolean;
}

function report(fields: Fields, ctx: SimContext): V2Result {
  const stored = validateReport(fields);
  if (typeof stored === 'string') return v2.fail(stored);
  pushBounded(ctx.state.reports, stored, MAX_LIST);
  // payitil/report answers without a sign (docs/protocol.md).
  return { fields: { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' }, signed: false };
}

const ROUTES = new Map<string, V2Route>([
  // The description knows only the batch form of the report (trades); validateReport checks both forms.
  ['/payitil/report', { handle: report, ownChecks: true }],
  ['/pay/unifiedorder', { handle: unifiedorder }],
  ['/pay/orderquery', { handle: orderquery }],
  ['/pay/micropay', { handle: micropay }],
  ['/pay/closeorder', { handle: closeorder }],
  ['/pay/refundquery', { handle: refundquery }],
  ['/secapi/pay/refund', { handle: refund, cert: true }],
  ['/secapi/pay/reverse', { handle: reverse, cert: true }],
]);

/** Does a hand-written handler answer `METHOD path`? (The others are answered from the description.) */
export function v2HandWritten(method: string, path: string): boolean {
  return method === 'POST' && ROUTES.has(path);
}

/** Why the TLS client certificate does not do for a `/secapi/` call, or undefined when it does. */
function certificateProblem(incoming: Incoming): string | undefined {
  const peer = incoming.clientCertificate;
  // Plain http: there is no TLS to carry a certificate, as in a test without `tls`.
  if (peer === undefined) return undefined;
  if (!peer.presented) return '证书错误: 请求未携带商户API证书 (this endpoint needs the merchant API client certificate: configure merchant: { cert, key })';
  if (!peer.authorized)
    return `证书错误: 商户API证书校验失败 (the client certificate does not chain to the simulator's CA${peer.error ? `: ${peer.error}` : ''})`;
  return undefined;
}

/**
 * Answer an APIv2 request as WeChat Pay does: the client certificate where the endpoint needs it
 * (`x-api-cert-required`), then the fields (XML, an upload's form, a GET page's query), the sign
 * (MD5 or HMAC-SHA256 by `sign_type`) and the merchant id, then the description's rules for the
 * fields (return_code FAIL naming the field), then the hand-written endpoint or an answer built
 * from the description; signed with the request's algorithm unless it is a FAIL or an endpoint
 * that answers unsigned. Unknown paths: 404 with FAIL XML.
 *
 * @example const reply = v2Dispatch(incoming, ctx);
 */
export function v2Dispatch(incoming: Incoming, ctx: SimContext): Reply {
  const answer = (result: V2Result, signType = 'MD5') => v2Reply(result, ctx.options.secret, signType, ctx.faults);
  const hand = incoming.method === 'POST' ? ROUTES.get(incoming.path) : undefined;
  const described = match(incoming.method, incoming.path);
  if (!hand && !described.found) {
    const methods = ROUTES.has(incoming.path) ? ['POST'] : described.methods;
    const what = methods.length
      ? `${incoming.path} takes ${methods.join(', ')}, not ${incoming.method}`
      : `${incoming.path} is not an endpoint this simulator knows`;
    return answer(v2.fail(`资源不存在 (${what})`, 404));
  }
  const operation = described.found ? described.operation : undefined;
  const read = admitted(incoming, ctx, hand, operation);
  if (!('checked' in read)) return answer(read);
  const signType = read.fields.sign_type ?? 'MD5';
  if (hand) return answer(hand.handle(read.fields, ctx), signType);
  const result = describedV2Answer(operation!, read.fields, ctx);
  return 'fields' in result ? answer(result, signType) : result;
}

/** The field naming a merchant other than this simulator's; the hand-written endpoints all need mch_id. */
function otherMerchant(fields: Fields, handWritten: boolean, mchid: string): string | undefined {
  if (handWritten) return fields.mch_id === mchid ? undefined : 'mch_id';
  const merchant = merchantOf(fields);
  return merchant && merchant.value !== mchid ? merchant.field : undefined;
}

/**
 * The request's fields, or the FAIL that refuses it: the client certificate, the fields, the sign,
 * the merchant, then the description's rules (but for an endpoint that checks its own).
 */
function admitted(incoming: Incoming, ctx: SimContext, hand: V2Route | undefined, operation: Operation | undefined): V2Fields | V2Result {
  const { secret, mchid } = ctx.options;
  const problem = hand?.cert || operation?.cert ? certificateProblem(incoming) : undefined;
  if (problem) return v2.fail(problem);
  const read = readV2Fields(incoming, operation);
  if (typeof read === 'string') return v2.fail(read);
  if (!signValid(read.fields, secret)) return v2.fail('签名错误');
  const other = otherMerchant(read.fields, hand !== undefined, mchid);
  if (other) return v2.fail(`${other}参数错误 (this simulator serves ${mchid})`);
  const refused = operation && !hand?.ownChecks ? v2ContractProblem(operation, read.checked) : undefined;
  return refused ?? read;
}
