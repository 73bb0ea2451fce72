import type { WechatpayClient } from '../../client/client';
import { ConfigurationError, InvalidRequestError } from '../../errors';
import { describe, isPlainObject } from '../../util/object';
import { askedV2, askedV3, type Asked } from './asked';
import { classifyV2, classifyV3 } from './outcome';

function field(body: Record<string, unknown>, name: string, where: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '')
    throw new InvalidRequestError(`micropay: \`${where}.${name}\` must be a non-empty string, got ${describe(value)}`);
  return value;
}

export interface Protocol {
  asked: Asked;
  pay(): Promise<unknown>;
  query(timeout: number): Promise<unknown>;
  reverse(timeout: number): Promise<unknown>;
  classify: typeof classifyV2;
}

function protocolV2(client: WechatpayClient, request: Record<string, unknown>, xml: unknown, reverse: boolean): Protocol {
  if (!isPlainObject(xml)) throw new InvalidRequestError(`micropay: \`xml\` must be an object, got ${describe(xml)}`);
  const outTradeNo = field(xml, 'out_trade_no', 'xml');
  field(xml, 'appid', 'xml');
  field(xml, 'auth_code', 'xml');
  const asked = askedV2(xml, outTradeNo, client.mchid);
  if (reverse && !client.hasMerchantCertificate)
    throw new ConfigurationError(
      'micropay: the APIv2 reverse (secapi/pay/reverse) needs the merchant API certificate: pass merchant: { cert, key } to Builder.factory, or reverse: false',
    );
  // The order's identity as the query and the reverse name it: the same merchant, app and sign type.
  const same = Object.fromEntries(['appid', 'mch_id', 'sub_appid', 'sub_mch_id', 'sign_type'].filter((k) => xml[k] !== undefined).map((k) => [k, xml[k]]));
  const lookup = { ...same, out_trade_no: outTradeNo };
  return {
    asked,
    pay: () => client.send(['v2', 'pay', 'micropay'], 'post', request),
    query: (timeout) => client.send(['v2', 'pay', 'orderquery'], 'post', { xml: lookup, timeout }),
    reverse: (timeout) => client.send(['v2', 'secapi', 'pay', 'reverse'], 'post', { xml: lookup, timeout }),
    classify: classifyV2,
  };
}

function protocolV3(client: WechatpayClient, request: Record<string, unknown>, json: unknown): Protocol {
  if (!isPlainObject(json)) throw new InvalidRequestError(`micropay: \`json\` must be an object, got ${describe(json)}`);
  const outTradeNo = field(json, 'out_trade_no', 'json');
  // Partner mode (服务商) when the body names `sp_mchid`: the partner endpoints, queried and reversed by sp_mchid/sub_mchid.
  const partner = json.sp_mchid !== undefined;
  if (!partner) field(json, 'appid', 'json');
  const asked = askedV3(json, outTradeNo, client.mchid);
  const base = partner ? ['v3', 'pay', 'partner', 'transactions'] : ['v3', 'pay', 'transactions'];
  const path = [...base, 'out-trade-no', outTradeNo];
  const query = partner ? { sp_mchid: asked.ids.sp_mchid, sub_mchid: asked.ids.sub_mchid } : { mchid: asked.ids.mchid };
  return {
    asked,
    pay: () => client.send([...base, 'codepay'], 'post', request),
    query: (timeout) => client.send(path, 'get', { query, timeout }),
    // The reverse names the same merchant and app: { appid, mchid }, or { sp_mchid, sub_mchid, sp_appid?, sub_appid? }.
    reverse: (timeout) => client.send([...path, 'reverse'], 'post', { json: { ...asked.ids }, timeout }),
    classify: classifyV3,
  };
}

/**
 * The calls of one code payment, worked out once; bad arguments throw here, before anything is sent.
 *
 * @example protocolOf(client, { xml }, true).asked.total // '100'
 */
export function protocolOf(client: WechatpayClient, request: unknown, reverse: boolean): Protocol {
  if (!isPlainObject(request)) throw new InvalidRequestError(`micropay: the request must be { xml } or { json }, got ${describe(request)}`);
  const { xml, json } = request;
  if ((xml === undefined) === (json === undefined))
    throw new InvalidRequestError('micropay: give exactly one of `xml` (v2/pay/micropay) or `json` (v3/pay/transactions/codepay)');
  return xml !== undefined ? protocolV2(client, request, xml, reverse) : protocolV3(client, request, json);
}
