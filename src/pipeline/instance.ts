import axios, {
  AxiosHeaders,
  type AxiosAdapter,
  type AxiosInstance,
  type AxiosInterceptorManager,
  type AxiosRequestConfig,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';
import { VERSION } from '../version';
import type { CallState } from './state';

/** A request step: reads and completes the call's state (body bytes, signature); may be async. */
export type RequestStep = (state: CallState) => CallState | Promise<CallState>;
/** A response step: checks or reads the answer, given the call's state; may be async. */
export type ResponseStep = (state: CallState, response: AxiosResponse) => AxiosResponse | Promise<AxiosResponse>;

export interface Pipeline {
  readonly request: readonly RequestStep[];
  readonly response: readonly ResponseStep[];
}

/** `wechatpay-ts/<v> axios/<v> node/<v> (<platform>; <arch>)`: WeChat Pay asks for a User-Agent. */
export const USER_AGENT = `wechatpay-ts/${VERSION} axios/${axios.VERSION} node/${process.versions.node} (${process.platform}; ${process.arch})`;

/** axios defaults the SDK never uses: every call merges each one left on the instance. */
const UNUSED_DEFAULTS = ['transitional', 'xsrfCookieName', 'xsrfHeaderName', 'env', 'headers'] as const;

/**
 * One protocol's axios instance (`getDriver(wx).select('v3')`): no interceptor of the SDK's (the
 * adapter runs its steps), so the stack is the user's alone; bytes only, no redirects, no axios timer.
 */
export function createInstance(defaults: Record<string, unknown>): AxiosInstance {
  const instance = axios.create({
    maxRedirects: 0,
    ...defaults,
    transformRequest: [],
    transformResponse: [],
    responseType: 'arraybuffer',
    validateStatus: () => true,
    timeout: 0,
  });
  const kept = instance.defaults as unknown as Record<string, unknown>;
  for (const key of UNUSED_DEFAULTS) if (defaults[key] === undefined) delete kept[key];
  const made = Object.entries(kept);
  // Defaults holding an object (headers, an agent) are not compared deeply: such a stack always goes through axios.
  if (made.every(([, value]) => Array.isArray(value) || value === null || typeof value !== 'object')) {
    AS_MADE.set(instance, {
      defaults: kept,
      // A copy in V8's fast mode: axios' merge leaves `defaults` a dictionary, dear to copy per call.
      copy: { ...kept },
      keys: made.map(([key]) => key),
      lengths: made.map(([, value]) => (Array.isArray(value) ? value.length : -1)),
    });
  }
  return instance;
}

interface AsMade {
  readonly defaults: object;
  /** The values as made, which `untouched` compares the defaults against. */
  readonly copy: Readonly<Record<string, unknown>>;
  readonly keys: readonly string[];
  /** An array's length (-1: not an array): a `push` into `transformResponse` changes the stack. */
  readonly lengths: readonly number[];
}

/** Each instance's defaults as `createInstance` left them: whether the user has changed them since. */
const AS_MADE = new WeakMap<AxiosInstance, AsMade>();

/** The defaults as made, when they still are. */
function untouched(instance: AxiosInstance): AsMade | undefined {
  const asMade = AS_MADE.get(instance);
  const defaults = instance.defaults as unknown as Record<string, unknown>;
  if (!asMade || defaults !== asMade.defaults) return undefined;
  const { keys, copy, lengths } = asMade;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    const value = defaults[key];
    if (value !== copy[key] || (lengths[index]! >= 0 && (value as unknown[]).length !== lengths[index])) return undefined;
  }
  // A key added since (a proxy, an agent): its value cannot be compared, so the stack is changed.
  return Object.keys(defaults).length === keys.length ? asMade : undefined;
}

function hasHandlers(manager: unknown): boolean {
  let found = false;
  (manager as Manager).forEach?.(() => (found = true));
  return found;
}

/**
 * One call through the protocol's stack. A stack as the SDK made it (no interceptor, defaults
 * unchanged) has nothing for axios' `request()` to do but merge configs and chain promises, some
 * 15 µs a call: its adapter is then called with the config axios would have made. `viaAxios` forces
 * axios (a call on axios' own adapter, which reads the headers axios builds).
 *
 * @example await request(instance, { method: 'POST', url, adapter: runCall(state, pipeline, carrier) }, false)
 */
export function request(instance: AxiosInstance, config: AxiosRequestConfig & { adapter: AxiosAdapter }, viaAxios: boolean): Promise<AxiosResponse> {
  const asMade = viaAxios || hasHandlers(instance.interceptors.request) || hasHandlers(instance.interceptors.response) ? undefined : untouched(instance);
  if (!asMade) return instance.request(config);
  // Object.assign, not spreads: on Node 18–20 keys added after a spread cost ~1 µs each (util/object).
  const merged = Object.assign({}, asMade.copy, config, { method: (config.method ?? 'get').toLowerCase(), headers: new AxiosHeaders() });
  return config.adapter(merged as InternalAxiosRequestConfig);
}

type Manager = AxiosInterceptorManager<unknown> & { forEach?: (visit: (handler: Handler | null) => void) => void };
type Handler = { fulfilled?: (value: unknown) => unknown; rejected?: (error: unknown) => unknown; synchronous?: boolean; runWhen?: unknown };

function handlersOf(manager: unknown): Handler[] {
  const found: Handler[] = [];
  (manager as Manager).forEach?.((handler) => {
    if (handler) found.push(handler);
  });
  return found;
}

export function hasRequestInterceptors(instance: AxiosInstance): boolean {
  return hasHandlers(instance.interceptors.request);
}

/** After this, `use` and `eject` on either stack leave the other alone. */
export function copyInterceptors(from: AxiosInstance, to: AxiosInstance): void {
  for (const kind of ['request', 'response'] as const) {
    for (const { fulfilled, rejected, synchronous, runWhen } of handlersOf(from.interceptors[kind])) {
      (to.interceptors[kind] as Manager).use(fulfilled, rejected, { synchronous, runWhen } as never);
    }
  }
}
