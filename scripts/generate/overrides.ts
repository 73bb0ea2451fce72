/**
 * Endpoints whose generated types are replaced by hand-written ones, because the description
 * cannot say what the SDK accepts. The generated file imports each type from `from` (relative to
 * src/generated/).
 */
import type { HttpVerb } from './load';

export interface Override {
  /** The module the types come from, as imported by src/generated/endpoints.ts. */
  from: string;
  /** The payload type (`xml` for APIv2, `json` for APIv3); replaces the request body. */
  request?: string;
  /** The answer type. */
  response?: string;
}

export const OVERRIDES: Readonly<Record<string, Partial<Record<HttpVerb, Override>>>> = {
  // The description knows only the batch form; the single-interface form is just as valid.
  // https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_14&index=8
  'v2/payitil/report': {
    post: { from: '../types/report', request: 'PayitilReportRequest', response: 'PayitilReportResponse' },
  },
  // On success these answer the bill itself (CSV, or gzip), not the XML the description shows.
  'v2/pay/downloadbill': { post: { from: '../types/bill', response: 'V2BillFile' } },
  'v2/pay/downloadfundflow': { post: { from: '../types/bill', response: 'V2BillFile' } },
};

/**
 * APIv2 fields that take one list of values wherever they appear, though the description gives the
 * list in some payloads, part of it in others (the micropay answer's `is_subscribe`: `N` only)
 * and none in the rest (unifiedorder's `trade_type`). Each is typed with every value the
 * description gives it anywhere in APIv2, after the values of the enumerations listed here: in an
 * answer always (an answer may carry any of them), in a payload when the payload lists none itself.
 */
export const V2_ENUM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  // JSAPI NATIVE APP MICROPAY MWEB FACEPAY, the list APIv3 shares; PAP (entrusted, transit, parking) from APIv2.
  trade_type: ['definitions/Enumerations.yaml#TransactionTradeType'],
  is_subscribe: [],
  sub_is_subscribe: [],
  receipt: [],
  return_code: [],
  result_code: [],
};

/**
 * APIv2 identifiers of which WeChat wants any one (官方文档: "二选一", "四选一"), though the
 * description marks every one required. When all of a group are required in a payload, all of
 * the group become optional. Largest group first.
 */
export const V2_ANY_OF: readonly (readonly string[])[] = [
  ['refund_id', 'out_refund_no', 'transaction_id', 'out_trade_no'],
  ['transaction_id', 'out_trade_no'],
];

/** Payload schemas (by the file holding them) that really need every identifier: customs declarations. */
export const V2_ANY_OF_EXCEPT = /^v2\/cgi-bin\/mch\/(new)?customs\//;

/** `required` of an APIv2 payload held in `file`, with the any-of groups above relaxed. */
export function relaxV2Required(required: ReadonlySet<string>, file: string): Set<string> {
  const out = new Set(required);
  if (V2_ANY_OF_EXCEPT.test(file)) return out;
  for (const group of V2_ANY_OF) {
    if (group.every((name) => out.has(name))) group.forEach((name) => out.delete(name));
  }
  return out;
}
