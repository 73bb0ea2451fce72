import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { BILL_TYPES, tradeBill, type BillKind } from '../bill';
import type { SimContext } from '../context';
import { ACCOUNT_TYPES, fundFlowBill, type AccountType } from '../fundflow';
import { ids } from '../state';
import { v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { BeijingTime } from 'wechatpay-ts';

/** A download_url lives five minutes, as WeChat Pay's do. */
const TOKEN_LIFETIME = 5 * 60_000;
const DAY = 86_400_000;
/** WeChat Pay keeps bills for three months. */
const KEPT_DAYS = 92;

/** 400 PARAM_ERROR naming a query parameter. @example queryError('bill_date', '必填', null) */
export function queryError(field: string, issue: string, value: string | null): V3Result {
  return v3Error(400, 'PARAM_ERROR', `参数错误: ${field} ${issue}`, { field, ...(value === null ? {} : { value }), issue, location: 'query' });
}

/**
 * The `bill_date` of a bill request (YYYY-MM-DD, UTC+8, today or up to three months back), or the
 * 400 that refuses it; `tar_type` must be GZIP when given.
 *
 * @example const day = billDay(request.incoming.query); if (typeof day !== 'string') return day;
 */
export function billDay(query: URLSearchParams): string | V3Result {
  const day = query.get('bill_date');
  if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00+08:00`)))
    return queryError('bill_date', '必填，格式为YYYY-MM-DD', day);
  const start = Date.parse(`${day}T00:00:00+08:00`);
  if (BeijingTime.day(new Date(start)) !== day) return queryError('bill_date', '不是有效的日期', day);
  const now = Date.now();
  if (day > BeijingTime.day(new Date(now))) return v3Error(400, 'INVALID_REQUEST', `账单日期${day}晚于今天 (bill_date is in the future)`);
  if (start < now - KEPT_DAYS * DAY) return v3Error(400, 'INVALID_REQUEST', `仅支持三个月内的账单 (bill_date ${day} is older than three months)`);
  const tar = query.get('tar_type');
  if (tar !== null && tar !== 'GZIP') return queryError('tar_type', '只支持GZIP', tar);
  return day;
}

/**
 * A built bill kept under a fresh token for five minutes: answers `{hash_type: 'SHA1', hash_value,
 * download_url}`, the hash of the plain CSV even when it will be sent gzipped.
 *
 * @example return offerBill(ctx, Buffer.from(csv), request.incoming.query.get('tar_type') === 'GZIP');
 */
export function offerBill(ctx: SimContext, bytes: Buffer, gzip: boolean): V3Result {
  const token = ids.billToken();
  ctx.state.bills.set(token, { csv: bytes, gzip, expires: Date.now() + TOKEN_LIFETIME });
  return {
    status: 200,
    json: {
      hash_type: 'SHA1',
      hash_value: createHash('sha1').update(bytes).digest('hex'),
      download_url: `${ctx.url}v3/billdownload/file?token=${token}${gzip ? '&tartype=gzip' : ''}`,
    },
  };
}

/**
 * `GET /v3/bill/tradebill?bill_date=&bill_type=&tar_type=`: the bill of that day (UTC+8) built now,
 * offered as `offerBill` does. A day without trades is 400 NO_STATEMENT_EXIST, as WeChat Pay
 * answers. Today's bill is served too (WeChat's is ready the next morning), so a test can pay and
 * then download.
 *
 * @example tradebill(request, ctx) // { status: 200, json: { hash_type: 'SHA1', hash_value, download_url } }
 */
export function tradebill(request: V3Request, ctx: SimContext): V3Result {
  const query = request.incoming.query;
  const day = billDay(query);
  if (typeof day !== 'string') return day;
  const kind = (query.get('bill_type') ?? 'ALL') as BillKind;
  if (!BILL_TYPES.includes(kind)) return queryError('bill_type', `只支持${BILL_TYPES.join('|')}`, kind);
  const csv = tradeBill(ctx.state, day, kind);
  if (csv === undefined) return v3Error(400, 'NO_STATEMENT_EXIST', `${day}没有${kind === 'ALL' ? '' : `${kind}类型的`}交易，账单不存在 (no trades that day)`);
  return offerBill(ctx, Buffer.from(csv, 'utf8'), query.get('tar_type') === 'GZIP');
}

/**
 * `GET /v3/bill/fundflowbill?bill_date=&account_type=&tar_type=`: the fund-flow bill (资金账单) of that
 * day for one account (BASIC by default), offered as `offerBill` does; an account that did not move
 * that day is 400 NO_STATEMENT_EXIST.
 *
 * @example fundflowbill(request, ctx) // { status: 200, json: { hash_type: 'SHA1', hash_value, download_url } }
 */
export function fundflowbill(request: V3Request, ctx: SimContext): V3Result {
  const query = request.incoming.query;
  const day = billDay(query);
  if (typeof day !== 'string') return day;
  const account = (query.get('account_type') ?? 'BASIC') as AccountType;
  if (!ACCOUNT_TYPES.includes(account)) return queryError('account_type', `只支持${ACCOUNT_TYPES.join('|')}`, account);
  const csv = fundFlowBill(ctx.state, day, account);
  if (csv === undefined) return v3Error(400, 'NO_STATEMENT_EXIST', `${day}${account}账户没有资金变动，账单不存在 (the account did not move that day)`);
  return offerBill(ctx, Buffer.from(csv, 'utf8'), query.get('tar_type') === 'GZIP');
}

/**
 * `GET /v3/billdownload/file?token=`: the bill file, gzip when it was asked so, answered without a
 * signature by design (the request is still verified). An unknown or expired token is 400.
 *
 * @example billDownload(request, ctx) // { status: 200, raw: <bytes>, unsigned: true }
 */
export function billDownload(request: V3Request, ctx: SimContext): V3Result {
  const token = request.incoming.query.get('token');
  const bill = token === null ? undefined : ctx.state.bills.get(token);
  if (!bill || bill.expires < Date.now()) {
    if (token !== null) ctx.state.bills.delete(token);
    return v3Error(400, 'PARAM_ERROR', '下载链接不存在或已过期，请重新申请账单 (unknown or expired token)');
  }
  return { status: 200, raw: bill.gzip ? gzipSync(bill.csv) : bill.csv, contentType: 'application/octet-stream', unsigned: true };
}
