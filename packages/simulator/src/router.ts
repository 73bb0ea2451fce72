import type { SimContext } from './context';
import type { Incoming, Reply } from './http';
import { v2, v2Reply } from './v2/reply';
import { v2Dispatch, v2HandWritten } from './v2/routes';
import { v3Error, v3Reply } from './v3/reply';
import { v3Dispatch, v3HandWritten } from './v3/routes';

const V3_PATH = /^\/(?:hk\/|global\/)?v3\//;

/**
 * APIv3 lives under /v3/ (and /hk/v3/, /global/v3/ for Hong Kong and cross-border); everything
 * else is answered the APIv2 way, in XML.
 *
 * @example isV3(incoming) // true for /v3/pay/transactions/native and /hk/v3/transactions/native
 */
export function isV3(incoming: Incoming): boolean {
  return V3_PATH.test(incoming.path);
}

/**
 * Does a hand-written handler (payments, refunds, bills, code payments, the report) answer
 * `METHOD path`, rather than an answer built from the API description?
 *
 * @example handWritten('POST', '/v3/pay/transactions/native') // true
 */
export function handWritten(method: string, path: string): boolean {
  return V3_PATH.test(path) ? v3HandWritten(method, path) : v2HandWritten(method, path);
}

/**
 * The answer to one request, as signed bytes. The `server-error` fault answers 500 (or its
 * status) before anything is done; a handler that throws is a 500 SYSTEM_ERROR too, never a crash.
 *
 * @example const reply = route(incoming, ctx);
 */
export function route(incoming: Incoming, ctx: SimContext): Reply {
  const v3 = isV3(incoming);
  const failure = ctx.faults.take('server-error');
  if (failure) {
    return v3
      ? v3Reply(v3Error(failure.status, 'SYSTEM_ERROR', '系统错误 (the server-error fault is on)'), incoming, ctx.platform, ctx.faults)
      : v2Reply(v2.fail('SYSTEMERROR', failure.status), ctx.options.secret, 'MD5', ctx.faults);
  }
  try {
    return v3 ? v3Reply(v3Dispatch(incoming, ctx), incoming, ctx.platform, ctx.faults) : v2Dispatch(incoming, ctx);
  } catch (error) {
    ctx.options.log(`error while answering ${incoming.method} ${incoming.path}: ${(error as Error).message}`);
    return v3
      ? v3Reply(v3Error(500, 'SYSTEM_ERROR', '系统错误'), incoming, ctx.platform, ctx.faults)
      : v2Reply(v2.fail('SYSTEMERROR', 500), ctx.options.secret, 'MD5', ctx.faults);
  }
}
