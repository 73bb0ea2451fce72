import type { Socket } from 'node:net';
import type { SecureContext } from 'node:tls';
import { getProxyForUrl } from 'proxy-from-env';
import type * as Undici from 'undici';
import type { Agent, Dispatcher, ProxyAgent } from 'undici';
import { lazy } from '../util/lazy';
import { skipInterimAnswers } from './interim';
import { CONNECT_TIMEOUT_MS } from './limits';

// Loaded when the first client is made, in the background, and awaited by a call (util/lazy.ts):
// not when the SDK is imported.
export const undiciModule = lazy<typeof Undici>(() => import('undici'));

function undici(): typeof Undici {
  const loaded = undiciModule.loaded;
  if (!loaded) throw new Error('undici is used before a call has loaded it');
  return loaded;
}

export interface DispatcherTls {
  ca?: Array<string | Buffer>;
  secureContext?: SecureContext;
}

export interface ProxyConfig {
  protocol?: string;
  host: string;
  port: number;
  auth?: { username: string; password: string };
}

const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy'];

function proxyInEnvironment(): boolean {
  return PROXY_VARIABLES.some((name) => process.env[name] || process.env[name.toUpperCase()]);
}

/** Proxies named by the environment a client keeps a pool for at most (the environment rarely names more than one). */
const MAX_ENVIRONMENT_PROXIES = 4;

/** The proxy environment, read per call as axios' http adapter reads it (proxy-from-env), one pool per proxy. */
export type TransportDispatcher = Pick<Dispatcher, 'request' | 'dispatch' | 'close' | 'destroy'>;

class EnvironmentProxy implements TransportDispatcher {
  readonly #direct: Agent;
  readonly #proxies = new Map<string, ProxyAgent>();
  readonly #options: Agent.Options;
  readonly #tls: DispatcherTls;

  constructor(options: Agent.Options, tls: DispatcherTls) {
    this.#options = options;
    this.#tls = tls;
    this.#direct = new (undici().Agent)(options);
  }

  #for(origin: string): Agent | ProxyAgent {
    const uri = getProxyForUrl(origin);
    if (!uri) return this.#direct;
    let proxy = this.#proxies.get(uri);
    if (!proxy) {
      if (this.#proxies.size >= MAX_ENVIRONMENT_PROXIES) {
        const [oldest, agent] = this.#proxies.entries().next().value as [string, ProxyAgent];
        this.#proxies.delete(oldest);
        // Calls under way on it finish first.
        void agent.close();
      }
      proxy = new (undici().ProxyAgent)(Object.assign({}, this.#options, { uri, requestTls: this.#tls, factory: tunnelPool }));
      this.#proxies.set(uri, proxy);
    }
    return proxy;
  }

  request(options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
    return this.#for(String(options.origin)).request(options);
  }

  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    return this.#for(String(options.origin)).dispatch(options, handler);
  }

  async close(): Promise<void> {
    await Promise.all([this.#direct, ...this.#proxies.values()].map((dispatcher) => dispatcher.close()));
  }

  async destroy(): Promise<void> {
    await Promise.all([this.#direct, ...this.#proxies.values()].map((dispatcher) => dispatcher.destroy()));
  }
}

type Connector = (options: object, callback: (error: Error | null, socket: unknown) => void) => void;

/** `connect`, its connections made to skip interim answers (interim.ts: undici 6 fails a call on an unasked 100 Continue). */
function skippingInterim(connect: Connector): Connector {
  return (target, callback) => connect(target, (error, socket) => callback(error, socket ? skipInterimAnswers(socket as Socket) : socket));
}

/** A proxy that hangs up before answering CONNECT, told as a reset: undici would reconnect until the deadline. */
function tunnelPool(origin: string | URL, options: object): Dispatcher {
  const tunnel = skippingInterim((options as { connect: Connector }).connect);
  const connect: Connector = (target, callback) =>
    tunnel(target, (error, socket) => {
      if ((error as { code?: string } | null)?.code !== 'UND_ERR_SOCKET') return callback(error, socket);
      const reset = Object.assign(new Error(`the proxy closed the tunnel to ${String(origin)} before answering`), { code: 'ECONNRESET', cause: error });
      callback(reset, null);
    });
  return new (undici().Pool)(origin, Object.assign({}, options, { connect }) as never);
}

/** Made on its first call, once undici has loaded: a process that only imports the SDK never loads it. */
class Deferred implements TransportDispatcher {
  readonly #make: () => TransportDispatcher;
  // Not `#`: inspect() shows what a logger would reach (the secure context, never the key).
  private made: TransportDispatcher | undefined;
  #closed = false;

  constructor(make: () => TransportDispatcher) {
    this.#make = make;
    // Started now, not awaited: by the client's first call undici is usually there. A failure
    // shows on that call (the load is tried again then).
    undiciModule.load().catch(() => undefined);
  }

  #dispatcher(): TransportDispatcher {
    if (!this.made) {
      this.made = this.#make();
      // Closed before its first call: that call fails as undici fails one on a closed pool.
      if (this.#closed) void this.made.close();
    }
    return this.made;
  }

  async request(options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
    await undiciModule.load();
    return this.#dispatcher().request(options);
  }

  // Reached only through undici's request(), so after the load.
  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    return this.#dispatcher().dispatch(options, handler);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.made?.close();
  }

  async destroy(): Promise<void> {
    this.#closed = true;
    await this.made?.destroy();
  }
}

/** One dispatcher per client: straight, through `proxy` (a CONNECT tunnel: TLS end to end), or as the environment says. */
export function createDispatcher(tls: DispatcherTls, proxy: ProxyConfig | false | undefined): TransportDispatcher {
  return new Deferred(() => makeDispatcher(tls, proxy));
}

function makeDispatcher(tls: DispatcherTls, proxy: ProxyConfig | false | undefined): TransportDispatcher {
  const connect = skippingInterim(undici().buildConnector(Object.assign({}, tls, { timeout: CONNECT_TIMEOUT_MS })) as Connector);
  const common = { connect: connect as never, pipelining: 1, headersTimeout: 0, bodyTimeout: 0 };
  if (proxy) {
    const scheme = (proxy.protocol ?? 'http').replace(/:$/, '');
    const token = proxy.auth ? `Basic ${Buffer.from(`${proxy.auth.username}:${proxy.auth.password}`).toString('base64')}` : undefined;
    return new (undici().ProxyAgent)(
      Object.assign({}, common, { factory: tunnelPool, uri: `${scheme}://${proxy.host}:${proxy.port}`, requestTls: tls }, token ? { token } : undefined),
    );
  }
  if (proxy === undefined && proxyInEnvironment()) return new EnvironmentProxy(common, tls);
  return new (undici().Agent)(common);
}
