import { InvalidRequestError } from '../../errors';
import { describe, isPlainObject, isRecord } from '../../util/object';

/**
 * What the cashier asked for, as a paid answer must repeat it. An order number used before may
 * already be paid for another amount, app or merchant: WeChat answers ORDERPAID and the query shows
 * that earlier payment, which is SUCCESS for it and never for this checkout (issue 14 §1).
 */
export interface Asked {
  outTradeNo: string;
  /** The amount in the currency's smallest unit (fen), written as WeChat writes it. */
  total: string;
  /** The currency asked for (`CNY` when the request names none, as WeChat reads it). */
  currency: string;
  /** Where an answer states the amount: `total_fee`/`fee_type` (APIv2) or `amount.total`/`amount.currency` (APIv3). */
  amountAt: readonly [total: string, currency: string];
  /** The ids an answer must repeat, by the answer's field name: appid, mch_id, sub_mch_id, … */
  ids: Readonly<Record<string, string>>;
}

const DEFAULT_CURRENCY = 'CNY';

function idOf(body: Record<string, unknown>, name: string, where: string): string | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new InvalidRequestError(`micropay: \`${where}.${name}\` must be a non-empty string, got ${describe(value)}`);
}

function amountOf(value: unknown, name: string): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : typeof value === 'string' ? value : '';
  if (!/^[1-9]\d{0,15}$/.test(text)) throw new InvalidRequestError(`micropay: \`${name}\` must be a whole, positive number of fen, got ${describe(value)}`);
  return text;
}

function currencyOf(value: unknown, name: string): string {
  if (value === undefined) return DEFAULT_CURRENCY;
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value))
    throw new InvalidRequestError(`micropay: \`${name}\` must be a currency code such as CNY, got ${describe(value)}`);
  return value;
}

/**
 * What an APIv2 `pay/micropay` request asks for (`mch_id` the client's when the request has none).
 *
 * @example askedV2({ appid: 'wx1', mch_id: '1900000109', out_trade_no: 'M1', total_fee: 100 }, '1900000109').total // '100'
 */
export function askedV2(xml: Record<string, unknown>, outTradeNo: string, mchid: string): Asked {
  const ids: Record<string, string> = { appid: idOf(xml, 'appid', 'xml') ?? '', mch_id: idOf(xml, 'mch_id', 'xml') ?? mchid };
  for (const name of ['sub_mch_id', 'sub_appid']) {
    const value = idOf(xml, name, 'xml');
    if (value !== undefined) ids[name] = value;
  }
  return {
    outTradeNo,
    total: amountOf(xml.total_fee, 'xml.total_fee'),
    currency: currencyOf(xml.fee_type, 'xml.fee_type'),
    amountAt: ['total_fee', 'fee_type'],
    ids,
  };
}

/**
 * What an APIv3 codepay body asks for (partner mode when `sp_mchid` is given).
 *
 * @example askedV3({ appid: 'wx1', out_trade_no: 'M1', amount: { total: 100 } }, 'M1', '1900000109').ids // { appid: 'wx1', mchid: '1900000109' }
 */
export function askedV3(json: Record<string, unknown>, outTradeNo: string, mchid: string): Asked {
  const ids: Record<string, string> = {};
  const names = json.sp_mchid === undefined ? ['appid', 'mchid'] : ['sp_mchid', 'sub_mchid', 'sp_appid', 'sub_appid'];
  for (const name of names) {
    const value = idOf(json, name, 'json');
    if (value !== undefined) ids[name] = value;
  }
  if (json.sp_mchid === undefined) ids.mchid ??= mchid;
  else if (ids.sub_mchid === undefined)
    throw new InvalidRequestError('micropay: `json.sub_mchid` must be a non-empty string in partner mode (`json.sp_mchid` given)');
  const amount = json.amount;
  if (!isPlainObject(amount)) throw new InvalidRequestError(`micropay: \`json.amount\` must be { total, currency? }, got ${describe(amount)}`);
  return {
    outTradeNo,
    total: amountOf(amount.total, 'json.amount.total'),
    currency: currencyOf(amount.currency, 'json.amount.currency'),
    amountAt: ['amount.total', 'amount.currency'],
    ids,
  };
}

function read(order: Record<string, unknown>, path: string): string | undefined {
  let value: unknown = order;
  for (const key of path.split('.')) value = isRecord(value) ? value[key] : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * How a paid order differs from what was asked; a field left out counts as a difference, but a currency (omitted for CNY).
 *
 * @example mismatchOf(asked, { out_trade_no: 'M1', total_fee: '1', appid: 'wx1', mch_id: '1900000109' }) // 'amount: asked 100 CNY fen, paid 1 CNY fen'
 */
export function mismatchOf(asked: Asked, order: Record<string, unknown>): string | undefined {
  const differences: string[] = [];
  const total = read(order, asked.amountAt[0]);
  const currency = read(order, asked.amountAt[1]) ?? DEFAULT_CURRENCY;
  if (total !== asked.total || currency !== asked.currency)
    differences.push(
      `amount: asked ${asked.total} ${asked.currency} fen, paid ${total === undefined ? `no ${asked.amountAt[0]}` : `${total} ${currency} fen`}`,
    );
  for (const [name, value] of Object.entries(asked.ids)) {
    const paid = read(order, name);
    if (paid !== value) differences.push(`${name}: asked ${value}, paid ${paid ?? 'none named'}`);
  }
  return differences.length > 0 ? differences.join('; ') : undefined;
}
