import type { PlatformKey } from '../crypto/platform-key';
import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import { OWNER } from '../chain/proxy';
import { buildRoute, type Route } from '../chain/route';
import type { Verb } from '../chain/verbs';
import { ConfigurationError, InvalidRequestError, scrubError, TransportError, WechatpayError } from '../errors';
import type { ResolvedConfig } from './config';
import { createMerchantAgent } from '../pipeline/agent';
import { Carried, ROUTE, type CallContext } from '../pipeline/state';
import { toWechatpayError } from '../pipeline/failure';
import { createInstance, USER_AGENT } from '../pipeline/instance';
import { DEFAULT_TIMEOUT_MS, MAX_ANSWER_BYTES, MAX_V2_BILL_BYTES, sameOriginRedirects, startDeadline, type Deadline } from '../pipeline/limits';
import { tlsStep } from '../pipeline/tls';
import { FILE_ANSWER_V2 } from '../chain/answers-v2';
import { v2RequestStep } from '../pipeline/v2/request';
import { v2ResponseStep } from '../pipeline/v2/response';
import { v3ParseStep, v3SerializeStep } from '../pipeline/v3/json';
import { v3SignStep } from '../pipeline/v3/sign';
import { v3VerifyStep } from '../pipeline/v3/verify';
import { pathSent } from '../pipeline/v3/sign';
import { answerKindOf } from '../chain/answers-v3';

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
function streamConfig(route: { pipeline: string; url: string; template: string }, baseURL: string): { responseType: 'stream' } {
  if (route.pipeline !== 'v3' || answerKindOf(pathSent(baseURL, route.url)).signed) {
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
  /** The client's own limits, the call's options win over them. */
  readonly #timeout: number;
  readonly #maxContentLength: number | undefined;
  readonly #maxRedirects: number;
  /** The merchant id. */
  readonly mchid: string;
  /** Where calls go unless a call says otherwise: `https://api.mch.weixin.qq.com/` by default. */
  readonly baseURL: string;
  /**
   * The platform keys answers are verified with, by serial or `PUB_KEY_ID_…`: the very map the
   * pipeline reads, so keys added here (by the certificate downloader) take effect at once.
   */
  readonly certs: Map<string, PlatformKey>;

  constructor(config: ResolvedConfig) {
    this.mchid = config.mchid;
    this.certs = config.certs;
    this.baseURL = String(config.axios.baseURL);
    this.#timeout = (config.axios.timeout as number | undefined) ?? DEFAULT_TIMEOUT_MS;
    this.#maxContentLength = config.axios.maxContentLength as number | undefined;
    this.#maxRedirects = (config.axios.maxRedirects as number | undefined) ?? 0;
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

  /**
   * The limits of one call: its deadline (joined with its `signal`), the most bytes its answer may
   * have, and a guard on redirects when it opted into them.
   */
  #limits(route: Route, deadline: Deadline): Record<string, unknown> {
    const { maxContentLength, maxRedirects = this.#maxRedirects, beforeRedirect, baseURL = this.baseURL } = route.axios;
    const limit = maxContentLength ?? this.#maxContentLength ?? (route.pipeline === 'v2' && FILE_ANSWER_V2.has(route.url) ? MAX_V2_BILL_BYTES : MAX_ANSWER_BYTES);
    const refuse = (to: string) => new TransportError(`${route.method} ${route.url} was redirected to ${to}: a signed request is never re-sent to another host`, undefined);
    return {
      // The deadline governs; axios' own timer only notices an idle socket.
      timeout: 0,
      signal: deadline.signal,
      maxContentLength: limit,
      ...((maxRedirects as number) > 0 ? { beforeRedirect: sameOriginRedirects(String(baseURL), refuse, beforeRedirect as ((...args: unknown[]) => void) | undefined) } : {}),
    };
  }

  /** Route, then run the pipeline; every rejection is a `WechatpayError` (bugs aside). */
  send = async (segments: readonly string[], verb: Verb, options?: unknown): Promise<unknown> => {
    const route = buildRoute(segments, verb, options);
    const { responseType, ...axios } = route.axios;
    const context: CallContext = { ...route, want: wantOf(responseType), sent: [] };
    const instance = route.pipeline === 'v2' ? this.#v2 : this.#v3;
    const timeout = (route.axios.timeout as number | undefined) ?? this.#timeout;
    const deadline = startDeadline(timeout, route.axios.signal as AbortSignal | undefined);
    this.#inFlight += 1;
    try {
      const config = {
        ...axios,
        ...this.#limits(route, deadline),
        method: route.method,
        url: route.url,
        headers: route.options.headers,
        [ROUTE]: new Carried(context),
        ...(context.want === 'stream' ? streamConfig(route, String(route.axios.baseURL ?? this.baseURL)) : {}),
      };
      return await instance.request(config as AxiosRequestConfig);
    } catch (error) {
      const failure = toWechatpayError(error, route.method, route.url, deadline.expired ? timeout : undefined);
      throw failure instanceof WechatpayError ? scrubError(failure, context.sent) : failure;
    } finally {
      deadline.dispose();
      this.#inFlight -= 1;
    }
  };
}
