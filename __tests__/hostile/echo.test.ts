import { inspect } from 'node:util';
import { Builder, isApiError, isBusinessError } from '../../src';
import { startServer, type TestServer } from '../helpers/http';
import { loose, rejection } from '../helpers/thrown';
import { MCHID, SECRET } from '../helpers/seed';
import { parseFlatXml, xmlOf } from '../helpers/v2-server';
import { parseAuthorization } from '../helpers/v3-server';
import { setupV3, type V3Setup } from '../helpers/v3-client';

// Gateways that echo the request back: what the call sent must not reach an error's renderings.
const renderings = (error: unknown) => [
  String((error as Error).message),
  JSON.stringify(error),
  inspect(error, { depth: Infinity }),
  String((error as Error).stack),
];

describe('an answer that echoes the request', () => {
  let v3: V3Setup;
  let echo: TestServer;
  beforeAll(async () => {
    v3 = await setupV3();
    // Echoes the Authorization value (and the body) into its error message and body, under innocent names.
    echo = await startServer((request) => ({
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        code: 'PARAM_ERROR',
        message: `bad header ${request.headers.authorization ?? ''}`,
        detail: { field: 'authorization', value: request.headers.authorization, echoed: request.text },
      }),
    }));
  });
  afterAll(() => Promise.all([v3.server.close(), echo.close()]));

  test('APIv3: neither the Authorization value nor its signature appears in the error', async () => {
    const error = await rejection(v3.client({ baseURL: echo.url }).v3.pay.transactions.native.post(loose({ json: { out_trade_no: 'T1' } })));
    expect(isApiError(error)).toBe(true);
    const sent = echo.received[0]!.headers.authorization!;
    const { signature } = parseAuthorization(sent)!;
    expect(signature!.length).toBeGreaterThan(100);
    for (const text of renderings(error)) {
      expect(text).not.toContain(signature);
      expect(text).not.toContain(sent);
    }
    // What was not sent secretly is still there to debug with.
    expect(JSON.stringify(error)).toContain('T1');
    expect((error as Error).message).toContain('PARAM_ERROR');
  });

  test('APIv2: the sign sent does not come back in a BusinessError or an ApiError', async () => {
    for (const status of [200, 500]) {
      const mirror = await startServer((request) => {
        const fields = parseFlatXml(request.text);
        return { status, body: xmlOf({ return_code: 'FAIL', return_msg: `签名错误 ${fields.sign}`, echoed: request.text, got_sign: fields.sign ?? '' }) };
      });
      try {
        const error = await rejection(
          Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: mirror.url }).v2.pay.orderquery.post(loose({ xml: { mch_id: MCHID, out_trade_no: 'T2' } })),
        );
        expect(status === 200 ? isBusinessError(error) : isApiError(error)).toBe(true);
        const sign = parseFlatXml(mirror.received[0]!.text).sign!;
        expect(sign).toMatch(/^[0-9A-F]{32}$/);
        for (const text of renderings(error)) expect(text).not.toContain(sign);
        expect(JSON.stringify(error)).toContain('T2');
      } finally {
        await mirror.close();
      }
    }
  });
});
