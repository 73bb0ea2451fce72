import { createNode } from '../chain/proxy';
import type { Client } from '../chain/types';
import { WechatpayClient } from './client';
import { resolveConfig, type ClientConfig } from './config';

/**
 * The entry point, named as in PHP: `Builder::factory([...])` becomes `Builder.factory({...})`.
 *
 * @example
 * const wx = Builder.factory({ mchid: '1900000109', secret: apiv2Key });
 * const res = await wx.v2.payitil.report.post({ xml: { appid, mch_id: '1900000109', … } });
 */
export const Builder = {
  factory(config: ClientConfig): Client {
    const client = new WechatpayClient(resolveConfig(config));
    return createNode(client.send, [], client) as Client;
  },
};
