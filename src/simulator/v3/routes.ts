import type { SimContext } from '../context';
import type { Incoming } from '../http';
import { authorizationProblem } from './auth';
import { billDownload, fundflowbill, tradebill } from './bills';
import { certificates } from './certificates';
import { refund, refundQuery } from './refunds';
import { v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { codepay, reverse } from './codepay';
import { close, prepay, query } from './transactions';
import { cancelTransfer, createTransfer, queryTransfer } from './transfers';

interface V3Route {
  method: 'GET' | 'POST';
  /** Matched against the path alone; groups are the path parameters, still URL-encoded. */
  pattern: RegExp;
  handle(request: V3Request, ctx: SimContext, params: string[]): V3Result;
}

const SEGMENT = '([^/]+)';
const TRANSFER = '/v3/fund-app/mch-transfer/transfer-bills';

const ROUTES: readonly V3Route[] = [
  { method: 'POST', pattern: /^\/v3\/pay\/transactions\/native$/, handle: (r, ctx) => prepay('native', r, ctx) },
  { method: 'POST', pattern: /^\/v3\/pay\/transactions\/jsapi$/, handle: (r, ctx) => prepay('jsapi', r, ctx) },
  { method: 'POST', pattern: /^\/v3\/pay\/transactions\/app$/, handle: (r, ctx) => prepay('app', r, ctx) },
  { method: 'POST', pattern: /^\/v3\/pay\/transactions\/h5$/, handle: (r, ctx) => prepay('h5', r, ctx) },
  { method: 'POST', pattern: /^\/v3\/pay\/transactions\/codepay$/, handle: codepay },
  { method: 'GET', pattern: new RegExp(`^/v3/pay/transactions/id/${SEGMENT}$`), handle: (r, ctx, [id]) => query({ transaction_id: id! }, r, ctx) },
  { method: 'GET', pattern: new RegExp(`^/v3/pay/transactions/out-trade-no/${SEGMENT}$`), handle: (r, ctx, [no]) => query({ out_trade_no: no! }, r, ctx) },
  { method: 'POST', pattern: new RegExp(`^/v3/pay/transactions/out-trade-no/${SEGMENT}/close$`), handle: (r, ctx, [no]) => close(no!, r, ctx) },
  { method: 'POST', pattern: new RegExp(`^/v3/pay/transactions/out-trade-no/${SEGMENT}/reverse$`), handle: (r, ctx, [no]) => reverse(no!, r, ctx) },
  { method: 'POST', pattern: /^\/v3\/refund\/domestic\/refunds$/, handle: refund },
  { method: 'GET', pattern: new RegExp(`^/v3/refund/domestic/refunds/${SEGMENT}$`), handle: (_r, ctx, [no]) => refundQuery(no!, ctx) },
  { method: 'GET', pattern: /^\/v3\/bill\/tradebill$/, handle: tradebill },
  { method: 'GET', pattern: /^\/v3\/bill\/fundflowbill$/, handle: fundflowbill },
  { method: 'GET', pattern: /^\/v3\/billdownload\/file$/, handle: billDownload },
  { method: 'GET', pattern: /^\/v3\/certificates$/, handle: (_r, ctx) => certificates(ctx) },
  { method: 'POST', pattern: new RegExp(`^${TRANSFER}$`), handle: createTransfer },
  { method: 'GET', pattern: new RegExp(`^${TRANSFER}/out-bill-no/${SEGMENT}$`), handle: (_r, ctx, [no]) => queryTransfer({ out_bill_no: no! }, ctx) },
  { method: 'GET', pattern: new RegExp(`^${TRANSFER}/transfer-bill-no/${SEGMENT}$`), handle: (_r, ctx, [no]) => queryTransfer({ transfer_bill_no: no! }, ctx) },
  { method: 'POST', pattern: new RegExp(`^${TRANSFER}/out-bill-no/${SEGMENT}/cancel$`), handle: (_r, ctx, [no]) => cancelTransfer(no!, ctx) },
];

function decodeAll(params: string[]): string[] | undefined {
  try {
    return params.map((param) => decodeURIComponent(param));
  } catch {
    return undefined;
  }
}

/**
 * Answer an APIv3 request as WeChat Pay does: an unknown path is 404 RESOURCE_NOT_EXISTS; then the
 * Authorization is verified (401 SIGN_ERROR); then a body must be JSON (400 PARAM_ERROR); then the
 * endpoint answers. The caller writes the result as bytes and signs it.
 *
 * @example const result = v3Dispatch(incoming, ctx);
 */
export function v3Dispatch(incoming: Incoming, ctx: SimContext): V3Result {
  let match: { route: V3Route; params: string[] } | undefined;
  const methods: string[] = [];
  for (const route of ROUTES) {
    const found = route.pattern.exec(incoming.path);
    if (!found) continue;
    methods.push(route.method);
    if (route.method === incoming.method) match = { route, params: found.slice(1) };
  }
  if (!match) {
    const hint = methods.length ? `; it takes ${methods.join(', ')}` : ': not an endpoint this simulator knows';
    return v3Error(404, 'RESOURCE_NOT_EXISTS', `资源不存在 (${incoming.method} ${incoming.path}${hint})`);
  }
  const problem = authorizationProblem(incoming, ctx.options);
  if (problem) return v3Error(401, 'SIGN_ERROR', problem);
  const params = decodeAll(match.params);
  if (!params) return v3Error(400, 'PARAM_ERROR', '路径参数不是合法的URL编码 (a path parameter is not valid percent-encoding)');
  let json: unknown;
  if (incoming.body.length) {
    try {
      json = JSON.parse(incoming.body.toString('utf8'));
    } catch {
      return v3Error(400, 'PARAM_ERROR', '请求体不是合法的JSON (the body is not JSON)');
    }
  }
  return match.route.handle({ incoming, json }, ctx, params);
}
