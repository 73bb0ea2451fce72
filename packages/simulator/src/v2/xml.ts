import { Transformer } from 'wechatpay-ts';
import { signFields, verifyFields } from '../sdk/internal';

export type Fields = Record<string, string>;

/** An APIv2 answer: the fields as `<xml>` elements, written as the SDK writes requests. */
export function answerXml(fields: Fields): string {
  return Transformer.toXml(fields);
}

export function fail(message: string): string {
  return answerXml({ return_code: 'FAIL', return_msg: message });
}

/** Parse a request body into flat string fields, or explain why not. */
export function parseRequest(text: string): Fields | string {
  try {
    const parsed = Transformer.toArray(text);
    const fields: Fields = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value !== 'string') return `${key} must be a single text element`;
      fields[key] = value;
    }
    return fields;
  } catch {
    return 'XML格式错误';
  }
}

/** Check a request's `sign` with its own `sign_type` (MD5 when absent), as WeChat Pay does. */
export function signValid(fields: Fields, secret: string): boolean {
  const type = fields.sign_type ?? 'MD5';
  if (type !== 'MD5' && type !== 'HMAC-SHA256') return false;
  if (typeof fields.sign !== 'string' || fields.sign.length !== (type === 'MD5' ? 32 : 64)) return false;
  return verifyFields(fields, secret);
}

/** Sign an answer with the algorithm the request used. */
export function signAnswer(fields: Fields, secret: string, type = 'MD5'): Fields {
  return { ...fields, sign: signFields(type, fields, secret) };
}
