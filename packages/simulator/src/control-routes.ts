import { FAULT_KINDS, type FaultKind, type Simulator } from './types';
import { isConfigurationError } from 'wechatpay-ts';
import { isRecord } from './sdk/internal';
import { isFailReason } from './state';

/**
 * What the control interface does (`startControl`): each route a thin call on the public
 * `Simulator` (`sim.pay`, `sim.finishRefund`, `sim.faults`, …), its answer plain JSON.
 */

/** A control request as the routes see it: the path split from the query, the body parsed. */
export interface ControlRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

export interface ControlAnswer {
  status: number;
  json: unknown;
}

/** How many notification attempts `GET /notifications` lists when `limit` is not given. */
export const CONTROL_DEFAULT_LIMIT = 100;
/** The most it lists at once: the simulator keeps the latest 1000 attempts. */
export const CONTROL_MAX_LIMIT = 1000;

type Handler = (sim: Simulator, params: string[], request: ControlRequest) => ControlAnswer | Promise<ControlAnswer>;

interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  pattern: RegExp;
  handle: Handler;
}

/**
 * An answer naming what went wrong, in WeChat Pay's `{ code, message }` shape.
 *
 * @example problem(404, 'RESOURCE_NOT_EXISTS', 'no order "T1"')
 */
export function problem(status: number, code: string, message: string): ControlAnswer {
  return { status, json: { code, message } };
}

const ok = (json: unknown): ControlAnswer => ({ status: 200, json });

/** Only the named keys, or a 400 naming the first other one (nothing a user gave is silently dropped). */
function unknownKey(body: Record<string, unknown>, known: readonly string[]): ControlAnswer | undefined {
  const other = Object.keys(body).find((key) => !known.includes(key));
  return other === undefined
    ? undefined
    : problem(400, 'PARAM_ERROR', `unknown field ${JSON.stringify(other)}; expected ${known.join(', ') || 'an empty body'}`);
}

/** A setter's refusal (ConfigurationError: a bad kind or option) as 400; anything else is a fault of ours. */
function attempt(run: () => unknown, answer: () => unknown): ControlAnswer {
  try {
    run();
  } catch (error) {
    if (isConfigurationError(error)) return problem(400, 'PARAM_ERROR', error.message);
    throw error;
  }
  return ok(answer());
}

function pay(sim: Simulator, [no]: string[], { body }: ControlRequest): ControlAnswer | Promise<ControlAnswer> {
  const bad = unknownKey(body, ['openid']);
  if (bad) return bad;
  if (body.openid !== undefined && (typeof body.openid !== 'string' || body.openid === ''))
    return problem(400, 'PARAM_ERROR', 'openid must be a non-empty string');
  const order = sim.orders.get(no!);
  if (!order) return problem(404, 'RESOURCE_NOT_EXISTS', `no order ${JSON.stringify(no)}; create it first (v3 native/jsapi/app/h5 or v2 unifiedorder)`);
  if (order.combine_out_trade_no)
    return problem(
      409,
      'INVALID_STATE',
      `order ${no} is a sub-order of 合单 ${order.combine_out_trade_no}; pay that: POST /combine/${order.combine_out_trade_no}/pay`,
    );
  if (order.trade_state !== 'NOTPAY') return problem(409, 'INVALID_STATE', `order ${no} is ${order.trade_state}; only a NOTPAY order can be paid`);
  return sim.pay(no!, body.openid === undefined ? {} : { openid: body.openid }).then(ok);
}

function finishRefund(sim: Simulator, no: string, outcome: 'SUCCESS' | 'ABNORMAL' | 'CLOSED'): ControlAnswer | Promise<ControlAnswer> {
  const refund = sim.refunds.get(no);
  if (!refund) return problem(404, 'RESOURCE_NOT_EXISTS', `no refund ${JSON.stringify(no)}`);
  if (refund.status !== 'PROCESSING')
    return problem(
      409,
      'INVALID_STATE',
      `refund ${no} is ${refund.status}; only a PROCESSING refund can end (hold the next ones first: POST /scenarios/refund, or \`wechatpay simulate refund hold\`)`,
    );
  return sim.finishRefund(no, outcome).then(ok);
}

function failRefund(sim: Simulator, [no]: string[], { body }: ControlRequest): ControlAnswer | Promise<ControlAnswer> {
  const bad = unknownKey(body, ['status']);
  if (bad) return bad;
  const status = body.status ?? 'ABNORMAL';
  if (status !== 'ABNORMAL' && status !== 'CLOSED') return problem(400, 'PARAM_ERROR', `status must be ABNORMAL or CLOSED, got ${JSON.stringify(status)}`);
  return finishRefund(sim, no!, status);
}

/** The payee confirms a 商家转账 bill, or it fails: the transfer book's own refusal (a bill not waiting for the payee) is a 409. */
function endTransfer(sim: Simulator, [no]: string[], { path, body }: ControlRequest): ControlAnswer | Promise<ControlAnswer> {
  const confirm = path.endsWith('/confirm');
  const bad = unknownKey(body, confirm ? [] : ['reason']);
  if (bad) return bad;
  const { reason } = body;
  if (reason !== undefined && !isFailReason(reason))
    return problem(400, 'PARAM_ERROR', `reason must be a WeChat fail_reason such as PAYEE_ACCOUNT_ABNORMAL, got ${JSON.stringify(reason)}`);
  if (!sim.transfers.get(no!))
    return problem(404, 'RESOURCE_NOT_EXISTS', `no transfer bill ${JSON.stringify(no)}; create it first (POST v3/fund-app/mch-transfer/transfer-bills)`);
  const ending = confirm ? sim.transfers.confirm(no!) : sim.transfers.fail(no!, reason as string | undefined);
  return ending.then(ok, (error: Error) => problem(409, 'INVALID_STATE', error.message.replace(/^sim\.transfers\.\w+: /, '')));
}

/** The payer pays a 合单 order: every sub-order, one notification. */
function payCombine(sim: Simulator, [no]: string[], { body }: ControlRequest): ControlAnswer | Promise<ControlAnswer> {
  const bad = unknownKey(body, ['openid']);
  if (bad) return bad;
  if (body.openid !== undefined && (typeof body.openid !== 'string' || body.openid === ''))
    return problem(400, 'PARAM_ERROR', 'openid must be a non-empty string');
  if (!sim.combine.get(no!))
    return problem(404, 'RESOURCE_NOT_EXISTS', `no combine order ${JSON.stringify(no)}; create it first (POST v3/combine-transactions/{jsapi,app,h5,native})`);
  const paying = sim.combine.pay(no!, body.openid === undefined ? {} : { openid: body.openid });
  return paying.then(ok, (error: Error) => problem(409, 'INVALID_STATE', error.message.replace(/^sim\.combine\.pay: /, '')));
}

/** WeChat's side ends a PROCESSING 分账 order: every PENDING share SUCCESS (finish) or CLOSED (close). */
function endSharing(sim: Simulator, [no]: string[], { path, body }: ControlRequest): ControlAnswer | Promise<ControlAnswer> {
  const finish = path.endsWith('/finish');
  const bad = unknownKey(body, finish ? [] : ['reason']);
  if (bad) return bad;
  const { reason } = body;
  if (reason !== undefined && !isFailReason(reason))
    return problem(400, 'PARAM_ERROR', `reason must be a WeChat fail_reason such as RECEIVER_ABNORMAL_CLOSED, got ${JSON.stringify(reason)}`);
  if (!sim.profitsharing.get(no!))
    return problem(404, 'RESOURCE_NOT_EXISTS', `no 分账 order ${JSON.stringify(no)}; create it first (POST v3/profitsharing/orders)`);
  const ending = finish ? sim.profitsharing.finish(no!) : sim.profitsharing.close(no!, reason as string | undefined);
  return ending.then(ok, (error: Error) => problem(409, 'INVALID_STATE', error.message.replace(/^sim\.profitsharing\.\w+: /, '')));
}

function setFault(sim: Simulator, _params: string[], { body }: ControlRequest): ControlAnswer {
  const bad = unknownKey(body, ['kind', 'times', 'delayMs', 'status']);
  if (bad) return bad;
  const { kind, ...options } = body;
  if (!FAULT_KINDS.includes(kind as FaultKind))
    return problem(400, 'PARAM_ERROR', `kind must be one of ${FAULT_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  return attempt(
    () => sim.faults.set(kind as FaultKind, options),
    () => ({ active: sim.faults.active() }),
  );
}

function clearFault(sim: Simulator, [kind]: string[]): ControlAnswer {
  if (kind !== undefined && !FAULT_KINDS.includes(kind as FaultKind))
    return problem(404, 'RESOURCE_NOT_EXISTS', `no fault ${JSON.stringify(kind)}; expected ${FAULT_KINDS.join(', ')}`);
  sim.faults.clear(kind as FaultKind | undefined);
  return ok({ active: sim.faults.active() });
}

function setScenario(sim: Simulator, [board]: string[], { body }: ControlRequest): ControlAnswer {
  const { scenario, ...options } = body;
  if (board === 'refund') {
    const bad = unknownKey(body, ['scenario', 'times']);
    if (bad) return bad;
    return attempt(
      () => sim.refundScenarios.set(scenario as never, options),
      () => ({ active: sim.refundScenarios.active() ?? null }),
    );
  }
  return attempt(
    () => sim.micropay.set(scenario as never, options),
    () => ({ active: sim.micropay.active() ?? null }),
  );
}

function clearScenario(sim: Simulator, [board]: string[]): ControlAnswer {
  if (board === 'refund') sim.refundScenarios.clear();
  else sim.micropay.clear();
  return ok({ active: null });
}

/** The latest `limit` attempts (oldest first), optionally of one order: a bounded page, never the whole store unasked. */
function notifications(sim: Simulator, _params: string[], { query }: ControlRequest): ControlAnswer {
  const limitText = query.get('limit');
  const limit = limitText === null ? CONTROL_DEFAULT_LIMIT : Number(limitText);
  if (!/^\d+$/.test(limitText ?? '1') || limit < 1 || limit > CONTROL_MAX_LIMIT)
    return problem(400, 'PARAM_ERROR', `limit must be a whole number from 1 to ${CONTROL_MAX_LIMIT}, got ${JSON.stringify(limitText)}`);
  const outTradeNo = query.get('out_trade_no');
  const matching = outTradeNo === null ? sim.notifications : sim.notifications.filter((attempt) => attempt.out_trade_no === outTradeNo);
  return ok({ total: matching.length, limit, notifications: matching.slice(-limit) });
}

function status(sim: Simulator): ControlAnswer {
  return ok({
    url: sim.url,
    ...(sim.backupUrl ? { backupUrl: sim.backupUrl } : {}),
    publicKeyId: sim.platform.publicKeyId,
    certificateSerial: sim.platform.certificateSerial,
    faults: sim.faults.active(),
    scenarios: { micropay: sim.micropay.active() ?? null, refund: sim.refundScenarios.active() ?? null },
    counts: {
      orders: sim.orders.size,
      refunds: sim.refunds.size,
      transfers: sim.transfers.size,
      combine: sim.combine.size,
      profitsharing: sim.profitsharing.size,
      notifications: sim.notifications.length,
      reports: sim.reports.length,
    },
  });
}

function found(value: unknown, what: string, no: string | undefined): ControlAnswer {
  return value === undefined ? problem(404, 'RESOURCE_NOT_EXISTS', `no ${what} ${JSON.stringify(no)}`) : ok(value);
}

const SEGMENT = '([^/]+)';
const BOARD = `(refund|micropay)`;

/** Every route: the names in docs/simulator.md ("Control interface"). */
export const CONTROL_ROUTES: readonly Route[] = [
  { method: 'GET', pattern: /^\/status$/, handle: status },
  { method: 'GET', pattern: new RegExp(`^/orders/${SEGMENT}$`), handle: (sim, [no]) => found(sim.orders.get(no!), 'order', no) },
  { method: 'POST', pattern: new RegExp(`^/orders/${SEGMENT}/pay$`), handle: pay },
  { method: 'GET', pattern: new RegExp(`^/refunds/${SEGMENT}$`), handle: (sim, [no]) => found(sim.refunds.get(no!), 'refund', no) },
  {
    method: 'POST',
    pattern: new RegExp(`^/refunds/${SEGMENT}/settle$`),
    handle: (sim, [no], { body }) => unknownKey(body, []) ?? finishRefund(sim, no!, 'SUCCESS'),
  },
  { method: 'POST', pattern: new RegExp(`^/refunds/${SEGMENT}/fail$`), handle: failRefund },
  { method: 'GET', pattern: new RegExp(`^/transfers/${SEGMENT}$`), handle: (sim, [no]) => found(sim.transfers.get(no!), 'transfer bill', no) },
  { method: 'POST', pattern: new RegExp(`^/transfers/${SEGMENT}/(?:confirm|fail)$`), handle: endTransfer },
  { method: 'GET', pattern: new RegExp(`^/combine/${SEGMENT}$`), handle: (sim, [no]) => found(sim.combine.get(no!), 'combine order', no) },
  { method: 'POST', pattern: new RegExp(`^/combine/${SEGMENT}/pay$`), handle: payCombine },
  { method: 'GET', pattern: new RegExp(`^/profitsharing/${SEGMENT}$`), handle: (sim, [no]) => found(sim.profitsharing.get(no!), '分账 order', no) },
  { method: 'POST', pattern: new RegExp(`^/profitsharing/${SEGMENT}/(?:finish|close)$`), handle: endSharing },
  { method: 'GET', pattern: /^\/faults$/, handle: (sim) => ok({ active: sim.faults.active() }) },
  { method: 'POST', pattern: /^\/faults$/, handle: setFault },
  { method: 'DELETE', pattern: /^\/faults$/, handle: (sim) => clearFault(sim, []) },
  { method: 'DELETE', pattern: new RegExp(`^/faults/${SEGMENT}$`), handle: clearFault },
  { method: 'POST', pattern: new RegExp(`^/scenarios/${BOARD}$`), handle: setScenario },
  { method: 'DELETE', pattern: new RegExp(`^/scenarios/${BOARD}$`), handle: clearScenario },
  { method: 'GET', pattern: /^\/notifications$/, handle: notifications },
];

/**
 * The route for a request: its answer, or 404 / 405 naming what the path takes.
 *
 * @example await controlAnswer(sim, { method: 'POST', path: '/orders/T1/pay', query, body: {} })
 */
export async function controlAnswer(sim: Simulator, request: ControlRequest): Promise<ControlAnswer> {
  const methods: string[] = [];
  for (const route of CONTROL_ROUTES) {
    const match = route.pattern.exec(request.path);
    if (!match) continue;
    if (route.method !== request.method) {
      methods.push(route.method);
      continue;
    }
    let params: string[];
    try {
      params = match.slice(1).map((param) => decodeURIComponent(param));
    } catch {
      return problem(400, 'PARAM_ERROR', `the path ${request.path} is not valid percent-encoding`);
    }
    return route.handle(sim, params, request);
  }
  if (methods.length) return problem(405, 'METHOD_NOT_ALLOWED', `${request.path} takes ${[...new Set(methods)].join(', ')}, not ${request.method}`);
  return problem(404, 'NOT_FOUND', `no control route ${request.method} ${request.path}; see docs/simulator.md (Control interface)`);
}

/** The parsed body: `{}` when empty, else a JSON object, or undefined when it is neither. */
export function controlBody(bytes: Buffer): Record<string, unknown> | undefined {
  if (bytes.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
