import { inspect } from 'node:util';
import { createGzip } from 'node:zlib';
import { ApiError, Builder, isApiError, isParseError, isTransportError, Transformer } from '../../src';
import { drip, rawServer } from '../helpers/http';
import { loose, rejection } from '../helpers/thrown';
import { MCHID, SECRET } from '../helpers/seed';
import { setupV3, type V3Setup } from '../helpers/v3-client';

// Servers that try to hang a call or make it buffer without bound.

describe('a deadline for the whole call', () => {
  let server: Awaited<ReturnType<typeof rawServer>>;
  beforeAll(async () => {
    server = await rawServer(drip);
  });
  afterAll(() => server.close());

  test('a server dripping a byte every 250 ms cannot keep a `timeout: 1000` call alive', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url });
    const started = Date.now();
    const error = await rejection(wx.v2.payitil.report.post(loose({ xml: { mch_id: MCHID }, timeout: 1000 })));
    const took = Date.now() - started;
    expect(isTransportError(error)).toBe(true);
    expect((error as Error).message).toMatch(/timed out.*deadline of 1000 ms/);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe('ETIMEDOUT');
    expect(took).toBeGreaterThanOrEqual(950);
    expect(took).toBeLessThan(2500);
  });

  test("the client's `timeout` is every call's deadline", async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url, timeout: 600 });
    const started = Date.now();
    expect(isTransportError(await rejection(wx.v2.payitil.report.post(loose({ xml: { mch_id: MCHID } }))))).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test("the caller's signal still aborts, and says it was aborted, not timed out", async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300).unref();
    const started = Date.now();
    const error = await rejection(wx.v2.payitil.report.post(loose({ xml: { mch_id: MCHID }, timeout: 5000, signal: controller.signal })));
    expect(isTransportError(error)).toBe(true);
    expect((error as Error).message).toMatch(/was aborted/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a signal aborted before the call: nothing is sent', async () => {
    let hits = 0;
    const counting = await rawServer((_req, res) => {
      hits += 1;
      res.end();
    });
    try {
      const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: counting.url });
      const error = await rejection(wx.v2.payitil.report.post(loose({ xml: { mch_id: MCHID }, signal: AbortSignal.abort() })));
      expect(isTransportError(error)).toBe(true);
      expect(hits).toBe(0);
    } finally {
      await counting.close();
    }
  });
});

describe('a maximum answer size, counted after decompression', () => {
  let endless: Awaited<ReturnType<typeof rawServer>>;
  let bomb: Awaited<ReturnType<typeof rawServer>>;
  beforeAll(async () => {
    // Chunked, no Content-Length, 64 KiB at a time for as long as the client reads (bounded at 1 GiB).
    endless = await rawServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (!res.destroyed && sent < 1 << 30) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    // 1 GiB of zeros gzip-compressed (about 1 MiB on the wire), streamed as it compresses.
    bomb = await rawServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      const gzip = createGzip();
      gzip.pipe(res);
      const zeros = Buffer.alloc(1 << 20);
      let written = 0;
      const pump = () => {
        while (!res.destroyed && written < 1024) {
          written += 1;
          if (!gzip.write(zeros)) return void gzip.once('drain', pump);
        }
        gzip.end();
      };
      res.on('close', () => gzip.destroy());
      pump();
    });
  });
  afterAll(() => Promise.all([endless.close(), bomb.close()]));

  test('an endless body ends as a TransportError at the default limit, with bounded memory', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: endless.url });
    const before = process.memoryUsage().rss;
    const error = await rejection(wx.v2.payitil.report.post(loose({ xml: { mch_id: MCHID } })));
    expect(isTransportError(error)).toBe(true);
    expect((error as Error).message).toMatch(/larger than the 4194304 bytes allowed \(`maxContentLength`\)/);
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024);
  });

  test('a call may set its own limit', async () => {
    const wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: endless.url });
    const error = await rejection(wx.v2.payitil.report.post(loose({ xml: { mch_id: MCHID }, maxContentLength: 1000 })));
    expect((error as Error).message).toMatch(/larger than the 1000 bytes allowed/);
  });

  test('a gzip bomb is cut at the limit of decompressed bytes', async () => {
    const v3: V3Setup = await setupV3();
    try {
      const wx = v3.client({ baseURL: bomb.url });
      const before = process.memoryUsage().rss;
      const error = await rejection(wx.v3.certificates.get());
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(/larger than the 4194304 bytes allowed/);
      expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024);
    } finally {
      await v3.server.close();
    }
  });
});

describe('a hostile answer cannot make an error unloggable', () => {
  const depth = 100_000;

  test('an APIv3 error answer nested 100,000 deep: ApiError, and toJSON, JSON.stringify and inspect never throw', async () => {
    const deep = `{"code":"PARAM_ERROR","message":"x","detail":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const server = await rawServer((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(deep);
    });
    const v3 = await setupV3();
    try {
      const error = (await rejection(v3.client({ baseURL: server.url }).v3.pay.transactions.native.post(loose({ json: { a: 1 } })))) as ApiError;
      expect(isApiError(error)).toBe(true);
      expect(error.apiCode).toBe('PARAM_ERROR');
      expect(() => error.toJSON()).not.toThrow();
      expect(JSON.stringify(error)).toContain('nested too deep');
      expect(inspect(error, { depth: Infinity })).toContain('PARAM_ERROR');
      expect(String(error)).toContain('HTTP 400');
    } finally {
      await Promise.all([server.close(), v3.server.close()]);
    }
  });

  test('a cyclic or throwing field does not break an error either', () => {
    const body: Record<string, unknown> = { code: 'X' };
    body.self = body;
    Object.defineProperty(body, 'boom', {
      enumerable: true,
      get: () => {
        throw new Error('getter');
      },
    });
    const v3error = new ApiError({ status: 500, body });
    expect(() => JSON.stringify(v3error)).not.toThrow();
    expect(JSON.stringify(v3error)).toContain('[circular]');
    expect(() => inspect(v3error)).not.toThrow();
  });

  test('XML nested 100,000 deep: a ParseError from Transformer.toArray and from an APIv2 answer, never a RangeError', async () => {
    const xml = `<xml>${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</xml>`;
    let caught: unknown;
    try {
      Transformer.toArray(xml);
    } catch (error) {
      caught = error;
    }
    expect(isParseError(caught)).toBe(true);
    const server = await rawServer((_req, res) => res.end(xml));
    try {
      const error = await rejection(
        Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url }).v2.pay.orderquery.post(loose({ xml: { mch_id: MCHID } })),
      );
      expect(isParseError(error)).toBe(true);
      expect(() => JSON.stringify(error)).not.toThrow();
    } finally {
      await server.close();
    }
  });
});
