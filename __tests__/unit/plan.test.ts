import { Agent } from 'node:https';
import { generateKeyPairSync } from 'node:crypto';
import { buildRoute } from '../../src/chain/route';
import { platformKeyOf, type PlatformKey } from '../../src/crypto/platform-key';
import { isConfigurationError, isTransportError, MAX_ANSWER_BYTES } from '../../src';
import { planCall, type PlanDefaults } from '../../src/pipeline/plan';
import { preferredKeyOf } from '../../src/pipeline/v3/credentials';

// The call plan: worked out once, from the route and the client's defaults, with no network.
const CLIENT: PlanDefaults = { timeout: 30_000, maxContentLength: undefined, maxRedirects: 0, signal: undefined, undici: true, merchantCertificate: false };
const order = (options: Record<string, unknown> = {}, base?: string) =>
  buildRoute(
    ['v3', 'pay', 'transactions', 'id', '{transaction_id}'],
    'get',
    { transaction_id: '42', query: { mchid: '1900000109' }, ...options },
    base ? { baseURL: base, headers: {} } : undefined,
  );

test("deadline and signal: the call's own, else the client's", () => {
  const mine = new AbortController().signal;
  const clients = new AbortController().signal;
  expect(planCall(order(), CLIENT)).toMatchObject({ timeout: 30_000, signal: undefined });
  expect(planCall(order({ timeout: 5 }), { ...CLIENT, signal: clients })).toMatchObject({ timeout: 5, signal: clients });
  expect(planCall(order({ signal: mine, timeout: 0 }), { ...CLIENT, signal: clients })).toMatchObject({ timeout: 0, signal: mine });
});

test('size limits: 4 MiB, 256 MiB for the APIv2 bills, the client or the call may say otherwise', () => {
  expect(planCall(order(), CLIENT).maxContentLength).toBe(MAX_ANSWER_BYTES);
  const bill = buildRoute(['v2', 'pay', 'downloadbill'], 'post', { xml: { bill_date: '20240101' } });
  expect(planCall(bill, CLIENT).maxContentLength).toBe(256 * 1024 * 1024);
  expect(planCall(order(), { ...CLIENT, maxContentLength: 1000 }).maxContentLength).toBe(1000);
  expect(planCall(order({ maxContentLength: 10 }), { ...CLIENT, maxContentLength: 1000 }).axios.maxContentLength).toBe(10);
});

test('transport: undici unless the call (or client) names an agent, an adapter, a proxy or redirects', () => {
  expect(planCall(order(), CLIENT).transport).toBe('undici');
  expect(planCall(order({ httpsAgent: new Agent() }), CLIENT).transport).toBe('axios');
  expect(planCall(order({ proxy: { host: 'p', port: 8080 } }), CLIENT).transport).toBe('axios');
  expect(planCall(order({ adapter: 'http' }), CLIENT).transport).toBe('axios');
  expect(planCall(order({ maxRedirects: 2 }), CLIENT).transport).toBe('axios');
  expect(planCall(order(), { ...CLIENT, maxRedirects: 1 }).transport).toBe('axios');
  expect(planCall(order(), { ...CLIENT, undici: false }).transport).toBe('axios');
});

test('redirects: none by default; followed only to the same origin when asked', () => {
  expect(planCall(order(), CLIENT)).toMatchObject({ maxRedirects: 0, redirectGuard: undefined });
  const plan = planCall(order({ maxRedirects: 3 }), CLIENT);
  expect(plan.axios).toMatchObject({ maxRedirects: 3, beforeRedirect: plan.redirectGuard });
  const guard = plan.redirectGuard as unknown as (options: Record<string, unknown>) => void;
  expect(() => guard({ protocol: 'https:', hostname: 'api.mch.weixin.qq.com', port: '' })).not.toThrow();
  const refused = (() => {
    try {
      guard({ protocol: 'https:', hostname: 'evil.example', port: '' });
    } catch (error) {
      return error;
    }
  })();
  expect(isTransportError(refused)).toBe(true);
  expect((refused as Error).message).toBe(
    'GET /v3/pay/transactions/id/42 was redirected to https://evil.example: a signed request is never re-sent to another host',
  );
});

test('where it goes: origin and host split once, with the template; mutual TLS refused before sending without a certificate', () => {
  expect(planCall(order({}, 'https://api2.mch.weixin.qq.com:8443/'), CLIENT)).toMatchObject({
    target: { origin: 'https://api2.mch.weixin.qq.com:8443', host: 'api2.mch.weixin.qq.com:8443' },
    template: 'v3/pay/transactions/id/{transaction_id}',
    mutualTls: false,
  });
  const refund = buildRoute(['v2', 'secapi', 'pay', 'refund'], 'post', { xml: { out_trade_no: '1' } });
  const error = (() => {
    try {
      planCall(refund, CLIENT);
    } catch (caught) {
      return caught;
    }
  })();
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toMatch(/^v2\/secapi\/pay\/refund needs the merchant API certificate \(mutual TLS\)/);
  expect(planCall(refund, { ...CLIENT, merchantCertificate: true })).toMatchObject({ mutualTls: true, transport: 'undici' });
});

test('the preferred platform key is chosen once per client, and again when the keys change', () => {
  const key = () => generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
  const now = Date.UTC(2025, 0, 1);
  const certs = new Map<string, PlatformKey>([['CERT_A', { ...platformKeyOf(key()), notBefore: now - 1000, notAfter: now + 1000 }]]);
  const preferred = preferredKeyOf(certs);
  expect(preferred(now)?.id).toBe('CERT_A');
  certs.set('CERT_B', { ...platformKeyOf(key()), notBefore: now + 500, notAfter: now + 5000 });
  expect(preferred(now)?.id).toBe('CERT_A'); // B is not valid yet
  expect(preferred(now + 600)?.id).toBe('CERT_B'); // its window opened
  expect(preferred(now + 2000)?.id).toBe('CERT_B');
  certs.set('PUB_KEY_ID_0114232134912410000000000000', platformKeyOf(key()));
  expect(preferred(now + 2000)?.id).toBe('PUB_KEY_ID_0114232134912410000000000000');
  certs.clear();
  expect(preferred(now + 2000)).toBeUndefined();
});
