/* global Response */
// POST /api/notify: the notify_url. The raw body and the headers as they came, verified and
// decrypted; 204 when handled, 401/500 otherwise so that WeChat Pay retries.
import { notificationAnswer, verifyNotification } from 'wechatpay-ts';
import { wechatpay } from '../../../lib/wechatpay';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request) {
  let answer;
  try {
    const notice = verifyNotification({ body: await request.text(), headers: request.headers, certs: wechatpay(), apiv3Key: process.env.WECHATPAY_APIV3_KEY });
    console.log(`paid: ${notice.resource.out_trade_no} ${notice.resource.trade_state}`);
    answer = notificationAnswer();
  } catch (error) {
    answer = notificationAnswer(error);
  }
  return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
}
