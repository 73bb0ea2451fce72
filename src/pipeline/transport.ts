import type { Agent } from 'node:https';
import type { SecureContext } from 'node:tls';
import axios, { AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { AXIOS_ADAPTER_KEYS } from '../chain/options';
import { axiosHttpAdapter } from './body';
import { createMerchantAgent, createServerAgent, merchantContext, type MerchantCertificate } from './agent';
import { createDispatcher, type ProxyConfig, type TransportDispatcher } from './dispatcher';
import { noteConnection, transportError, type FailureContext } from './failure';
import type { Deadline } from './limits';
import type { CallPlan } from './plan';
import { send } from './send';
import type { CallState } from './state';

/** Rejects with the one `TransportError` of a failure, noting whether the connection was made. */
export type Carrier = (config: InternalAxiosRequestConfig, state: CallState) => Promise<AxiosResponse>;

/** A caller's own adapter (a function, `'fetch'`) reads bodies its own way. */
function adapterFor(given: unknown): AxiosAdapter {
  if (given === undefined || given === 'http') return axiosHttpAdapter;
  return typeof given === 'function' ? (given as AxiosAdapter) : axios.getAdapter(given as never);
}

export interface MerchantTls {
  readonly context: SecureContext;
}

/** Parse the merchant certificate (a client's roots unless it names its own `ca`): once per `Builder.factory`. */
export function merchantTlsOf(merchant: MerchantCertificate, roots: Array<string | Buffer> | undefined): MerchantTls {
  return { context: merchantContext(roots && merchant.ca === undefined ? Object.assign({}, merchant, { ca: roots }) : merchant) };
}

/**
 * How one client's calls reach the network: undici (a dispatcher for ordinary calls, one for mutual
 * TLS), or axios' adapter throughout for a client or call given an agent or adapter option.
 */
export class Transport {
  /** undefined: this client uses axios' own adapter for everything. */
  readonly #dispatcher: TransportDispatcher | undefined;
  readonly #merchantDispatcher: TransportDispatcher | undefined;
  readonly #merchant: MerchantTls | undefined;
  readonly #roots: Array<string | Buffer> | undefined;
  readonly #proxy: ProxyConfig | false | undefined;
  readonly #adapter: unknown;
  /** Built on first use, for calls that go through axios' adapter. */
  #serverAgent: Agent | undefined;
  #merchantAgent: Agent | undefined;

  constructor(axiosDefaults: Readonly<Record<string, unknown>>, roots: Array<string | Buffer> | undefined, merchant: MerchantTls | undefined) {
    this.#merchant = merchant;
    this.#roots = roots;
    this.#proxy = axiosDefaults.proxy as ProxyConfig | false | undefined;
    this.#adapter = axiosDefaults.adapter;
    if (AXIOS_ADAPTER_KEYS.some((key) => axiosDefaults[key] !== undefined)) return;
    this.#dispatcher = createDispatcher(roots ? { ca: roots } : {}, this.#proxy);
    this.#merchantDispatcher = merchant ? createDispatcher({ secureContext: merchant.context }, this.#proxy) : undefined;
  }

  get merchant(): MerchantTls | undefined {
    return this.#merchant;
  }

  get undici(): boolean {
    return this.#dispatcher !== undefined;
  }

  get hasMerchantCertificate(): boolean {
    return this.#merchant !== undefined;
  }

  /** The axios defaults of the client's instances, as the transport needs them (the adapter is each call's own). */
  instanceDefaults(axiosDefaults: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const { adapter: _adapter, proxy, ...rest } = axiosDefaults;
    // The proxy lives in the dispatchers; a call that takes axios' adapter gets it back from `axiosOptions`.
    if (this.#dispatcher) return rest;
    // axios' adapter throughout: `ca` trusted through one agent, unless the caller gave one.
    const defaults: Record<string, unknown> = Object.assign({}, rest, proxy === undefined ? undefined : { proxy });
    if (this.#roots && defaults.httpsAgent === undefined) defaults.httpsAgent = this.#server();
    return defaults;
  }

  axiosOptions(plan: CallPlan): Record<string, unknown> {
    if (plan.transport === 'undici') return {};
    const given = plan.axios;
    const options: Record<string, unknown> = {};
    if (this.#dispatcher && given.proxy === undefined && this.#proxy !== undefined) options.proxy = this.#proxy;
    // An `httpsAgent` given with the call itself wins: the caller configured TLS by hand.
    if (given.httpsAgent === undefined) {
      if (plan.mutualTls) options.httpsAgent = this.#merchantHttps();
      else if (this.#dispatcher && this.#roots) options.httpsAgent = this.#server();
    }
    return options;
  }

  /** `watch`: learn from undici whether the connection was made (failover), not from the failure's code. */
  carrier(plan: CallPlan, failure: FailureContext, deadline: Deadline, watch: boolean): Carrier {
    if (plan.transport === 'axios') {
      const adapter = adapterFor(plan.axios.adapter ?? this.#adapter);
      return async (config, state) => {
        const signal = deadline.signal;
        try {
          return await adapter(
            Object.assign({}, config, { url: state.url, data: state.body, params: undefined, headers: AxiosHeaders.from(state.headers), signal }),
          );
        } catch (error) {
          throw noteConnection(transportError(error, failure, false), undefined);
        }
      };
    }
    const dispatcher = (plan.mutualTls ? this.#merchantDispatcher : this.#dispatcher)!;
    const { origin, host } = plan.target;
    return (config, state) => {
      let connected = false;
      const fail = (error: unknown, answered: boolean) => noteConnection(transportError(error, failure, answered), watch ? connected : undefined);
      const request = { origin, host, path: state.url.slice(origin.length) || '/', method: state.route.method, headers: state.headers, body: state.body };
      return send(dispatcher, request, config, deadline, fail, watch ? () => (connected = true) : undefined);
    };
  }

  #server(): Agent {
    this.#serverAgent ??= createServerAgent(this.#roots!);
    return this.#serverAgent;
  }

  #merchantHttps(): Agent | undefined {
    if (this.#merchant) this.#merchantAgent ??= createMerchantAgent(this.#merchant.context);
    return this.#merchantAgent;
  }
}
