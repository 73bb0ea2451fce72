import { timingSafeEqual } from 'node:crypto';
import { startServer, type Answer, type Received, type TestServer } from '../helpers/http';
import { MCHID, SECRET } from '../helpers/seed';
import { parseFlatXml, wechatSign, xmlOf } from '../helpers/v2-server';

/** How the report endpoint answers: accept, refuse (FAIL), reset the connection, or hold the answer until released. */
export type ReportMode = 'ok' | 'fail' | 'reset' | 'hold';
/** How the business endpoint (`/pay/orderquery`) answers. */
export type PayMode = 'ok' | 'result-fail' | 'forge' | 'http-500' | 'reset' | 'silent';

export interface CheckedReport {
  fields: Record<string, string>;
  signOk: boolean;
  at: number;
}

export interface PayServer extends TestServer {
  reportMode: ReportMode;
  payMode: PayMode;
  /** Milliseconds `/pay/orderquery` waits before answering. */
  payDelayMs: number;
  /** Every report received (answered or not), its sign checked here with the test's own code. */
  reports: CheckedReport[];
  /** `/pay/orderquery` requests, their sign checked the same way. */
  business: Array<{ fields: Record<string, string>; signOk: boolean; request: Received }>;
  /** Answer every held report now (and the ones held later, until `reportMode` changes). */
  release(): void;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const signed = (fields: Record<string, string>) => ({ ...fields, sign: wechatSign(fields, SECRET) });
const xml = (fields: Record<string, string>, status = 200): Answer => ({
  status,
  headers: { 'content-type': 'text/xml', 'request-id': 'req-pay' },
  body: xmlOf(fields),
});

/** The report endpoint's answer in the mode of the moment; 'hold' waits for `hold()` to end first. */
async function reportAnswer(state: { reportMode: ReportMode }, signOk: boolean, hold: () => Promise<void>): Promise<Answer> {
  if (state.reportMode === 'hold') await hold();
  const mode = state.reportMode;
  if (mode === 'reset') return { destroy: true };
  if (!signOk) return xml({ return_code: 'FAIL', return_msg: '签名错误' });
  if (mode === 'fail') return xml({ return_code: 'FAIL', return_msg: '系统繁忙' });
  return xml({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' });
}

/** A business call's answer in `mode`: signed, failed, forged, silent for 5 s or cut off. */
async function payAnswer(state: { payMode: PayMode }, signOk: boolean, fields: Record<string, string>): Promise<Answer> {
  if (state.payMode === 'silent') await new Promise((resolve) => setTimeout(resolve, 5_000).unref());
  const mode = state.payMode;
  if (mode === 'reset') return { destroy: true };
  if (mode === 'http-500') return xml({ return_code: 'FAIL', return_msg: 'SYSTEMERROR' }, 500);
  if (!signOk) return xml({ return_code: 'FAIL', return_msg: '签名错误' });
  const base = { return_code: 'SUCCESS', return_msg: 'OK', appid: fields.appid ?? '', mch_id: MCHID, nonce_str: 'payservernonce' };
  if (mode === 'result-fail') return xml(signed({ ...base, result_code: 'FAIL', err_code: 'ORDERNOTEXIST', err_code_des: '此交易订单号不存在' }));
  const answer = signed({ ...base, result_code: 'SUCCESS', trade_state: 'SUCCESS', out_trade_no: fields.out_trade_no ?? '' });
  return xml(mode === 'forge' ? { ...answer, trade_state: 'NOTPAY' } : answer);
}

/**
 * A stand-in for WeChat Pay's APIv2 side with the two endpoints 交易保障 needs: `/pay/orderquery`
 * (a business call, signed answers, slow or failing on request) and `/payitil/report` (every
 * report kept, its sign checked independently of the SDK, slow, failing or held on request).
 */
export async function startPayServer(): Promise<PayServer> {
  const state = { reportMode: 'ok' as ReportMode, payMode: 'ok' as PayMode, payDelayMs: 0 };
  const reports: CheckedReport[] = [];
  const business: PayServer['business'] = [];
  let held: Array<() => void> = [];
  const server = await startServer(async (request) => {
    const path = request.url.split('?')[0];
    const fields = parseFlatXml(request.text);
    const signOk = typeof fields.sign === 'string' && same(wechatSign(fields, SECRET, fields.sign_type ?? 'MD5'), fields.sign);
    if (path === '/payitil/report') {
      reports.push({ fields, signOk, at: Date.now() });
      return reportAnswer(state, signOk, () => new Promise<void>((resolve) => held.push(resolve)));
    }
    business.push({ fields, signOk, request });
    if (state.payDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.payDelayMs).unref());
    return payAnswer(state, signOk, fields);
  });
  const release = () => {
    const waiting = held;
    held = [];
    for (const resume of waiting) resume();
  };
  return {
    url: server.url,
    received: server.received,
    get reportMode() {
      return state.reportMode;
    },
    set reportMode(mode: ReportMode) {
      state.reportMode = mode;
    },
    get payMode() {
      return state.payMode;
    },
    set payMode(mode: PayMode) {
      state.payMode = mode;
    },
    get payDelayMs() {
      return state.payDelayMs;
    },
    set payDelayMs(ms: number) {
      state.payDelayMs = ms;
    },
    reports,
    business,
    release,
    close: async () => {
      release();
      await server.close();
    },
  };
}
