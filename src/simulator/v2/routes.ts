import type { SimContext } from '../context';
import type { Incoming, Reply } from '../http';
import { MAX_LIST, pushBounded } from '../state';
import { micropay, reverse } from './micropay';
import { closeorder, orderquery, unifiedorder } from './pay';
import { refund } from './refund';
import { refundquery } from './refundquery';
import { v2, v2Reply, type V2Result } from './reply';
import { validateReport } from './report';
import { parseRequest, signValid, type Fields } from './xml';

interface V2Route {
  handle(fields: Fields, ctx: SimContext): V2Result;
  /** Needs the merchant API certificate (mutual TLS) when the simulator runs https. */
  cert?: boolean;
}

function report(fields: Fields, ctx: SimContext): V2Result {
  const stored = validateReport(fields);
  if (typeof stored === 'string') return v2.fail(stored);
  pushBounded(ctx.state.reports, stored, MAX_LIST);
  // payitil/report answers without a sign (docs/protocol.md).
  return { fields: { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' }, signed: false };
}

const ROUTES = new Map<string, V2Route>([
  ['/payitil/report', { handle: report }],
  ['/pay/unifiedorder', { handle: unifiedorder }],
  ['/pay/orderquery', { handle: orderquery }],
  ['/pay/micropay', { handle: micropay }],
  ['/pay/closeorder', { handle: closeorder }],
  ['/pay/refundquery', { handle: refundquery }],
  ['/secapi/pay/refund', { handle: refund, cert: true }],
  ['/secapi/pay/reverse', { handle: reverse, cert: true }],
]);

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
 * Answer an APIv2 request as WeChat Pay does: the client certificate for `/secapi/`, then the XML,
 * the sign (MD5 or HMAC-SHA256 by `sign_type`) and `mch_id`, then the endpoint; the answer signed
 * with the request's algorithm unless it is a FAIL or the report. Unknown paths: 404 with FAIL XML.
 *
 * @example const reply = v2Dispatch(incoming, ctx);
 */
export function v2Dispatch(incoming: Incoming, ctx: SimContext): Reply {
  const { secret, mchid } = ctx.options;
  const answer = (result: V2Result, signType = 'MD5') => v2Reply(result, secret, signType, ctx.faults);
  const route = ROUTES.get(incoming.path);
  if (!route || incoming.method !== 'POST') {
    const what = route ? `${incoming.path} takes POST, not ${incoming.method}` : `${incoming.path} is not an endpoint this simulator knows`;
    return answer(v2.fail(`资源不存在 (${what})`, 404));
  }
  if (route.cert) {
    const problem = certificateProblem(incoming);
    if (problem) return answer(v2.fail(problem));
  }
  const fields = parseRequest(incoming.body.toString('utf8'));
  if (typeof fields === 'string') return answer(v2.fail(fields));
  if (!signValid(fields, secret)) return answer(v2.fail('签名错误'));
  if (fields.mch_id !== mchid) return answer(v2.fail(`mch_id参数错误 (this simulator serves ${mchid})`));
  return answer(route.handle(fields, ctx), fields.sign_type ?? 'MD5');
}
