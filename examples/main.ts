/**
 * `npm start`: the seed's transaction-guarantee report (v2/payitil/report) in the six call styles
 * of its documentation page, against the offline WeChat Pay stand-in started in-process.
 */
import { Builder, Transformer } from '../src';
import { startSimulator } from '../src/simulator';

const mchid = '1900000109';
const secret = 'your-apiv2-secret-key-length-32b';

const xml = {
  appid: 'wx8888888888888888',
  mch_id: mchid,
  device_info: '013467007045764',
  interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total',
  user_ip: '8.8.8.8',
  trades: JSON.stringify([
    { out_trade_no: 'out_trade_no_test_1', begin_time: '20160602203256', end_time: '20160602203257', state: 'OK', err_msg: '' },
  ]),
};

async function main(): Promise<void> {
  const simulator = await startSimulator({ mchid, secret });
  console.log(`WeChat Pay stand-in listening on ${simulator.url} (offline, 127.0.0.1)\n`);
  const wx = Builder.factory({ mchid, secret, baseURL: simulator.url });
  const styles: Array<[string, () => Promise<{ body: string }>]> = [
    ['wx.v2.payitil.report.postAsync({ xml })', () => wx.v2.payitil.report.postAsync({ xml })],
    ["wx.chain('v2/payitil/report').postAsync({ xml })", () => wx.chain('v2/payitil/report').postAsync({ xml })],
    ["wx['v2/payitil/report'].postAsync({ xml })", () => wx['v2/payitil/report'].postAsync({ xml })],
    ['wx.v2.payitil.report.post({ xml })', () => wx.v2.payitil.report.post({ xml })],
    ["wx.chain('v2/payitil/report').post({ xml })", () => wx.chain('v2/payitil/report').post({ xml })],
    ["wx['v2/payitil/report'].post({ xml })", () => wx['v2/payitil/report'].post({ xml })],
  ];
  try {
    for (const [index, [style, call]] of styles.entries()) {
      const response = await call();
      console.log(`${index + 1}. ${style}`);
      console.log('   Transformer.toArray(response.body) =', Transformer.toArray(response.body), '\n');
    }
    console.log(`The stand-in checked ${simulator.reports.length} signed reports and accepted them all.`);
  } finally {
    await simulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
