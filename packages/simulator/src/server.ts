import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SimContext } from './context';
import { createFaults } from './faults';
import { createMicropayBoard } from './micropay';
import { incomingOf, readBody, type Incoming, type Reply } from './http';
import { createNotifier } from './notify';
import { resolveOptions } from './options';
import { payOrder } from './pay';
import { createRefundBoard } from './refund-board';
import { finishRefund } from './refund-states';
import { createPlatform } from './platform';
import { isV3, route } from './router';
import { createState } from './state';
import { tlsSetup } from './tls';
import { transferBook } from './transfers';
import { combineBook } from './combine';
import { sharingBook } from './profitsharing';
import type { Simulator, SimulatorOptions } from './types';
import { v2, v2Reply } from './v2/reply';
import { v3Error, v3Reply } from './v3/reply';

const WILDCARD = new Set(['0.0.0.0', '::']);

function urlOf(scheme: string, host: string, port: number): string {
  const shown = WILDCARD.has(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `${scheme}://${shown}:${port}/`;
}

function tooLarge(incoming: Incoming, ctx: SimContext): Reply {
  const message = '请求体超过1MiB (the body is over 1 MiB)';
  return isV3(incoming)
    ? v3Reply(v3Error(400, 'PARAM_ERROR', message), incoming, ctx.platform, ctx.faults)
    : v2Reply(v2.fail(message, 400), ctx.options.secret, 'MD5', ctx.faults);
}

/**
 * Start the offline WeChat Pay stand-in: a real HTTP(S) server that checks APIv2 signs and APIv3
 * signatures as WeChat Pay does, keeps orders, refunds and reports in memory (bounded), signs its
 * answers with its platform key, sends notifications with retries, serves bills and the platform
 * certificate, and misbehaves on demand (`faults`).
 *
 * @example
 * const sim = await startSimulator({ mchid: '1900000109', secret, apiv3Key, merchantPublicKey, notifyRetryDelays: [50, 50] });
 * const wx = Builder.factory({ mchid: '1900000109', secret, serial, privateKey, certs: { [sim.platform.publicKeyId]: sim.platform.publicKeyPem }, baseURL: sim.url });
 * await wx.v3.pay.transactions.native.post({ json: { appid, mchid: '1900000109', description: '商品', out_trade_no: 'T1', notify_url, amount: { total: 1 } } });
 * await sim.pay('T1'); // the notification goes to notify_url
 * await sim.close();
 */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const resolved = resolveOptions(options);
  const platform = await createPlatform(resolved.platformKey, resolved.publicKeyId);
  const tls = tlsSetup(resolved);
  const state = createState();
  const log = resolved.log;
  // The listeners: sim.url, and (option `backup`) sim.backupUrl, the stand-in for api2.mch.weixin.qq.com.
  const listeners: { primary?: Server; port: number } = { port: 0 };
  const faults = createFaults((kind, on) => {
    if (kind === 'unreachable') switchPrimary(on);
  });
  const notifier = createNotifier(resolved, platform, state);
  const ctx: SimContext = { options: resolved, platform, state, faults, micropay: createMicropayBoard(), refunds: createRefundBoard(), notifier, url: '' };

  // Delays under way, so close() can end them rather than leave timers behind.
  const waiting = new Map<NodeJS.Timeout, () => void>();
  let closed = false;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(timer);
        resolve();
      }, ms);
      waiting.set(timer, resolve);
    });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const body = await readBody(req);
    const incoming = incomingOf(req, body ?? Buffer.alloc(0));
    const reply = body === undefined ? tooLarge(incoming, ctx) : route(incoming, ctx);
    const delay = faults.take('delay');
    if (delay) await sleep(delay.delayMs);
    const line = `${incoming.method} ${incoming.path} -> ${reply.status}`;
    // Closing, or the client gave up while we waited: nobody to answer, and no fault to spend on it.
    if (closed || res.destroyed || req.socket.destroyed) {
      req.socket.destroy();
      if (!closed) log(`${line}: the client went away ${Date.now() - started} ms in, before the answer`);
      return;
    }
    if (faults.take('drop')) {
      req.socket.destroy();
      log(`${line} dropped (drop fault) ${Date.now() - started} ms`);
      return;
    }
    res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(reply.body.length) });
    res.end(reply.body);
    log(`${line}${delay ? ` after a ${delay.delayMs} ms delay` : ''} ${Date.now() - started} ms`);
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    answer(req, res).catch((error: unknown) => {
      log(`${req.method} ${req.url?.split('?')[0]} failed: ${(error as Error).message}`);
      req.socket.destroy();
    });
  };
  const makeServer = (): Server => {
    const made: Server = tls ? createHttpsServer(tls.server, listener) : createServer(listener);
    made.on('tlsClientError', (error: Error) => log(`TLS handshake refused: ${error.message}`));
    return made;
  };
  const listen = (on: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      on.once('error', reject);
      on.listen(port, resolved.host, () => {
        on.off('error', reject);
        resolve((on.address() as AddressInfo).port);
      });
    });
  // `unreachable`: the primary stops listening, so a connection to it is refused; cleared, it listens again on its port.
  function switchPrimary(down: boolean): void {
    const primary = listeners.primary;
    if (!primary || closed) return;
    if (down) {
      primary.close();
      primary.closeAllConnections();
      log(`unreachable: ${ctx.url} stopped listening (connections are refused)`);
    } else {
      listen(primary, listeners.port).then(
        () => log(`reachable: ${ctx.url} listens again`),
        (error: unknown) => log(`reachable: ${ctx.url} could not listen again: ${(error as Error).message}`),
      );
    }
  }
  const server = makeServer();
  const port = await listen(server, resolved.port);
  listeners.primary = server;
  listeners.port = port;
  const backup = resolved.backup ? makeServer() : undefined;
  const backupPort = backup ? await listen(backup, 0) : undefined;
  ctx.url = urlOf(tls ? 'https' : 'http', resolved.host, port);
  const backupUrl = backupPort === undefined ? undefined : urlOf(tls ? 'https' : 'http', resolved.host, backupPort);
  log(
    `WeChat Pay simulator on ${ctx.url}${backupUrl ? ` (backup ${backupUrl})` : ''} for merchant ${resolved.mchid} (${platform.publicKeyId}, certificate ${platform.certificateSerial})`,
  );

  let closing: Promise<void> | undefined;
  return {
    url: ctx.url,
    port,
    ...(backupUrl ? { backupUrl } : {}),
    platform: {
      publicKeyId: platform.publicKeyId,
      publicKey: platform.publicKey,
      publicKeyPem: platform.publicKeyPem,
      certificateSerial: platform.certificateSerial,
      certificatePem: platform.certificatePem,
      ca: platform.caPem,
    },
    ...(tls ? { tls: tls.info } : {}),
    reports: state.reports,
    orders: state.orders,
    refunds: state.refunds,
    notifications: state.notifications,
    pay: (outTradeNo, payOptions) => payOrder(ctx, outTradeNo, payOptions),
    faults: { set: faults.set, clear: faults.clear, active: faults.active },
    micropay: { set: ctx.micropay.set, clear: ctx.micropay.clear, active: ctx.micropay.active },
    refundScenarios: { set: ctx.refunds.set, clear: ctx.refunds.clear, active: ctx.refunds.active },
    finishRefund: (outRefundNo, outcome) => finishRefund(ctx, outRefundNo, outcome),
    transfers: transferBook(ctx),
    combine: combineBook(ctx),
    profitsharing: sharingBook(ctx),
    close() {
      closing ??= new Promise<void>((resolve) => {
        closed = true;
        notifier.close();
        for (const [timer, resume] of waiting) {
          clearTimeout(timer);
          resume();
        }
        waiting.clear();
        const servers = backup ? [server, backup] : [server];
        let open = servers.length;
        for (const each of servers) {
          // A primary closed by `unreachable` still says when it is done (with ERR_SERVER_NOT_RUNNING).
          each.close(() => {
            open -= 1;
            if (open === 0) resolve();
          });
          each.closeAllConnections();
        }
      });
      return closing;
    },
  };
}
