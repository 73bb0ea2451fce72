import { Builder, type Client } from '../../src';
import { MCHID, SECRET } from './seed';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { startServer, type Answer, type Received, type TestServer } from './http';

/**
 * An element's text as an XML parser reads it: CDATA sections and entity-decoded text in turn, and
 * every raw CR or CR LF read as LF (XML 1.0 §2.11), so only `&#13;` gives back a CR.
 */
function contentOf(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((piece, i) => (i % 2 === 1 ? piece.slice('<![CDATA['.length, -']]>'.length) : piece).replace(/\r\n?/g, '\n'))
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#13;/g, '\r')
            .replace(/&amp;/g, '&'),
    )
    .join('');
}

/**
 * Flat WeChat Pay XML to a dictionary, written here on purpose (not the SDK's Transformer):
 * elements `<k>text</k>` or `<k><![CDATA[…]]></k>`, CDATA possibly split in several sections.
 */
export function parseFlatXml(xml: string): Record<string, string> {
  const root = /^\s*<xml>([\s\S]*)<\/xml>\s*$/.exec(xml);
  if (!root) throw new Error(`not a <xml> document: ${xml.slice(0, 60)}`);
  const out: Record<string, string> = {};
  const element = /<([A-Za-z_][\w.-]*)>((?:<!\[CDATA\[[\s\S]*?\]\]>|[^<])*)<\/\1>/g;
  let rest = root[1] ?? '';
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = element.exec(rest)) !== null) {
    if (match.index !== consumed) throw new Error(`unexpected text at ${consumed}: ${rest.slice(consumed, consumed + 40)}`);
    consumed = element.lastIndex;
    out[match[1]!] = contentOf(match[2] ?? '');
  }
  if (consumed !== rest.length) throw new Error(`trailing text: ${rest.slice(consumed, consumed + 40)}`);
  rest = '';
  return out;
}

/** The APIv2 sign as WeChat Pay's documentation defines it, computed independently. */
export function wechatSign(fields: Record<string, string>, secret: string, type = 'MD5'): string {
  const text = Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== '' && fields[k] !== undefined)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
  const data = `${text}&key=${secret}`;
  const hex = type === 'HMAC-SHA256' ? createHmac('sha256', secret).update(data, 'utf8').digest('hex') : createHash('md5').update(data, 'utf8').digest('hex');
  return hex.toUpperCase();
}

export function xmlOf(fields: Record<string, string>): string {
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('')}</xml>`;
}

export type V2Mode = 'ok' | 'forge' | 'unsigned' | 'fail' | 'result-fail' | 'not-xml' | 'http-500' | 'drop';

export interface V2Server extends TestServer {
  /** How the next answers misbehave (default 'ok'). */
  mode: V2Mode;
  /** What the server parsed from each request, with its verdict on the sign. */
  checked: Array<{ path: string; fields: Record<string, string>; signOk: boolean; request: Received }>;
}

const SIGNED_ANSWER_PATHS = new Set(['/pay/orderquery', '/pay/unifiedorder', '/secapi/pay/refund']);

/**
 * A stand-in for api.mch.weixin.qq.com's APIv2 side that checks every request's sign on its own and
 * answers as WeChat Pay does: FAIL + 签名错误 for a bad sign; the report endpoint unsigned, the
 * others signed with the same key (or forged, per `mode`).
 */
export async function startV2Server(options: {
  mchid: string;
  secret: string;
  wrap?: (l: (req: IncomingMessage, res: ServerResponse) => void) => Server;
}): Promise<V2Server> {
  const state = { mode: 'ok' as V2Mode, checked: [] as V2Server['checked'] };
  const answer = (fields: Record<string, string>): Answer => ({
    status: 200,
    headers: { 'content-type': 'text/xml', 'request-id': 'req-v2-test' },
    body: xmlOf(fields),
  });
  const server = await startServer((request) => {
    const path = request.url.split('?')[0] ?? '';
    const broken = BROKEN_ANSWERS[state.mode];
    if (broken) return broken;
    let fields: Record<string, string>;
    try {
      fields = parseFlatXml(request.text);
    } catch {
      return answer({ return_code: 'FAIL', return_msg: 'XML格式错误' });
    }
    const signType = fields.sign_type ?? 'MD5';
    const signOk = typeof fields.sign === 'string' && safeEqual(wechatSign(fields, options.secret, signType), fields.sign);
    state.checked.push({ path, fields, signOk, request });
    if (!signOk) return answer({ return_code: 'FAIL', return_msg: '签名错误' });
    if (fields.mch_id !== options.mchid) return answer({ return_code: 'FAIL', return_msg: 'mch_id参数格式错误' });
    if (state.mode === 'fail') return answer({ return_code: 'FAIL', return_msg: '系统繁忙,请稍后再试' });
    if (path === '/payitil/report') return answer({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' });
    if (!SIGNED_ANSWER_PATHS.has(path)) return { status: 404, body: 'not found' };
    return answer(signedReply(state.mode, fields, options, signType));
  }, options.wrap);
  return Object.defineProperties(server, {
    mode: { get: () => state.mode, set: (value: V2Mode) => (state.mode = value), enumerable: true },
    checked: { value: state.checked, enumerable: true },
  }) as V2Server;
}

/** Modes that answer before reading the request: a dropped connection, a gateway error, a non-XML page. */
const BROKEN_ANSWERS: Partial<Record<V2Mode, Answer>> = {
  drop: { destroy: true },
  'http-500': { status: 500, body: '<xml><return_code>FAIL</return_code><return_msg>SYSTEMERROR</return_msg></xml>' },
  'not-xml': { status: 200, body: '<html>gateway</html' },
};

/** An order's answer, signed with the merchant's key unless `mode` asks for it unsigned or forged. */
function signedReply(mode: V2Mode, fields: Record<string, string>, options: { mchid: string; secret: string }, signType: string): Record<string, string> {
  const reply: Record<string, string> = {
    return_code: 'SUCCESS',
    return_msg: 'OK',
    appid: fields.appid ?? '',
    mch_id: options.mchid,
    nonce_str: 'd8wGbDn0cqDq5nUi',
    result_code: mode === 'result-fail' ? 'FAIL' : 'SUCCESS',
    ...(mode === 'result-fail'
      ? { err_code: 'ORDERNOTEXIST', err_code_des: '此交易订单号不存在' }
      : { trade_state: 'SUCCESS', out_trade_no: fields.out_trade_no ?? '', note: 'a<b>&"c' }),
  };
  if (mode !== 'unsigned') reply.sign = wechatSign(reply, options.secret, signType);
  if (mode === 'forge') reply.sign = wechatSign({ ...reply, trade_state: 'NOTPAY' }, options.secret, signType);
  return reply;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A verifying v2 server and a client for it, for the whole test file: started before the tests,
 * closed after them, its mode and records reset before each.
 */
export function useV2Server(): { readonly server: V2Server; readonly wx: Client } {
  const fixture = {} as { server: V2Server; wx: Client };
  beforeAll(async () => {
    fixture.server = await startV2Server({ mchid: MCHID, secret: SECRET });
    fixture.wx = Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: fixture.server.url });
  });
  afterAll(() => fixture.server.close());
  beforeEach(() => {
    fixture.server.mode = 'ok';
    fixture.server.checked.length = 0;
  });
  return fixture;
}
