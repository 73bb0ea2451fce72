import type { InternalAxiosRequestConfig } from 'axios';
import { ConfigurationError } from '../errors';
import type { Route } from '../chain/route';

/**
 * The route of a call travels inside the axios config under this key, so every interceptor reads
 * the same options. It holds the caller's payload and flags, never a key or secret: those stay in
 * the interceptors' closures (axios puts its config into `AxiosError#toJSON()`).
 */
export const ROUTE = 'wechatpayRoute';

/** What a call asked for, plus the response type it wants back (the wire always uses bytes). */
export interface CallContext extends Route {
  want: 'data' | 'text' | 'arraybuffer' | 'stream';
  /**
   * What this call sent that must never be shown (its `Authorization`, its signature, its `sign`):
   * filled by the signing steps, scrubbed by value from any error, since a server may echo them.
   */
  sent: string[];
}

/**
 * The context rides in a class instance, not a plain object: axios deep-copies every plain object
 * of a request config while merging defaults, which would copy the caller's whole payload per call.
 */
export class Carried {
  constructor(readonly context: CallContext) {}
}

export type ContextConfig = InternalAxiosRequestConfig & { [ROUTE]?: Carried };

export function contextOf(config: InternalAxiosRequestConfig): CallContext {
  const context = (config as ContextConfig)[ROUTE]?.context;
  if (!context) throw new ConfigurationError('Internal: an SDK pipeline ran on a request that did not come through the chain');
  return context;
}

/** Set a header the SDK chooses, unless the caller gave that header with this call. */
export function setDefaultHeader(config: InternalAxiosRequestConfig, name: string, value: string): void {
  const given = contextOf(config).options.headers;
  const lower = name.toLowerCase();
  if (given && Object.keys(given).some((key) => key.toLowerCase() === lower)) return;
  config.headers.set(name, value, true);
}
