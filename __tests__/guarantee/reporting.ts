import { Builder, flushReports, type Client, type ClientConfig, type ReportConfig } from '../../src';
import { MCHID, SECRET } from '../helpers/seed';
import { APPID } from '../../packages/simulator/__tests__/helpers';
import { startPayServer, type PayServer } from './pay-server';

// What the 交易保障 report suites share: the pay server (its report endpoint checks each report's
// sign with the test's own code) and reporting clients whose reports are all sent between tests.

export const REPORT = { level: 'all', appid: APPID, userIp: '8.8.8.8', deviceInfo: 'POS-0001', flushMs: 600_000 } as const;

/** `/pay/orderquery` for `out_trade_no`, with a per-call timeout when given. */
export const query = (wx: Client, out_trade_no = 'T1', timeout?: number) =>
  wx.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: MCHID, out_trade_no }, ...(timeout ? { timeout } : {}) });

export interface ReportingFixture {
  /** Set before the tests; well behaved, its logs empty, at the start of each test. */
  server: PayServer;
  /** The reporting clients of this test (reporting() adds its own): flushed after it. */
  made: Client[];
  /** A client with reporting on, for the pay server; failed reports are collected, never warned about. */
  reporting: (
    report?: Partial<ReportConfig>,
    extra?: Partial<ClientConfig>,
  ) => { wx: Client; failures: Array<{ error: unknown; report: Record<string, string> }> };
}

/**
 * Starts the pay server before the suite's tests and closes it after; after each test, held
 * reports are released and every reporting client's reports flushed, so none reaches the next.
 *
 * @example const fx = reportingFixture(); test('…', async () => { const { wx } = fx.reporting(); await query(wx); });
 */
export function reportingFixture(): ReportingFixture {
  // Every reporting client of a test: its reports are all sent before the next test looks.
  const made: Client[] = [];
  const fx = {
    made,
    reporting(report: Partial<ReportConfig> = {}, extra: Partial<ClientConfig> = {}) {
      const failures: Array<{ error: unknown; report: Record<string, string> }> = [];
      const wx = Builder.factory({
        mchid: MCHID,
        secret: SECRET,
        baseURL: fx.server.url,
        report: { ...REPORT, onError: (error, fields) => void failures.push({ error, report: { ...fields } }), ...report },
        ...extra,
      });
      made.push(wx);
      return { wx, failures };
    },
  } as ReportingFixture;
  beforeAll(async () => {
    fx.server = await startPayServer();
  });
  afterAll(() => fx.server.close());
  afterEach(async () => {
    fx.server.reportMode = 'ok';
    fx.server.release();
    await Promise.all(made.splice(0).map((wx) => flushReports(wx)));
  });
  beforeEach(() => {
    const { server } = fx;
    server.reportMode = 'ok';
    server.payMode = 'ok';
    server.payDelayMs = 0;
    server.reports.length = 0;
    server.business.length = 0;
  });
  return fx;
}
