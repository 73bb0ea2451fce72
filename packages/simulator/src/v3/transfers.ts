import type { SimContext } from '../context';
import { header } from '../http';
import { canonical } from '../orders';
import { CANCELLABLE, findTransfer, finish, fingerprintOf, storeTransfer, transferJson } from '../transfers';
import type { SimTransfer } from '../transfer-types';
import { isHttpUrl } from '../v2/fields';
import { notAnObject, paramError, serialFor, v3Error, type V3Result } from './reply';
import type { V3Request } from './request';
import { stringsProblem } from './transactions';
import { BeijingTime, Rsa } from 'wechatpay-ts';
import { isRecord } from '../sdk/internal';

/** 商家单号: letters and digits, 5 to 32 of them. */
const OUT_BILL_NO = /^[A-Za-z0-9]{5,32}$/;
/** From this amount (2,000 yuan, in fen) WeChat Pay needs the payee's name. */
export const NAME_REQUIRED_FROM = 200_000;

/** The payee's name must decrypt with the platform key, and the request must say which key in Wechatpay-Serial. */
function userNameProblem(request: V3Request, body: Record<string, unknown>, ctx: SimContext): V3Result | undefined {
  const name = body.user_name;
  if (name === undefined) {
    return (body.transfer_amount as number) >= NAME_REQUIRED_FROM
      ? paramError('user_name', `转账金额>=${NAME_REQUIRED_FROM / 100}元时必填 (the payee's name is needed from 2,000 yuan)`)
      : undefined;
  }
  const serial = header(request.incoming, 'wechatpay-serial');
  if (serial !== ctx.platform.publicKeyId && serial !== ctx.platform.certificateSerial)
    return v3Error(
      400,
      'PARAM_ERROR',
      `Wechatpay-Serial ${JSON.stringify(serial ?? '')} 不是加密user_name所用的平台证书序列号或公钥ID (name the key user_name is encrypted with)`,
    );
  try {
    if (typeof name === 'string' && Rsa.decrypt(name, ctx.platform.privateKey) !== '') return undefined;
  } catch {
    // refused below
  }
  return paramError('user_name', '解密失败: 须用微信支付平台公钥以RSA-OAEP加密 (must be encrypted with the platform key, RSA-OAEP)');
}

/** The first problem with a transfer body, as WeChat Pay's 400 answer, or undefined. */
function transferProblem(request: V3Request, body: Record<string, unknown>, ctx: SimContext): V3Result | undefined {
  const problem = stringsProblem(body, [
    ['appid', 32],
    ['out_bill_no', 32],
    ['transfer_scene_id', 36],
    ['openid', 64],
    ['transfer_remark', 32],
    ['notify_url', 256, false],
    ['user_recv_perception', 32, false],
  ]);
  if (problem) return problem;
  if (!OUT_BILL_NO.test(body.out_bill_no as string))
    return paramError('out_bill_no', '只能是5到32位数字、大小写字母 (5 to 32 letters and digits)', body.out_bill_no);
  if (!Number.isSafeInteger(body.transfer_amount) || (body.transfer_amount as number) < 1)
    return paramError('transfer_amount', '必须为正整数，单位为分 (a positive whole number of fen)', body.transfer_amount);
  if (body.notify_url !== undefined && !isHttpUrl(body.notify_url as string)) return paramError('notify_url', '必须为http(s)地址', body.notify_url);
  const infos = body.transfer_scene_report_infos;
  if (
    !Array.isArray(infos) ||
    infos.length === 0 ||
    !infos.every((info) => isRecord(info) && typeof info.info_type === 'string' && typeof info.info_content === 'string')
  )
    return paramError('transfer_scene_report_infos', '必填，且为 [{ info_type, info_content }] (the scene report, one entry at least)', infos);
  return userNameProblem(request, body, ctx);
}

function created(bill: SimTransfer): V3Result {
  const { out_bill_no: outBillNo, transfer_bill_no: transferBillNo, state } = bill;
  const waiting = state === 'WAIT_USER_CONFIRM';
  return {
    status: 200,
    json: {
      out_bill_no: outBillNo,
      transfer_bill_no: transferBillNo,
      create_time: BeijingTime.rfc3339(bill.create_time),
      state,
      ...(waiting ? { package_info: bill.package_info } : {}),
    },
  };
}

/**
 * `POST /v3/fund-app/mch-transfer/transfer-bills`: a bill WAIT_USER_CONFIRM, with the package_info
 * the merchant's app hands to the payee. The same body again answers the same bill; other content
 * under the same out_bill_no is 400 INVALID_REQUEST.
 *
 * @example createTransfer(request, ctx) // { status: 200, json: { out_bill_no, transfer_bill_no, state: 'WAIT_USER_CONFIRM', package_info, create_time } }
 */
export function createTransfer(request: V3Request, ctx: SimContext): V3Result {
  const body = request.json;
  if (!isRecord(body)) return notAnObject();
  const problem = transferProblem(request, body, ctx);
  if (problem) return problem;
  const fingerprint = canonical(body);
  const existing = ctx.state.transfers.get(body.out_bill_no as string);
  if (existing) {
    if (fingerprintOf(existing) !== fingerprint)
      return v3Error(400, 'INVALID_REQUEST', '商户单号重复，且与之前的转账请求不一致 (the same out_bill_no with other content)');
    return created(existing);
  }
  const bill = storeTransfer(
    ctx.state,
    {
      out_bill_no: body.out_bill_no as string,
      appid: body.appid as string,
      openid: body.openid as string,
      transfer_amount: body.transfer_amount as number,
      transfer_remark: body.transfer_remark as string,
      transfer_scene_id: body.transfer_scene_id as string,
      ...(typeof body.user_name === 'string' ? { user_name: body.user_name } : {}),
      ...(typeof body.notify_url === 'string' ? { notify_url: body.notify_url } : {}),
    },
    { fingerprint, serial: serialFor(request.incoming, ctx.platform) },
  );
  ctx.options.log(`transfer ${bill.out_bill_no}: WAIT_USER_CONFIRM (${bill.transfer_amount} fen to ${bill.openid})`);
  return created(bill);
}

/**
 * `GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}` and
 * `…/transfer-bill-no/{transfer_bill_no}`; an unknown bill is 404 NOT_FOUND.
 *
 * @example queryTransfer({ out_bill_no: 'plfk2020042013' }, ctx)
 */
export function queryTransfer(by: { out_bill_no?: string; transfer_bill_no?: string }, ctx: SimContext): V3Result {
  const bill = findTransfer(ctx.state, by);
  if (!bill) return v3Error(404, 'NOT_FOUND', '记录不存在 (no such transfer bill)');
  return { status: 200, json: transferJson(bill, ctx.options.mchid) };
}

/**
 * `POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel`: a bill the payee
 * has not confirmed is cancelled; the answer says CANCELING, the bill reads CANCELLED after, and
 * MCHTRANSFER.BILL.FINISHED (CANCELLED) follows. A cancelled bill cancelled again answers CANCELLED;
 * a finished one is 400 INVALID_REQUEST.
 *
 * @example cancelTransfer('plfk2020042013', ctx) // { status: 200, json: { state: 'CANCELING', … } }
 */
export function cancelTransfer(outBillNo: string, ctx: SimContext): V3Result {
  const bill = ctx.state.transfers.get(outBillNo);
  if (!bill) return v3Error(404, 'NOT_FOUND', '记录不存在 (no such transfer bill)');
  const answer = (state: 'CANCELING' | 'CANCELLED'): V3Result => ({
    status: 200,
    json: { out_bill_no: bill.out_bill_no, transfer_bill_no: bill.transfer_bill_no, state, update_time: BeijingTime.rfc3339(bill.update_time) },
  });
  if (bill.state === 'CANCELLED') return answer('CANCELLED');
  if (!CANCELLABLE.has(bill.state))
    return v3Error(400, 'INVALID_REQUEST', `转账单状态为${bill.state}，不能撤销 (only a bill the payee has not confirmed can be cancelled)`);
  finish(ctx, bill, 'CANCELLED');
  return answer('CANCELING');
}
