/** `notify_url` in Fastify: JSON bodies parsed as a Buffer on this server, so the signature's bytes survive. */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Client } from 'wechatpay-ts';
import { handleNotification, type Paid } from './handle';

export function fastifyApp(options: { wx: Client; apiv3Key: string; onPaid: (paid: Paid, id: string) => void }): FastifyInstance {
  const app = Fastify();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.post('/wechatpay/notify', async (request, reply) => {
    const { status, headers, body } = await handleNotification(request.body as Buffer, request.headers, options);
    return reply.code(status).headers(headers).send(body);
  });
  return app;
}
