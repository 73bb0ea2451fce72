// One client per server process, made on the first request: its keys and the WeChat Pay (here:
// the simulator's) address come from the environment at run time, not at build time.
import { Builder } from 'wechatpay-ts';

let client;

export function wechatpay() {
  client ??= Builder.factory({
    mchid: process.env.WECHATPAY_MCHID,
    serial: process.env.WECHATPAY_SERIAL,
    privateKey: process.env.WECHATPAY_PRIVATE_KEY,
    certs: { [process.env.WECHATPAY_PUBLIC_KEY_ID]: process.env.WECHATPAY_PUBLIC_KEY },
    baseURL: process.env.WECHATPAY_BASE_URL,
  });
  return client;
}
