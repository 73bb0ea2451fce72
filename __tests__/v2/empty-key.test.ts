import { createHash } from 'node:crypto';
import { Builder, isVerificationError, VerificationReason } from '../../src';
import { startServer, type TestServer } from '../helpers/http';
import { MCHID } from '../helpers/seed';
import { xmlOf } from '../helpers/v2-server';

// A client with no APIv2 key may still send a raw body; the answer's sign must then fail, not be
// checked against an empty key: an answer "signed" with one is a forgery anyone can make.
const forged: Record<string, string> = { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS', appid: 'wx8888888888888888', mch_id: MCHID, trade_state: 'SUCCESS' };
const stringA = Object.keys(forged).sort().map((key) => `${key}=${forged[key]}`).join('&');
// Typed as plain `string`: a raw body replaces the typed `xml` payload.
const ORDERQUERY: string = 'v2/pay/orderquery';
let server: TestServer;

beforeAll(async () => {
  server = await startServer(() => ({ status: 200, headers: { 'content-type': 'text/xml' }, body: xmlOf({ ...forged, sign: createHash('md5').update(stringA).digest('hex').toUpperCase() }) }));
});
afterAll(() => server.close());

test('an answer signed with an empty key is a VerificationError on a client without `secret`', async () => {
  const wx = Builder.factory({ mchid: MCHID, baseURL: server.url });
  const error = await wx.chain(ORDERQUERY).post({ body: '<xml><appid>wx8888888888888888</appid></xml>' }).catch((e: unknown) => e);
  expect(isVerificationError(error)).toBe(true);
  expect((error as { reason: string }).reason).toBe(VerificationReason.BAD_SIGN);
  expect((error as Error).message).toMatch(/cannot be checked: this client has no APIv2 key/);
});
