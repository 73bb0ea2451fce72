/** `notify_url` in Koa: the raw body read from the request stream (no JSON body parser on this route). */
import Koa from 'koa';
import type { Client } from 'wechatpay-ts';
import { handleNotification, type Paid } from './handle';

/** The request's bytes, at most `limit` of them: a notification is a few KB. */
async function rawBody(req: NodeJS.ReadableStream, limit = 64 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('notification body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function koaApp(options: { wx: Client; apiv3Key: string; onPaid: (paid: Paid, id: string) => void }): Koa {
  const app = new Koa();
  app.use(async (ctx) => {
    if (ctx.method !== 'POST' || ctx.path !== '/wechatpay/notify') return;
    const { status, headers, body } = await handleNotification(await rawBody(ctx.req), ctx.headers, options);
    ctx.status = status;
    ctx.set(headers);
    ctx.body = body;
  });
  return app;
}
