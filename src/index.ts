/**
 * wechatpay-ts: WeChat Pay (微信支付) APIv2 and APIv3 for TypeScript, mirroring the PHP SDK
 * `wechatpay/wechatpay`. Everything public is exported here; anything else is internal.
 */
export { Builder } from './builder';
export type { ClientConfig } from './config';
export type { MerchantCertificate } from './transport/agent';

export { Formatter } from './util/formatter';
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
export type {
  Client,
  Node,
  NodeVerbs,
  VerbFunction,
  BaseOptions,
  V2Options,
  V3Options,
  EndpointVerb,
  WechatpayResponse,
  PassThroughConfig,
  JoinPath,
} from './chain/types';
export type { Endpoints, PathTree } from './generated/endpoints';
export type { PayitilReportRequest, PayitilReportResponse, PayitilReportTrade } from './v2/report-types';
export { UNSIGNED_V2 } from './v2/unsigned';
export { CERT_REQUIRED_V2 } from './generated/cert-required';
export { VERSION } from './version';

export { verifyNotification, NOTIFICATION_ALGORITHM, verifyV2Notification, decryptRefundReqInfo, notificationAnswer, v2NotificationAnswer } from './notify';
export type { Notification, EncryptedResource, VerifyNotificationInput, NotificationAnswer, NotificationHeaders, PlatformKeys } from './notify';

export { MediaUtil, MEDIA_CONTENT_TYPES, mediaContentType } from './v3/media';
export type { MediaOptions, MediaInput, MediaStream } from './v3/media';

export { downloadBill, BILL_TYPES, MAX_BILL_TEXT_BYTES, MAX_BILL_FILE_BYTES, DOWNLOAD_TIMEOUT_MS } from './v3/bill';
export { DEFAULT_TIMEOUT_MS, MAX_ANSWER_BYTES, MAX_V2_BILL_BYTES } from './transport/limits';
export type { BillAnswer, BillRequest, BillType, BillFile, BillProgress, DownloadBillOptions } from './v3/bill';

export { Certificates } from './v3/certificates';
export type { DownloadOptions, RefreshOptions, Refresher, PlatformCertificate } from './v3/certificates';
export type { V2BillFile } from './v2/bill-types';
