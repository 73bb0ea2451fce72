import { createNode } from '../chain/proxy';
import type { Client } from '../chain/types';
import { clientOf, WechatpayClient } from './client';
import { resolveConfig, type ClientConfig, type ClientOptions } from './config';

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
 * once and shared (a certificate the downloader adds to one is used by both). The old client is
 * not changed. A function, not a method of the chain, so it cannot collide with a path segment.
 *
 * @example
 * const patient = withOptions(wx, { timeout: 60_000 });
 * await patient.v3.bill.tradebill.get({ query: { bill_date: '2024-01-01' } });
 */
export function withOptions(wx: Client, options: ClientOptions): Client {
  return rootOf(clientOf(wx).derive(options));
}
