/** The seed page's values (__tests__/fixtures/payitil-report.txt) and the PHP capture's configuration. */
export const MCHID = '1900000109';
export const SECRET = 'your-apiv2-secret-key-length-32b';

export const SEED_TRADES = [
  { out_trade_no: 'out_trade_no_test_1', begin_time: '20160602203256', end_time: '20160602203257', state: 'OK' as const, err_msg: '' },
];

/** The seed's `xml`, with `trades` JSON-encoded as PHP's `\json_encode([...])` does. */
export function seedXml() {
  return {
    appid: 'wx8888888888888888',
    mch_id: MCHID,
    device_info: '013467007045764',
    interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total',
    user_ip: '8.8.8.8',
    trades: JSON.stringify(SEED_TRADES),
  };
}
