import { tempDir } from './run-cli';
import { MCHID, SECRET, seedXml } from '../helpers/seed';
import { startV2Server, type V2Server } from '../helpers/v2-server';
import { MCHID as V3_MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';

/** What `requestServers()` sets up: the verifying servers and the config files pointing at them. */
export interface RequestServers {
  v2: V2Server;
  v3: V3Setup;
  tmp: ReturnType<typeof tempDir>;
  /** An APIv2 config file for `v2`. */
  v2Config: string;
  /** An APIv3 config file for `v3`, its keys given as paths relative to the config's directory. */
  v3Config: string;
  /** `{ xml: seedXml() }`, for `-d @file`. */
  seedFile: string;
}

/**
 * The `wechatpay <uri>` suites' fixture: a verifying APIv2 server and APIv3 server, the routes the
 * suites call, and config files in a temporary directory, started before the suite's tests and
 * closed after; each test starts with the servers well behaved and their logs empty.
 *
 * @example const servers = requestServers(); test('…', () => runCli(['v3/certificates', '-c', servers.v3Config]));
 */
export function requestServers(): RequestServers {
  const servers = { tmp: tempDir('request') } as RequestServers;
  beforeAll(async () => {
    servers.v2 = await startV2Server({ mchid: MCHID, secret: SECRET });
    const v3 = (servers.v3 = await setupV3());
    v3.server.routes.set('GET /v3/pay/transactions/id/4200000000', (check) => ({
      status: 200,
      json: {
        transaction_id: '4200000000',
        trade_state: 'SUCCESS',
        query: check.request.url.split('?')[1] ?? '',
        probe: check.request.headers['x-probe'] ?? null,
      },
    }));
    v3.server.routes.set('POST /v3/pay/transactions/native', (check) => ({
      status: 200,
      json: { code_url: 'weixin://wxpay/bizpayurl?pr=abc', echoed: JSON.parse(check.request.text) },
    }));
    v3.server.routes.set('POST /v3/pay/transactions/out-trade-no/T1/close', () => ({ status: 204 }));
    v3.server.routes.set('POST /v3/pay/transaction/native', () => ({ status: 200, json: { sent: 'as written' } }));
    v3.server.routes.set('GET /v3/brand-new/endpoint', () => ({ status: 200, json: { sent: 'undocumented' } }));
    v3.server.routes.set('GET /v3/refund/domestic/refunds/missing', () => ({ status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: '退款单不存在' } }));
    servers.v2Config = servers.tmp.write('v2.json', { mchid: MCHID, secret: SECRET, baseURL: servers.v2.url });
    // Keys given as paths relative to the config file's directory.
    servers.tmp.write('merchant.pem', v3.merchant.privatePem);
    servers.tmp.write('platform.pem', v3.platform.publicPem);
    servers.v3Config = servers.tmp.write('v3.json', {
      mchid: V3_MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: 'merchant.pem',
      certs: { [PLATFORM_SERIAL]: 'platform.pem' },
      baseURL: v3.server.url,
    });
    servers.seedFile = servers.tmp.write('seed.json', { xml: seedXml() });
  });
  afterAll(async () => {
    await Promise.all([servers.v2.close(), servers.v3.server.close()]);
    servers.tmp.remove();
  });
  beforeEach(() => {
    servers.v2.mode = 'ok';
    servers.v2.checked.length = 0;
    servers.v3.server.fault = 'none';
    servers.v3.server.checks.length = 0;
  });
  return servers;
}
