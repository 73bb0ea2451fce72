/**
 * Run by report.test.ts in a child process: one call with reporting on (sent every 10 minutes),
 * then nothing more. The process must end at once: a queued report never keeps it alive.
 */
import { Builder } from '../../src';
import { clientOf } from '../../src/client/client';
import { MCHID, SECRET } from '../helpers/seed';

async function main(): Promise<void> {
  const baseURL = process.argv[2];
  if (!baseURL) throw new Error('usage: exit-with-reports-queued.ts <pay server URL>');
  const appid = 'wxd678efh567hg6787';
  const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL, report: { level: 'all', appid, userIp: '8.8.8.8', flushMs: 600_000 } });
  await wx.v2.pay.orderquery.post({ xml: { appid, mch_id: MCHID, out_trade_no: 'EXIT1' } });
  console.log(`queued: ${clientOf(wx).reporter?.stats().queued}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
