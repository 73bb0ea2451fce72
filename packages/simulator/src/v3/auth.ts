import { header, type Incoming } from '../http';
import type { Resolved } from '../options';
import { Formatter, Rsa } from 'wechatpay-ts';

/** WeChat Pay refuses a request signed more than five minutes from its clock. */
const MAX_SKEW = 300;
const SCHEME = 'WECHATPAY2-SHA256-RSA2048 ';

/** `k="v",k2="v2"` into a record; undefined when it is not that shape. */
function parseFields(text: string): Record<string, string> | undefined {
  const fields: Record<string, string> = Object.create(null);
  const pairs = text.split(',');
  // Five fields are defined; a few spare, and no more, so a huge header costs nothing.
  if (pairs.length > 16) return undefined;
  for (const pair of pairs) {
    const match = /^\s*([a-z_]+)="([^"]*)"\s*$/.exec(pair);
    if (!match) return undefined;
    fields[match[1]!] = match[2]!;
  }
  return fields;
}

/**
 * Check an APIv3 request's `Authorization` as WeChat Pay does: the scheme, the merchant id, the
 * certificate serial (when configured), a timestamp within 5 minutes, and SHA256withRSA with the
 * merchant public key over `METHOD\nPATH?QUERY\nTS\nNONCE\nBODY\n` (BODY: `signedBody`, an upload's `meta`). Returns why it fails (the
 * 401 SIGN_ERROR message), or undefined when it holds.
 *
 * @example const why = authorizationProblem(incoming, options); if (why) return v3Error(401, 'SIGN_ERROR', why);
 */
export function authorizationProblem(incoming: Incoming, options: Resolved, signedBody: Buffer = incoming.body): string | undefined {
  const given = header(incoming, 'authorization');
  if (given === undefined)
    return '签名错误: the Authorization header is missing; sign the request with the merchant API private key (WECHATPAY2-SHA256-RSA2048)';
  if (!given.startsWith(SCHEME)) return '签名错误: Authorization must start with WECHATPAY2-SHA256-RSA2048';
  const fields = parseFields(given.slice(SCHEME.length));
  if (!fields) return '签名错误: Authorization must be WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"';
  const missing = ['mchid', 'nonce_str', 'signature', 'timestamp', 'serial_no'].filter((name) => !fields[name]);
  if (missing.length) return `签名错误: Authorization lacks ${missing.join(', ')}`;
  if (fields.mchid !== options.mchid) return `签名错误: Authorization names mchid ${fields.mchid}, but this simulator serves ${options.mchid}`;
  if (options.merchantSerial !== undefined && fields.serial_no!.toUpperCase() !== options.merchantSerial.toUpperCase()) {
    return `签名错误: serial_no ${fields.serial_no} is not the merchant API certificate serial this simulator was given (${options.merchantSerial})`;
  }
  const timestamp = /^\d{1,12}$/.test(fields.timestamp!) ? Number(fields.timestamp) : Number.NaN;
  const skew = Math.abs(Formatter.timestamp() - timestamp);
  if (!(skew <= MAX_SKEW))
    return `签名错误: timestamp ${fields.timestamp} is ${Number.isNaN(skew) ? 'not a Unix time in seconds' : `${skew} s from now; at most ${MAX_SKEW} s is accepted`}`;
  if (!options.merchantPublicKey) {
    return '签名错误: this simulator was started without merchantPublicKey, so it cannot verify APIv3 requests; pass the merchant API public key (or certificate)';
  }
  const message = Buffer.concat([
    Buffer.from(`${incoming.method}\n${incoming.url}\n${fields.timestamp}\n${fields.nonce_str}\n`),
    signedBody,
    Buffer.from('\n'),
  ]);
  if (!Rsa.verify(message, fields.signature!, options.merchantPublicKey)) {
    return '签名错误: the signature does not verify with the merchant public key over METHOD\\nPATH?QUERY\\nTIMESTAMP\\nNONCE\\nBODY\\n';
  }
  return undefined;
}
