import { createHash } from 'node:crypto';
import { Agent } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync, createGzip } from 'node:zlib';
import { Builder, downloadBill, isTransportError, type ClientConfig } from '../../src';
import { head, rawSocketServer, signedOrderXml, signedV3Headers, transports, type RawSocketServer } from '../helpers/raw-socket';
import { MCHID, SECRET } from '../helpers/seed';
import { loose, rejection } from '../helpers/thrown';
import { PLATFORM_SERIAL, setupV3, type V3Setup } from '../helpers/v3-client';

// Issue 14 §3: a compressed answer cut short inside a complete HTTP message (its Content-Length
// says so and every byte of it came) is an error that says so, never a shorter body. axios' http
// adapter and zlib's Z_SYNC_FLUSH would hand over whatever decoded; the SDK decodes to the end
// and checks the trailer, on undici and on axios' adapter alike.

type Coding = 'gzip' | 'deflate' | 'br';
const compress: Record<Coding, (data: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
/** The bytes of each coding that end its stream: gzip's CRC-32 and length, zlib's Adler-32, brotli's last block. */
const TRAILER: Record<Coding, number> = { gzip: 8, deflate: 4, br: 1 };

const agent = new Agent({ keepAlive: true });
afterAll(() => agent.destroy());
const TRANSPORTS = transports(agent);

/** A complete HTTP/1.1 answer: its Content-Length is exactly the bytes sent, however they were cut. */
const answer = (headers: Record<string, string | number>, body: Buffer) => ({
  writes: [head('200 OK', { ...headers, 'Content-Length': body.length, Connection: 'close' }), body],
});

let server: RawSocketServer;
/** What the server sends next: the answer to every request until changed. */
let next: () => ReturnType<typeof answer>;
let v3: V3Setup;
beforeAll(async () => {
  server = await rawSocketServer(() => next());
  v3 = await setupV3();
});
afterAll(() => Promise.all([server.close(), v3.server.close()]));

const TRADE = Buffer.from(JSON.stringify({ mchid: MCHID, out_trade_no: 'T1', transaction_id: '4200000001', trade_state: 'SUCCESS', amount: { total: 100 } }));
/** A v3 answer signed over the whole JSON, sent compressed and cut `cut` bytes short of its end. */
const v3Answer = (coding: Coding, cut: number) => {
  const body = compress[coding](TRADE);
  return answer(
    { 'Content-Type': 'application/json', 'Content-Encoding': coding, ...signedV3Headers(v3.platform.privateKey, PLATFORM_SERIAL, TRADE) },
    body.subarray(0, body.length - cut),
  );
};
const queryV3 = (extra: Partial<ClientConfig>, call: Record<string, unknown>) =>
  v3
    .client({ baseURL: server.url, ...extra })
    .v3.pay.transactions.id._transaction_id_.get(loose({ transaction_id: '4200000001', query: { mchid: MCHID }, ...call }));

const V2_XML = signedOrderXml();
const v2Answer = (coding: Coding, cut: number) => {
  const body = compress[coding](V2_XML);
  return answer({ 'Content-Type': 'text/xml', 'Content-Encoding': coding }, body.subarray(0, body.length - cut));
};
const queryV2 = (extra: Partial<ClientConfig>, call: Record<string, unknown>) =>
  Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url, ...extra }).v2.pay.orderquery.post(
    loose({ xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'T1' }, ...call }),
  );

const incomplete = (coding: Coding, what = 'answer') =>
  new RegExp(`the ${coding} ${what} ended before its (trailer|last block): \\d+ bytes were decoded; the ${what} is incomplete`);

describe.each(TRANSPORTS)('on %s', (_name, client, call) => {
  describe.each(['gzip', 'deflate', 'br'] as const)('%s', (coding) => {
    test('the whole answer decodes, for APIv3 and APIv2 (the server below is right)', async () => {
      next = () => v3Answer(coding, 0);
      expect((await queryV3(client, call)).data).toEqual(JSON.parse(TRADE.toString()));
      next = () => v2Answer(coding, 0);
      expect(((await queryV2(client, call)).data as Record<string, string>).trade_state).toBe('SUCCESS');
    });

    test('an APIv3 answer cut inside its trailer (every byte of the JSON decodable) is a TransportError that says so', async () => {
      next = () => v3Answer(coding, TRAILER[coding]);
      const error = await rejection(queryV3(client, call));
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(incomplete(coding));
      expect((error as { cause?: { code?: string } }).cause?.code).toBe('ERR_ANSWER_INCOMPLETE');
    });

    test('an APIv2 answer cut inside its trailer is a TransportError, not a verified order', async () => {
      next = () => v2Answer(coding, TRAILER[coding]);
      const error = await rejection(queryV2(client, call));
      expect(isTransportError(error)).toBe(true);
      expect((error as Error).message).toMatch(incomplete(coding));
    });
  });

  test('a gzip answer whose CRC-32 does not match is a TransportError: corrupt', async () => {
    const body = gzipSync(TRADE);
    body.writeUInt8(body.readUInt8(body.length - 8) ^ 0xff, body.length - 8);
    next = () =>
      answer({ 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', ...signedV3Headers(v3.platform.privateKey, PLATFORM_SERIAL, TRADE) }, body);
    const error = await rejection(queryV3(client, call));
    expect(isTransportError(error)).toBe(true);
    expect((error as Error).message).toMatch(/the gzip answer is corrupt \(incorrect data check\)/);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe('ERR_ANSWER_CORRUPT');
  });

  test('a deflate answer whose Adler-32 does not match is a TransportError: corrupt', async () => {
    const body = deflateSync(V2_XML);
    body.writeUInt8(body.readUInt8(body.length - 1) ^ 0xff, body.length - 1);
    next = () => answer({ 'Content-Type': 'text/xml', 'Content-Encoding': 'deflate' }, body);
    expect(((await rejection(queryV2(client, call))) as Error).message).toMatch(/the deflate answer is corrupt \(incorrect data check\)/);
  });
});

// A bill of 3,003 lines: the header, 3,000 trades, the totals' header and the totals line.
const LINES = [
  '交易时间,公众账号ID,商户号,微信订单号,商户订单号,交易状态,应结订单金额',
  ...Array.from(
    { length: 3000 },
    (_, i) =>
      `\`2024-01-01 10:${String(i % 60).padStart(2, '0')}:00,\`wx8888888888888888,\`${MCHID},\`42000${createHash('md5').update(String(i)).digest('hex').slice(0, 20)},\`T${i},\`SUCCESS,\`${(i % 97) + 1}.00`,
  ),
  '总交易单数,应结订单总金额',
  '`3000,`147000.00',
];
const BILL = Buffer.from(`${LINES.join('\n')}\n`);

describe.each(TRANSPORTS)('a bill cut short on %s', (_name, client, call) => {
  const downloadbill = () =>
    Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url, ...client }).v2.pay.downloadbill.post(
      loose({ xml: { appid: 'wx8888888888888888', mch_id: MCHID, bill_date: '20240101', bill_type: 'ALL' }, ...call }),
    );

  test('wx.v2.pay.downloadbill: a gzip transfer cut in the middle rejects, never a partial CSV without its totals', async () => {
    const gz = gzipSync(BILL);
    next = () => answer({ 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }, gz.subarray(0, gz.length >> 1));
    const error = await rejection(downloadbill());
    expect(isTransportError(error)).toBe(true);
    expect((error as Error).message).toMatch(incomplete('gzip'));
    // The same bill whole is the whole bill.
    next = () => answer({ 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' }, gz);
    expect((await downloadbill()).data).toBe(BILL.toString());
  });

  test('wx.v2.pay.downloadbill: a deflate transfer cut inside its trailer rejects', async () => {
    const body = deflateSync(BILL);
    next = () => answer({ 'Content-Type': 'text/plain', 'Content-Encoding': 'deflate' }, body.subarray(0, body.length - 2));
    expect(((await rejection(downloadbill())) as Error).message).toMatch(incomplete('deflate'));
  });
});

// downloadBill takes no axios options of its own: the client's transport serves it.
describe.each(TRANSPORTS.filter(([, , call]) => call.adapter === undefined))('downloadBill, a bill cut short on %s', (_name, client) => {
  const billOf = (token: string) => ({
    hash_type: 'SHA1',
    hash_value: createHash('sha1').update(BILL).digest('hex'),
    download_url: `${server.url}v3/billdownload/file?token=${token}`,
  });
  const download = () => downloadBill(v3.client({ baseURL: server.url, ...client }), billOf('T'));

  test('a gzip transfer cut inside its trailer is a TransportError naming the download', async () => {
    const gz = gzipSync(BILL);
    next = () => answer({ 'Content-Type': 'application/octet-stream', 'Content-Encoding': 'gzip' }, gz.subarray(0, gz.length - 4));
    const error = await rejection(download());
    expect(isTransportError(error)).toBe(true);
    expect((error as Error).message).toMatch(incomplete('gzip', 'download'));
    expect((error as Error).message).toMatch(/download it again/);
  });

  test("a bill's own gzip (tar_type=GZIP) cut inside its trailer is a TransportError, not a hash mismatch", async () => {
    const gz = gzipSync(BILL);
    next = () => answer({ 'Content-Type': 'application/octet-stream' }, gz.subarray(0, gz.length - 3));
    const error = await rejection(download());
    expect(isTransportError(error)).toBe(true);
    expect((error as Error).message).toMatch(incomplete('gzip', 'bill'));
    next = () => answer({ 'Content-Type': 'application/octet-stream' }, gz);
    expect(await download()).toBe(BILL.toString());
  });
});

test("a gzip bomb is cut at maxContentLength after decompression on axios' adapter too", async () => {
  const bomb = createGzip();
  const chunks: Buffer[] = [];
  bomb.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < 64; i += 1) bomb.write(zeros);
  await new Promise((done) => bomb.end(done));
  next = () => answer({ 'Content-Type': 'text/xml', 'Content-Encoding': 'gzip' }, Buffer.concat(chunks));
  const error = await rejection(queryV2({ httpAgent: agent } as Partial<ClientConfig>, {}));
  expect(isTransportError(error)).toBe(true);
  expect((error as Error).message).toMatch(/larger than the 4194304 bytes allowed \(`maxContentLength`\)/);
});
