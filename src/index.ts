/**
 * wechatpay-ts: WeChat Pay (微信支付) APIv2 and APIv3 for TypeScript, mirroring the PHP SDK
 * `wechatpay/wechatpay`. Everything public is exported here; anything else is internal.
 */
export { Builder, withOptions, flushReports, getDriver, XML_BASED, JSON_BASED } from './client/builder';
export type { Driver } from './client/builder';
export type { CertificateAuthorities, ClientConfig, ClientOptions } from './client/config';
export { REPORT_LEVELS, DEFAULT_REPORT_FLUSH_MS, DEFAULT_REPORT_MAX_QUEUE, REPORT_TIMEOUT_MS, MICROPAY_BATCH_URL } from './client/report';
export type { ReportConfig, ReportLevel, ReportStats, ReportFields } from './client/report';
export { DEFAULT_BACKUP_URL, DEFAULT_FAILOVER_HOLD_MS } from './client/failover';
export type { FailoverConfig } from './client/failover';
export type { CallEvent, CallHooks } from './client/observe';
export type { MerchantCertificate } from './pipeline/agent';

export { Formatter } from './util/formatter';
export { BeijingTime } from './util/time';
export { Hash, SIGN_TYPES } from './util/hash';
export type { SignType } from './util/hash';
export { Transformer, MAX_XML_DEPTH } from './util/transformer';
export type { Dictionary } from './util/transformer';

export { Rsa, AesGcm, AesEcb, PemUtil } from './crypto';
export type { KeyLike, KeyType, KeyWithPassphrase } from './crypto';

export {
  WechatpayError,
  ConfigurationError,
  InvalidRequestError,
  ApiError,
  VerificationError,
  BusinessError,
  TransportError,
  ParseError,
  ErrorCode,
  VerificationReason,
  isWechatpayError,
  isConfigurationError,
  isInvalidRequestError,
  isApiError,
  isVerificationError,
  isBusinessError,
  isTransportError,
  isParseError,
} from './errors';
export type { ApiErrorDetail } from './errors';
export type { PlatformKey } from './crypto/platform-key';

export { VERBS } from './chain/verbs';
export type { Verb, AsyncVerb } from './chain/verbs';
export type { Client, Node, NodeVerbs, VerbFunction, JoinPath } from './chain/types';
export type {
  BaseOptions,
  V2Options,
  V3Options,
  V2XmlOptions,
  V3JsonOptions,
  PassThroughConfig,
  QueryValue,
  Encrypt,
  EndpointVerb,
  WechatpayResponse,
  PayitilReportRequest,
  PayitilReportBatch,
  PayitilReportSingle,
  PayitilReportResponse,
  PayitilReportTrade,
  V2BillFile,
} from './types';
export type { Endpoints, PathTree } from 'wechatpay-ts/endpoints';
export { VERSION } from './version';

export {
  verifyNotification,
  NOTIFICATION_ALGORITHM,
  verifyV2Notification,
  decryptRefundReqInfo,
  notificationAnswer,
  v2NotificationAnswer,
  signNotification,
  signV2Notification,
} from './notify';
export type {
  Notification,
  EncryptedResource,
  VerifyNotificationInput,
  NotificationAnswer,
  NotificationHeaders,
  PlatformKeys,
  TestNotification,
  TestNotificationKeys,
} from './notify';

export { MediaUtil, MEDIA_CONTENT_TYPES, mediaContentType } from './helpers/media/media';
export type { MediaOptions, MediaInput, MediaStream } from './helpers/media/media';

export { downloadBill, BILL_TYPES, MAX_BILL_TEXT_BYTES, MAX_BILL_FILE_BYTES, DOWNLOAD_TIMEOUT_MS } from './helpers/bill/bill';
export { CONNECT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, MAX_ANSWER_BYTES, MAX_V2_BILL_BYTES } from './pipeline/limits';
export { MAX_KEY_FILE_BYTES } from './util/files';
export type { BillAnswer, BillRequest, BillType, BillFile, BillProgress, DownloadBillOptions } from './helpers/bill/bill';

export {
  micropay,
  DEFAULT_MICROPAY_POLL_MS,
  DEFAULT_MICROPAY_DEADLINE_MS,
  DEFAULT_MICROPAY_REVERSE_TRIES,
  DEFAULT_MICROPAY_RECALL_MS,
  MAX_MICROPAY_QUERIES,
} from './helpers/micropay/micropay';
export type { MicropayRequest, MicropayOptions, MicropayResult, MicropayAttempt, MicropayState } from './helpers/micropay/micropay';

export { PaySign } from './helpers/sign/pay-sign';
export type { JsapiPayParams, AppPayParams, PaySignInput, PaySignV2Input } from './helpers/sign/pay-sign';
export { workwxSign, couponSign } from './helpers/sign/other-sign';
export type { WorkWxKind, CouponToSend } from './helpers/sign/other-sign';
export type { RemoteSigner } from './crypto/signer';

export { Certificates } from './helpers/certificates/certificates';
export { MAX_CERTIFICATES } from './helpers/certificates/certificate-answer';
export { TENPAY_ROOT_CA } from './helpers/certificates/tenpay-root-ca';
export type {
  DownloadOptions,
  DownloadResult,
  RefreshOptions,
  Refresher,
  PlatformCertificate,
  PlatformKeyInfo,
  SkippedCertificate,
} from './helpers/certificates/certificates';
