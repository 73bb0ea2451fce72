import { generateKeyPairSync } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Builder, signNotification } from 'wechatpay-ts';
import { expressApp } from '../../examples/notify/express';
import { fastifyApp } from '../../examples/notify/fastify';
import { koaApp } from '../../examples/notify/koa';
import { nextRoute } from '../../examples/notify/next-route';
import type { Paid } from '../../examples/notify/handle';

// The notification handler examples, each run for real: a signed notification is paid once, an
// altered one refused (401, so WeChat retries) and never acted on.
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SERIAL = 'PUB_KEY_ID_0114232134912410000000000000';
const APIV3_KEY = 'an-apiv3-key-of-32-bytes-exactly';
const wx = Builder.factory({ mchid: '1900000109', certs: { [SERIAL]: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString() } });
const notification = () =>
  signNotification(
    { event_type: 'TRANSACTION.SUCCESS', resource: { out_trade_no: 'T1', trade_state: 'SUCCESS' } },
    { privateKey: platform.privateKey, serial: SERIAL, apiv3Key: APIV3_KEY },
  );
const altered = () => {
  const { headers, body } = notification();
  return { headers, body: body.replace('TRANSACTION.SUCCESS', 'REFUND.SUCCESS') };
};

function post(url: string, signed: { headers: Record<string, string>; body: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: signed.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(signed.body);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechatpay/notify`;
}

const close = (server: Server) =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

type Make = (options: { wx: typeof wx; apiv3Key: string; onPaid: (paid: Paid, id: string) => void }) => { start(): Promise<string>; stop(): Promise<void> };

const FRAMEWORKS: Array<[string, Make]> = [
  [
    'Express',
    (options) => {
      let server: Server;
      return { start: () => listen((server = createServer(expressApp(options)))), stop: () => close(server) };
    },
  ],
  [
    'Koa',
    (options) => {
      let server: Server;
      const handle = koaApp(options).callback();
      return { start: () => listen((server = createServer((req, res) => void handle(req, res)))), stop: () => close(server) };
    },
  ],
  [
    'Fastify',
    (options) => {
      const app = fastifyApp(options);
      return {
        start: async () => `${await app.listen({ port: 0, host: '127.0.0.1' })}/wechatpay/notify`,
        stop: () => app.close(),
      };
    },
  ],
];

test.each(FRAMEWORKS)('%s: a signed notification is paid once (204); an altered one is refused (401) and not acted on', async (_name, make) => {
  const paid: string[] = [];
  const app = make({ wx, apiv3Key: APIV3_KEY, onPaid: (order) => void paid.push(order.out_trade_no) });
  const url = await app.start();
  try {
    expect(await post(url, notification())).toEqual({ status: 204, body: '' });
    const refused = await post(url, altered());
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toEqual({ code: 'FAIL', message: 'verification failed (BAD_SIGNATURE)' });
    expect(paid).toEqual(['T1']);
  } finally {
    await app.stop();
  }
});

test('a Next.js route handler: the same, through Web Request and Response', async () => {
  const paid: string[] = [];
  const POST = nextRoute({ wx, apiv3Key: APIV3_KEY, onPaid: (order) => void paid.push(order.out_trade_no) });
  const call = (signed: { headers: Record<string, string>; body: string }) =>
    POST(new Request('https://merchant.example/wechatpay/notify', { method: 'POST', headers: signed.headers, body: signed.body }));
  const ok = await call(notification());
  expect(ok.status).toBe(204);
  const refused = await call(altered());
  expect(refused.status).toBe(401);
  expect(await refused.json()).toEqual({ code: 'FAIL', message: 'verification failed (BAD_SIGNATURE)' });
  expect(paid).toEqual(['T1']);
});
