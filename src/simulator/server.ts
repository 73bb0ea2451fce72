import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerXml, fail, parseRequest, signValid } from './v2/xml';
import { validateReport, type StoredReport } from './v2/report';

export interface SimulatorOptions {
  /** The merchant id it serves. */
  mchid: string;
  /** The APIv2 key it shares with that merchant. */
  secret: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface Simulator {
  /** `http://127.0.0.1:<port>/`: give it to Builder.factory as `baseURL`. */
  url: string;
  port: number;
  /** The transaction-guarantee reports received, oldest first (the latest 1,000). */
  reports: StoredReport[];
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;
const MAX_REPORTS = 1000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error('request body over 1 MiB'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: string, type = 'text/xml; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Request-ID': `sim-${Date.now().toString(36)}` });
  res.end(body);
}

/**
 * Start the offline WeChat Pay stand-in on 127.0.0.1. It answers `POST /payitil/report` as WeChat
 * Pay does: the sign checked (MD5 or HMAC-SHA256), the fields validated, the answer unsigned.
 *
 * @example
 * const sim = await startSimulator({ mchid: '1900000109', secret });
 * const wx = Builder.factory({ mchid: '1900000109', secret, baseURL: sim.url });
 */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const reports: StoredReport[] = [];
  const server: Server = createServer((req, res) => {
    readBody(req)
      .then((text) => {
        const path = (req.url ?? '').split('?')[0];
        if (req.method !== 'POST' || path !== '/payitil/report') {
          reply(res, 404, JSON.stringify({ code: 'RESOURCE_NOT_EXISTS', message: `${req.method} ${path} is not simulated` }), 'application/json');
          return;
        }
        const fields = parseRequest(text);
        if (typeof fields === 'string') return reply(res, 200, fail(fields));
        if (!signValid(fields, options.secret)) return reply(res, 200, fail('签名错误'));
        if (fields.mch_id !== options.mchid) return reply(res, 200, fail('mch_id参数错误'));
        const report = validateReport(fields);
        if (typeof report === 'string') return reply(res, 200, fail(report));
        reports.push(report);
        // A simulator runs for hours in a developer's terminal: keep the latest reports only.
        if (reports.length > MAX_REPORTS) reports.splice(0, reports.length - MAX_REPORTS);
        reply(res, 200, answerXml({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' }));
      })
      .catch(() => reply(res, 400, fail('请求读取失败')));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    reports,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
