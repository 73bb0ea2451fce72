import type { X509Certificate } from 'node:crypto';
import { isAxiosError, type AxiosAdapter, type AxiosInstance, type AxiosRequestConfig } from 'axios';
import { OWNER } from '../chain/proxy';
import { buildRoute, type Route, type RouteDefaults } from '../chain/route';
import type { Verb } from '../chain/verbs';
import type { PlatformKey } from '../crypto/platform-key';
import { ConfigurationError, scrubError, type TransportError, WechatpayError } from '../errors';
import { transportError, unconnected, type FailureContext } from '../pipeline/failure';
import { planCall, type CallPlan, type PlanDefaults } from '../pipeline/plan';
import { copyInterceptors, createInstance, hasRequestInterceptors, request, USER_AGENT, type Pipeline } from '../pipeline/instance';
import { exposedOf, runCall } from '../pipeline/run';
import { DEFAULT_TIMEOUT_MS, startDeadline, type Deadline } from '../pipeline/limits';
import { CallState, type KeysFromAnswer } from '../pipeline/state';
import { v2Pipeline, v3Pipeline } from '../pipeline/steps';
import { merchantTlsOf, Transport } from '../pipeline/transport';
import { withAxiosOptions, type ResolvedConfig } from './config';
import { signWith } from '../crypto/signer';
import { signFields } from '../signing/v2';
import type { SignType } from '../util/hash';
import { copyFields } from '../util/object';
import { eventOf, hooksObserver, tellObservers, type CallObserver } from './observe';
import { Reporter } from './report';
import { Hosts } from './failover';

/** What the SDK's own helpers may add to one call (never reachable from a chain). */
export interface SendExtras {
  /** The certificate download verifies a 2xx answer with the keys it carries too. */
  keysFromAnswer?: KeysFromAnswer;
  /** The reporter's own calls: no report of a report. */
  unobserved?: boolean;
}

export function ownerOf(node: unknown): WechatpayClient | undefined {
  if (node instanceof WechatpayClient) return node;
  const owner = node !== null && (typeof node === 'object' || typeof node === 'function') ? (node as { [OWNER]?: unknown })[OWNER] : undefined;
  return owner instanceof WechatpayClient ? owner : undefined;
}

export function clientOf(node: unknown): WechatpayClient {
  const owner = ownerOf(node);
  if (!owner) throw new ConfigurationError('Expected a client made by Builder.factory (or any node of one)');
  return owner;
}

/** Axios options the route or the limits own: the client's value is a default they read, not axios'. */
const OWN_KEYS = new Set(['baseURL', 'headers', 'timeout', 'maxContentLength', 'maxRedirects']);

/** One client: the configuration resolved and one axios instance per pipeline, each built once. */
export class WechatpayClient {
  readonly #v2: AxiosInstance;
  readonly #v3: AxiosInstance;
  readonly #v2Pipeline: Pipeline;
  readonly #v3Pipeline: Pipeline;
  /** Calls under way: past one, v3 signing moves off the event loop. */
  #inFlight = 0;
  readonly #defaults: RouteDefaults;
  readonly #planDefaults: PlanDefaults;
  readonly #transport: Transport;
  readonly #observers: CallObserver[];
  /** Private: it holds the keys. */
  readonly #config: ResolvedConfig;
  readonly mchid: string;
  readonly baseURL: string;
  /** The very map the pipeline reads: keys the downloader adds take effect at once. */
  readonly certs: Map<string, PlatformKey>;
  /** Shared by the clients `withOptions` makes from this one (one queue, one timer), as are the hosts. */
  readonly reporter: Reporter | undefined;
  readonly #hosts: Hosts | undefined;

  constructor(config: ResolvedConfig, from?: WechatpayClient) {
    this.#config = config;
    this.mchid = config.mchid;
    this.certs = config.certs;
    this.baseURL = String(config.axios.baseURL);
    this.#defaults = { baseURL: this.baseURL, headers: { 'User-Agent': USER_AGENT, ...(config.axios.headers as Record<string, string> | undefined) } };
    this.#observers = config.hooks ? [hooksObserver(config.hooks)] : [];
    this.reporter =
      from?.reporter ??
      (config.report
        ? new Reporter(config.report, config.mchid, (xml, timeout) => this.send(['v2', 'payitil', 'report'], 'post', { xml, timeout }, { unobserved: true }))
        : undefined);
    if (this.reporter) this.#observers.push(this.reporter.observer);
    this.#hosts = hostsOf(config, this.baseURL, from ? from.#hosts : undefined);
    const given = Object.fromEntries(Object.entries(config.axios).filter(([key]) => !OWN_KEYS.has(key)));
    const merchant = (from ? from.#transport.merchant : undefined) ?? (config.merchant && merchantTlsOf(config.merchant, config.roots));
    this.#transport = new Transport(given, config.roots, merchant);
    this.#planDefaults = planDefaultsOf(config.axios, this.#transport);
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

  driver(protocol: 'v2' | 'v3'): AxiosInstance {
    return protocol === 'v2' ? this.#v2 : this.#v3;
  }

  observe(observer: CallObserver): void {
    this.#observers.push(observer);
  }

  get timeout(): number {
    return this.#planDefaults.timeout;
  }

  get hasMerchantCertificate(): boolean {
    return this.#transport.hasMerchantCertificate;
  }

  get apiv3Key(): Buffer | undefined {
    return this.#config.apiv3Key;
  }

  /** Undefined: WeChat Pay's own (Tenpay.com Root CA). */
  get platformAuthorities(): readonly X509Certificate[] | undefined {
    return this.#config.authorities;
  }

  derive(options: unknown): WechatpayClient {
    return new WechatpayClient(withAxiosOptions(this.#config, options), this);
  }

  /** For the signatures merchants hand to WeChat's front ends (JSAPI/APP pay): the key never leaves the client. */
  signV2(fields: Readonly<Record<string, unknown>>, type: SignType = 'MD5'): string {
    const { secret } = this.#config;
    if (!secret) throw new ConfigurationError('This signature needs the APIv2 key: pass `secret` to Builder.factory');
    return signFields(type, fields, secret);
  }

  async signV3(message: string): Promise<string> {
    const { privateKey } = this.#config;
    if (!privateKey) throw new ConfigurationError('This signature needs the merchant API private key: pass `privateKey` to Builder.factory');
    return signWith(privateKey, message);
  }

  /** With `failover`, a call that could not reach its host at all goes once, freshly signed, to the other. */
  send = async (segments: readonly string[], verb: Verb, options?: unknown, extras?: SendExtras): Promise<unknown> => {
    const startedAt = Date.now();
    const hosts = this.#hosts;
    const defaultsTo = (baseURL: string | undefined) =>
      baseURL === undefined || baseURL === this.baseURL ? this.#defaults : Object.assign({}, this.#defaults, { baseURL });
    const routeTo = (baseURL: string | undefined) => {
      const defaults = defaultsTo(baseURL);
      const route = buildRoute(segments, verb, options, defaults);
      // The user's interceptors were shown the route's headers whole: the route is built again from them alone.
      const reroute = (changes: Record<string, unknown>) =>
        buildRoute(
          segments,
          verb,
          Object.assign(copyFields((options ?? {}) as Record<string, unknown>), changes),
          Object.assign({}, defaults, { headers: {} }),
        );
      return { route, reroute };
    };
    const first = hosts?.now();
    const call = routeTo(first);
    // Only a call to the client's own host fails over (not one that names its own baseURL or URL).
    // `return await`: a promise returned from an async function costs two more ticks than one awaited.
    if (!hosts || first === undefined || !call.route.url.startsWith(first)) return await this.#attempt(call, startedAt, extras, false);
    try {
      return await this.#attempt(call, startedAt, extras, true);
    } catch (error) {
      if (!(error instanceof Unreached)) throw error;
      hosts.unreachable(first);
      return await this.#attempt(routeTo(hosts.other(first)), startedAt, extras, false);
    }
  };

  /** `mayFailOver`: a failure before the connection was made rejects as `Unreached`, untold, for `send` to retry. */
  async #attempt(call: Routed, startedAt: number, extras: SendExtras | undefined, mayFailOver: boolean): Promise<unknown> {
    const { route } = call;
    const plan = planCall(route, this.#planDefaults);
    const state = new CallState(route, plan, this.#inFlight > 0, extras?.keysFromAnswer);
    const observers = extras?.unobserved ? [] : this.#observers;
    if (observers.length) tellObservers(observers, (observer) => observer.request?.(eventOf(state, startedAt), state));
    const deadline = startDeadline(plan.timeout, plan.signal);
    const failure = failureOf(route, plan, deadline);
    const v2 = route.pipeline === 'v2';
    const instance = v2 ? this.#v2 : this.#v3;
    // The user's request interceptors see the payload, and what they leave is signed and sent.
    const exposed = hasRequestInterceptors(instance);
    const adapter = runCall(
      state,
      v2 ? this.#v2Pipeline : this.#v3Pipeline,
      this.#transport.carrier(plan, failure, deadline, mayFailOver),
      exposed ? call.reroute : undefined,
    );
    this.#inFlight += 1;
    try {
      // Axios sees the caller's own signal; the deadline is the transport's to keep.
      // Object.assign, not spreads: on Node 18–20 keys added after a spread cost ~1 µs each (util/object).
      const config = Object.assign({}, plan.axios, this.#transport.axiosOptions(plan), exposed ? exposedOf(route) : undefined, {
        method: route.method,
        url: route.url,
        adapter,
        signal: plan.signal,
      }) as AxiosRequestConfig & { adapter: AxiosAdapter };
      const response = await request(instance, config, plan.transport !== 'undici');
      if (observers.length) tellObservers(observers, (observer) => observer.finished?.(eventOf(state, startedAt, response), { state, response }));
      return response;
    } catch (error) {
      const failed = failureFrom(error, failure, state);
      if (mayFailOver && unconnected(failed) && !callerAborted(route, plan)) throw new Unreached(failed as TransportError);
      if (observers.length) tellObservers(observers, (observer) => observer.finished?.(eventOf(state, startedAt, failed), { state, error: failed }));
      throw failed;
    } finally {
      deadline.dispose();
      this.#inFlight -= 1;
    }
  }
}

function hostsOf(config: ResolvedConfig, baseURL: string, shared: Hosts | undefined): Hosts | undefined {
  if (!config.failover) return undefined;
  return shared?.primary === baseURL ? shared : new Hosts(baseURL, config.failover);
}

function planDefaultsOf(axios: Readonly<Record<string, unknown>>, transport: Transport): PlanDefaults {
  return {
    timeout: (axios.timeout as number | undefined) ?? DEFAULT_TIMEOUT_MS,
    maxContentLength: axios.maxContentLength as number | undefined,
    maxRedirects: (axios.maxRedirects as number | undefined) ?? 0,
    signal: axios.signal as AbortSignal | undefined,
    undici: transport.undici,
    merchantCertificate: transport.hasMerchantCertificate,
  };
}

function failureOf(route: Route, plan: CallPlan, deadline: Deadline): FailureContext {
  return {
    method: route.method,
    path: route.path,
    timeout: plan.timeout,
    maxContentLength: plan.maxContentLength,
    expired: () => deadline.expired,
    aborted: () => deadline.aborted,
  };
}

/** Axios' own rejections (aborted before the adapter ran) as a TransportError; every error scrubbed of what was sent. */
function failureFrom(error: unknown, failure: FailureContext, state: CallState): unknown {
  const raw = isAxiosError(error) ? transportError(error, failure, false) : error;
  return raw instanceof WechatpayError ? scrubError(raw, state.sentSecrets) : raw;
}

function callerAborted(route: Route, plan: CallPlan): boolean {
  return plan.signal?.aborted === true || (route.axios.cancelToken as { reason?: unknown } | undefined)?.reason !== undefined;
}

interface Routed {
  readonly route: Route;
  readonly reroute: (changes: Record<string, unknown>) => Route;
}

class Unreached {
  constructor(readonly failure: TransportError) {}
}
