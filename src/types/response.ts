import type { AxiosResponse } from 'axios';

/**
 * What every call resolves to: the axios response with `data` parsed (the APIv2 dictionary or
 * the APIv3 JSON), plus the raw answer. PHP's `(string) $response->getBody()` is `response.body`.
 */
export interface WechatpayResponse<T = unknown> extends AxiosResponse<T> {
  /** The answer's bytes exactly as received (and as verified). */
  raw: Buffer;
  /** `raw` decoded as UTF-8: the text `Transformer.toArray` parses. */
  body: string;
  /**
   * The host the call was sent to and answered from, with its port when it is not the scheme's:
   * `api.mch.weixin.qq.com`, or `api2.mch.weixin.qq.com` after a failover.
   */
  host: string;
}

/** How one verb of one endpoint is typed. */
export interface EndpointVerb<Options = unknown, Response = unknown> {
  options: Options;
  response: Response;
}
