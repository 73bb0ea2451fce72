/* global Response */
// POST /api/order { out_trade_no }: a Native order; answers its code_url.
import { wechatpay } from '../../../lib/wechatpay';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request) {
  const { out_trade_no } = await request.json();
  const mchid = process.env.WECHATPAY_MCHID;
  const order = await wechatpay().v3.pay.transactions.native.post({
    json: {
      appid: 'wxd678efh567hg6787',
      mchid,
      description: 'Next.js',
      out_trade_no,
      notify_url: new URL('/api/notify', request.url).href,
      amount: { total: 1 },
    },
  });
  return Response.json({ code_url: order.data.code_url });
}
