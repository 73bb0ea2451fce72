import type { AxiosRequestConfig } from 'axios';

/** A query parameter value; `null`/`undefined` leave the parameter out. */
export type QueryValue = string | number | boolean | bigint | null | undefined;

/** Encrypts one sensitive field (name, ID number, phone, …) for WeChat Pay. */
export type Encrypt = (plaintext: string) => string;

/**
 * The axios request options a call (or a client) may carry, passed through untouched. The runtime
 * list `AXIOS_PASS_THROUGH_KEYS` is checked against this union at compile time.
 */
export type PassThroughKey =
  | 'baseURL'
  | 'timeout'
  | 'timeoutErrorMessage'
  | 'signal'
  | 'cancelToken'
  | 'responseType'
  | 'responseEncoding'
  | 'maxContentLength'
  | 'maxBodyLength'
  | 'maxRedirects'
  | 'beforeRedirect'
  | 'maxRate'
  | 'decompress'
  | 'proxy'
  | 'httpAgent'
  | 'httpsAgent'
  | 'socketPath'
  | 'transport'
  | 'lookup'
  | 'family'
  | 'insecureHTTPParser'
  | 'onUploadProgress'
  | 'onDownloadProgress'
  | 'adapter'
  | 'transitional'
  | 'env'
  | 'fetchOptions'
  | 'http2Options'
  | 'allowAbsoluteUrls'
  | 'withCredentials'
  | 'xsrfCookieName'
  | 'xsrfHeaderName'
  | 'withXSRFToken';

/** The axios request config a call may carry (timeout, signal, responseType, proxy, agents, …). */
export type PassThroughConfig = Pick<AxiosRequestConfig, PassThroughKey & keyof AxiosRequestConfig>;

/** Options every call takes, named as in the PHP SDK. */
export interface BaseOptions extends PassThroughConfig {
  /** Query string parameters; serialised by the SDK so the signature covers the exact URL sent. */
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  /** Extra request headers. */
  headers?: Record<string, string | number | boolean>;
  /** A raw body sent as is (instead of `xml`/`json`). */
  body?: string | Buffer | Uint8Array;
  /** Send the merchant API client certificate (mutual TLS). Implied for endpoints that need it. */
  security?: boolean;
}

/** Options of an APIv2 (XML) call. */
export interface V2Options<Xml = Record<string, unknown>> extends BaseOptions {
  /** The APIv2 payload; `nonce_str` and `sign` are added by the SDK. */
  xml?: Xml;
  /** Do not add `nonce_str` (the few endpoints that refuse it). */
  nonceless?: boolean;
}

/** Options of an APIv3 (JSON) call. */
export interface V3Options<Json = unknown> extends BaseOptions {
  /**
   * The JSON body; or a function that builds it with `encrypt` for sensitive fields, in which case
   * the request names the platform key used in `Wechatpay-Serial`.
   */
  json?: Json | ((encrypt: Encrypt) => Json);
}

/**
 * The options of an APIv2 call whose payload the description requires: `xml` must be given.
 *
 * @example const options: V2XmlOptions<{ appid: string; mch_id: string }> = { xml: { appid, mch_id } };
 */
export interface V2XmlOptions<Xml> extends V2Options<Xml> {
  xml: Xml;
}

/**
 * The options of an APIv3 call whose body the description requires: `json` must be given, as the
 * body or as a function building it with `encrypt`. One property of one union (not `V3Options<Json>
 * & { json: … }`), so a missing field's error names that field.
 *
 * @example const options: V3JsonOptions<{ mchid: string }> = { json: { mchid } };
 */
export interface V3JsonOptions<Json> extends V3Options<Json> {
  json: Json | ((encrypt: Encrypt) => Json);
}

/** The options the SDK reads itself (PHP's names), in either pipeline. */
export type SdkOptionKey = Exclude<keyof V2Options | keyof V3Options, PassThroughKey>;

/** Placeholder values by name, for paths not described in `Endpoints`. */
export interface AnyPlaceholders {
  [placeholder: string]: unknown;
}
