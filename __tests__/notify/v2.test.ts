import { createCipheriv, createHash, createHmac } from 'node:crypto';
import { isBusinessError, isConfigurationError, isVerificationError, VerificationReason, type VerificationError } from '../../src';
import { decryptRefundReqInfo, v2NotificationAnswer, verifyV2Notification } from '../../src/notify';
import { thrown } from '../helpers/thrown';

// WeChat's side is written here with node:crypto and string building, never with the SDK's code.
const SECRET = '192006250b4c09247ec02edce69f6a2d';

/** A payment-result notification's fields (from the official example), before signing. */
const paid: Record<string, string> = {
  appid: 'wx2421b1c4370ec43b',
  attach: '支付测试',
  bank_type: 'CFT',
  fee_type: 'CNY',
  is_subscribe: 'Y',
  mch_id: '10000100',
  nonce_str: '5d2b6c2a8db53831f7eda20af46e531c',
  openid: 'oUpF8uMEb4qRXf22hE3X68TekukE',
  out_trade_no: '1409811653',
  result_code: 'SUCCESS',
  return_code: 'SUCCESS',
  time_end: '20140903131540',
  total_fee: '1',
  coupon_fee: '10',
  coupon_count: '1',
  coupon_type: 'CASH',
  coupon_id: '10000',
  trade_type: 'JSAPI',
  transaction_id: '1004400740201409030005092168',
};

/** WeChat's APIv2 sign: byte-order keys, empty values and `sign` skipped, `&key=` appended. */
function sign(fields: Record<string, string>, type: 'MD5' | 'HMAC-SHA256', secret = SECRET): string {
  const text =
    Object.keys(fields)
      .filter((k) => k !== 'sign' && fields[k] !== '')
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => `${k}=${fields[k]}`)
      .join('&') + `&key=${secret}`;
  return (type === 'MD5' ? createHash('md5').update(text, 'utf8') : createHmac('sha256', secret).update(text, 'utf8')).digest('hex').toUpperCase();
}

function toXml(fields: Record<string, string>): string {
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => (/^\d+$/.test(v) ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join('\n')}</xml>`;
}

function failure(run: () => unknown): VerificationError {
  const error = thrown(run);
  if (isVerificationError(error)) return error;
  throw error;
}

describe('verifyV2Notification: signed notifications', () => {
  test('an MD5-signed payment notification verifies to its dictionary', () => {
    const fields = { ...paid, sign: sign(paid, 'MD5') };
    expect(verifyV2Notification(toXml(fields), SECRET)).toEqual(fields);
    expect(verifyV2Notification(Buffer.from(toXml(fields)), SECRET)).toEqual(fields);
  });

  test('HMAC-SHA256 with sign_type stated, and without it (WeChat often omits it: WxJava#1585)', () => {
    const stated = { ...paid, sign_type: 'HMAC-SHA256' };
    const withType = { ...stated, sign: sign(stated, 'HMAC-SHA256') };
    expect(verifyV2Notification(toXml(withType), SECRET)).toEqual(withType);
    const withoutType = { ...paid, sign: sign(paid, 'HMAC-SHA256') };
    expect(withoutType.sign).toHaveLength(64);
    expect(verifyV2Notification(toXml(withoutType), SECRET)).toEqual(withoutType);
  });

  test('a failed payment (result_code FAIL) is a genuine notification and is returned', () => {
    const failed = { ...paid, result_code: 'FAIL', err_code: 'NOTENOUGH', err_code_des: '余额不足' };
    const fields = { ...failed, sign: sign(failed, 'MD5') };
    expect(verifyV2Notification(toXml(fields), SECRET).result_code).toBe('FAIL');
  });

  test('a forged notification fails with BAD_SIGN: a field changed, a wrong key, a sign_type that disagrees', () => {
    const good = sign(paid, 'MD5');
    expect(failure(() => verifyV2Notification(toXml({ ...paid, total_fee: '10000', sign: good }), SECRET)).reason).toBe(VerificationReason.BAD_SIGN);
    expect(failure(() => verifyV2Notification(toXml({ ...paid, sign: sign(paid, 'MD5', 'another-secret') }), SECRET)).reason).toBe(VerificationReason.BAD_SIGN);
    expect(failure(() => verifyV2Notification(toXml({ ...paid, sign: good }), 'another-secret')).reason).toBe(VerificationReason.BAD_SIGN);
    // An HMAC sign under sign_type MD5: the stated type must agree with the sign's length.
    const md5Stated = { ...paid, sign_type: 'MD5' };
    expect(failure(() => verifyV2Notification(toXml({ ...md5Stated, sign: sign(md5Stated, 'HMAC-SHA256') }), SECRET)).reason).toBe(VerificationReason.BAD_SIGN);
    const odd = { ...paid, sign_type: 'SHA1' };
    expect(failure(() => verifyV2Notification(toXml({ ...odd, sign: sign(paid, 'MD5') }), SECRET)).message).toMatch(/sign_type "SHA1"/);
    // The message never carries the sign.
    expect(failure(() => verifyV2Notification(toXml({ ...paid, total_fee: '2', sign: good }), SECRET)).message).not.toContain(good);
  });

  test('neither sign nor req_info -> MISSING_SIGN; not XML -> UNPARSEABLE; return_code FAIL -> BusinessError', () => {
    expect(failure(() => verifyV2Notification(toXml(paid), SECRET)).reason).toBe(VerificationReason.MISSING_SIGN);
    expect(failure(() => verifyV2Notification('{"return_code":"SUCCESS"}', SECRET)).reason).toBe(VerificationReason.UNPARSEABLE);
    expect(failure(() => verifyV2Notification('<!DOCTYPE x [<!ENTITY a "b">]><xml/>', SECRET)).reason).toBe(VerificationReason.UNPARSEABLE);
    let caught: unknown;
    try {
      verifyV2Notification('<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[签名失败]]></return_msg></xml>', SECRET);
    } catch (error) {
      caught = error;
    }
    expect(isBusinessError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/return_code FAIL: 签名失败/);
  });

  test('bad arguments are ConfigurationErrors (a parsed body or req_info: InvalidRequestError; an empty secret: ConfigurationError)', () => {
    const cases = [
      [() => verifyV2Notification(paid as never, SECRET), 'InvalidRequestError'],
      [() => verifyV2Notification(toXml(paid), ''), 'ConfigurationError'],
      [() => decryptRefundReqInfo(undefined as never, SECRET), 'InvalidRequestError'],
    ] as const;
    for (const [run, name] of cases) {
      expect(() => run()).toThrow(expect.objectContaining({ name }));
      expect(isConfigurationError(thrown(run))).toBe(true);
    }
    try {
      verifyV2Notification(paid as never, SECRET);
    } catch (error) {
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/raw XML body.*already parsed object/);
    }
  });
});

describe('refund notifications: req_info', () => {
  const refund = {
    out_refund_no: '131811191610442717309',
    out_trade_no: '71106718111915575302817',
    refund_account: 'REFUND_SOURCE_RECHARGE_FUNDS',
    refund_fee: '3960',
    refund_id: '50000408942018111907145868882',
    refund_recv_accout: '支付用户零钱',
    refund_request_source: 'API',
    refund_status: 'SUCCESS',
    settlement_refund_fee: '3960',
    settlement_total_fee: '3960',
    success_time: '2018-11-19 16:24:13',
    total_fee: '3960',
    transaction_id: '4200000215201811190261405420',
  };
  const rootXml = `<root>\n${Object.entries(refund)
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('\n')}\n</root>`;

  /** WeChat's req_info: AES-256-ECB, PKCS#7, key = lower-case hex MD5 of the APIv2 key, base64. */
  function encryptReqInfo(plaintext: string, secret = SECRET): string {
    const key = Buffer.from(createHash('md5').update(secret).digest('hex'), 'ascii');
    const cipher = createCipheriv('aes-256-ecb', key, null);
    return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
  }

  const notice = (reqInfo: string) =>
    toXml({ return_code: 'SUCCESS', appid: 'wx2421b1c4370ec43b', mch_id: '10000100', nonce_str: 'TeqClE3i0mvn3DrK', req_info: reqInfo });

  test('round trip: req_info decrypts to the <root> dictionary', () => {
    expect(decryptRefundReqInfo(encryptReqInfo(rootXml), SECRET)).toEqual(refund);
  });

  test('an unsigned refund notification verifies by its req_info decrypting, and keeps req_info as sent', () => {
    const reqInfo = encryptReqInfo(rootXml);
    const dict = verifyV2Notification(notice(reqInfo), SECRET);
    expect(dict.req_info).toBe(reqInfo);
    expect(decryptRefundReqInfo(dict.req_info as string, SECRET)).toEqual(refund);
  });

  test('a wrong secret fails cleanly with DECRYPT_FAILED, including when the padding happens to pass', () => {
    const reqInfo = encryptReqInfo(rootXml);
    const messages: string[] = [];
    // Deterministic: ECB with fixed keys; about 1 in 256 wrong keys yields valid PKCS#7 padding.
    for (let i = 0; i < 2000; i += 1) {
      const error = failure(() => decryptRefundReqInfo(reqInfo, `wrong-secret-${i}`));
      expect(error.reason).toBe(VerificationReason.DECRYPT_FAILED);
      messages.push(error.message);
    }
    // Both ways a wrong key shows: bad padding (most), and padding that passed by chance.
    expect(messages.filter((m) => /bad PKCS#7 padding/.test(m)).length).toBeGreaterThan(1900);
    expect(messages.filter((m) => /other than <root>|not XML/.test(m)).length).toBeGreaterThan(0);
    expect(failure(() => verifyV2Notification(notice(reqInfo), 'another-secret')).reason).toBe(VerificationReason.DECRYPT_FAILED);
  });

  test('damaged or non-base64 req_info, or one that decrypts to other XML -> DECRYPT_FAILED', () => {
    const reqInfo = encryptReqInfo(rootXml);
    expect(failure(() => decryptRefundReqInfo(reqInfo.slice(0, -8), SECRET)).reason).toBe(VerificationReason.DECRYPT_FAILED);
    expect(failure(() => decryptRefundReqInfo('%%% not base64 %%%', SECRET)).reason).toBe(VerificationReason.DECRYPT_FAILED);
    expect(failure(() => decryptRefundReqInfo(encryptReqInfo('<xml><a>1</a></xml>'), SECRET)).message).toMatch(/other than <root>/);
  });
});

describe('v2NotificationAnswer', () => {
  test('success is the documented SUCCESS/OK XML under 200', () => {
    expect(v2NotificationAnswer()).toEqual({
      status: 200,
      headers: { 'Content-Type': 'text/xml; charset=utf-8' },
      body: '<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>',
    });
  });

  test('a failure answers FAIL with a non-2xx status; a message holding ]]> stays well-formed', () => {
    const answer = v2NotificationAnswer('bad ]]> input');
    expect(answer.status).toBe(500);
    expect(answer.body).toBe('<xml><return_code>FAIL</return_code><return_msg><![CDATA[bad ]]]]><![CDATA[> input]]></return_msg></xml>');
  });
});
