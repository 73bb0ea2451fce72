import { Hash } from '../../src';
import { SECRET, seedXml } from '../helpers/seed';
import { phpWire } from '../helpers/shared';
import { parseFlatXml, useV2Server, wechatSign } from '../helpers/v2-server';

// Our APIv2 requests against the PHP SDK 1.4.12's, captured on the wire: same fields, same
// values, same order, same bytes but for the random nonce_str and the sign it changes.
const [seedCall, hmacCall] = phpWire();
const PATH: string = 'v2/payitil/report';

const v2 = useV2Server();

function withoutNonceAndSign(body: string): string {
  return body.replace(/<nonce_str>[^<]*<\/nonce_str>/, '<nonce_str/>').replace(/<sign>[^<]*<\/sign>/, '<sign/>');
}

test('the PHP captures are themselves validly signed (a known answer for the sign)', () => {
  for (const call of [seedCall!, hmacCall!]) {
    const fields = parseFlatXml(call.body);
    expect(wechatSign(fields, SECRET, fields.sign_type ?? 'MD5')).toBe(fields.sign);
  }
});

test('the seed call matches PHP: path, content type, accept, fields and bytes', async () => {
  await v2.wx.v2.payitil.report.post({ xml: seedXml() });
  const ours = v2.server.checked[0]!;
  expect(ours.request.method).toBe(seedCall!.method);
  expect(ours.request.url).toBe(seedCall!.url);
  expect(ours.request.headers['content-type']).toBe(seedCall!.headers['content-type']);
  expect(ours.request.headers.accept).toBe(seedCall!.headers.accept);
  expect(withoutNonceAndSign(ours.request.text)).toBe(withoutNonceAndSign(seedCall!.body));
  const theirs = parseFlatXml(seedCall!.body);
  expect(Object.keys(ours.fields)).toEqual(Object.keys(theirs));
  expect(ours.signOk).toBe(true);
  expect(ours.fields.sign).toBe(wechatSign(ours.fields, SECRET, 'MD5'));
});

test('the HMAC-SHA256 call with & < > and CJK matches PHP byte for byte but nonce and sign', async () => {
  const theirs = parseFlatXml(hmacCall!.body);
  const { nonce_str: _nonce, sign: _sign, ...xml } = theirs;
  // A path typed as plain `string` takes any fields: the capture's are replayed as they are.
  const path: string = 'v2/payitil/report';
  await v2.wx.chain(path).post({ xml: { ...xml, trades: JSON.parse(xml.trades!) } });
  const ours = v2.server.checked[0]!;
  expect(withoutNonceAndSign(ours.request.text)).toBe(withoutNonceAndSign(hmacCall!.body));
  expect(ours.fields.sign).toMatch(/^[0-9A-F]{64}$/);
  expect(ours.signOk).toBe(true);
});

test('signing the PHP nonce reproduces the PHP sign exactly (MD5 and HMAC-SHA256)', async () => {
  for (const call of [seedCall!, hmacCall!]) {
    const { sign, ...fields } = parseFlatXml(call.body);
    v2.server.checked.length = 0;
    await v2.wx.chain(PATH).post({ xml: fields });
    expect(v2.server.checked[0]!.fields.sign).toBe(sign);
    expect(Hash.equals(v2.server.checked[0]!.request.text, call.body)).toBe(true);
  }
});
