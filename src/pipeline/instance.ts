import axios, { type AxiosInstance, type AxiosInterceptorManager, type AxiosResponse } from 'axios';
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
  return instance;
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
  return handlersOf(instance.interceptors.request).length > 0;
}

/** After this, `use` and `eject` on either stack leave the other alone. */
export function copyInterceptors(from: AxiosInstance, to: AxiosInstance): void {
  for (const kind of ['request', 'response'] as const) {
    for (const { fulfilled, rejected, synchronous, runWhen } of handlersOf(from.interceptors[kind])) {
      (to.interceptors[kind] as Manager).use(fulfilled, rejected, { synchronous, runWhen } as never);
    }
  }
}
