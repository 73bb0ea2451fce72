import type { Agent } from 'node:https';
import axios, { type AxiosAdapter } from 'axios';
import type { SecureContext } from 'node:tls';
import { AXIOS_ADAPTER_KEYS } from '../chain/options';
import { axiosHttpAdapter } from './body';
import { createMerchantAgent, createServerAgent, merchantContext, type MerchantCertificate } from './agent';
import { createDispatcher, type ProxyConfig, type TransportDispatcher } from './dispatcher';
import { DISPATCHER, undiciAdapter } from './undici-adapter';

// A client or call given one of AXIOS_ADAPTER_KEYS goes through axios' own adapter. `proxy` and
// `maxRedirects` are judged apart: a client's proxy rides in its dispatchers, a call's own sends
// that call through axios.
function anyOf(options: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  return keys.some((key) => options[key] !== undefined);
}

/**
 * axios' http adapter as the SDK reads it (`axiosHttpAdapter`: bodies decoded to their end and
 * bounded as on undici) for a client that names none or names `'http'`; an adapter of the caller's
 * own (a function, `'fetch'`) is theirs, and reads bodies its own way.
 */
function carrier(given: unknown): AxiosAdapter {
  if (given === undefined || given === 'http') return axiosHttpAdapter;
  return typeof given === 'function' ? (given as AxiosAdapter) : axios.getAdapter(given as never);
}

/** The merchant certificate once parsed: a TLS context, shared by a client and the clients `withOptions` makes of it. */
export interface MerchantTls {
  readonly context: SecureContext;
}

/** Parse the merchant certificate (a client's roots unless it names its own `ca`): once per `Builder.factory`. */
export function merchantTlsOf(merchant: MerchantCertificate, roots: Array<string | Buffer> | undefined): MerchantTls {
  return { context: merchantContext(roots && merchant.ca === undefined ? { ...merchant, ca: roots } : merchant) };
}

/**
 * How one client's calls reach the network. By default undici: one dispatcher (a keep-alive pool
 * per origin) for ordinary calls and one carrying the merchant certificate for mutual TLS, both
 * through the client's `proxy` or the `HTTPS_PROXY`/`NO_PROXY` environment. A client configured
 * with an `adapter`, an agent or another http-adapter option uses axios' own adapter throughout,
 * with https agents built from the same TLS context; so does a single call that carries one.
 */
export class Transport {
  /** undefined: this client uses axios' own adapter for everything. */
  readonly #dispatcher: TransportDispatcher | undefined;
  readonly #merchantDispatcher: TransportDispatcher | undefined;
  readonly #merchant: MerchantTls | undefined;
  readonly #roots: Array<string | Buffer> | undefined;
  readonly #proxy: ProxyConfig | false | undefined;
  /** undici's adapter over `#dispatcher`, when the client uses undici. */
  readonly #undici: AxiosAdapter | undefined;
  /** The client's own `adapter` (or axios' http adapter), when it uses axios' adapter throughout. */
  #clientAdapter: AxiosAdapter | undefined;
  readonly #given: unknown;
  /** Built on first use, for calls that go through axios' adapter. */
  #serverAgent: Agent | undefined;
  #merchantAgent: Agent | undefined;

  constructor(axiosDefaults: Readonly<Record<string, unknown>>, roots: Array<string | Buffer> | undefined, merchant: MerchantTls | undefined) {
    this.#merchant = merchant;
    this.#roots = roots;
    this.#proxy = axiosDefaults.proxy as ProxyConfig | false | undefined;
    this.#given = axiosDefaults.adapter;
    if (anyOf(axiosDefaults, AXIOS_ADAPTER_KEYS)) return;
    this.#dispatcher = createDispatcher(roots ? { ca: roots } : {}, this.#proxy);
    this.#undici = undiciAdapter(this.#dispatcher);
    this.#merchantDispatcher = merchant ? createDispatcher({ secureContext: merchant.context }, this.#proxy) : undefined;
  }

  /** The merchant certificate this transport was built with (for a client `withOptions` makes). */
  get merchant(): MerchantTls | undefined {
    return this.#merchant;
  }

  /** The axios defaults of the client's instances, as the transport needs them (the adapter is each call's: `carrierOf`). */
  instanceDefaults(axiosDefaults: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const { adapter: _adapter, proxy: _proxy, ...rest } = axiosDefaults;
    // The proxy lives in the dispatchers; a call that takes axios' adapter gets it back from `callOptions`.
    if (this.#dispatcher) return rest;
    // axios' adapter throughout: `ca` trusted through one agent, unless the caller gave one.
    const defaults: Record<string, unknown> = { ...rest, ...(_proxy === undefined ? {} : { proxy: _proxy }) };
    if (this.#roots && defaults.httpsAgent === undefined) defaults.httpsAgent = this.#server();
    return defaults;
  }

  /**
   * The adapter that carries a call to the network, given the adapter its transport keys name
   * (`callOptions`, or the call's own): undici by default, axios' http adapter as the SDK reads it,
   * or the caller's own.
   */
  carrierOf(named: unknown): AxiosAdapter {
    if (named === undefined) return this.#dispatcher ? this.#undici! : (this.#clientAdapter ??= carrier(this.#given));
    return carrier(named);
  }

  /**
   * The transport keys of one call given its own axios options (`given`): its dispatcher when it
   * needs the merchant certificate, or, when it carries an option only axios' adapter honours,
   * that adapter with the client's proxy and the right https agent.
   */
  callOptions(given: Readonly<Record<string, unknown>>, mutualTls: boolean, maxRedirects: number): Record<string, unknown> {
    if (this.viaUndici(given, maxRedirects)) return mutualTls ? { [DISPATCHER]: this.#merchantDispatcher } : {};
    const options: Record<string, unknown> = {};
    // A client on undici sends this call through axios' http adapter; one on that adapter already does.
    if (given.adapter === 'http' || (given.adapter === undefined && this.#dispatcher)) options.adapter = axiosHttpAdapter;
    if (this.#dispatcher && given.proxy === undefined && this.#proxy !== undefined) options.proxy = this.#proxy;
    // An `httpsAgent` given with the call itself wins: the caller configured TLS by hand.
    if (given.httpsAgent === undefined) {
      if (mutualTls) options.httpsAgent = this.#merchantHttps();
      else if (this.#dispatcher && this.#roots) options.httpsAgent = this.#server();
    }
    return options;
  }

  /** Whether a call with these axios options of its own goes through undici (else through axios' adapter). */
  viaUndici(given: Readonly<Record<string, unknown>>, maxRedirects: number): boolean {
    return this.#dispatcher !== undefined && maxRedirects === 0 && given.proxy === undefined && !anyOf(given, AXIOS_ADAPTER_KEYS);
  }

  /** Whether a call needing mutual TLS can have it without an agent of its own. */
  get hasMerchantCertificate(): boolean {
    return this.#merchant !== undefined;
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
