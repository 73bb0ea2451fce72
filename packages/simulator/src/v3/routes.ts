import type { SimContext } from '../context';
import type { Incoming } from '../http';
import { authorizationProblem } from './auth';
import { billDownload, fundflowbill, tradebill } from './bills';
import { certificates } from './certificates';
import { refund, refundQuery } from './refunds';
import { v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { codepay, reverse } from './codepay';
import { match } from '../contract';
import { contractProblem, describedAnswer, readV3Body } from './contract';
import { close, prepay, query } from './transactions';
import { combineClose, combinePrepay, combineQuery } from './combine';
import { addReceiver, createReturn, createSharing, deleteReceiver, queryReturn, querySharing, unfreeze, unsplitAmount } from './profitsharing';
import { partnerClose, partnerPrepay, partnerQuery } from './partner';
import { cancelTransfer, createTransfer, queryTransfer } from './transfers';

interface V3Route {
  method: 'GET' | 'POST';
  /** Matched against the path alone; groups are the path parameters, still URL-encoded. */
  pattern: RegExp;
  handle(request: V3Request, ctx: SimContext, params: string[]): V3Result;
}

const SEGMENT = '([^/]+)';
const TRANSFER = '/v3/fund-app/mch-transfer/transfer-bills';
const PARTNER = '/v3/pay/partner/transactions';
const COMBINE = '/v3/combine-transactions';
const SHARING = '/v3/profitsharing';

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
  ...(['native', 'jsapi', 'app', 'h5'] as const).map((kind): V3Route => ({
    method: 'POST',
    pattern: new RegExp(`^${PARTNER}/${kind}$`),
    handle: (r, ctx) => partnerPrepay(kind, r, ctx),
  })),
  { method: 'GET', pattern: new RegExp(`^${PARTNER}/id/${SEGMENT}$`), handle: (r, ctx, [id]) => partnerQuery({ transaction_id: id! }, r, ctx) },
  { method: 'GET', pattern: new RegExp(`^${PARTNER}/out-trade-no/${SEGMENT}$`), handle: (r, ctx, [no]) => partnerQuery({ out_trade_no: no! }, r, ctx) },
  { method: 'POST', pattern: new RegExp(`^${PARTNER}/out-trade-no/${SEGMENT}/close$`), handle: (r, ctx, [no]) => partnerClose(no!, r, ctx) },
  ...(['native', 'jsapi', 'app', 'h5'] as const).map((kind): V3Route => ({
    method: 'POST',
    pattern: new RegExp(`^${COMBINE}/${kind}$`),
    handle: (r, ctx) => combinePrepay(kind, r, ctx),
  })),
  { method: 'GET', pattern: new RegExp(`^${COMBINE}/id/${SEGMENT}$`), handle: (_r, ctx, [id]) => combineQuery({ combine_transaction_id: id! }, ctx) },
  { method: 'GET', pattern: new RegExp(`^${COMBINE}/out-trade-no/${SEGMENT}$`), handle: (_r, ctx, [no]) => combineQuery({ combine_out_trade_no: no! }, ctx) },
  { method: 'POST', pattern: new RegExp(`^${COMBINE}/out-trade-no/${SEGMENT}/close$`), handle: (r, ctx, [no]) => combineClose(no!, r, ctx) },
  { method: 'POST', pattern: new RegExp(`^${SHARING}/orders$`), handle: createSharing },
  { method: 'POST', pattern: new RegExp(`^${SHARING}/orders/unfreeze$`), handle: unfreeze },
  { method: 'GET', pattern: new RegExp(`^${SHARING}/orders/${SEGMENT}$`), handle: (r, ctx, [no]) => querySharing(no!, r, ctx) },
  { method: 'POST', pattern: new RegExp(`^${SHARING}/return-orders$`), handle: createReturn },
  { method: 'GET', pattern: new RegExp(`^${SHARING}/return-orders/${SEGMENT}$`), handle: (r, ctx, [no]) => queryReturn(no!, r, ctx) },
  { method: 'POST', pattern: new RegExp(`^${SHARING}/receivers/add$`), handle: addReceiver },
  { method: 'POST', pattern: new RegExp(`^${SHARING}/receivers/delete$`), handle: deleteReceiver },
  { method: 'GET', pattern: new RegExp(`^${SHARING}/transactions/${SEGMENT}/amounts$`), handle: (_r, ctx, [id]) => unsplitAmount(id!, ctx) },
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

/** Does a hand-written handler answer `METHOD path`? (The others are answered from the description.) */
export function v3HandWritten(method: string, path: string): boolean {
  return ROUTES.some((route) => route.method === method && route.pattern.test(path));
}

/** The hand-written route for `METHOD path`, and the methods any hand-written route of that path takes. */
function handWritten(incoming: Incoming): { match?: { route: V3Route; params: string[] }; methods: string[] } {
  let match: { route: V3Route; params: string[] } | undefined;
  const methods: string[] = [];
  for (const route of ROUTES) {
    const found = route.pattern.exec(incoming.path);
    if (!found) continue;
    methods.push(route.method);
    if (route.method === incoming.method) match = { route, params: found.slice(1) };
  }
  return { ...(match ? { match } : {}), methods };
}

function notFound(incoming: Incoming, methods: string[]): V3Result {
  const takes = [...new Set(methods)];
  const hint = takes.length ? `; it takes ${takes.join(', ')}` : ': not an endpoint this simulator knows';
  return v3Error(404, 'RESOURCE_NOT_EXISTS', `资源不存在 (${incoming.method} ${incoming.path}${hint})`);
}

/** The placeholder values by name, decoded; undefined when one is not valid percent-encoding. */
function decodeParams(params: Record<string, string>): Record<string, string> | undefined {
  const names = Object.keys(params);
  const values = decodeAll(names.map((name) => params[name]!));
  return values && Object.fromEntries(names.map((name, at) => [name, values[at]!]));
}

/**
 * Answer an APIv3 request (`/v3/`, `/hk/v3/`, `/global/v3/`) as WeChat Pay does: a path no
 * operation has is 404 RESOURCE_NOT_EXISTS; then the Authorization is verified (401 SIGN_ERROR);
 * then the body must be JSON (or a multipart upload) and the request must hold to the API
 * description: placeholders, query, body (400 PARAM_ERROR naming the field). Then the
 * hand-written handler answers, or, for the operations without one, an answer built from the
 * description. The caller writes the result as bytes and signs it.
 *
 * @example const result = v3Dispatch(incoming, ctx);
 */
export function v3Dispatch(incoming: Incoming, ctx: SimContext): V3Result {
  const hand = handWritten(incoming);
  const described = match(incoming.method, incoming.path);
  if (!hand.match && !described.found) return notFound(incoming, [...hand.methods, ...described.methods]);
  const body = readV3Body(incoming);
  const problem = authorizationProblem(incoming, ctx.options, typeof body === 'string' ? incoming.body : body.signed);
  if (problem) return v3Error(401, 'SIGN_ERROR', problem);
  if (typeof body === 'string') return v3Error(400, 'PARAM_ERROR', body);
  const params = hand.match ? decodeAll(hand.match.params) : [];
  const named = described.found ? decodeParams(described.params) : {};
  if (!params || !named) return v3Error(400, 'PARAM_ERROR', '路径参数不是合法的URL编码 (a path parameter is not valid percent-encoding)');
  const refused = described.found ? contractProblem(described.operation, named, incoming.query, body, ctx) : undefined;
  if (refused) return refused;
  if (hand.match) return hand.match.route.handle({ incoming, json: body.json }, ctx, params);
  return described.found ? describedAnswer(described.operation, described.template, named, incoming.query, body.json, ctx) : notFound(incoming, []);
}
