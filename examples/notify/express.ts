/** `notify_url` in Express: the raw body (express.raw), never a parsed one. */
import express from 'express';
import type { Client } from 'wechatpay-ts';
import { handleNotification, type Paid } from './handle';

export function expressApp(options: { wx: Client; apiv3Key: string; onPaid: (paid: Paid, id: string) => void }): express.Express {
  const app = express();
  app.post('/wechatpay/notify', express.raw({ type: 'application/json' }), async (req, res) => {
    const { status, headers, body } = await handleNotification(req.body as Buffer, req.headers, options);
    res.status(status).set(headers).send(body);
  });
  return app;
}
