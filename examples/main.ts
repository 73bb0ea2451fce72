/**
 * `npm start`, the README's main job, fully offline: the simulator starts in-process on 127.0.0.1,
 * then
 *   1. the seed's transaction-guarantee report (v2/payitil/report) in the six call styles of its
 *      documentation page, and
 *   2. an APIv3 round trip: a Native order, its query, a simulated payment whose notification the
 *      merchant's own notify_url verifies and decrypts with the SDK, and a refund, and
 *   3. 交易保障: a code payment (付款码) that goes through USERPAYING, and the reports the SDK sent
 *      for it on its own (one per call, and the trade in the micropay batch form).
 * The simulator serves HTTPS (its own CA, trusted with `ca`): the reverse a code payment may need is mutual TLS.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { Builder, Transformer, flushReports, micropay, notificationAnswer, verifyNotification, type ClientConfig, type Notification } from '../src';
import { startSimulator } from 'wechatpay-ts-simulator';

const mchid = '1900000109';
const secret = 'your-apiv2-secret-key-length-32b';
const apiv3Key = 'your-apiv3-secret-key-length-32b';
const appid = 'wxd678efh567hg6787';

const xml = {
  appid: 'wx8888888888888888',
  mch_id: mchid,
  device_info: '013467007045764',
  interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total',
  user_ip: '8.8.8.8',
  trades: JSON.stringify([{ out_trade_no: 'out_trade_no_test_1', begin_time: '20160602203256', end_time: '20160602203257', state: 'OK', err_msg: '' }]),
};

/** What a step means, for someone who has never used WeChat Pay. */
const note = (text: string) => console.log(`   · ${text}`);
const show = (label: string, value: unknown) => console.log(`   ${label} ${inspect(value, { breakLength: Infinity, depth: 4 })}`);

/** The merchant's notify_url: verifies each notification with the SDK and hands it over. */
async function startNotifyUrl(certs: object, onNotification: (n: Notification<{ out_trade_no: string; trade_state: string; transaction_id: string }>) => void) {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let answer = notificationAnswer();
      try {
        onNotification(verifyNotification({ body: Buffer.concat(chunks), headers: req.headers, certs, apiv3Key }));
      } catch (error) {
        answer = notificationAnswer(error);
      }
      res.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function seedReport(wx: ReturnType<typeof Builder.factory>, reports: () => number): Promise<void> {
  console.log('== 1. v2/payitil/report (交易保障), the six call styles of its page ==\n');
  note('交易保障 (transaction guarantee): a merchant tells WeChat Pay how its calls went and how long they took.');
  note('This is the example of its documentation page (APIv2: XML signed with the API key), sent six ways that name the same endpoint.\n');
  const styles: Array<[string, () => Promise<{ body: string }>]> = [
    ['wx.v2.payitil.report.postAsync({ xml })', () => wx.v2.payitil.report.postAsync({ xml })],
    ["wx.chain('v2/payitil/report').postAsync({ xml })", () => wx.chain('v2/payitil/report').postAsync({ xml })],
    ["wx['v2/payitil/report'].postAsync({ xml })", () => wx['v2/payitil/report'].postAsync({ xml })],
    ['wx.v2.payitil.report.post({ xml })', () => wx.v2.payitil.report.post({ xml })],
    ["wx.chain('v2/payitil/report').post({ xml })", () => wx.chain('v2/payitil/report').post({ xml })],
    ["wx['v2/payitil/report'].post({ xml })", () => wx['v2/payitil/report'].post({ xml })],
  ];
  for (const [index, [style, call]] of styles.entries()) {
    const response = await call();
    console.log(`${index + 1}. ${style}`);
    show('Transformer.toArray(response.body) =', Transformer.toArray(response.body));
  }
  console.log(`\nThe simulator checked the sign of ${reports()} reports and accepted them all.\n`);
}

async function v3RoundTrip(wx: ReturnType<typeof Builder.factory>, simulator: Awaited<ReturnType<typeof startSimulator>>): Promise<void> {
  console.log('== 2. APIv3: order, query, payment, notification, refund ==\n');
  let notified: (n: Notification<{ out_trade_no: string; trade_state: string; transaction_id: string }>) => void = () => undefined;
  const notification = new Promise<Notification<{ out_trade_no: string; trade_state: string; transaction_id: string }>>((resolve) => (notified = resolve));
  const notifyUrl = await startNotifyUrl(wx, (n) => notified(n));
  try {
    const out_trade_no = `demo${Date.now()}`;
    const order = await wx.v3.pay.transactions.native.post({
      json: { appid, mchid, description: 'Image形象店-深圳腾大-QQ公仔', out_trade_no, notify_url: notifyUrl.url, amount: { total: 100, currency: 'CNY' } },
    });
    console.log('1. wx.v3.pay.transactions.native.post({ json })');
    note('A Native order: the answer is a code_url, which the merchant shows as a QR code; the payer scans it in WeChat to pay.');
    show('data =', order.data);

    const before = await wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no, query: { mchid } });
    console.log('2. wx.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no, query: { mchid } })');
    note("The order queried by the merchant's own order number: NOTPAY until the payer has paid.");
    show('trade_state =', before.data.trade_state);

    await simulator.pay(out_trade_no);
    const paid = await notification;
    console.log('3. simulator.pay(out_trade_no): WeChat Pay POSTs a signed, encrypted notification to notify_url');
    note("Here the simulator plays the payer. WeChat Pay then calls the merchant's notify_url; verifyNotification checks the signature and decrypts the body.");
    show('verifyNotification(...) =', {
      event_type: paid.event_type,
      summary: paid.summary,
      resource: { out_trade_no: paid.resource.out_trade_no, trade_state: paid.resource.trade_state, transaction_id: paid.resource.transaction_id },
    });

    const refund = await wx.v3.refund.domestic.refunds.post({
      json: { out_trade_no, out_refund_no: `R${out_trade_no}`, reason: 'demo', amount: { refund: 100, total: 100, currency: 'CNY' } },
    });
    console.log('4. wx.v3.refund.domestic.refunds.post({ json })');
    note('The whole amount refunded (amounts are in fen: 100 = ¥1.00). Real refunds may say PROCESSING first; the simulator settles at once.');
    show('data =', {
      out_refund_no: refund.data.out_refund_no,
      refund_id: refund.data.refund_id,
      status: refund.data.status,
      refund: refund.data.amount.refund,
    });
    console.log('\nEvery APIv3 answer above was signed by the simulator and verified by the SDK before use.');
  } finally {
    await notifyUrl.close();
  }
}

async function guarantee(config: ClientConfig, simulator: Awaited<ReturnType<typeof startSimulator>>): Promise<void> {
  console.log('\n== 3. 交易保障: a code payment (付款码) through USERPAYING, and what the SDK reported ==\n');
  // Reporting on: every call of this client is reported in the background, never in a payment's way.
  const cashier = Builder.factory({ ...config, report: { level: 'all', appid, userIp: '8.8.8.8', deviceInfo: 'POS-0001', flushMs: 60_000 } });
  // The payer has to type a password: USERPAYING at first, paid when the order is next queried.
  simulator.micropay.set('userpaying', { paidOnQuery: 1 });
  const out_trade_no = `pos${Date.now()}`;
  const result = await micropay(
    cashier,
    {
      xml: {
        appid,
        mch_id: mchid,
        device_info: 'POS-0001',
        body: '门店消费',
        out_trade_no,
        total_fee: 1,
        spbill_create_ip: '8.8.8.8',
        auth_code: '134567890123456789',
      },
    },
    { pollMs: 500 },
  );
  console.log('1. micropay(wx, { xml }, { pollMs: 500 }): pay, then query while the payer types the password');
  note("A code payment (付款码): the cashier scans the code on the payer's phone. When WeChat asks the payer for a password");
  note('the first answer is USERPAYING; micropay queries until the order is paid, and reverses it if it is not paid in time.');
  for (const attempt of result.attempts) show(`${attempt.step.padEnd(7)} ->`, attempt.outcome);
  show('state =', result.state);
  show('order =', { out_trade_no: result.order?.out_trade_no, trade_state: result.order?.trade_state, transaction_id: result.order?.transaction_id });

  const before = simulator.reports.length;
  const stats = await flushReports(cashier);
  console.log('2. await flushReports(wx): the reports queued in the background, sent (at shutdown, or every flushMs)');
  note('With `report` on, the SDK reports every call on its own (single form) and each code payment (batch form), off the payment path.');
  show('stats =', stats);
  for (const report of simulator.reports.slice(before)) {
    const { interface_url, execute_time_, return_code, result_code, err_code, out_trade_no: named, time, trades } = report.fields;
    show(
      `${report.form.padEnd(6)}:`,
      report.form === 'single'
        ? { interface_url, execute_time_, return_code, result_code, ...(err_code ? { err_code } : {}), out_trade_no: named, time }
        : { interface_url, trades: JSON.parse(trades ?? '[]') as unknown },
    );
  }
  console.log('\nThe simulator checked every report as WeChat Pay would (fields, lengths, sign) and accepted them.');
}

async function main(): Promise<void> {
  // The merchant's API key pair: the simulator knows the public half, as WeChat Pay would.
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const serial = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C';
  const simulator = await startSimulator({ mchid, secret, apiv3Key, merchantPublicKey: merchant.publicKey, merchantSerial: serial, tls: true });
  console.log(`WeChat Pay simulator listening on ${simulator.url} (offline, 127.0.0.1)\n`);
  const config: ClientConfig = {
    mchid,
    secret,
    serial,
    privateKey: merchant.privateKey,
    certs: { [simulator.platform.publicKeyId]: simulator.platform.publicKeyPem },
    // The simulator's stand-in for Tenpay.com Root CA: what a first Certificates.download trusts.
    platformCertificateAuthorities: simulator.platform.ca,
    baseURL: simulator.url,
    ca: simulator.tls!.ca,
    merchant: simulator.tls!.issueClientCertificate!(),
  };
  const wx = Builder.factory(config);
  try {
    await seedReport(wx, () => simulator.reports.length);
    await v3RoundTrip(wx, simulator);
    await guarantee(config, simulator);
  } finally {
    await simulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
