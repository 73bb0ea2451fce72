import { Builder, type Node } from '../../src';

// PHP's Builder::normalize, applied to property names: capitals become `-` + lower case first, then
// `_name_` becomes `{name}`, so the name inside the underscores is normalised too.
const wx = Builder.factory({ mchid: '1900000109', secret: 'your-apiv2-secret-key-length-32b' });
// The same client typed as open (every segment, every verb): these names are off the description on purpose.
const open = wx as unknown as Node;

describe('placeholder properties follow PHP normalisation', () => {
  // PHP 1.4.12's normalize() of each property name (preg_replace_callback_array, php 8.2).
  test.each([
    ['_variableMixed_underline_', '{variable-mixed_underline}'],
    ['_outTradeNo_', '{out-trade-no}'],
    ['_subMchid_', '{sub-mchid}'],
    ['_OutTradeNo_', '{-out-trade-no}'],
    ['_out_trade_no_', '{out_trade_no}'],
    ['_x_y_', '{x_y}'],
    ['___', '{_}'],
    ['_PUB_KEY_ID_', '{-p-u-b_-k-e-y_-i-d}'],
  ])('%s -> %s', (property, php) => {
    expect(String(open.v3!.marketing![property])).toBe(`v3/marketing/${php}`);
  });

  test('ordinary segments are unchanged: PHP rule, ASCII capitals only', () => {
    expect(String(wx.v3.merchantService!.complaintsV2)).toBe('v3/merchant-service/complaints-v2');
    expect(String(open.V3!.MerchantService)).toBe('v3/merchant-service');
    // PHP's `#^[A-Z]#` leaves a non-ASCII capital alone; `#[A-Z]#` dashes the later ASCII one.
    expect(String(open.v3!.marketing!['ÉcoleX'])).toBe('v3/marketing/École-x');
  });

  test('strings given to chain() and bracket paths stay verbatim', () => {
    expect(String(wx.chain('v3/marketing/_variableMixed_underline_'))).toBe('v3/marketing/_variableMixed_underline_');
    expect(String(open['v3/marketing/{variableMixed}'])).toBe('v3/marketing/{variableMixed}');
  });

  test('the placeholder is filled from the option of its normalised name', async () => {
    const node = open.v2!.marketing!._variableMixed_underline_!;
    const sent = await node.post({ xml: { a: '1' }, 'variable-mixed_underline': 'VALUE', baseURL: 'http://127.0.0.1:1' }).catch((e: unknown) => e);
    // Nothing listens on port 1: the route was built (the placeholder found its value) and the send failed.
    expect((sent as Error).name).toBe('TransportError');
    expect((sent as Error).message).toMatch(/^POST \/marketing\/VALUE failed/);
    const missing = await node.post({ xml: { a: '1' }, variableMixed_underline: 'VALUE' } as never).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/needs a value for \{variable-mixed_underline\}/);
  });
});
