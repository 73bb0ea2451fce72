import type { X509Certificate } from 'node:crypto';
import type { AxiosInstance, AxiosRequestConfig } from 'axios';
import { OWNER } from '../chain/proxy';
import { buildRoute, type Route, type RouteDefaults } from '../chain/route';
import type { Verb } from '../chain/verbs';
import type { PlatformKey } from '../crypto/platform-key';
import { ConfigurationError, scrubError, TransportError, WechatpayError } from '../errors';
import { neverConnected, toWechatpayError, triedToConnect } from '../pipeline/failure';
import { copyInterceptors, createInstance, hasRequestInterceptors, USER_AGENT, type Pipeline } from '../pipeline/instance';
import { exposedOf, runCall } from '../pipeline/run';
import { DEFAULT_TIMEOUT_MS, MAX_ANSWER_BYTES, MAX_V2_BILL_BYTES, sameOriginRedirects, startDeadline } from '../pipeline/limits';
import { CallState, type AnswerTrust } from '../pipeline/state';
import { v2Pipeline, v3Pipeline } from '../pipeline/steps';
import { merchantTlsOf, Transport } from '../pipeline/transport';
import { Reach, REACH } from '../pipeline/undici-adapter';
import { withAxiosOptions, type ResolvedConfig } from './config';
import { signWith } from '../crypto/signer';
import { signFields } from '../signing/v2';
import type { SignType } from '../util/hash';
import { eventOf, hooksObserver, tellObservers, type CallObserver } from './observe';
import { Reporter } from './report';
import { Hosts } from './failover';

/** What the SDK's own helpers may add to one call (never reachable from a chain). */
export interface SendExtras {
  /** Verify a 2xx answer with the keys it carries too (the certificate download). */
  trust?: AnswerTrust;
  /** Do not tell the observers (the reporter's own report calls: no report of a report). */
  unobserved?: boolean;
}

/** The client behind `node` when it is a client made by `Builder.factory` (or any node of one), else undefined. */
export function ownerOf(node: unknown): WechatpayClient | undefined {
  if (node instanceof WechatpayClient) return node;
  const owner = node !== null && (typeof node === 'object' || typeof node === 'function') ? (node as { [OWNER]?: unknown })[OWNER] : undefined;
  return owner instanceof WechatpayClient ? owner : undefined;
}

/** The client behind any node of a chain (for the SDK's helpers: certificates, bills, uploads). */
export function clientOf(node: unknown): WechatpayClient {
  const owner = ownerOf(node);
  if (!owner) throw new ConfigurationError('Expected a client made by Builder.factory (or any node of one)');
  return owner;
}

/** Axios options the route or the limits own: the client's value is a default they read, not axios'. */
const OWN_KEYS = new Set(['baseURL', 'headers', 'timeout', 'maxContentLength', 'maxRedirects']);

/**
 * One client: the resolved configuration and one axios instance per pipeline, each built once.
 * `send` is what every node's verbs call: route, limits, then the pipeline.
 */
export class WechatpayClient {
  readonly #v2: AxiosInstance;
  readonly #v3: AxiosInstance;
  readonly #v2Pipeline: Pipeline;
  readonly #v3Pipeline: Pipeline;
  /** Calls under way: past one, v3 signing moves off the event loop. */
  #inFlight = 0;
  readonly #defaults: RouteDefaults;
  readonly #timeout: number;
  readonly #maxContentLength: number | undefined;
  readonly #maxRedirects: number;
  readonly #transport: Transport;
  /** Who hears of every call: the configured hooks, and the SDK's own observers (the reporter). */
  readonly #observers: CallObserver[];
  /** What the client was built from: `derive` builds new clients from it, keys and all. Private: it holds the keys. */
  readonly #config: ResolvedConfig;
  /** The merchant id. */
  readonly mchid: string;
  /** Where calls go unless a call says otherwise: `https://api.mch.weixin.qq.com/` by default. */
  readonly baseURL: string;
  /**
   * The platform keys answers are verified with, by serial or `PUB_KEY_ID_…`: the very map the
   * pipeline reads, so keys added here (by the certificate downloader) take effect at once.
   */
  readonly certs: Map<string, PlatformKey>;
  /** The 交易保障 reporter, when `report` is on: shared by the clients `withOptions` makes from this one. */
  readonly reporter: Reporter | undefined;
  /** The primary and backup hosts, when `failover` is on: shared by the clients `withOptions` makes from this one. */
  readonly #hosts: Hosts | undefined;

  /**
   * `from`: the client this one is made from (`derive`, `withOptions`): its merchant certificate
   * (parsed once) and its reporter (one queue, one timer) are shared.
   */
  constructor(config: ResolvedConfig, from?: WechatpayClient) {
    this.#config = config;
    this.mchid = config.mchid;
    this.certs = config.certs;
    this.baseURL = String(config.axios.baseURL);
    this.#defaults = { baseURL: this.baseURL, headers: { 'User-Agent': USER_AGENT, ...(config.axios.headers as Record<string, string> | undefined) } };
    this.#timeout = (config.axios.timeout as number | undefined) ?? DEFAULT_TIMEOUT_MS;
    this.#maxContentLength = config.axios.maxContentLength as number | undefined;
    this.#maxRedirects = (config.axios.maxRedirects as number | undefined) ?? 0;
    this.#observers = config.hooks ? [hooksObserver(config.hooks)] : [];
    this.reporter =
      from?.reporter ??
      (config.report
        ? new Reporter(config.report, config.mchid, (xml, timeout) => this.send(['v2', 'payitil', 'report'], 'post', { xml, timeout }, { unobserved: true }))
        : undefined);
    if (this.reporter) this.#observers.push(this.reporter.observer);
    const shared = from ? from.#hosts : undefined;
    this.#hosts = config.failover ? (shared?.primary === this.baseURL ? shared : new Hosts(this.baseURL, config.failover)) : undefined;
    const given = Object.fromEntries(Object.entries(config.axios).filter(([key]) => !OWN_KEYS.has(key)));
    const merchant = from ? from.#transport.merchant : undefined;
    this.#transport = new Transport(given, config.roots, merchant ?? (config.merchant && merchantTlsOf(config.merchant, config.roots)));
    const defaults = this.#transport.instanceDefaults(given);
    this.#v2 = createInstance(defaults);
    this.#v3 = createInstance(defaults);
    if (from) {
      copyInterceptors(from.#v2, this.#v2);
      copyInterceptors(from.#v3, this.#v3);
    }
    this.#v2Pipeline = v2Pipeline({ mchid: config.mchid, secret: config.secret });
    this.#v3Pipeline = v3Pipeline({ mchid: config.mchid, serial: config.serial, privateKey: config.privateKey, certs: config.certs });
  }

  /** The axios instance of one protocol (`getDriver(wx).select()`): the user's interceptor stack for its calls. */
  driver(protocol: 'v2' | 'v3'): AxiosInstance {
    return protocol === 'v2' ? this.#v2 : this.#v3;
  }

  /** Add an observer of every call (the SDK's own, such as the 交易保障 reporter). */
  observe(observer: CallObserver): void {
    this.#observers.push(observer);
  }

  /** The deadline of a call that sets none, in milliseconds (`timeout`, else `DEFAULT_TIMEOUT_MS`). */
  get timeout(): number {
    return this.#timeout;
  }

  /** Whether calls that need mutual TLS have the merchant certificate (`merchant`). */
  get hasMerchantCertificate(): boolean {
    return this.#transport.hasMerchantCertificate;
  }

  /** The APIv3 key configured with the client, for the helpers that decrypt (certificates, notifications). */
  get apiv3Key(): Buffer | undefined {
    return this.#config.apiv3Key;
  }

  /** The CAs `platformCertificateAuthorities` gave, parsed once; undefined: WeChat Pay's own (Tenpay.com Root CA). */
  get platformAuthorities(): readonly X509Certificate[] | undefined {
    return this.#config.authorities;
  }

  /** A new client with other axios defaults and this one's keys, merchant certificate and platform keys (`withOptions`). */
  derive(options: unknown): WechatpayClient {
    return new WechatpayClient(withAxiosOptions(this.#config, options), this);
  }

  /**
   * The APIv2 `sign` of `fields` with the client's APIv2 key (for the signatures merchants hand to
   * WeChat's own front ends: JSAPI/APP pay, coupons), the key never leaving the client.
   */
  signV2(fields: Readonly<Record<string, unknown>>, type: SignType = 'MD5'): string {
    const { secret } = this.#config;
    if (!secret) throw new ConfigurationError('This signature needs the APIv2 key: pass `secret` to Builder.factory');
    return signFields(type, fields, secret);
  }

  /** The base64 SHA256withRSA signature of `message` with the merchant key (a remote signer is awaited). */
  async signV3(message: string): Promise<string> {
    const { privateKey } = this.#config;
    if (!privateKey) throw new ConfigurationError('This signature needs the merchant API private key: pass `privateKey` to Builder.factory');
    return signWith(privateKey, message);
  }

  /**
   * The transport options of one call, checked before anything is sent: the most bytes its answer
   * may have, the merchant certificate when it needs one, and a guard on redirects when it opted
   * into them (its deadline is joined with its `signal` by `send`).
   */
  #transportOptions(route: Route): Record<string, unknown> {
    const {
      maxContentLength,
      maxRedirects = this.#maxRedirects,
      beforeRedirect,
      responseType: _asked,
      baseURL: _base,
      timeout: _timeout,
      ...passThrough
    } = route.axios;
    const limit = maxContentLength ?? this.#maxContentLength ?? (route.pipeline === 'v2' && route.answer.file ? MAX_V2_BILL_BYTES : MAX_ANSWER_BYTES);
    const refuse = (to: string) =>
      new TransportError(`${route.method} ${route.path} was redirected to ${to}: a signed request is never re-sent to another host`, undefined);
    // An `httpsAgent` given with the call itself wins: the caller configured TLS by hand.
    if (route.mutualTls && passThrough.httpsAgent === undefined && !this.#transport.hasMerchantCertificate) {
      const why = route.options.security ? 'was called with `security: true`' : 'needs the merchant API certificate (mutual TLS)';
      throw new ConfigurationError(
        `${route.template} ${why}, but no \`merchant\` certificate is configured: pass merchant: { cert, key } or { pfx, passphrase } to Builder.factory`,
      );
    }
    // Only what differs from the instance's defaults (no redirects, bytes, no axios timer: the
    // deadline governs): axios merges every key of a call's config with the defaults.
    return {
      ...passThrough,
      maxContentLength: limit,
      ...((maxRedirects as number) > 0 ? { maxRedirects } : {}),
      ...(route.want === 'stream' ? { responseType: 'stream' } : {}),
      ...this.#transport.callOptions(route.axios, route.mutualTls, maxRedirects as number),
      ...((maxRedirects as number) > 0
        ? { beforeRedirect: sameOriginRedirects(route.url, refuse, beforeRedirect as ((...args: unknown[]) => void) | undefined) }
        : {}),
    };
  }

  /**
   * Route, then run the pipeline; every rejection is a `WechatpayError` (bugs aside). With
   * `failover`, a call that could not reach its host at all goes once, freshly signed, to the other.
   */
  send = async (segments: readonly string[], verb: Verb, options?: unknown, extras?: SendExtras): Promise<unknown> => {
    const startedAt = Date.now();
    const hosts = this.#hosts;
    const defaultsTo = (baseURL: string | undefined) => (baseURL === undefined || baseURL === this.baseURL ? this.#defaults : { ...this.#defaults, baseURL });
    const routeTo = (baseURL: string | undefined) => {
      const defaults = defaultsTo(baseURL);
      const route = buildRoute(segments, verb, options, defaults);
      // The user's interceptors were shown the route's headers whole: the route is built again from them alone.
      const reroute = (changes: Record<string, unknown>) => buildRoute(segments, verb, { ...(options as object), ...changes }, { ...defaults, headers: {} });
      return { route, reroute };
    };
    const first = hosts?.now();
    const call = routeTo(first);
    // Only a call to the client's own host fails over (not one that names its own baseURL or URL).
    if (!hosts || first === undefined || !call.route.url.startsWith(first)) return this.#attempt(call, startedAt, extras, false);
    try {
      return await this.#attempt(call, startedAt, extras, true);
    } catch (error) {
      if (!(error instanceof Unreached)) throw error;
      hosts.unreachable(first);
      return this.#attempt(routeTo(hosts.other(first)), startedAt, extras, false);
    }
  };

  /**
   * One sending of a route through its pipeline. `mayFailOver`: a failure before the connection
   * was made (nothing of the request written) rejects as `Unreached`, untold to the observers, for
   * `send` to try the other host; a call its caller aborted never does.
   */
  async #attempt(call: Routed, startedAt: number, extras: SendExtras | undefined, mayFailOver: boolean): Promise<unknown> {
    const { route } = call;
    const timeout = (route.axios.timeout as number | undefined) ?? this.#timeout;
    const state = new CallState(route, this.#inFlight > 0, extras?.trust);
    const observers = extras?.unobserved ? [] : this.#observers;
    const transport = this.#transportOptions(route);
    // On undici the transport says whether the connection was made; on axios' adapter the failure does.
    const maxRedirects = (route.axios.maxRedirects as number | undefined) ?? this.#maxRedirects;
    const reach = mayFailOver && this.#transport.viaUndici(route.axios, maxRedirects) ? new Reach() : undefined;
    if (observers.length) tellObservers(observers, (observer) => observer.request?.(eventOf(state, startedAt), state));
    const signal = (route.axios.signal ?? this.#config.axios.signal) as AbortSignal | undefined;
    const deadline = startDeadline(timeout, signal);
    const instance = route.pipeline === 'v2' ? this.#v2 : this.#v3;
    const { adapter: named, ...wire } = transport;
    // The user's request interceptors see the payload, and what they leave is signed and sent.
    const exposed = hasRequestInterceptors(instance);
    const adapter = runCall(
      state,
      route.pipeline === 'v2' ? this.#v2Pipeline : this.#v3Pipeline,
      this.#transport.carrierOf(named),
      exposed ? call.reroute : undefined,
    );
    this.#inFlight += 1;
    try {
      const response = await instance.request({
        ...wire,
        ...(exposed ? exposedOf(route) : {}),
        method: route.method,
        url: route.url,
        adapter,
        signal: deadline.signal,
        ...(reach ? { [REACH]: reach } : {}),
      } as AxiosRequestConfig);
      if (observers.length) tellObservers(observers, (observer) => observer.finished?.(eventOf(state, startedAt, response), { state, response }));
      return response;
    } catch (error) {
      const raw = toWechatpayError(error, route.method, route.path, deadline.expired ? timeout : undefined);
      const failure = raw instanceof WechatpayError ? scrubError(raw, state.sent) : raw;
      if (mayFailOver && unreached(failure, reach, route, signal)) throw new Unreached(failure as TransportError);
      if (observers.length) tellObservers(observers, (observer) => observer.finished?.(eventOf(state, startedAt, failure), { state, error: failure }));
      throw failure;
    } finally {
      deadline.dispose();
      this.#inFlight -= 1;
    }
  }
}

/**
 * Did a call fail on the network before its connection was made (its transport's `reach` says so on
 * undici, the failure itself on axios' adapter)? Only then may it fail over: never for a failure
 * before anything went out (a header or body the transport refuses to write: the backup would refuse
 * it too), nor for a call its caller aborted.
 */
function unreached(failure: unknown, reach: Reach | undefined, route: Route, signal: AbortSignal | undefined): boolean {
  const cancelled = signal?.aborted === true || (route.axios.cancelToken as { reason?: unknown } | undefined)?.reason !== undefined;
  if (cancelled) return false;
  return reach ? !reach.connected && triedToConnect(failure) : neverConnected(failure);
}

/** A call's route, and how to build it again from what the user's request interceptors left. */
interface Routed {
  readonly route: Route;
  readonly reroute: (changes: Record<string, unknown>) => Route;
}

/** A call that never reached its host (only ever seen inside `send`). */
class Unreached {
  constructor(readonly failure: TransportError) {}
}
