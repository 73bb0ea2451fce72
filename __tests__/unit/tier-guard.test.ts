import { createServer, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { Builder } from '../../src';
import { MCHID, SECRET } from '../helpers/seed';
import { UNIT_SOCKET_MESSAGE } from '../helpers/unit-tier';

// The tier guard (helpers/unit-tier.ts, set up for every suite by jest.config.js) holds here: a
// suite under __tests__/unit that starts a server or opens a connection fails with a message
// saying where the test belongs. Nothing below reaches a socket.
const message = new RegExp(`^${UNIT_SOCKET_MESSAGE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test('starting a server throws, naming where the test belongs', () => {
  const server = createServer();
  expect(() => server.listen(0, '127.0.0.1')).toThrow(message);
  expect(() => net.createServer().listen(0)).toThrow(/net\.Server#listen/);
  expect(server.listening).toBe(false);
});

test('net.connect, tls.connect, http.request and https.request throw before a connection is opened', () => {
  expect(() => net.connect(9, '127.0.0.1')).toThrow(message);
  expect(() => tls.connect(9, '127.0.0.1')).toThrow(message);
  expect(() => httpRequest('http://127.0.0.1:9/').end()).toThrow(message);
  expect(() => httpsRequest('https://127.0.0.1:9/').end()).toThrow(message);
});

test('an SDK call fails instead of reaching the network, with the guard named in what it rejects with', async () => {
  const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: 'http://127.0.0.1:9/' });
  const error = await wx.v2.pay.orderquery.post({ xml: { appid: 'wxd678efh567hg6787', mch_id: MCHID, out_trade_no: 'T1' } }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const seen = [error, (error as { cause?: unknown }).cause].map((e) => String((e as Error | undefined)?.message ?? ''));
  expect(seen.join('\n')).toContain(UNIT_SOCKET_MESSAGE);
});
