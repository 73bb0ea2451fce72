import type { AxiosInstance } from 'axios';
import { createNode } from '../chain/proxy';
import { ConfigurationError } from '../errors';
import type { Client } from '../chain/types';
import { clientOf, WechatpayClient } from './client';
import { resolveConfig, type ClientConfig, type ClientOptions } from './config';
import type { ReportStats } from './report';

/** The chain's root node over a client. */
const rootOf = (client: WechatpayClient): Client => createNode(client.send, [], client) as Client;

/**
 * The entry point, named as in PHP: `Builder::factory([...])` becomes `Builder.factory({...})`.
 *
 * @example
 * const wx = Builder.factory({ mchid: '1900000109', secret: apiv2Key });
 * const res = await wx.v2.payitil.report.post({ xml: { appid, mch_id: '1900000109', … } });
 */
export const Builder = {
  factory(config: ClientConfig): Client {
    return rootOf(new WechatpayClient(resolveConfig(config)));
  },
};

/**
 * A new client from an old one, with other axios defaults (`timeout`, `baseURL`, `headers` merged,
 * `proxy`, …): the keys, the merchant certificate and the platform keys are the old client's, parsed
 * once and shared (a certificate the downloader adds to one is used by both). Its interceptor
 * stacks (`getDriver`) are copies of the old client's as they are now. The old client is not changed. A function, not a method of the chain, so it cannot collide with a path segment.
 *
 * @example
 * const patient = withOptions(wx, { timeout: 60_000 });
 * await patient.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01' } });
 */
export function withOptions(wx: Client, options: ClientOptions): Client {
  return rootOf(clientOf(wx).derive(options));
}

/** PHP's `ClientDecoratorInterface::XML_BASED`: `select(XML_BASED)` is the APIv2 (XML) stack. */
export const XML_BASED = 'v2';
/** PHP's `ClientDecoratorInterface::JSON_BASED`: `select(JSON_BASED)` is the APIv3 (JSON) stack, the default. */
export const JSON_BASED = 'v3';

/** What `getDriver` gives: PHP's `ClientDecorator`, whose `select` picks a protocol's stack. */
export interface Driver {
  /** The axios instance every call of that protocol goes through (`'v3'`, `JSON_BASED`, by default). */
  select(protocol?: typeof XML_BASED | typeof JSON_BASED): AxiosInstance;
}

/**
 * The interceptor stack of a client, as PHP's `$instance->getDriver()->select()` gives Guzzle's:
 * `select('v2' | 'v3')` is the axios instance every call of that protocol goes through. Request
 * interceptors run before the SDK signs: `config.data` is the `json` object or `xml` dictionary
 * given, `config.params` the `query`, and what they change is signed and sent. Response
 * interceptors run after the answer was verified and parsed; a forged answer reaches their
 * `onError` as a `VerificationError`. Each client has its own stacks; `withOptions` copies them
 * as they are when it is called. A function, like `withOptions`, so it cannot collide with a path.
 *
 * @example
 * getDriver(wx).select(JSON_BASED).interceptors.request.use((config) => {
 *   config.headers.set('X-Gateway-Tenant', 'shop-42');
 *   return config;
 * });
 */
export function getDriver(wx: Client): Driver {
  const client = clientOf(wx);
  return {
    select(protocol = JSON_BASED) {
      if (protocol !== XML_BASED && protocol !== JSON_BASED)
        throw new ConfigurationError(`select() takes 'v2' (XML_BASED) or 'v3' (JSON_BASED), got ${JSON.stringify(protocol)}`);
      return client.driver(protocol);
    },
  };
}

/**
 * Send the 交易保障 reports a client has queued and resolve when they are sent (for shutdown):
 * the counts of what was sent, failed, dropped and is still queued. A client without `report`
 * resolves at once. Reports are also sent on their own every `report.flushMs`; a queue never keeps
 * the process alive.
 *
 * @example
 * process.once('SIGTERM', async () => { await flushReports(wx); process.exit(0); });
 */
export async function flushReports(wx: Client): Promise<ReportStats> {
  const { reporter } = clientOf(wx);
  return reporter ? reporter.flush() : { sent: 0, failed: 0, dropped: 0, skipped: 0, queued: 0 };
}
