import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { InternalAxiosRequestConfig } from 'axios';
import { createDispatcher } from '../../src/pipeline/dispatcher';
import { startDeadline } from '../../src/pipeline/limits';
import { targetOf } from '../../src/pipeline/plan';
import { send } from '../../src/pipeline/send';
import { freePort } from '../helpers/http';
import { startConnectProxy } from '../helpers/proxy';

// What backup-domain failover relies on: the undici sender tells a call whether its connection
// was made (so a failure before it sent nothing), directly and through a CONNECT proxy.
let server: Server;
let url: string;
const sockets = new Set<Socket>();
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/reset') return void req.socket.destroy();
    res.end('ok');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const http = (proxy?: { host: string; port: number }) => createDispatcher({}, proxy ?? false);
const call = async (dispatcher: ReturnType<typeof http>, url: string): Promise<{ connected: boolean; failed: boolean }> => {
  let connected = false;
  const { origin, host } = targetOf(url);
  const request = { origin, host, path: url.slice(origin.length), method: 'POST', headers: {}, body: 'x' };
  const config = { responseType: 'arraybuffer', maxContentLength: -1 } as InternalAxiosRequestConfig;
  const failed = await send(
    dispatcher,
    request,
    config,
    startDeadline(0, undefined),
    (error) => error,
    () => (connected = true),
  ).then(
    () => false,
    () => true,
  );
  return { connected, failed };
};

test('a refused connection: failed, never connected', async () => {
  expect(await call(http(), `http://127.0.0.1:${await freePort()}/`)).toEqual({ connected: false, failed: true });
});

test('an answer: connected; a reset after the request was written: failed, but connected', async () => {
  const client = http();
  expect(await call(client, `${url}/`)).toEqual({ connected: true, failed: false });
  expect(await call(client, `${url}/reset`)).toEqual({ connected: true, failed: true });
});

test('through a CONNECT proxy: a tunnel the proxy cannot open is not connected; one it opens is', async () => {
  const proxy = await startConnectProxy();
  try {
    const client = http({ host: '127.0.0.1', port: proxy.port });
    expect(await call(client, `http://127.0.0.1:${await freePort()}/`)).toEqual({ connected: false, failed: true });
    expect(await call(client, `${url}/`)).toEqual({ connected: true, failed: false });
  } finally {
    await proxy.close();
  }
});
