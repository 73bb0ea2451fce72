import { isInvalidRequestError } from '../../src';
import { MCHID } from '../helpers/seed';
import { useV2Server } from '../helpers/v2-server';

// What the APIv2 pipeline writes with Transformer.toXml(fields): headless, not indented, and read
// back by the verifying server as a conforming XML parser would (a raw CR comes back as LF).
const v2 = useV2Server();
const report = {
  appid: 'wx8888888888888888',
  mch_id: MCHID,
  interface_url: 'https://api.mch.weixin.qq.com/pay/micropay',
  execute_time_: '1000',
  return_code: 'SUCCESS',
  result_code: 'SUCCESS',
  user_ip: '8.8.8.8',
};

test('the body is headless and not indented', async () => {
  await v2.wx.v2.payitil.report.post({ xml: report });
  const { request, signOk } = v2.server.checked[0]!;
  expect(signOk).toBe(true);
  expect(request.text.startsWith('<xml><appid>wx8888888888888888</appid><mch_id>')).toBe(true);
  expect(request.text).not.toMatch(/<\?xml|\n/);
});

test('a field holding a CR arrives with it, in text and in CDATA, and its sign verifies', async () => {
  const return_msg = 'line one\r\nline two & <three>\r';
  await v2.wx.v2.payitil.report.post({ xml: { ...report, return_msg, err_code_des: 'a\rb' } });
  const { fields, signOk } = v2.server.checked[0]!;
  expect(fields.return_msg).toBe(return_msg);
  expect(fields.err_code_des).toBe('a\rb');
  expect(signOk).toBe(true);
});

test('a field whose name is no XML element name is refused before sending: its sign could never verify', async () => {
  for (const key of ['10', 'a b']) {
    const error = await v2.wx.v2.payitil.report.post({ xml: { ...report, [key]: 'x' } }).catch((e: unknown) => e);
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as Error).message).toMatch(/cannot be sent: an APIv2 field name must be an XML element name/);
  }
  expect(v2.server.checked).toHaveLength(0);
});
