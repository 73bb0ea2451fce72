/**
 * Hand-written additions to the generated endpoint pages (docs/api/), by chain path and verb:
 * what the description cannot say. The generator fails when a note names a path, verb or field
 * the description does not have, so a note cannot outlive its endpoint unnoticed.
 */
import type { HttpVerb } from './load';

export interface PageNote {
  /** A line under WeChat's description (an English gloss, say). */
  about?: string;
  /** Notes appended to request-table rows, by the row's path from the options object: `xml.mch_id`. */
  fields?: Readonly<Record<string, string>>;
  /** Markdown after the request table. */
  request?: string;
  /** Markdown after the answer table. */
  answer?: string;
}

const BILL_ANSWER = `On success WeChat Pay answers the bill itself, not this dictionary: \`response.data\` is the CSV
text, or a \`Buffer\` of the gzip bytes when asked with \`tar_type: 'GZIP'\`. The dictionary comes
only with a failure, which rejects with a \`BusinessError\`.`;

export const PAGE_NOTES: Readonly<Record<string, Partial<Record<HttpVerb, PageNote>>>> = {
  'v2/payitil/report': {
    post: {
      about: '(The transaction-guarantee report: merchants report how long each call to WeChat Pay took and what it returned.)',
      fields: {
        'xml.trades': 'An array is JSON-encoded by the SDK.',
        'xml.trades.begin_time': '`yyyyMMddHHmmss`',
        'xml.trades.end_time': '`yyyyMMddHHmmss`',
        'xml.trades.state': "`CANCLE` is WeChat's spelling.",
      },
      request: `The single-interface form reports one call instead of a batch: \`interface_url\` is the API that was
called, plus \`execute_time_\` (milliseconds; the trailing underscore is real), \`return_code\`,
\`return_msg\`, \`result_code\`, and optionally \`err_code\`, \`err_code_des\`, \`out_trade_no\`, \`time\`
(\`yyyyMMddHHmmss\`). The SDK's type for this endpoint (\`PayitilReportRequest\`) takes both forms:

\`\`\`ts
import type { PayitilReportRequest } from 'wechatpay-ts';

const single: PayitilReportRequest = {
  appid: 'wx8888888888888888',
  mch_id: '1900000109',
  interface_url: 'https://api.mch.weixin.qq.com/pay/unifiedorder',
  execute_time_: 1000,
  return_code: 'SUCCESS',
  result_code: 'SUCCESS',
  user_ip: '8.8.8.8',
  time: '20160602203256',
};
\`\`\``,
      answer: `The answer carries no \`sign\`. A successful one:

\`\`\`ts
import type { PayitilReportResponse } from 'wechatpay-ts';

const answer: PayitilReportResponse = { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' };
\`\`\`

A \`return_code\` or \`result_code\` other than \`SUCCESS\` rejects the promise with a \`BusinessError\`
whose \`returnMsg\` (and \`dictionary\`) say why:

\`\`\`ts
import { Builder, isBusinessError, type PayitilReportRequest } from 'wechatpay-ts';

declare const xml: PayitilReportRequest; // as above
const wx = Builder.factory({ mchid: '1900000109', secret: process.env.WECHATPAY_APIV2_KEY! });

try {
  await wx.v2.payitil.report.post({ xml });
} catch (error) {
  if (isBusinessError(error)) console.error(error.returnMsg, error.dictionary);
  else throw error;
}
\`\`\`

Try it offline: \`npm start\` (in the repository) runs the six calls against the simulator (wechatpay-ts-simulator).`,
    },
  },
  'v2/pay/downloadbill': { post: { answer: BILL_ANSWER } },
  'v2/pay/downloadfundflow': { post: { answer: BILL_ANSWER } },
};
