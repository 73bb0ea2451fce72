import { generateKeyPairSync } from 'node:crypto';
import { isConfigurationError } from 'wechatpay-ts';
import { startSimulator } from '../src';
import { BoundedMap } from '../src/state';
import { startServer } from '../../../__tests__/helpers/http';
import { APIV3_KEY, APPID, authorization, clientFor, MCHID, rawRequest, SECRET, startSim, tradeNo, waitFor } from './helpers';

describe('options are checked before anything listens', () => {
  test.each([
    ['no apiv3Key', { mchid: MCHID, secret: SECRET }, /apiv3Key.*nothing/],
    ['a short apiv3Key', { mchid: MCHID, secret: SECRET, apiv3Key: 'short' }, /apiv3Key.*5 bytes/],
    ['a mchid that is not digits', { mchid: 'abc', secret: SECRET, apiv3Key: APIV3_KEY }, /mchid.*digits/],
    ['an empty secret', { mchid: MCHID, secret: '', apiv3Key: APIV3_KEY }, /secret/],
    ['an unknown option', { mchid: MCHID, secret: SECRET, apiv3Key: APIV3_KEY, merchantKey: 'x' }, /unknown option `merchantKey`/],
    ['a negative retry delay', { mchid: MCHID, secret: SECRET, apiv3Key: APIV3_KEY, notifyRetryDelays: [10, -1] }, /notifyRetryDelays\[1\]/],
    ['a publicKeyId without PUB_KEY_ID_', { mchid: MCHID, secret: SECRET, apiv3Key: APIV3_KEY, publicKeyId: 'KEY_1' }, /PUB_KEY_ID_/],
    ['a port over 65535', { mchid: MCHID, secret: SECRET, apiv3Key: APIV3_KEY, port: 70000 }, /port/],
    ['a merchantPublicKey that is no key', { mchid: MCHID, secret: SECRET, apiv3Key: APIV3_KEY, merchantPublicKey: 'not a key' }, /public RSA key/],
    [
      'requireClientCertificate without ca',
      { mchid: MCHID, secret: SECRET, apiv3Key: APIV3_KEY, tls: { key: 'k', cert: 'c', requireClientCertificate: true } },
      /requireClientCertificate` needs `tls.ca`/,
    ],
  ])('%s is refused', async (_name, options, message) => {
    const error = await startSimulator(options as never).catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(SECRET);
  });
});

test('a given platform key and public-key id are used; the ids derive from the key', async () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const a = await startSim({ platformKey: privateKey });
  const b = await startSim({ platformKey: privateKey, publicKeyId: 'PUB_KEY_ID_0114232134912410000000000000' });
  try {
    expect(a.platform.publicKey.equals(publicKey)).toBe(true);
    expect(a.platform.publicKeyId).toMatch(/^PUB_KEY_ID_01\d{26}$/);
    expect(a.platform.certificateSerial).toMatch(/^[0-9A-F]{40}$/);
    expect(b.platform.certificateSerial).toBe(a.platform.certificateSerial);
    expect(b.platform.publicKeyId).toBe('PUB_KEY_ID_0114232134912410000000000000');
  } finally {
    await a.close();
    await b.close();
  }
});

test('close() cancels notification retries still waiting, and may be called twice', async () => {
  const site = await startServer(() => ({ status: 500 }));
  const sim = await startSim({ notifyRetryDelays: [150, 150] });
  try {
    const no = tradeNo('L');
    await clientFor(sim).v3.pay.transactions.native.post({
      json: { appid: APPID, mchid: MCHID, description: 'x', out_trade_no: no, notify_url: `${site.url}n`, amount: { total: 1 } },
    });
    await sim.pay(no);
    await waitFor(() => sim.notifications.length === 1);
    await sim.close();
    await sim.close();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(site.received).toHaveLength(1);
    expect(sim.notifications.map((n) => [n.attempt, n.status, n.delivered])).toEqual([[1, 500, false]]);
  } finally {
    await sim.close();
    await site.close();
  }
});

test('retries stop after the last delay: 1 + notifyRetryDelays.length attempts in all', async () => {
  const site = await startServer(() => ({ status: 503 }));
  const sim = await startSim({ notifyRetryDelays: [20, 20, 20] });
  try {
    const no = tradeNo('L');
    await clientFor(sim).v3.pay.transactions.app.post({
      json: { appid: APPID, mchid: MCHID, description: 'x', out_trade_no: no, notify_url: `${site.url}n`, amount: { total: 1 } },
    });
    await sim.pay(no);
    await waitFor(() => sim.notifications.length === 4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.notifications.map((n) => n.attempt)).toEqual([1, 2, 3, 4]);
    expect(sim.notifications.every((n) => !n.delivered && n.error === 'answered HTTP 503')).toBe(true);
  } finally {
    await sim.close();
    await site.close();
  }
});

test('log gets one line per request and never the Authorization or sign', async () => {
  const lines: string[] = [];
  const sim = await startSim({ log: (line) => lines.push(line) });
  try {
    const path = '/v3/pay/transactions/out-trade-no/NONE?mchid=1900000109';
    const auth = authorization('GET', path, '');
    await rawRequest(sim.url, 'GET', path, { Authorization: auth });
    expect(lines.at(-1)).toMatch(/^GET \/v3\/pay\/transactions\/out-trade-no\/NONE -> 404 \d+ ms$/);
    expect(lines.join('\n')).not.toContain(auth.slice(-40));
  } finally {
    await sim.close();
  }
});

test('a port in use is refused', async () => {
  const sim = await startSim();
  try {
    await expect(startSim({ port: sim.port })).rejects.toThrow(/EADDRINUSE/);
  } finally {
    await sim.close();
  }
});

test('BoundedMap keeps the latest entries only', () => {
  const map = new BoundedMap<string, number>(3);
  for (let i = 0; i < 10; i += 1) map.set(`k${i}`, i);
  expect([...map.keys()]).toEqual(['k7', 'k8', 'k9']);
  map.set('k8', 80);
  expect(map.size).toBe(3);
  expect(map.get('k8')).toBe(80);
});
