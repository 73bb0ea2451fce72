import type { KeyObject } from 'node:crypto';
import type { SimCombines } from './combine-types';
import type { Faults } from './fault-types';
import type { MicropayScenarios } from './micropay-types';
import type { SimProfitSharings } from './profitsharing-types';
import type { RefundOutcome, RefundScenarios, SimRefund } from './refund-types';
import type { SimTransfers } from './transfer-types';
import type { StoredReport } from './v2/report';
import { type KeyLike } from 'wechatpay-ts';

export type { StoredReport } from './v2/report';
export type { SimTransfer, SimTransfers, TransferState } from './transfer-types';
export type { SimCombine, SimCombines } from './combine-types';
export type { SimProfitSharing, SimProfitSharingReturn, SimProfitSharings, SimReceiver, SimShare } from './profitsharing-types';
export {
  REFUND_SCENARIOS,
  REFUND_STATUSES,
  type RefundOutcome,
  type RefundScenario,
  type RefundScenarios,
  type RefundStatus,
  type SimRefund,
} from './refund-types';
export { FAULT_KINDS, type FaultKind, type Faults } from './fault-types';
export { MICROPAY_SCENARIOS, type MicropayScenario, type MicropayScenarioOptions, type MicropayScenarios } from './micropay-types';

/**
 * What `startSimulator` takes.
 *
 * @example
 * const sim = await startSimulator({ mchid: '1900000109', secret: apiv2Key, apiv3Key, merchantPublicKey: 'file:///keys/apiclient_pub.pem' });
 */
export interface SimulatorOptions {
  /** The merchant it serves (digits). */
  mchid: string;
  /** The APIv2 key shared with the merchant. */
  secret: string;
  /** The 32-byte APIv3 key: encrypts notifications and the `/v3/certificates` answer. */
  apiv3Key: string;
  /** Verifies APIv3 `Authorization` (PEM, KeyObject, certificate, file://). Without it, v3 calls get 401 SIGN_ERROR saying so. */
  merchantPublicKey?: KeyLike;
  /** The `serial_no` the merchant's Authorization must name; any when absent. */
  merchantSerial?: string;
  /** The simulator's platform private key; generated when absent. */
  platformKey?: KeyLike;
  /** Default: `PUB_KEY_ID_` + 28 digits derived from the platform key. */
  publicKeyId?: string;
  /** 0 (the default): any free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /**
   * https. `true` generates a CA and a 127.0.0.1 server certificate. Client certificates are demanded
   * for `/secapi/*` and must chain to `ca` (the generated CA with `true`); with
   * `requireClientCertificate` the TLS handshake itself refuses a client without one.
   */
  tls?: { key: string | Buffer; cert: string | Buffer; ca?: string | Buffer; requireClientCertificate?: boolean } | true;
  /** Milliseconds between notification attempts while the merchant does not answer 2xx; default WeChat's 15 steps over about 24 h. */
  notifyRetryDelays?: number[];
  /**
   * Hosts besides loopback that notifications may be POSTed to: host names or IP addresses
   * (`['merchant.test', '10.0.0.5']`), or `['*']` for any host. By default a notification goes
   * only to 127.0.0.0/8, ::1 and `localhost`; one to any other notify_url is not sent (nor its
   * host resolved) and is listed in `notifications` with `refused: true` and the reason in `error`.
   */
  notifyAllowHosts?: string[];
  /** One line per request and per notification attempt (never a key, sign or Authorization). */
  log?: (line: string) => void;
  /**
   * A second listener on another port serving the same merchant and state, as
   * api2.mch.weixin.qq.com backs api.mch.weixin.qq.com: `sim.backupUrl`. With the `unreachable`
   * fault on, only it answers, so a client's failover can be tried offline.
   */
  backup?: boolean;
  /**
   * As a service provider (服务商): the sub-merchants (特约商户, `sub_mchid`) bound to `mchid`, at
   * most `MAX_SUB_MCHIDS`. A partner order, combine sub-order or 分账 for another is refused 400
   * INVALID_REQUEST 受理关系不存在. Absent: every sub_mchid counts as bound.
   */
  subMchids?: string[];
  /**
   * The URL the receiving merchants configured for 分账动账通知 (service_notify_url): where
   * PROFITSHARING.SUCCESS and PROFITSHARING.RETURN go for MERCHANT_ID receivers. Absent: not sent.
   */
  profitSharingNotifyUrl?: string;
}

/** A v2 or v3 order, by `out_trade_no`. */
export interface SimOrder {
  /** Which API created it: the notification follows (JSON for v3, XML for v2). */
  api: 'v2' | 'v3';
  appid: string;
  mchid: string;
  out_trade_no: string;
  /** Assigned when paid. */
  transaction_id?: string;
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY';
  /** USERPAYING and REVOKED happen to code payments (付款码) only. */
  trade_state: 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND' | 'USERPAYING' | 'REVOKED';
  description: string;
  attach?: string;
  notify_url?: string;
  /** In fen (分). `refunded` sums the refunds so far. */
  amount: { total: number; currency: string; refunded: number };
  /** `openid`: the payer under `appid` (a partner order's sp_openid); `sub_openid` under a partner order's sub_appid. */
  payer?: { openid: string; sub_openid?: string };
  /**
   * A partner (服务商) order (`v3/pay/partner/transactions/…`): `appid` and `mchid` are then the
   * service provider's sp_appid and sp_mchid, and this names the sub-merchant it is for.
   */
  partner?: { sub_mchid: string; sub_appid?: string };
  /** A 合单 sub-order: the combine order it belongs to (`sim.combine`), paid with it, not by `sim.pay`. */
  combine_out_trade_no?: string;
  /** `settle_info.profit_sharing` was true: the money stays frozen for 分账 until shared or unfrozen. */
  profit_sharing?: boolean;
  prepay_id?: string;
  code_url?: string;
  h5_url?: string;
  created: Date;
  success_time?: Date;
  /** The request's `time_expire`: once past, an unpaid order reads as CLOSED. */
  time_expire?: Date;
}

/** One POST of a notification to a merchant's notify_url. */
export interface NotificationAttempt {
  /** The notification id: the same on every retry. */
  id: string;
  /** `TRANSACTION.SUCCESS`, `REFUND.SUCCESS`, or `v2` for an APIv2 XML notification. */
  event_type: string;
  url: string;
  out_trade_no: string;
  /** 1 for the first POST. */
  attempt: number;
  at: Date;
  /** The merchant's HTTP status, when it answered. */
  status?: number;
  /** Why it did not count as received (network error, status, FAIL answer, or why it was refused). */
  error?: string;
  delivered: boolean;
  /** True when the simulator did not send it at all: notify_url's host is not loopback and `notifyAllowHosts` does not name it. Not retried. */
  refused?: true;
}

/** A running simulator. */
export interface Simulator {
  /** `http(s)://127.0.0.1:<port>/`: give it to `Builder.factory({ baseURL })`. */
  url: string;
  port: number;
  /** With `backup: true`: the second listener, the stand-in for api2.mch.weixin.qq.com. */
  backupUrl?: string;
  /** What a merchant configures to verify the simulator. */
  platform: {
    /** `PUB_KEY_ID_…` */
    publicKeyId: string;
    publicKey: KeyObject;
    publicKeyPem: string;
    /** Upper-case hex. */
    certificateSerial: string;
    /** X.509, the one served (encrypted) by `GET /v3/certificates`. */
    certificatePem: string;
    /**
     * The CA that issued `certificatePem` (PEM), the simulator's stand-in for Tenpay.com Root CA:
     * give it to `Builder.factory({ platformCertificateAuthorities })` so a client with no key yet
     * can download the certificate.
     */
    ca: string;
  };
  /**
   * With `tls`: the CA to trust. With `tls: true` the CA is generated here, and
   * `issueClientCertificate` issues merchant client certificates from it (CN = the mchid by default).
   */
  tls?: { ca: string; issueClientCertificate?: (commonName?: string) => { cert: string; key: string } };
  /** payitil/report, both forms, the latest 1000. */
  reports: StoredReport[];
  /** By out_trade_no, v2 and v3 orders alike; the latest 10,000. */
  orders: ReadonlyMap<string, SimOrder>;
  /** By out_refund_no; the latest 10,000. */
  refunds: ReadonlyMap<string, SimRefund>;
  /** Every notification POST attempt, the latest 1000. */
  notifications: NotificationAttempt[];
  /**
   * The user pays: trade_state SUCCESS, a transaction_id, and a notification to notify_url (signed,
   * encrypted, retried). Rejects for an unknown order or one that is not NOTPAY.
   */
  pay(outTradeNo: string, options?: { openid?: string }): Promise<SimOrder>;
  faults: Faults;
  /** Scripts for the next code payments (付款码): USERPAYING, SYSTEMERROR, paid after N queries, reverse recalls. */
  micropay: MicropayScenarios;
  /** Scripts for the next refunds: held PROCESSING until `finishRefund`. */
  refundScenarios: RefundScenarios;
  /**
   * A PROCESSING refund ends: SUCCESS, ABNORMAL or CLOSED (CLOSED gives the amount back to the
   * order), and an APIv3 refund with a notify_url gets REFUND.SUCCESS / REFUND.ABNORMAL /
   * REFUND.CLOSED (an APIv2 one the XML with req_info). Rejects for an unknown refund or one that is not PROCESSING.
   */
  finishRefund(outRefundNo: string, outcome: RefundOutcome): Promise<SimRefund>;
  /**
   * 商家转账 bills by out_bill_no (the latest 10,000), and the payee's side of them: `confirm`
   * (SUCCESS) and `fail` (FAIL), each sending MCHTRANSFER.BILL.FINISHED to the bill's notify_url.
   */
  transfers: SimTransfers;
  /** 合单 orders by combine_out_trade_no (the latest `MAX_COMBINES`), and the payer's side: `pay` pays every sub-order, one notification. */
  combine: SimCombines;
  /** 分账 orders by out_order_no, returns and receivers, and WeChat's side: `finish` (SUCCESS) and `close` (CLOSED). */
  profitsharing: SimProfitSharings;
  /** Stops the server and cancels pending notification retries. */
  close(): Promise<void>;
}
