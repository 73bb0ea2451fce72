import { Builder, isVerificationError, VerificationReason } from '../../src';
import { verifyV2Notification } from '../../src/notify';
import { startServer, type TestServer } from '../helpers/http';
import { MCHID, SECRET } from '../helpers/seed';
import { loose, rejection, thrown } from '../helpers/thrown';

// `Hash.equals('', '')` is true, as PHP's hash_equals says (issue 14 §6). An empty `sign` must
// still prove nothing: an answer or a notification that carries one is refused as BAD_SIGN.

const paid =
  '<return_code>SUCCESS</return_code><return_msg>OK</return_msg><result_code>SUCCESS</result_code><trade_state>SUCCESS</trade_state><out_trade_no>T1</out_trade_no>';
let body = '';
let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => ({ status: 200, headers: { 'Content-Type': 'text/xml' }, body }));
});
afterAll(() => server.close());

const call = () =>
  rejection(
    Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url }).v2.pay.orderquery.post(loose({ xml: { mch_id: MCHID, out_trade_no: 'T1' } })),
  );

test.each([
  ['<sign></sign>', `<xml>${paid}<sign></sign></xml>`],
  ['<sign/>', `<xml>${paid}<sign/></xml>`],
  ['<sign><![CDATA[]]></sign>', `<xml>${paid}<sign><![CDATA[]]></sign></xml>`],
  ['an empty sign on a return_code FAIL answer', '<xml><return_code>FAIL</return_code><return_msg>ORDERNOTEXIST</return_msg><sign></sign></xml>'],
])('an APIv2 answer with %s is BAD_SIGN', async (_what, xml) => {
  body = xml;
  const error = await call();
  expect(isVerificationError(error) && error.reason).toBe(VerificationReason.BAD_SIGN);
});

test.each([
  ['<sign></sign>', `<xml>${paid}<sign></sign></xml>`],
  ['<sign></sign> with sign_type MD5', `<xml>${paid}<sign_type>MD5</sign_type><sign></sign></xml>`],
  ['<sign></sign> beside a req_info', `<xml>${paid}<req_info>AAAA</req_info><sign></sign></xml>`],
])('an APIv2 notification with %s is BAD_SIGN', (_what, xml) => {
  const error = thrown(() => verifyV2Notification(xml, SECRET));
  expect(isVerificationError(error) && error.reason).toBe(VerificationReason.BAD_SIGN);
});
