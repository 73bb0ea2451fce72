/**
 * `notify_url` as a Next.js route handler (app/wechatpay/notify/route.ts): the Web `Request`'s
 * text is the raw body, its `Headers` are read as they are.
 */
import type { Client } from 'wechatpay-ts';
import { handleNotification, type Paid } from './handle';

export function nextRoute(options: { wx: Client; apiv3Key: string; onPaid: (paid: Paid, id: string) => void }): (request: Request) => Promise<Response> {
  return async function POST(request: Request): Promise<Response> {
    const { status, headers, body } = await handleNotification(await request.text(), request.headers, options);
    return new Response(status === 204 ? null : body, { status, headers });
  };
}
