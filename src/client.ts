import type { PlatformKey } from './crypto/platform-key';
import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import { OWNER } from './chain/proxy';
import { buildRoute } from './chain/route';
import type { Verb } from './chain/verbs';
import { ConfigurationError, InvalidRequestError } from './errors';
import type { ResolvedConfig } from './config';
import { createMerchantAgent } from './transport/agent';
import { Carried, ROUTE, type CallContext } from './transport/context';
import { toWechatpayError } from './transport/failure';
import { createInstance, USER_AGENT } from './transport/instance';
import { tlsStep } from './transport/tls';
import { v2RequestStep } from './v2/request';
import { v2ResponseStep } from './v2/response';
import { v3ParseStep, v3SerializeStep } from './v3/json';
import { v3SignStep } from './v3/sign';
import { v3VerifyStep } from './v3/verify';
import { isUnsignedV3 } from './v3/unsigned';

const WANTS: Record<string, CallContext['want']> = { json: 'data', text: 'text', arraybuffer: 'arraybuffer', stream: 'stream' };

function wantOf(responseType: unknown): CallContext['want'] {
  if (responseType === undefined) return 'data';
  const want = WANTS[String(responseType)];
  if (!want) {
    throw new InvalidRequestError(`responseType ${JSON.stringify(responseType)} is not supported: use 'json' (parsed, the default), 'text', 'arraybuffer' or, for unsigned downloads, 'stream'`);
  }
  return want;
}

/** A streamed answer is never verified whole, so only the documented unsigned downloads may stream. */
function streamConfig(route: { pipeline: string; url: string; template: string }): { responseType: 'stream' } {
  if (route.pipeline !== 'v3' || !isUnsignedV3(route.url)) {
    throw new InvalidRequestError(`responseType 'stream' is only for the unsigned downloads (v3/billdownload/file, merchant-service images): ${route.template} answers are verified whole`);
  }
  return { responseType: 'stream' };
}

/** The client behind any node of a chain (for the SDK's helpers: certificates, bills, uploads). */
export function clientOf(node: unknown): WechatpayClient {
  const owner = node !== null && (typeof node === 'object' || typeof node === 'function') ? (node as { [OWNER]?: unknown })[OWNER] : undefined;
  if (!(owner instanceof WechatpayClient)) throw new ConfigurationError('Expected a client made by Builder.factory (or any node of one)');
  return owner;
}

/**
 * One client: the resolved configuration and one axios instance per pipeline, each built once.
 * `send` is what every node's verbs call.
 */
export class WechatpayClient {
  readonly #v2: AxiosInstance;
  readonly #v3: AxiosInstance;
  /** Calls under way: past one, v3 signing moves off the event loop. */
  #inFlight = 0;
  /** The merchant id. */
  readonly mchid: string;
  /**
   * The platform keys answers are verified with, by serial or `PUB_KEY_ID_…`: the very map the
   * pipeline reads, so keys added here (by the certificate downloader) take effect at once.
   */
  readonly certs: Map<string, PlatformKey>;

  constructor(config: ResolvedConfig) {
    this.mchid = config.mchid;
    this.certs = config.certs;
    const merchantAgent = config.merchant === undefined ? undefined : createMerchantAgent(config.merchant);
    const defaults = { ...config.axios, headers: { 'User-Agent': USER_AGENT, ...(config.axios.headers as object | undefined) } };
    const tls = tlsStep(merchantAgent);
    this.#v2 = createInstance(defaults, {
      request: [tls, v2RequestStep({ mchid: config.mchid, secret: config.secret })],
      response: [v2ResponseStep(config.secret)],
    });
    const credentials = { mchid: config.mchid, serial: config.serial, privateKey: config.privateKey, certs: config.certs };
    this.#v3 = createInstance(defaults, {
      request: [tls, v3SerializeStep(config.certs), v3SignStep(credentials, () => this.#inFlight > 1)],
      response: [v3VerifyStep(config.certs), v3ParseStep],
      async: true,
    });
  }

  /** Route, then run the pipeline; every rejection is a `WechatpayError` (bugs aside). */
  send = async (segments: readonly string[], verb: Verb, options?: unknown): Promise<unknown> => {
    const route = buildRoute(segments, verb, options);
    const { responseType, ...axios } = route.axios;
    const context: CallContext = { ...route, want: wantOf(responseType) };
    const instance = route.pipeline === 'v2' ? this.#v2 : this.#v3;
    this.#inFlight += 1;
    try {
      const config = { ...axios, method: route.method, url: route.url, headers: route.options.headers, [ROUTE]: new Carried(context), ...(context.want === 'stream' ? streamConfig(route) : {}) };
      return await instance.request(config as AxiosRequestConfig);
    } catch (error) {
      throw toWechatpayError(error, route.method, route.url);
    } finally {
      this.#inFlight -= 1;
    }
  };
}
