import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Builder, type Client } from '../../src/index';
import { startSimulator, type Simulator } from 'wechatpay-ts-simulator';
import { readBody } from '../helpers/http';
import { documentationBlocks, type CodeBlock } from './blocks';
import { runBlock } from './run-block';

// The README's and the guides' examples, run as written against the offline simulator, where it
// serves the endpoint. Each test has a simulator of its own.
const ROOT = path.resolve(__dirname, '../..');
const MCHID = '1900000109';
const SECRET = 'your-apiv2-secret-key-length-32b';
const APIV3_KEY = 'your-apiv3-secret-key-length-32b';
const SERIAL = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C';
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privateKey = merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const blocks = documentationBlocks(ROOT);

/** The TypeScript block of `file` under `heading` holding `text`; fails when the docs lost it. */
function example(file: string, heading: string, text: string): CodeBlock {
  const found = blocks.find((b) => b.file === file && b.heading === heading && b.language === 'ts' && b.code.includes(text));
  if (!found) throw new Error(`${file} has no ts block under "${heading}" holding ${JSON.stringify(text)}`);
  return found;
}

/** `onLog` sees each line as the simulator logs it: an answered request is logged before the client reads it. */
async function withSimulator(run: (sim: Simulator, wx: Client, requests: string[]) => Promise<void>, onLog?: (line: string, sim: Simulator) => void): Promise<void> {
  const requests: string[] = [];
  const sim: Simulator = await startSimulator({
    mchid: MCHID,
    secret: SECRET,
    apiv3Key: APIV3_KEY,
    merchantPublicKey: merchant.publicKey,
    merchantSerial: SERIAL,
    log: (line) => {
      requests.push(line);
      onLog?.(line, sim);
    },
  });
  const wx = Builder.factory({ mchid: MCHID, secret: SECRET, serial: SERIAL, privateKey, certs: { [sim.platform.publicKeyId]: sim.platform.publicKeyPem }, baseURL: sim.url });
  try {
    await run(sim, wx, requests);
  } finally {
    await sim.close();
  }
}

/** The merchant's values the v3 examples declare, for this simulator. */
const v3Given = (sim: Simulator) => ({ mchid: MCHID, serial: SERIAL, privateKey, platformSerial: sim.platform.publicKeyId, platformPublicKey: sim.platform.publicKeyPem, appid: 'wxd678efh567hg6787', apiv3Key: APIV3_KEY });

/** A node:http notify_url that hands each request to an Express-style handler (`req.body` raw). */
type Handler = (req: { body: Buffer; headers: IncomingHttpHeaders }, res: { status(code: number): { set(h: Record<string, string>): { send(body: string): void } } }) => void;
async function notifyUrl(handlers: Map<string, Handler>) {
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const handler = handlers.get(req.url ?? '');
      if (!handler) return void res.writeHead(404).end();
      handler({ body, headers: req.headers }, { status: (code) => ({ set: (headers) => ({ send: (text) => void res.writeHead(code, headers).end(text) }) }) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const QUICK_ORDER = 'order_20250101_0001';

/** The README and its Chinese translation: the same examples, under their own headings, run the same way. */
const READMES = [
  ['README.md', { quickStart: 'Quick start', errors: 'Errors', notifications: 'Notifications', fromPhp: 'From PHP, line for line' }],
  ['README.zh-CN.md', { quickStart: '快速开始', errors: '错误', notifications: '回调通知', fromPhp: '从 PHP 逐行移植' }],
] as const;

describe.each(READMES)('%s', (file, h) => {
  test('From PHP: the 交易保障 report reaches the simulator, which checks its sign, and the dictionary is printed', async () => {
    await withSimulator(async (sim) => {
      const logged: unknown[][] = [];
      await runBlock(example(file, h.fromPhp, 'wx.v2.payitil.report.post'), { baseURL: sim.url, given: { apiv2Key: SECRET }, log: (...values) => logged.push(values) });
      expect(logged[0]?.[0]).toEqual({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' });
      expect(logged[1]?.[0]).toEqual(logged[0]?.[0]);
      expect(sim.reports).toHaveLength(1);
    });
  });

  test('From PHP fails for real with a wrong key: the simulator refuses the sign', async () => {
    await withSimulator(async (sim) => {
      await expect(runBlock(example(file, h.fromPhp, 'wx.v2.payitil.report.post'), { baseURL: sim.url, given: { apiv2Key: 'x'.repeat(32) } })).rejects.toMatchObject({ name: 'BusinessError' });
      expect(sim.reports).toHaveLength(0);
    });
  });

  test('APIv3: a Native order, then its query by out_trade_no', async () => {
    await withSimulator(async (sim, _wx, requests) => {
      await runBlock(example(file, 'APIv3', 'transactions.native.post'), { baseURL: sim.url, given: v3Given(sim) });
      expect(sim.orders.get('native12177525012014070332333')).toMatchObject({ trade_type: 'NATIVE', trade_state: 'NOTPAY' });
      expect(requests.some((line) => /^GET \/v3\/pay\/transactions\/out-trade-no\/native12177525012014070332333 -> 200 /.test(line))).toBe(true);
    });
  });

  test('Errors: the example\'s report call succeeds and logs nothing; a refused report and a 503 are logged by their branch', async () => {
    await withSimulator(async (sim, wx) => {
      const trades = [{ out_trade_no: 'out_trade_no_test_1', begin_time: '20160602203256', end_time: '20160602203257', state: 'OK' as const }];
      const xml = { appid: 'wx8888888888888888', mch_id: MCHID, interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total', user_ip: '8.8.8.8', trades };
      const errors: unknown[][] = [];
      const block = example(file, h.errors, 'isBusinessError(error)');
      await runBlock(block, { given: { wx, xml }, error: (...values) => errors.push(values) });
      expect(errors).toEqual([]);
      expect(sim.reports).toHaveLength(1);
      await runBlock(block, { given: { wx, xml: { ...xml, user_ip: undefined } }, error: (...values) => errors.push(values) });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toEqual([expect.any(String)]);
      sim.faults.set('server-error', { status: 503, times: 1 });
      await runBlock(block, { given: { wx, xml }, error: (...values) => errors.push(values) });
      expect(errors[1]?.[0]).toBe(503);
    });
  });

  test('Quick start: a Native order, paid; its notification verified by the exported handler; the query; the refund', async () => {
    // The payer pays as soon as the simulator has answered the order, before the block asks for it.
    const payer = (line: string, sim: Simulator) => void (line.startsWith('POST /v3/pay/transactions/native -> 200') && sim.pay(QUICK_ORDER));
    await withSimulator(async (sim) => {
      const exported: Record<string, unknown> = {};
      const seen: unknown[] = [];
      const handlers = new Map<string, Handler>([
        [
          '/notify',
          (req, res) => {
            const onNotify = exported.onNotify as (body: Buffer, headers: IncomingHttpHeaders) => unknown;
            try {
              seen.push(onNotify(req.body, req.headers));
              res.status(204).set({}).send('');
            } catch (error) {
              seen.push(error);
              res.status(500).set({}).send('');
            }
          },
        ],
      ]);
      const server = await notifyUrl(handlers);
      try {
        const given = { ...v3Given(sim), publicKeyId: sim.platform.publicKeyId, publicKey: sim.platform.publicKeyPem, notifyUrl: server.url };
        await runBlock(example(file, h.quickStart, 'verifyNotification'), { baseURL: sim.url, given, exports: exported });
        expect(sim.orders.get(QUICK_ORDER)).toMatchObject({ trade_type: 'NATIVE', trade_state: 'REFUND' });
        expect(sim.refunds.get('refund_20250101_0001')).toMatchObject({ out_trade_no: QUICK_ORDER, amount: expect.objectContaining({ refund: 100 }) });
        await until(() => seen.length > 0);
        expect(seen[0]).toMatchObject({ out_trade_no: QUICK_ORDER, trade_state: 'SUCCESS' });
      } finally {
        await server.close();
      }
    }, payer);
  });

  test('Quick start fails for real with another merchant key: the simulator refuses the signature', async () => {
    await withSimulator(async (sim) => {
      const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const given = { ...v3Given(sim), privateKey: other, publicKeyId: sim.platform.publicKeyId, publicKey: sim.platform.publicKeyPem, notifyUrl: 'https://example.com/notify' };
      await expect(runBlock(example(file, h.quickStart, 'verifyNotification'), { baseURL: sim.url, given })).rejects.toMatchObject({ name: 'ApiError', status: 401 });
      expect(sim.orders.size).toBe(0);
    });
  });

  test('Notifications: the simulator pays an order, and the example verifies, decrypts and answers its notification', async () => {
    await withSimulator(async (sim, wx) => {
      const handlers = new Map<string, Handler>();
      const server = await notifyUrl(handlers);
      try {
        const markPaid = jest.fn();
        const app = { post: (route: string, _parser: unknown, handler: Handler) => handlers.set(route, handler) };
        await runBlock(example(file, h.notifications, 'verifyNotification'), { given: { wx, apiv3Key: APIV3_KEY, markPaid, express: { raw: () => 'raw' }, app } });
        await wx.v3.pay.transactions.native.post({
          json: { appid: 'wxd678efh567hg6787', mchid: MCHID, description: 'notified', out_trade_no: 'notified_order_0001', notify_url: server.url, amount: { total: 1 } },
        });
        await sim.pay('notified_order_0001');
        await until(() => markPaid.mock.calls.length > 0 && sim.notifications.some((n) => n.status !== undefined));
        expect(markPaid).toHaveBeenCalledWith('notified_order_0001');
        expect(sim.notifications[0]).toMatchObject({ event_type: 'TRANSACTION.SUCCESS', status: 204 });
      } finally {
        await server.close();
      }
    });
  });
});

test('docs/apiv3.md One call, and docs/simulator.md: start, fault switches, a payment', async () => {
  await withSimulator(async (sim, wx) => {
    await runBlock(example('docs/apiv3.md', 'One call', 'transactions.native.post'), { given: { wx } });
    expect(sim.orders.get('1217752501201407033233368018')?.trade_state).toBe('NOTPAY');
    await runBlock(example('docs/simulator.md', 'Fault switches', "sim.faults.set('forge')"), { given: { sim } });
    await expect(wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: '1217752501201407033233368018', query: { mchid: MCHID } })).resolves.toMatchObject({ status: 200 });
  });
  await runBlock(example('docs/simulator.md', 'Start it', 'startSimulator('));
});

test('docs/simulator.md Payments: sim.pay of an order whose notify_url answers', async () => {
  await withSimulator(async (sim, wx) => {
    const handlers = new Map<string, Handler>([['/notify', (_req, res) => res.status(204).set({}).send('')]]);
    const server = await notifyUrl(handlers);
    try {
      await wx.v3.pay.transactions.native.post({
        json: { appid: 'wxd678efh567hg6787', mchid: MCHID, description: 'paid', out_trade_no: '1217752501201407033233368018', notify_url: server.url, amount: { total: 1 } },
      });
      await runBlock(example('docs/simulator.md', 'Payments and notifications', 'sim.pay('), { given: { sim } });
      expect(sim.orders.get('1217752501201407033233368018')?.trade_state).toBe('SUCCESS');
      await until(() => sim.notifications.some((n) => n.status === 204));
    } finally {
      await server.close();
    }
  });
});
